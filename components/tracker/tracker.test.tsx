// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VliegwielDatabase } from '../../lib/db/database';
import { clipPost } from '../../lib/db/signals';
import type { Contact } from '../../lib/schema/contacts';
import type { SuggestionsResult } from '../../lib/schema/messages';
import { fixedClock, xCapture } from '../../lib/testing/factories';
import { createInitiative } from '../../lib/tracker/initiatives';
import type { TrackerEnvironment } from './context';
import { layOutInbox, renderTrackerApp } from './testing-app';

const actor = { id: 'member-1', name: 'Anna' };

layOutInbox();

let db: VliegwielDatabase;
let clock: ReturnType<typeof fixedClock>;
beforeEach(() => {
  db = new VliegwielDatabase(`test-${crypto.randomUUID()}`);
  clock = fixedClock();
  history.replaceState(null, '', '/tracker.html');
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

function renderTracker(
  requestSuggestions: TrackerEnvironment['requestSuggestions'] = async () => null,
) {
  return renderTrackerApp({ db, clock, actor, requestSuggestions });
}

async function clip(text: string, authorName = 'Buurtbewoner Utrecht') {
  const capture = xCapture({ text });
  capture.source.authorName = authorName;
  const { signal } = await clipPost(db, capture, clock, {}, undefined, actor);
  clock.advance(60_000);
  return signal;
}

const rows = () => screen.getByTestId('signal-rows');

/** The first element in the rows matching `selector`, once it is there. */
function rowPart<E extends Element>(selector: string): Promise<E> {
  return waitFor(() => {
    const element = rows().querySelector<E>(selector);
    if (!element) throw new Error(`no ${selector} yet`);
    return element;
  });
}

describe('tracker inbox', () => {
  it('lists signals newest first, and renders hostile post text as inert text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await clip('Kapotte lantaarnpaal op de Biltstraat');
    await clip(hostile);
    renderTracker();
    await waitFor(() =>
      expect(screen.getByTestId('signal-count').textContent).toContain('signalCountOther(2)'),
    );
    await waitFor(() => expect(rows().querySelectorAll('.row__text')).toHaveLength(2));
    const texts = [...rows().querySelectorAll('.row__text')].map((e) => e.textContent);
    expect(texts).toEqual([hostile, 'Kapotte lantaarnpaal op de Biltstraat']);
    expect(rows().querySelector('img, script')).toBeNull();
  });

  it('searches and filters', async () => {
    await clip('Kapotte lantaarnpaal op de Biltstraat');
    await clip('Ratten bij het Café op de Oudegracht');
    renderTracker();
    await waitFor(() => expect(rows().querySelectorAll('.row__text')).toHaveLength(2));
    fireEvent.input(screen.getByTestId('search'), { target: { value: 'cafe oude' } });
    await waitFor(() => expect(rows().querySelectorAll('.row__text')).toHaveLength(1));
    expect(rows().querySelector('.row__text')?.textContent).toContain('Ratten');
    fireEvent.input(screen.getByTestId('search'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('filter-linked'), { target: { value: 'linked' } });
    await waitFor(() => expect(screen.getByText('noMatches')).toBeTruthy());
  });

  it('filters by who clipped, naming the members of the workspace', async () => {
    await clip('Kapotte lantaarnpaal op de Biltstraat');
    const bob = { id: 'member-bob', name: 'Bob' };
    await clipPost(db, xCapture({ text: 'Ratten bij de Oudegracht' }), clock, {}, undefined, bob);
    await db.members.bulkPut([
      { ...bob, role: 'member' },
      { ...actor, role: 'owner' },
    ]);
    renderTracker();
    await waitFor(() => expect(rows().querySelectorAll('.row__text')).toHaveLength(2));
    const clippedBy = screen.getByTestId('filter-clipped-by') as HTMLSelectElement;
    await waitFor(() =>
      expect([...clippedBy.options].map((option) => option.textContent)).toEqual([
        'filterAny',
        'you',
        'Bob',
      ]),
    );
    fireEvent.change(clippedBy, { target: { value: bob.id } });
    await waitFor(() => expect(rows().querySelectorAll('.row__text')).toHaveLength(1));
    expect(rows().querySelector('.row__text')?.textContent).toContain('Ratten');
  });

  it('filters by a place or street as a whole word', async () => {
    await clip('Kapotte lantaarnpaal op de Biltstraat');
    await clip('Ratten bij het Café op de Oudegracht');
    renderTracker();
    await waitFor(() => expect(rows().querySelectorAll('.row__text')).toHaveLength(2));
    fireEvent.change(screen.getByTestId('filter-place'), { target: { value: 'Oudegracht' } });
    await waitFor(() => expect(rows().querySelectorAll('.row__text')).toHaveLength(1));
    expect(rows().querySelector('.row__text')?.textContent).toContain('Oudegracht');
  });

  it('opens a signal with its full text, link and history', async () => {
    const signal = await clip('Kapotte lantaarnpaal op de Biltstraat');
    renderTracker();
    fireEvent.click(await rowPart('.row__open'));
    const detail = await screen.findByTestId('signal-detail');
    expect(within(detail).getByTestId('detail-text').textContent).toBe(signal.text);
    expect(location.hash).toBe(`#signal=${signal.id}`);
    await waitFor(() =>
      expect(within(detail).getByTestId('timeline').textContent).toContain(
        'eventClipped(Anna (you))',
      ),
    );
  });

  it('makes an initiative from selected signals, and shows a status change with its actor', async () => {
    await clip('Kapotte lantaarnpaal op de Biltstraat');
    await clip('Lantaarnpaal Biltstraat nog steeds kapot');
    renderTracker();
    await waitFor(() => expect(rows().querySelectorAll('.row__select')).toHaveLength(2));
    for (const box of rows().querySelectorAll<HTMLInputElement>('.row__select'))
      fireEvent.click(box);
    fireEvent.change(screen.getByTestId('bulk-link'), { target: { value: '__new__' } });
    fireEvent.input(await screen.findByTestId('initiative-title'), {
      target: { value: 'Licht in de Biltstraat' },
    });
    fireEvent.click(screen.getByTestId('create-initiative'));
    const page = await screen.findByTestId('initiative-page');
    expect(within(page).getByTestId('initiative-heading').textContent).toBe(
      'Licht in de Biltstraat',
    );
    await waitFor(() =>
      expect(within(page).getByTestId('linked-signals').children).toHaveLength(2),
    );
    fireEvent.click(within(page).getByText('statusRaised'));
    await waitFor(() =>
      expect(within(page).getByTestId('timeline').textContent).toContain(
        'eventStatusChanged(Anna (you)|statusIdea|statusRaised)',
      ),
    );
  });

  it('deletes selected signals and brings them back on undo', async () => {
    await clip('Kapotte lantaarnpaal op de Biltstraat');
    renderTracker();
    fireEvent.click(await rowPart('.row__select'));
    fireEvent.click(screen.getByTestId('bulk-delete'));
    await waitFor(() => expect(screen.getByTestId('undo-toast')).toBeTruthy());
    expect(await db.signals.count()).toBe(0);
    fireEvent.click(screen.getByTestId('undo'));
    await waitFor(async () => expect(await db.signals.count()).toBe(1));
    await waitFor(() => expect(rows().querySelectorAll('.row__text')).toHaveLength(1));
  });

  it('says so when an undo cannot bring every signal back', async () => {
    const first = await clip('Kapotte lantaarnpaal op de Biltstraat');
    await clip('Ratten bij het Café op de Oudegracht');
    renderTracker();
    await waitFor(() => expect(rows().querySelectorAll('.row__select')).toHaveLength(2));
    for (const box of rows().querySelectorAll('.row__select')) fireEvent.click(box);
    fireEvent.click(screen.getByTestId('bulk-delete'));
    await waitFor(() => expect(screen.getByTestId('undo-toast')).toBeTruthy());
    // Meanwhile the first post is clipped again: bringing the old signal back would duplicate it.
    await clipPost(db, { ...xCapture({ text: first.text }), key: first.postKey as string }, clock);
    fireEvent.click(screen.getByTestId('undo'));
    await waitFor(() =>
      expect(screen.getByTestId('undo-notice').textContent).toBe('restoredSome(1|2) close'),
    );
    expect(await db.signals.count()).toBe(2);
    fireEvent.click(screen.getByTestId('undo-notice-close'));
    expect(screen.queryByTestId('undo-notice')).toBeNull();
  });
});

describe('tracker keyboard', () => {
  it('moves with j and k, selects with x, opens with Enter and closes with Escape', async () => {
    await clip('Kapotte lantaarnpaal op de Biltstraat');
    await clip('Ratten bij het Café op de Oudegracht');
    await clip('Gat in de weg bij de Dom');
    renderTracker();
    await waitFor(() => expect(rows().querySelectorAll('.row__open')).toHaveLength(3));
    const list = rows().querySelector('ul') as HTMLElement;
    const key = (k: string, init: KeyboardEventInit = {}) =>
      fireEvent.keyDown(list, { key: k, bubbles: true, ...init });
    key('j');
    key('j');
    key('x');
    await waitFor(() =>
      expect(rows().querySelector('.row--selected .row__text')?.textContent).toBe(
        'Kapotte lantaarnpaal op de Biltstraat',
      ),
    );
    expect(screen.getByTestId('bulk-bar').textContent).toContain('selectedCount(1)');
    key('k');
    key('Enter');
    const detail = await screen.findByTestId('signal-detail');
    expect(within(detail).getByTestId('detail-text').textContent).toBe(
      'Ratten bij het Café op de Oudegracht',
    );
    key('Escape');
    await waitFor(() => expect(screen.queryByTestId('signal-detail')).toBeNull());
    key('a', { ctrlKey: true });
    await waitFor(() =>
      expect(screen.getByTestId('bulk-bar').textContent).toContain('selectedCount(3)'),
    );
  });
});

describe('suggestions in the signal detail', () => {
  const desk: Contact = {
    id: 'municipality-gm0344',
    kind: 'municipality',
    name: { nl: 'Gemeente Utrecht', en: 'Municipality of Utrecht' },
    handles: { nl: 'de openbare ruimte', en: 'public space' },
    categories: ['roads'],
    area: { scope: 'municipality', municipality: 'GM0344' },
    channels: [
      { kind: 'phone', number: '14 030' },
      { kind: 'website', url: 'https://www.utrecht.nl' },
    ],
    sources: [{ url: 'https://www.utrecht.nl', checked: '2026-11-27' }],
  };
  const answer: SuggestionsResult = {
    location: {
      municipality: 'GM0344',
      from: 'text',
      street: 'Biltstraat',
      alternatives: [],
      ambiguous: false,
    },
    category: 'roads',
    contacts: [
      {
        item: desk,
        score: 1,
        reasons: [{ kind: 'handles', category: 'roads', municipality: 'GM0344' }],
      },
    ],
    groups: [],
    initiatives: [],
  };

  it('says who can act and why, logs a contact, and drops a suggestion marked wrong', async () => {
    const signal = await clip('Kapotte lantaarnpaal op de Biltstraat');
    renderTracker(async () => answer);
    fireEvent.click(await rowPart('.row__open'));
    const panel = await screen.findByTestId('suggestions');
    expect(within(panel).getByTestId('suggestions-where').textContent).toContain(
      'suggestionsWhere(Biltstraat, Utrecht (suggestionsWhereFromText))',
    );
    const contacts = within(panel).getByTestId('suggested-contacts');
    expect(contacts.textContent).toContain('Municipality of Utrecht');
    expect(contacts.textContent).toContain('reasonHandlesIn(category_roads|Utrecht)');
    expect(contacts.querySelector('a[href="tel:14030"]')).not.toBeNull();
    fireEvent.click(within(panel).getByText('contactedThem'));
    await waitFor(() =>
      expect(screen.getByTestId('timeline').textContent).toContain(
        'eventContacted(Anna (you)|Municipality of Utrecht)',
      ),
    );
    fireEvent.click(within(panel).getByText('wrongSuggestion'));
    await waitFor(() => expect(within(panel).queryByText('Municipality of Utrecht')).toBeNull());
    const events = await db.events
      .where('[signalId+at]')
      .between([signal.id, ''], [signal.id, '\uffff'])
      .toArray();
    expect(events.map((event) => event.kind)).toEqual([
      'clipped',
      'contacted',
      'suggestion-rejected',
    ]);
  });

  it('suggests for an initiative too, and logs a contact on its timeline', async () => {
    const initiative = await createInitiative(db, clock, actor, {
      title: 'Licht op de Biltstraat',
      category: 'roads',
      area: { municipality: 'GM0344' },
    });
    const asked: unknown[] = [];
    history.replaceState(null, '', `/tracker.html#initiative=${initiative.id}`);
    renderTracker(async (subject) => {
      asked.push(subject);
      return answer;
    });
    const panel = await screen.findByTestId('suggestions');
    expect(asked).toContainEqual({ initiativeId: initiative.id });
    fireEvent.click(within(panel).getByText('contactedThem'));
    await waitFor(() =>
      expect(screen.getByTestId('timeline').textContent).toContain(
        'eventContacted(Anna (you)|Municipality of Utrecht)',
      ),
    );
  });

  it('offers the municipalities an ambiguous name may mean, and stores the one chosen', async () => {
    const signal = await clip('Wateroverlast in Bergen bij de kerk');
    renderTracker(async () => ({
      ...answer,
      location: {
        municipality: 'GM0373',
        from: 'text',
        alternatives: [{ municipality: 'GM0893', share: 0.4 }],
        ambiguous: true,
      },
    }));
    fireEvent.click(await rowPart('.row__open'));
    const choice = await screen.findByTestId('place-choice');
    const buttons = choice.querySelectorAll('button');
    expect(buttons).toHaveLength(2);
    fireEvent.click(buttons[1] as HTMLButtonElement);
    await waitFor(async () =>
      expect((await db.signals.get(signal.id))?.correctedArea).toEqual({ municipality: 'GM0893' }),
    );
  });
});
