// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MessageKey } from '../lib/i18n';
import type { MunicipalityName } from '../lib/places/municipality-list';
import { type Settings, settingsFrom } from '../lib/settings';
import { SettingsSections } from './Settings';

const t = (key: MessageKey, substitutions?: string[]) =>
  substitutions ? `${key}(${substitutions.join(',')})` : key;
const municipalities: MunicipalityName[] = [
  { code: 'GM0344', name: 'Utrecht', province: 'Utrecht' },
  { code: 'GM0363', name: 'Amsterdam', province: 'Noord-Holland' },
  { code: 'GM0362', name: 'Amstelveen', province: 'Noord-Holland' },
];

let requestNotifications = vi.fn(async () => true);

function renderSettings(overrides: Partial<Settings> = {}) {
  const onChange = vi.fn(async (_: Partial<Settings>) => {});
  const settings = { ...settingsFrom({}, 'member-1'), ...overrides };
  render(
    <SettingsSections
      t={t}
      settings={settings}
      municipalities={municipalities}
      onChange={onChange}
      requestNotifications={requestNotifications}
    />,
  );
  return onChange;
}

afterEach(cleanup);

describe('settings', () => {
  it('adds a watched area by municipality name with an optional place', async () => {
    const onChange = renderSettings();
    fireEvent.input(screen.getByTestId('watch-municipality'), { target: { value: 'utrecht' } });
    fireEvent.input(screen.getByTestId('watch-place'), { target: { value: 'Lombok' } });
    fireEvent.click(screen.getByText('addWatchedArea'));
    await waitFor(() =>
      expect(onChange).toHaveBeenCalledWith({
        watchedAreas: [{ municipality: 'GM0344', place: 'Lombok' }],
      }),
    );
  });

  it('refuses a municipality name that matches none or several, saying why', () => {
    const onChange = renderSettings();
    fireEvent.input(screen.getByTestId('watch-municipality'), { target: { value: 'Ams' } });
    fireEvent.click(screen.getByText('addWatchedArea'));
    expect(screen.getByRole('alert').textContent).toBe('municipalityUnknown');
    expect(screen.getByTestId('watch-municipality').getAttribute('aria-invalid')).toBe('true');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('removes a watched area and toggles topics', async () => {
    const onChange = renderSettings({
      watchedAreas: [{ municipality: 'GM0344' }, { municipality: 'GM0363' }],
      watchedTopics: ['roads'],
    });
    fireEvent.click(screen.getByLabelText('removeNamed(Utrecht)'));
    expect(onChange).toHaveBeenLastCalledWith({ watchedAreas: [{ municipality: 'GM0363' }] });
    fireEvent.click(screen.getByLabelText('category_animals'));
    expect(onChange).toHaveBeenLastCalledWith({ watchedTopics: ['roads', 'animals'] });
    fireEvent.click(screen.getByLabelText('category_roads'));
    expect(onChange).toHaveBeenLastCalledWith({ watchedTopics: [] });
  });

  it('keeps an invalid number of stalled days out and says what is allowed', () => {
    const onChange = renderSettings();
    fireEvent.change(screen.getByTestId('stalled-after'), { target: { value: '0' } });
    expect(screen.getByRole('alert').textContent).toBe('stalledAfterInvalid');
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.change(screen.getByTestId('stalled-after'), { target: { value: '14' } });
    expect(onChange).toHaveBeenCalledWith({ stalledAfterDays: 14 });
  });

  it('saves the name trimmed, and an empty name as none', () => {
    const onChange = renderSettings({ memberName: 'Anna' });
    fireEvent.input(screen.getByTestId('member-name'), { target: { value: '  ' } });
    fireEvent.click(screen.getByText('save'));
    expect(onChange).toHaveBeenCalledWith({ memberName: undefined });
  });

  it('turns notifications on only when the browser grants them, and says so when it does not', async () => {
    requestNotifications = vi.fn(async () => false);
    const onChange = renderSettings();
    fireEvent.click(screen.getByTestId('notifications'));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(onChange).not.toHaveBeenCalled();
    cleanup();
    requestNotifications = vi.fn(async () => true);
    const granted = renderSettings();
    fireEvent.click(screen.getByTestId('notifications'));
    await waitFor(() => expect(granted).toHaveBeenCalledWith({ notifications: true }));
  });
});
