import { Dexie, type IndexableType } from 'dexie';
import type { Signal, SiteId, Verdict } from '../schema/records';
import type { VliegwielDatabase } from './database';
import { searchWords } from './signal-index';

export type TriageState = NonNullable<Signal['triage']>;

/**
 * What the tracker's inbox shows. Every field narrows the list; a field left out, or an empty
 * list, does not. Within a list any value matches. Category, verdict and municipality are the
 * effective ones (the user's correction, else the detection).
 */
export interface InboxFilter {
  categories?: string[];
  /** Municipality codes (GM and four digits). */
  municipalities?: string[];
  /**
   * Place, street or neighbourhood names: a signal matches a name when it has all of its words
   * (whole words, folded). A name without a word of two letters or more is ignored.
   */
  places?: string[];
  sites?: SiteId[];
  triage?: TriageState[];
  verdicts?: Verdict[];
  /** Member ids of who clipped the signal. */
  clippedBy?: string[];
  linked?: 'linked' | 'unlinked';
  initiativeId?: string;
  /** ISO times, both inclusive, on clippedAt. A time that is not a valid date throws a RangeError. */
  from?: string;
  to?: string;
  /**
   * Free text: every word of it must be the start of a word of the signal, folded as the index
   * folds (case and accents off). One-letter words are ignored, as the index leaves them out.
   */
  search?: string;
}

export type InboxSort = 'newest' | 'oldest';

export interface InboxResult {
  /** The matching ids, in sort order. */
  ids: string[];
  /** How many signals match. */
  total: number;
}

/** A contiguous run of an index of signalIndex (or of signalWords, for words), bounds inclusive. */
interface IndexRange {
  index: string;
  lower: IndexableType;
  upper: IndexableType;
}

/**
 * One condition of a filter. `by-time`: a signal meets it when it is in any of the ranges, each a
 * run of an index that lists its signals by clippedAt. `ids`: when it is in every range of any
 * one group (a search word is one group of one range; a place name, a group of its words).
 */
type Condition =
  | { kind: 'by-time'; ranges: IndexRange[] }
  | { kind: 'ids'; groups: IndexRange[][] };

/**
 * Below this many matches the order comes from the matches' own index entries; above it from the
 * clippedAt index, whose keys are cheaper to read than that many entries.
 */
const ORDER_BY_ENTRIES_MAX = 500;
/**
 * The signals that match `filter`, sorted by clippedAt, read from IndexedDB: the popup's and the
 * badge's query, which want one answer, not the tracker's snapshot of every signal
 * (lib/db/inbox-snapshot.ts). Reads index keys only (IndexedDB getAllKeys), never records: a
 * filter on one value of one field, or none, is a single run of a compound index; otherwise each
 * condition's ids are read and intersected, and the matches are put in order by an index that is
 * already sorted by clippedAt.
 */
export async function queryInbox(
  db: VliegwielDatabase,
  filter: InboxFilter,
  sort: InboxSort = 'newest',
): Promise<InboxResult> {
  const conditions = filterConditions(filter);
  return db.transaction('r', [db.signalIndex, db.signalWords], async () => {
    const only = conditions.length === 1 ? conditions[0] : undefined;
    if (only?.kind === 'by-time' && only.ranges.length === 1) {
      const ids = await between(db, only.ranges[0] as IndexRange).primaryKeys();
      return { ids: sort === 'newest' ? ids.reverse() : ids, total: ids.length };
    }
    return intersect(db, conditions, filter, sort);
  });
}

/** Full signals for the given ids, in the same order; ids of signals deleted since are skipped. */
export async function signalsByIds(db: VliegwielDatabase, ids: readonly string[]) {
  const signals = await db.signals.bulkGet([...ids]);
  return signals.filter((signal): signal is Signal => signal !== undefined);
}

function filterConditions(filter: InboxFilter): Condition[] {
  const from = filter.from === undefined ? Dexie.minKey : new Date(filter.from).toISOString();
  const to = filter.to === undefined ? Dexie.maxKey : new Date(filter.to).toISOString();
  const byField = (field: string, values: readonly string[] | undefined): Condition[] => {
    const distinct = [...new Set(values ?? [])];
    if (distinct.length === 0) return [];
    const index = `[${field}+clippedAt]`;
    const ranges = distinct.map((value) => ({ index, lower: [value, from], upper: [value, to] }));
    return [{ kind: 'by-time', ranges }];
  };
  const fields = [
    ...byField('category', filter.categories),
    ...byField('municipality', filter.municipalities),
    ...byField('site', filter.sites),
    ...byField('triage', filter.triage),
    ...byField('verdict', filter.verdicts),
    ...byField('clippedBy', filter.clippedBy),
    ...byField('initiativeId', filter.initiativeId === undefined ? [] : [filter.initiativeId]),
    ...byField('initiativeId', filter.linked === 'unlinked' ? [''] : []),
  ];
  const others = [
    ...linkedCondition(filter),
    ...placeConditions(filter),
    ...searchConditions(filter),
  ];
  // The time range is part of every field's range; without one it needs a condition of its own.
  const hasTimeRange = filter.from !== undefined || filter.to !== undefined;
  const time: Condition[] =
    fields.length === 0 && (hasTimeRange || others.length === 0)
      ? [{ kind: 'by-time', ranges: [{ index: 'clippedAt', lower: from, upper: to }] }]
      : [];
  return [...fields, ...time, ...others];
}

