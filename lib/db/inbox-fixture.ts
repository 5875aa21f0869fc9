import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Signal } from '../schema/records';
import { VliegwielDatabase } from './database';
import type { InboxFilter, InboxResult, InboxSort } from './inbox';
import { effectiveCategory, searchWords, signalIndexEntry, signalWords } from './signal-index';
import { saveSignals } from './store';

// What every way of answering the tracker's inbox must do (lib/db/inbox.ts reading IndexedDB,
// lib/db/inbox-snapshot.ts in memory), shared by their tests.

export const INITIATIVE_A = '00000000-0000-4000-a000-00000000000a';
export const INITIATIVE_B = '00000000-0000-4000-a000-00000000000b';

export function idOf(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/** Signal n, clipped n minutes after 10:00 on 27 November 2026. */
export function signal(n: number, fields: Partial<Signal> = {}): Signal {
  return {
    id: idOf(n),
    text: `Melding ${n}`,
    source: { site: 'x', url: `https://x.com/a/status/${n}` },
    clippedAt: new Date(Date.UTC(2026, 10, 27, 10, n)).toISOString(),
    triage: 'new',
    ...fields,
  };
}

/** Five signals that between them have every field set and left out. */
export function smallInbox(): Signal[] {
  return [
    signal(1, {
      text: 'Rattenplaag bij het Café de Zon',
      category: 'animals',
      verdict: 'local-issue',
      municipality: 'GM0344',
      clippedBy: 'anna',
      places: [{ kind: 'street', name: 'Oudegracht' }],
    }),
    signal(2, {
      text: 'Kapotte lantaarnpaal op de Biltstraat',
      source: { site: 'reddit', url: 'https://www.reddit.com/r/utrecht/1' },
      category: 'roads',
      verdict: 'local-issue',
      municipality: 'GM0344',
      triage: 'acknowledged',
      clippedBy: 'bert',
      initiativeId: INITIATIVE_A,
      correctedArea: { neighbourhood: 'Wittevrouwen' },
    }),
    signal(3, {
      text: 'Lantaarnpalen in Den Haag doen het weer',
      category: 'roads',
      verdict: 'other',
      municipality: 'GM0518',
      triage: 'done',
      clippedBy: 'anna',
      places: [{ kind: 'place', name: 'Den Haag' }],
    }),
    signal(4, {
      text: 'Gat in de weg bij de school, Haagweg',
      source: { site: 'mastodon', url: 'https://mastodon.social/@a/4' },
      category: 'roads',
      verdict: 'local-issue',
      municipality: 'GM0599',
      triage: 'assigned',
      initiativeId: INITIATIVE_B,
    }),
    signal(5, {
      text: 'Zwerfvuil in het park',
      category: 'cleanliness',
      verdict: 'local-issue',
      municipality: 'GM0599',
      clippedBy: 'bert',
    }),
  ];
}

/** A deterministic generator, so that a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % below;
  };
}

const STREETS = ['Oudegracht', 'Nieuwe Gracht', 'Biltstraat'];
const WORDS = ['gat', 'gaten', 'weg', 'lamp', 'lantaarn', 'café', 'park', 'ratten', 'vuil', 'bank'];
const CATEGORIES = ['roads', 'green', 'animals', 'cleanliness', 'other'] as const;
const SITES = ['x', 'reddit', 'mastodon', 'web'] as const;
const TRIAGE = ['new', 'acknowledged', 'assigned', 'done'] as const;

/** Many signals, some clipped at the same moment, so that every way of answering is used. */
export function manySignals(count: number): Signal[] {
  const pick = random(7);
  return Array.from({ length: count }, (_, i) => {
    const words = Array.from({ length: 3 }, () => WORDS[pick(WORDS.length)]);
    return signal(i + 1, {
      text: words.join(' '),
      clippedAt: new Date(Date.UTC(2026, 10, 1) + pick(count) * 60_000).toISOString(),
      source: { site: SITES[pick(SITES.length)] ?? 'x', url: `https://x.com/a/status/${i}` },
      category: CATEGORIES[pick(CATEGORIES.length)],
      verdict: pick(4) === 0 ? 'other' : 'local-issue',
      triage: TRIAGE[pick(TRIAGE.length)],
      clippedBy: `member-${pick(3)}`,
      ...(pick(5) === 0 ? { initiativeId: pick(2) === 0 ? INITIATIVE_A : INITIATIVE_B } : {}),
      ...(pick(10) === 0 ? { correctedCategory: 'housing' as const } : {}),
      places: [{ kind: 'street', name: STREETS[pick(STREETS.length)] ?? '' }],
    });
  });
}

/** What the inbox should answer, worked out from the signals themselves. */
export function expectedIds(
  signals: readonly Signal[],
  filter: InboxFilter,
  sort: InboxSort,
): string[] {
  const entries = signals.map(signalIndexEntry);
  const words = new Map(signals.map((s) => [s.id, signalWords(s)]));
  const from = filter.from ? new Date(filter.from).toISOString() : '';
  const to = filter.to ? new Date(filter.to).toISOString() : '\uffff';
  const oneOf = (values: readonly string[] | undefined, value: string) =>
    !values?.length || values.includes(value);
  const matching = entries.filter(
    (entry, i) =>
      oneOf(filter.categories, effectiveCategory(signals[i] as Signal)) &&
      oneOf(filter.sites, entry.site) &&
      oneOf(filter.triage, entry.triage) &&
      oneOf(filter.verdicts, entry.verdict) &&
      oneOf(filter.clippedBy, entry.clippedBy) &&
      (filter.linked === undefined ||
        (filter.linked === 'linked') === (entry.initiativeId !== '')) &&
      (filter.initiativeId === undefined || entry.initiativeId === filter.initiativeId) &&
      entry.clippedAt >= from &&
      entry.clippedAt <= to &&
      (filter.search ?? '')
        .split(' ')
        .filter((word) => word.length > 1)
        .every((word) => words.get(entry.id)?.some((own) => own.startsWith(word))) &&
      (!filter.places?.length ||
        filter.places.some((place) =>
          searchWords(place).every((word) => words.get(entry.id)?.includes(word)),
        )),
  );
  matching.sort((a, b) =>
    a.clippedAt === b.clippedAt ? (a.id < b.id ? -1 : 1) : a.clippedAt < b.clippedAt ? -1 : 1,
  );
  const ordered = matching.map((entry) => entry.id);
  return sort === 'newest' ? ordered.reverse() : ordered;
}

/** How one way of answering answers a filter. */
export type AnswerInbox = (filter: InboxFilter, sort: InboxSort) => Promise<InboxResult>;

/**
 * Describes what every way of answering must do; `open` gives the way of answering of a database
 * that holds the signals already.
 */
export function describeInboxAnswers(open: (db: VliegwielDatabase) => Promise<AnswerInbox>) {
  let db: VliegwielDatabase;
  let answer: AnswerInbox;
  beforeEach(() => {
    db = new VliegwielDatabase(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });
  const ids = async (filter: InboxFilter, sort: InboxSort = 'oldest') =>
    (await answer(filter, sort)).ids;

  describe('on a small inbox', () => {
    beforeEach(async () => {
      await saveSignals(db, smallInbox());
      answer = await open(db);
    });

    it('lists everything without a filter, oldest or newest first', async () => {
      expect(await ids({}, 'oldest')).toEqual([1, 2, 3, 4, 5].map(idOf));
      expect(await ids({}, 'newest')).toEqual([5, 4, 3, 2, 1].map(idOf));
      expect((await answer({}, 'newest')).total).toBe(5);
    });

    it('filters on each field, any of the values given', async () => {
      expect(await ids({ categories: ['roads'] })).toEqual([2, 3, 4].map(idOf));
      expect(await ids({ categories: ['animals', 'cleanliness'] })).toEqual([1, 5].map(idOf));
      expect(await ids({ municipalities: ['GM0599'] })).toEqual([4, 5].map(idOf));
      expect(await ids({ sites: ['reddit', 'mastodon'] })).toEqual([2, 4].map(idOf));
      expect(await ids({ triage: ['new'] })).toEqual([1, 5].map(idOf));
      expect(await ids({ verdicts: ['other'] })).toEqual([idOf(3)]);
      expect(await ids({ clippedBy: ['anna'] })).toEqual([1, 3].map(idOf));
      expect(await ids({ initiativeId: INITIATIVE_A })).toEqual([idOf(2)]);
    });

    it('treats an empty list as no filter on that field', async () => {
      expect(await ids({ categories: [], sites: [] })).toHaveLength(5);
    });

    it('tells linked from unlinked signals', async () => {
      expect(await ids({ linked: 'linked' })).toEqual([2, 4].map(idOf));
      expect(await ids({ linked: 'unlinked' })).toEqual([1, 3, 5].map(idOf));
    });

    it('finds places by all the words of their name, in places, streets and neighbourhoods', async () => {
      expect(await ids({ places: ['Oudegracht'] })).toEqual([idOf(1)]);
      expect(await ids({ places: ['den haag'] })).toEqual([idOf(3)]);
      expect(await ids({ places: ['Wittevrouwen', 'Oudegracht'] })).toEqual([1, 2].map(idOf));
      // A place is a whole word: "Haag" is not "Haagweg".
      expect(await ids({ places: ['Haag'] })).toEqual([idOf(3)]);
    });

    it('searches by the start of words, folding case and accents', async () => {
      expect(await ids({ search: 'cafe' })).toEqual([idOf(1)]);
      expect(await ids({ search: 'CAFÉ' })).toEqual([idOf(1)]);
      expect(await ids({ search: 'lantaarn' })).toEqual([2, 3].map(idOf));
      expect(await ids({ search: 'antaarn' })).toEqual([]);
    });

    it('requires every word of a search, each anywhere in the signal', async () => {
      expect(await ids({ search: 'lantaarn bilt' })).toEqual([idOf(2)]);
      expect(await ids({ search: 'de  weg, gat' })).toEqual([idOf(4)]);
      expect(await ids({ search: 'lantaarn park' })).toEqual([]);
    });

    it('ignores one-letter words of a search, as the index does', async () => {
      expect(await ids({ search: 'a' })).toHaveLength(5);
      expect(await ids({ search: 'zwerfvuil a' })).toEqual([idOf(5)]);
    });

    it('combines filters: a signal must meet all of them', async () => {
      expect(await ids({ categories: ['roads'], verdicts: ['local-issue'] })).toEqual(
        [2, 4].map(idOf),
      );
      expect(
        await ids({ categories: ['roads'], municipalities: ['GM0344'], linked: 'linked' }),
      ).toEqual([idOf(2)]);
      expect(await ids({ search: 'lantaarn', clippedBy: ['anna'] })).toEqual([idOf(3)]);
      expect(await ids({ triage: ['new', 'done'], clippedBy: ['anna', 'bert'] })).toEqual(
        [1, 3, 5].map(idOf),
      );
      expect(await ids({ search: 'de', linked: 'unlinked', sites: ['x'] }, 'newest')).toEqual(
        [3, 1].map(idOf),
      );
    });

    it('returns an empty result when nothing matches', async () => {
      expect(await answer({ categories: ['housing'] }, 'newest')).toEqual({
        ids: [],
        total: 0,
      });
      expect(await answer({ initiativeId: INITIATIVE_A, linked: 'unlinked' }, 'newest')).toEqual({
        ids: [],
        total: 0,
      });
      expect(await answer({ search: 'onbekendwoord', sites: ['x'] }, 'newest')).toEqual({
        ids: [],
        total: 0,
      });
    });

    it('includes both ends of a time range, whichever way the times are written', async () => {
      const from = '2026-11-27T10:02:00Z';
      const to = '2026-11-27T11:04:00+01:00';
      expect(await ids({ from, to })).toEqual([2, 3, 4].map(idOf));
      expect(await ids({ from })).toEqual([2, 3, 4, 5].map(idOf));
      expect(await ids({ to })).toEqual([1, 2, 3, 4].map(idOf));
      expect(await ids({ from, to, categories: ['roads', 'cleanliness'] })).toEqual(
        [2, 3, 4].map(idOf),
      );
      expect(await ids({ from, to, search: 'lantaarn' }, 'newest')).toEqual([3, 2].map(idOf));
      expect(await ids({ from: to, to: from })).toEqual([]);
    });

    it('rejects a time that is not a date', async () => {
      await expect(answer({ from: 'gisteren' }, 'newest')).rejects.toThrow(RangeError);
    });

    it('finds a signal under its corrected category once the correction is saved', async () => {
      const original = (await db.signals.get(idOf(5))) as Signal;
      await saveSignals(db, [{ ...original, correctedCategory: 'nuisance' }]);
      // A snapshot takes the change in as soon as it hears of it, not within the write.
      await expect.poll(() => ids({ categories: ['nuisance'] })).toEqual([idOf(5)]);
      expect(await ids({ categories: ['cleanliness'] })).toEqual([]);
    });
  });

  describe('on a larger inbox', () => {
    const signals = manySignals(1200);
    const filters: InboxFilter[] = [
      {},
      { categories: ['roads'] },
      { categories: ['housing'] },
      { categories: ['roads', 'green', 'animals'] },
      { sites: ['reddit', 'web'], triage: ['done'] },
      { verdicts: ['local-issue'], linked: 'unlinked' },
      { linked: 'linked' },
      { initiativeId: INITIATIVE_B, clippedBy: ['member-1'] },
      { search: 'ga' },
      { search: 'gaten caf' },
      { search: 'bank', categories: ['cleanliness', 'other'] },
      { search: 'lamp', triage: ['new'], from: '2026-11-01T05:00:00Z', to: '2026-11-01T15:00:00Z' },
      { from: '2026-11-01T10:00:00Z', to: '2026-11-01T12:00:00Z' },
      { linked: 'linked', from: '2026-11-01T10:00:00Z' },
      { places: ['nieuwe gracht'], categories: ['roads'] },
      { places: ['Oudegracht', 'Biltstraat'], search: 'lamp' },
    ];

    it('answers every filter as the signals themselves do, both ways', async () => {
      await saveSignals(db, signals);
      answer = await open(db);
      for (const filter of filters) {
        for (const sort of ['newest', 'oldest'] as const) {
          const all = expectedIds(signals, filter, sort);
          expect(await answer(filter, sort), `${JSON.stringify(filter)} ${sort}`).toEqual({
            ids: all,
            total: all.length,
          });
        }
      }
    });
  });
}
