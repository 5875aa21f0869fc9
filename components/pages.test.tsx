// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VliegwielDatabase } from '../lib/db/database';
import { clipPost } from '../lib/db/signals';
import type { MessageKey } from '../lib/i18n';
import { fixedClock, xCapture } from '../lib/testing/factories';
import { Popup } from './Popup';
import { Tracker } from './Tracker';

const english: Partial<Record<MessageKey, string>> = {
  signalCountOne: '1 signal',
  signalCountOther: '$1 signals',
};
const t = (key: MessageKey, substitutions?: string[]) =>
  (english[key] ?? key).replace('$1', substitutions?.[0] ?? '');

let db: VliegwielDatabase;
let clock: ReturnType<typeof fixedClock>;
beforeEach(() => {
  db = new VliegwielDatabase(`test-${crypto.randomUUID()}`);
  clock = fixedClock();
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

describe('Popup', () => {
  it('says there is nothing yet on an empty database', async () => {
    render(<Popup db={db} t={t} language="en" onOpenTracker={() => {}} onOpenOptions={() => {}} />);
    expect(await screen.findByText('noSignalsYet')).toBeTruthy();
    expect(screen.getByTestId('signal-count').textContent).toBe('0 signals');
  });

  it('shows the count and the five newest, newest first, and updates live', async () => {
    for (let i = 1; i <= 6; i++) {
      await clipPost(db, xCapture({ text: `melding ${i}` }), clock);
      clock.advance(1000);
    }
    const { container } = render(
      <Popup db={db} t={t} language="en" onOpenTracker={() => {}} onOpenOptions={() => {}} />,
    );
    await waitFor(() => expect(screen.getByTestId('signal-count').textContent).toBe('6 signals'));
    const texts = [...container.querySelectorAll('.signal__text')].map((e) => e.textContent);
    expect(texts).toEqual(['melding 6', 'melding 5', 'melding 4', 'melding 3', 'melding 2']);
    await clipPost(db, xCapture({ text: 'melding 7' }), clock);
    await waitFor(() => expect(screen.getByTestId('signal-count').textContent).toBe('7 signals'));
  });

  it('opens the tracker', async () => {
    const onOpenTracker = vi.fn();
    render(
      <Popup db={db} t={t} language="en" onOpenTracker={onOpenTracker} onOpenOptions={() => {}} />,
    );
    screen.getByTestId('open-tracker').click();
    expect(onOpenTracker).toHaveBeenCalled();
  });
});

describe('Tracker', () => {
  it('lists every signal with author, site and a link to the original', async () => {
    const capture = xCapture();
    await clipPost(db, capture, clock);
    const { container } = render(
      <Tracker db={db} t={t} language="en" focusSignalId={null} onOpenOptions={() => {}} />,
    );
    await waitFor(() => expect(container.querySelectorAll('.signal')).toHaveLength(1));
    expect(container.querySelector('.signal__author')?.textContent).toContain(
      'Buurtbewoner Utrecht',
    );
    expect(container.querySelector('.site')?.textContent).toBe('X');
    expect(container.querySelector('.signal__link')?.getAttribute('href')).toBe(capture.source.url);
  });

  it('renders hostile post text as inert text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await clipPost(db, xCapture({ text: hostile }), clock);
    const { container } = render(
      <Tracker db={db} t={t} language="en" focusSignalId={null} onOpenOptions={() => {}} />,
    );
    await waitFor(() =>
      expect(container.querySelector('.signal__text')?.textContent).toBe(hostile),
    );
    expect(container.querySelector('.signal__text img, .signal__text script')).toBeNull();
  });

  it('highlights the signal it was opened for', async () => {
    const { signal } = await clipPost(db, xCapture(), clock);
    await clipPost(db, xCapture(), clock);
    const { container } = render(
      <Tracker db={db} t={t} language="en" focusSignalId={signal.id} onOpenOptions={() => {}} />,
    );
    await waitFor(() =>
      expect(container.querySelector('.signal--highlighted')?.getAttribute('data-signal-id')).toBe(
        signal.id,
      ),
    );
  });
});
