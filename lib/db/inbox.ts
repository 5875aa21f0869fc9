import { Dexie, type IndexableType } from 'dexie';
import type { Signal, SiteId, Verdict } from '../schema/records';
import type { SignalIndexEntry, VliegwielDatabase } from './database';
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

/** A contiguous run of an index of signalIndex, bounds inclusive. */
interface IndexRange {
  index: string;
  lower: IndexableType;
  upper: IndexableType;
}

/**
 * One condition of a filter that an index answers: a signal meets it when it is in any of the
 * ranges, each a run of an index that lists its signals by clippedAt.
 */
type Condition = IndexRange[];

/** The conditions of a filter that no index answers, tested on the index entries themselves. */
type EntryTest = (entry: SignalIndexEntry) => boolean;

/**
 * Below this many matches the order comes from the matches' own index entries; above it from the
 * clippedAt index, whose keys are cheaper to read than that many entries.
 */
const ORDER_BY_ENTRIES_MAX = 500;
/**
 * The signals that match `filter`, sorted by clippedAt, read from IndexedDB: the popup's and the
 * badge's query, which want one answer, not the tracker's snapshot of every signal
 * (lib/db/inbox-snapshot.ts). What the popup filters on (triage, category, municipality, time)
 * is read as index keys only (IndexedDB getAllKeys): one value of one field, or none, is a single
 * run of a compound index; otherwise each condition's ids are read and intersected, and the
 * matches are put in order by an index that is already sorted by clippedAt. The rest (verdict,
 * site, who clipped, initiative, words of a search or a place) has no index, which would cost
 * every write of a signal: the entries of the signals the indexed conditions leave are read and
 * tested. For the popup's watched place that is a municipality's untriaged signals; a filter on
 * those fields alone reads every entry in its time range.
 */
export async function queryInbox(
  db: VliegwielDatabase,
  filter: InboxFilter,
  sort: InboxSort = 'newest',
): Promise<InboxResult> {
  const conditions = filterConditions(filter);
  const test = entryTest(filter);
  return db.transaction('r', db.signalIndex, async () => {
    const [only] = conditions;
    if (test === null && conditions.length === 1 && only?.length === 1) {
      const ids = await between(db, only[0] as IndexRange).primaryKeys();
      return { ids: sort === 'newest' ? ids.reverse() : ids, total: ids.length };
    }
    return intersect(db, conditions, test, filter, sort);
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
    return [distinct.map((value) => ({ index, lower: [value, from], upper: [value, to] }))];
  };
  const fields = [
    ...byField('category', filter.categories),
    ...byField('municipality', filter.municipalities),
    ...byField('triage', filter.triage),
  ];
  // The time range is part of every field's range; without one it is a condition of its own.
  return fields.length > 0 ? fields : [[{ index: 'clippedAt', lower: from, upper: to }]];
}

/**
 * The test of what the indexes do not answer, null when the filter asks nothing of that: verdict,
 * site, who clipped, initiative or being linked; every search word starts one of the signal's
 * words, and when places are named, it has every word of one of them.
 */
function entryTest(filter: InboxFilter): EntryTest | null {
  const tests: EntryTest[] = [];
  const oneOf = (
    values: readonly string[] | undefined,
    field: (entry: SignalIndexEntry) => string,
  ) => {
    if (values === undefined || values.length === 0) return;
    const wanted = new Set(values);
    tests.push((entry) => wanted.has(field(entry)));
  };
  oneOf(filter.verdicts, (entry) => entry.verdict);
  oneOf(filter.sites, (entry) => entry.site);
  oneOf(filter.clippedBy, (entry) => entry.clippedBy);
  if (filter.initiativeId !== undefined) {
    oneOf([filter.initiativeId], (entry) => entry.initiativeId);
  }
  if (filter.linked === 'linked') tests.push((entry) => entry.initiativeId !== '');
  if (filter.linked === 'unlinked') tests.push((entry) => entry.initiativeId === '');
  for (const prefix of searchWords(filter.search ?? '')) {
    tests.push((entry) => entry.words.some((word) => word.startsWith(prefix)));
  }
  const places = [...new Set(filter.places ?? [])]
    .map(searchWords)
    .filter((placeWords) => placeWords.length > 0);
  if (places.length > 0) {
    tests.push((entry) =>
      places.some((placeWords) => placeWords.every((word) => entry.words.includes(word))),
    );
  }
  if (tests.length === 0) return null;
  return (entry) => tests.every((test) => test(entry));
}

function between(db: VliegwielDatabase, range: IndexRange) {
  return db.signalIndex.where(range.index).between(range.lower, range.upper, true, true);
}

/** Index order: clippedAt, then id, as IndexedDB orders equal keys by primary key. */
function byClippedAt(a: { clippedAt: string; id: string }, b: { clippedAt: string; id: string }) {
  if (a.clippedAt !== b.clippedAt) return a.clippedAt < b.clippedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The ids that meet a condition, oldest first when it is a single range. */
async function conditionIds(db: VliegwielDatabase, condition: Condition): Promise<string[]> {
  const perRange = await Promise.all(condition.map((range) => between(db, range).primaryKeys()));
  return perRange.flat();
}

/**
 * Reads every condition's ids and keeps those in all of them, and of those the ones whose entries
 * pass `test`. A single range, the smallest if there are several, gives the order; without one
 * the matches are put in order afterwards.
 */
async function intersect(
  db: VliegwielDatabase,
  conditions: readonly Condition[],
  test: EntryTest | null,
  filter: InboxFilter,
  sort: InboxSort,
): Promise<InboxResult> {
  const read = await Promise.all(
    conditions.map(async (condition) => ({
      ordered: condition.length === 1,
      ids: await conditionIds(db, condition),
    })),
  );
  read.sort((a, b) => a.ids.length - b.ids.length);
  const driver = read.find((entry) => entry.ordered) ?? read[0];
  if (!driver) return { ids: [], total: 0 };
  const others = read.filter((entry) => entry !== driver).map((entry) => new Set(entry.ids));
  const inIndexes = driver.ids.filter((id) => others.every((ids) => ids.has(id)));
  let ids: string[];
  if (test !== null) {
    const passed = await passing(db, inIndexes, test);
    if (!driver.ordered) passed.sort(byClippedAt);
    ids = passed.map((entry) => entry.id);
    if (sort === 'newest') ids.reverse();
  } else if (driver.ordered) ids = sort === 'newest' ? inIndexes.reverse() : inIndexes;
  else if (inIndexes.length <= ORDER_BY_ENTRIES_MAX)
    ids = await orderByEntries(db, inIndexes, sort);
  else ids = await orderByTimeIndex(db, new Set(inIndexes), filter, sort);
  return { ids, total: ids.length };
}

/** The entries of `ids` that pass `test`, in the order of `ids`. */
async function passing(
  db: VliegwielDatabase,
  ids: readonly string[],
  test: EntryTest,
): Promise<SignalIndexEntry[]> {
  if (ids.length === 0) return [];
  const entries = await db.signalIndex.bulkGet([...ids]);
  return entries.filter((entry): entry is SignalIndexEntry => entry !== undefined && test(entry));
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
