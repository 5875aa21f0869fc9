// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MessageKey } from '../lib/i18n';
import { consentChange, type Settings, settingsFrom } from '../lib/settings';
import { PrivacySection, Welcome } from './Welcome';

const t = (key: MessageKey, substitutions?: string[]) =>
  substitutions ? `${key}(${substitutions.join(',')})` : key;
const agreed = (): Settings =>
  settingsFrom(consentChange(true, new Date('2026-11-01T09:00:00Z')), 'member-1');

afterEach(cleanup);

describe('welcome page', () => {
  it('explains what is read, kept and shared before asking', () => {
    render(
      <Welcome
        t={t}
        settings={settingsFrom({}, 'member-1')}
        onConsent={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    for (const heading of [
      'welcomeReadsHeading',
      'welcomeStoresHeading',
      'welcomeLeavesHeading',
      'welcomeControlHeading',
    ]) {
      expect(screen.getByRole('heading', { name: heading })).toBeTruthy();
    }
    expect(screen.getByTestId('consent-agree')).toBeTruthy();
    expect(screen.queryByTestId('consent-given')).toBeNull();
  });

  it('stores yes, and says what now happens once the settings hold it', () => {
    const onConsent = vi.fn(async () => {});
    const { rerender } = render(
      <Welcome
        t={t}
        settings={settingsFrom({}, 'member-1')}
        onConsent={onConsent}
        onClose={vi.fn()}
      />,
    );
    fireEvent.click(screen.getByTestId('consent-agree'));
    expect(onConsent).toHaveBeenCalledWith(true);
    rerender(<Welcome t={t} settings={agreed()} onConsent={onConsent} onClose={vi.fn()} />);
    expect(screen.getByTestId('consent-given').textContent).toBe('welcomeAgreed');
    expect(screen.queryByTestId('consent-agree')).toBeNull();
  });

  it('"not now" stores nothing, says what still works, then closes', () => {
    const onConsent = vi.fn();
    const onClose = vi.fn();
    render(
      <Welcome
        t={t}
        settings={settingsFrom({}, 'member-1')}
        onConsent={onConsent}
        onClose={onClose}
      />,
    );
    fireEvent.click(screen.getByTestId('consent-not-now'));
    expect(screen.getByTestId('consent-declined').textContent).toBe('welcomeDeclined');
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('consent-not-now'));
    expect(onClose).toHaveBeenCalled();
    expect(onConsent).not.toHaveBeenCalled();
  });
});

describe('privacy section of the options', () => {
  it('shows since when pages are read and withdraws consent', () => {
    const onConsent = vi.fn(async () => {});
    render(
      <PrivacySection
        t={t}
        settings={agreed()}
        onConsent={onConsent}
        onExplain={vi.fn()}
        onErase={vi.fn()}
        formatDate={(iso) => iso.slice(0, 10)}
      />,
    );
    expect(screen.getByTestId('privacy-status').textContent).toBe('privacyReading(2026-11-01)');
    fireEvent.click(screen.getByTestId('privacy-toggle'));
    expect(onConsent).toHaveBeenCalledWith(false);
  });

  it('offers to start when there is no consent', () => {
    const onConsent = vi.fn(async () => {});
    render(
      <PrivacySection
        t={t}
        settings={settingsFrom({}, 'member-1')}
        onConsent={onConsent}
        onExplain={vi.fn()}
        onErase={vi.fn()}
        formatDate={(iso) => iso}
      />,
    );
    expect(screen.getByTestId('privacy-status').textContent).toBe('privacyNotReading');
    fireEvent.click(screen.getByTestId('privacy-toggle'));
    expect(onConsent).toHaveBeenCalledWith(true);
  });

  it('deletes all local data only after a confirmation, and says when it is done', async () => {
    const onErase = vi.fn(async () => {});
    render(
      <PrivacySection
        t={t}
        settings={agreed()}
        onConsent={vi.fn()}
        onExplain={vi.fn()}
        onErase={onErase}
        formatDate={(iso) => iso}
      />,
    );
    fireEvent.click(screen.getByTestId('erase-all'));
    expect(onErase).not.toHaveBeenCalled();
    expect(screen.getByRole('alertdialog').textContent).toContain('privacyEraseConfirm');
    fireEvent.click(screen.getByTestId('erase-confirm'));
    expect(onErase).toHaveBeenCalledTimes(1);
    expect((await screen.findByTestId('erase-done')).textContent).toBe('privacyErased');
  });

  it('says nothing was deleted when erasing failed', async () => {
    render(
      <PrivacySection
        t={t}
        settings={agreed()}
        onConsent={vi.fn()}
        onExplain={vi.fn()}
        onErase={async () => {
          throw new Error('database busy');
        }}
        formatDate={(iso) => iso}
      />,
    );
    fireEvent.click(screen.getByTestId('erase-all'));
    fireEvent.click(screen.getByTestId('erase-confirm'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'privacyEraseFailed(Error: database busy)',
    );
  });
});
