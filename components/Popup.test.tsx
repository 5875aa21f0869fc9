// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VliegwielDatabase } from '../lib/db/database';
import { clipPost } from '../lib/db/signals';
import type { MessageKey } from '../lib/i18n';
import { consentChange, type Settings, settingsFrom } from '../lib/settings';
import { fixedClock, xCapture } from '../lib/testing/factories';
import { createInitiative } from '../lib/tracker/initiatives';
import { Popup } from './Popup';

const t = (key: MessageKey, substitutions?: string[]) =>
  substitutions ? `${key}(${substitutions.join('|')})` : key;
const actor = { id: 'member-1', name: 'Anna' };

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

function renderPopup(overrides: Partial<Settings> = {}, lastLookAt?: string) {
  const onOpenTracker = vi.fn();
  const settings = { ...settingsFrom({}, actor.id), ...overrides };
  render(
    <Popup
      db={db}
      clock={clock}
      actor={actor}
      settings={settings}
      t={t}
      language="en"
      municipalities={[
        { code: 'GM0344', name: 'Utrecht', province: 'Utrecht' },
        { code: 'GM0363', name: 'Amsterdam', province: 'Noord-Holland' },
      ]}
      lastLookAt={lastLookAt}
      onOpenTracker={onOpenTracker}
      onOpenOptions={() => {}}
      onOpenWelcome={() => {}}
    />,
  );
  return onOpenTracker;
}

async function clip(text: string, fields: Parameters<typeof clipPost>[3] = {}) {
  const { signal } = await clipPost(db, xCapture({ text }), clock, fields, undefined, actor);
  clock.advance(60_000);
  return signal;
}

const listed = () =>
  [...screen.getByTestId('popup-signals').querySelectorAll('.monitor-signal__text')].map(
    (e) => e.textContent,
  );

describe('Popup', () => {
  it('says pages are not read until the user agrees, and not once they have', async () => {
    renderPopup();
    expect(screen.getByTestId('popup-no-consent').textContent).toContain('popupNoConsent');
    cleanup();
    renderPopup(consentChange(true, clock.now()));
    expect(screen.queryByTestId('popup-no-consent')).toBeNull();
  });

  it('says there is nothing new on an empty database', async () => {
    renderPopup();
    expect(await screen.findByText('popupNothingNew')).toBeTruthy();
    expect(screen.getByTestId('signal-count').textContent).toBe('signalCountOther(0)');
  });

  it('lists untriaged signals in the watched areas and topics, newest first', async () => {
    await clip('Kapotte lantaarnpaal Biltstraat', { municipality: 'GM0344', category: 'roads' });
    await clip('Ratten bij de Dam', { municipality: 'GM0363', category: 'animals' });
    await clip('Gat in de weg Oudegracht', { municipality: 'GM0344', category: 'roads' });
    await clip('Ratten op het Janskerkhof', { municipality: 'GM0344', category: 'animals' });
    renderPopup({ watchedAreas: [{ municipality: 'GM0344' }], watchedTopics: ['roads'] });
    await waitFor(() =>
      expect(listed()).toEqual(['Gat in de weg Oudegracht', 'Kapotte lantaarnpaal Biltstraat']),
    );
    expect(screen.getByTestId('signal-count').textContent).toBe('signalCountOther(2)');
  });

  it('takes an acknowledged signal off the list and the count at once', async () => {
    await clip('Kapotte lantaarnpaal Biltstraat');
    await clip('Gat in de weg Oudegracht');
    renderPopup();
    await waitFor(() => expect(listed()).toHaveLength(2));
    fireEvent.click(screen.getAllByTestId('acknowledge')[0] as HTMLElement);
    await waitFor(() => expect(listed()).toEqual(['Kapotte lantaarnpaal Biltstraat']));
    expect(screen.getByTestId('signal-count').textContent).toBe('signalCountOne');
    expect((await db.signals.toArray()).map((s) => s.triage).sort()).toEqual([
      'acknowledged',
      'new',
    ]);
  });

  it('marks what arrived since the last look', async () => {
    await clip('Oud bericht');
    const lastLook = clock.now().toISOString();
    clock.advance(1000);
    await clip('Nieuw bericht');
    renderPopup({}, lastLook);
    await waitFor(() => expect(listed()).toHaveLength(2));
    const items = screen.getByTestId('popup-signals').querySelectorAll('li');
    expect(within(items[0] as HTMLElement).queryByText('sinceLastLook')).toBeTruthy();
    expect(within(items[1] as HTMLElement).queryByText('sinceLastLook')).toBeNull();
  });

  it('links a signal to an initiative from a short menu that is named in full', async () => {
    const initiative = await createInitiative(db, clock, actor, {
      title: 'Licht in de Biltstraat',
      category: 'roads',
    });
    const signal = await clip('Kapotte lantaarnpaal Biltstraat');
    renderPopup();
    await waitFor(() => expect(listed()).toHaveLength(1));
    const menu = screen.getByRole('combobox', { name: 'bulkLink' }) as HTMLSelectElement;
    expect(menu.options[0]?.textContent).toBe('popupLink');
    await waitFor(() => expect(menu.options).toHaveLength(2));
    fireEvent.change(menu, { target: { value: initiative.id } });
    await waitFor(async () =>
      expect((await db.signals.get(signal.id))?.initiativeId).toBe(initiative.id),
    );
  });

  it('reminds the owner of a stalled initiative, with a next step', async () => {
    await createInitiative(db, clock, actor, {
      title: 'Licht in de Biltstraat',
      category: 'roads',
    });
    clock.advance(30 * 86_400_000);
    const onOpenTracker = renderPopup({ stalledAfterDays: 21 });
    const reminder = await screen.findByTestId('popup-stalled');
    expect(reminder.textContent).toContain('idleForDays(30)');
    expect(reminder.textContent).toContain('nextGatherSupport');
    fireEvent.click(within(reminder).getByText('Licht in de Biltstraat'));
    expect(onOpenTracker).toHaveBeenCalledWith(expect.stringMatching(/^#initiative=/));
  });
});