/** Linked means any initiative id but '': everything in the index after the '' entries. */
function linkedCondition(filter: InboxFilter): Condition[] {
  if (filter.linked !== 'linked') return [];
  const range = {
    index: '[initiativeId+clippedAt]',
    lower: ['', Dexie.maxKey],
    upper: Dexie.maxKey,
  };
  return [{ kind: 'ids', groups: [[range]] }];
}

function placeConditions(filter: InboxFilter): Condition[] {
  const places = [...new Set(filter.places ?? [])];
  const groups = places
    .map((place) =>
      searchWords(place).map((word) => ({ index: 'words', lower: word, upper: word })),
    )
    .filter((group) => group.length > 0);
  return groups.length === 0 ? [] : [{ kind: 'ids', groups }];
}

function searchConditions(filter: InboxFilter): Condition[] {
  return searchWords(filter.search ?? '').map((word) => ({
    kind: 'ids',
    groups: [[{ index: 'words', lower: word, upper: `${word}\uffff` }]],
  }));
}

function between(db: VliegwielDatabase, range: IndexRange) {
  const table = range.index === 'words' ? db.signalWords : db.signalIndex;
  return table.where(range.index).between(range.lower, range.upper, true, true);
}

/** Index order: clippedAt, then id, as IndexedDB orders equal keys by primary key. */
function byClippedAt(a: { clippedAt: string; id: string }, b: { clippedAt: string; id: string }) {
  if (a.clippedAt !== b.clippedAt) return a.clippedAt < b.clippedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The ids that meet a condition, oldest first when they come from a single range by time. */
async function conditionIds(db: VliegwielDatabase, condition: Condition): Promise<string[]> {
  if (condition.kind === 'by-time') {
    const perRange = await Promise.all(
      condition.ranges.map((range) => between(db, range).primaryKeys()),
    );
    return perRange.flat();
  }
  const perGroup = await Promise.all(
    condition.groups.map(async (group) => {
      const perRange = await Promise.all(group.map((range) => between(db, range).primaryKeys()));
      const [smallest = [], ...rest] = perRange.sort((a, b) => a.length - b.length);
      const restSets = rest.map((ids) => new Set(ids));
      return smallest.filter((id) => restSets.every((ids) => ids.has(id)));
    }),
  );
  // A word index lists a signal once for each of its words that starts with a searched prefix.
  return [...new Set(perGroup.flat())];
}

/**
 * Reads every condition's ids and keeps those in all of them. An ordered condition, the smallest
 * if there are several, gives the order; without one the matches are put in order afterwards.
 */
async function intersect(
  db: VliegwielDatabase,
  conditions: readonly Condition[],
  filter: InboxFilter,
  sort: InboxSort,
): Promise<InboxResult> {
  const read = await Promise.all(
    conditions.map(async (condition) => ({
      ordered: condition.kind === 'by-time' && condition.ranges.length === 1,
      ids: await conditionIds(db, condition),
    })),
  );
  read.sort((a, b) => a.ids.length - b.ids.length);
  const driver = read.find((entry) => entry.ordered) ?? read[0];
  if (!driver) return { ids: [], total: 0 };
  const others = read.filter((entry) => entry !== driver).map((entry) => new Set(entry.ids));
  const matches = driver.ids.filter((id) => others.every((ids) => ids.has(id)));
  let ids: string[];
  if (driver.ordered) ids = sort === 'newest' ? matches.reverse() : matches;
  else if (matches.length <= ORDER_BY_ENTRIES_MAX) ids = await orderByEntries(db, matches, sort);
  else ids = await orderByTimeIndex(db, new Set(matches), filter, sort);
  return { ids, total: ids.length };
}

async function orderByEntries(
  db: VliegwielDatabase,
  ids: readonly string[],
  sort: InboxSort,
): Promise<string[]> {
  const entries = await db.signalIndex.bulkGet([...ids]);
  const present = entries.filter((entry) => entry !== undefined);
  present.sort(byClippedAt);
  if (sort === 'newest') present.reverse();
  return present.map((entry) => entry.id);
}

/** `matches` in sort order, from the clippedAt index: one read of keys, no records. */
async function orderByTimeIndex(
  db: VliegwielDatabase,
  matches: ReadonlySet<string>,
  filter: InboxFilter,
  sort: InboxSort,
): Promise<string[]> {
  const range: IndexRange = {
    index: 'clippedAt',
    lower: filter.from === undefined ? Dexie.minKey : new Date(filter.from).toISOString(),
    upper: filter.to === undefined ? Dexie.maxKey : new Date(filter.to).toISOString(),
  };
  const ids = (await between(db, range).primaryKeys()).filter((id) => matches.has(id));
  return sort === 'newest' ? ids.reverse() : ids;
}
