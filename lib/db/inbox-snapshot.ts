import { liveQuery, type Subscription } from 'dexie';
import type { SignalChange, SignalIndexEntry, VliegwielDatabase } from './database';
import type { InboxFilter, InboxResult, InboxSort } from './inbox';
import { searchWords } from './signal-index';

/** The index entry fields a filter names, each kept as a dictionary-encoded column. */
const FIELDS = [
  'category',
  'verdict',
  'municipality',
  'site',
  'triage',
  'clippedBy',
  'initiativeId',
] as const;
type Field = (typeof FIELDS)[number];

const INITIAL_CAPACITY = 1024;

/** A text column: per slot, the number of its value in a list of the distinct values seen. */
class DictionaryColumn {
  readonly values: string[] = [];
  private readonly numbers = new Map<string, number>();
  codes: Int32Array;

  constructor(capacity: number) {
    this.codes = new Int32Array(capacity);
  }

  set(slot: number, value: string) {
    let code = this.numbers.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.numbers.set(value, code);
    }
    this.codes[slot] = code;
  }

  grow(capacity: number) {
    const codes = new Int32Array(capacity);
    codes.set(this.codes);
    this.codes = codes;
  }

  /** Per code: 1 when its value passes `accepts`. */
  mask(accepts: (value: string) => boolean): Uint8Array {
    return Uint8Array.from(this.values, (value) => (accepts(value) ? 1 : 0));
  }
}

/** A column test of a query: the slot passes when `mask[codes[slot]]` is 1. */
interface ColumnTest {
  codes: Int32Array;
  mask: Uint8Array;
}

/**
 * The tracker inbox's signals in memory: every index entry (not the words) as columns, in clippedAt
 * order, so that any filter is a scan of typed arrays, a few milliseconds for 100,000 signals where
 * IndexedDB needs hundreds as soon as two filters combine or a result is large. Search words and
 * place names still come from the signalWords index, whose keys-only reads are fast enough and
 * which would cost far more memory and load time in a page.
 *
 * It follows the database through signalChanges: every write of signals (lib/db/store.ts) numbers
 * itself there with the ids it changed, in its own transaction, in whatever extension context it
 * ran. The snapshot observes the changes after its own revision with liveQuery (which hears of
 * writes in other contexts too) and re-reads only those ids' entries; when it finds a gap (it fell
 * more than the kept changes behind) it reloads everything.
 */
export class InboxSnapshot {
  private capacity = 0;
  /** Per slot: the signal's id, or '' for a slot that is free. */
  private ids: string[] = [];
  private readonly slots = new Map<string, number>();
  private times = new Float64Array(0);
  private readonly columns = Object.fromEntries(
    FIELDS.map((field) => [field, new DictionaryColumn(0)]),
  ) as Record<Field, DictionaryColumn>;
  /** The slots in use, by clippedAt then id, as the clippedAt index orders them. */
  private order: Int32Array = new Int32Array(0);
  private readonly free: number[] = [];
  private revision = 0;
  private readonly listeners = new Set<() => void>();
  private following: Subscription | null = null;
  private catchingUp = false;
  private behind = false;

  private constructor(private readonly db: VliegwielDatabase) {}

  /** Loads every index entry of `db` and follows its changes until closed. */
  static async open(db: VliegwielDatabase): Promise<InboxSnapshot> {
    const snapshot = new InboxSnapshot(db);
    snapshot.replace(await readAll(db));
    snapshot.following = liveQuery(() =>
      db.signalChanges.where('revision').above(snapshot.revision).primaryKeys(),
    ).subscribe({
      next: (revisions) => {
        if (revisions.length > 0) void snapshot.catchUp();
      },
      // The database was closed or deleted: there is nothing left to follow.
      error: () => snapshot.close(),
    });
    return snapshot;
  }

  /** How many signals there are. */
  get size(): number {
    return this.order.length;
  }

  /** Calls `listener` after every change the snapshot took in; returns the way to stop. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Whether it stopped following the database (closed, or the database went away). */
  get closed(): boolean {
    return this.following === null;
  }

  close() {
    this.following?.unsubscribe();
    this.following = null;
    this.listeners.clear();
  }

  /**
   * Every signal that matches `filter`, in `sort` order, as lib/db/inbox.ts's queryInbox answers
   * it. Reads IndexedDB only for search words and place names.
   */
  async query(filter: InboxFilter, sort: InboxSort = 'newest'): Promise<InboxResult> {
    const from = filter.from === undefined ? -Infinity : validTime(filter.from);
    const to = filter.to === undefined ? Infinity : validTime(filter.to);
    const wordConditions = await readWordConditions(this.db, filter);
    // From here on nothing awaits, so no change can move the slots while they are read.
    const tests = this.columnTests(filter);
    if (tests === null || wordConditions.some((ids) => ids.length === 0)) {
      return { ids: [], total: 0 };
    }
    const words = this.wordPasses(wordConditions);
    const [first, end] = [this.position(from, false), this.position(to, true)];
    const ids: string[] = [];
    const passes = (slot: number) => {
      if (words && words.counts[slot] !== words.needed) return false;
      for (const test of tests) if (test.mask[test.codes[slot] as number] === 0) return false;
      return true;
    };
    if (sort === 'newest') {
      for (let i = end - 1; i >= first; i--) {
        const slot = this.order[i] as number;
        if (passes(slot)) ids.push(this.ids[slot] as string);
      }
    } else {
      for (let i = first; i < end; i++) {
        const slot = this.order[i] as number;
        if (passes(slot)) ids.push(this.ids[slot] as string);
      }
    }
    return { ids, total: ids.length };
  }

  /** The column tests of a filter; null when one of them can pass nothing. */
  private columnTests(filter: InboxFilter): ColumnTest[] | null {
    const tests: ColumnTest[] = [];
    const add = (field: Field, accepts: (value: string) => boolean) => {
      const column = this.columns[field];
      tests.push({ codes: column.codes, mask: column.mask(accepts) });
    };
    const oneOf = (field: Field, values: readonly string[] | undefined) => {
      if (values === undefined || values.length === 0) return;
      const wanted = new Set(values);
      add(field, (value) => wanted.has(value));
    };
    oneOf('category', filter.categories);
    oneOf('municipality', filter.municipalities);
    oneOf('site', filter.sites);
    oneOf('triage', filter.triage);
    oneOf('verdict', filter.verdicts);
    oneOf('clippedBy', filter.clippedBy);
    if (filter.initiativeId !== undefined) oneOf('initiativeId', [filter.initiativeId]);
    if (filter.linked === 'linked') add('initiativeId', (value) => value !== '');
    if (filter.linked === 'unlinked') add('initiativeId', (value) => value === '');
    return tests.some((test) => !test.mask.includes(1)) ? null : tests;
  }

  /**
   * Per slot, how many of the word conditions it meets in a row: a slot meets them all when its
   * count reaches `needed`. Counting in turn keeps a signal that a condition lists twice (two of its
   * words start with the searched word) from counting twice.
   */
  private wordPasses(conditions: readonly string[][]) {
    if (conditions.length === 0) return null;
    const counts = new Uint16Array(this.capacity);
    conditions.forEach((ids, met) => {
      for (const id of ids) {
        const slot = this.slots.get(id);
        if (slot !== undefined && counts[slot] === met) counts[slot] = met + 1;
      }
    });
    return { counts, needed: conditions.length };
  }

  /** The first position in the order whose time is after `time` (or at it, unless `after`). */
  private position(time: number, after: boolean): number {
    let low = 0;
    let high = this.order.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const at = this.times[this.order[middle] as number] as number;
      if (at < time || (after && at === time)) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /**
   * Takes in every change after the snapshot's revision, one catch-up at a time; a change that
   * arrives meanwhile is taken in by another round.
   */
  private async catchUp() {
    if (this.catchingUp) {
      this.behind = true;
      return;
    }
    this.catchingUp = true;
    try {
      do {
        this.behind = false;
        if (await this.takeInChanges()) for (const listener of this.listeners) listener();
      } while (this.behind && this.following);
    } catch {
      // Reading failed because the database went away; close() has been called or will be.
    } finally {
      this.catchingUp = false;
    }
  }

  private async takeInChanges(): Promise<boolean> {
    const { db } = this;
    const read = await db.transaction('r', [db.signalChanges, db.signalIndex], async () => {
      const changes = await db.signalChanges.where('revision').above(this.revision).toArray();
      const [firstChange] = changes;
      if (!firstChange) return null;
      if (firstChange.revision !== this.revision + 1) return { whole: await readAll(db) };
      return { changes, entries: await changedEntries(db, changes) };
    });
    if (read === null) return false;
    if (read.whole) this.replace(read.whole);
    else this.patch(read.entries, (read.changes.at(-1) as SignalChange).revision);
    return true;
  }

  private replace({ revision, entries }: { revision: number; entries: SignalIndexEntry[] }) {
    this.ids = [];
    this.slots.clear();
    this.free.length = 0;
    for (const field of FIELDS) this.columns[field] = new DictionaryColumn(0);
    this.capacity = 0;
    this.grow(entries.length);
    // The entries come in clippedAt order, so the slots are already in order.
    entries.forEach((entry, slot) => this.put(slot, entry));
    this.order = Int32Array.from(entries, (_, slot) => slot);
    this.revision = revision;
  }

  /** Applies the current entries of changed ids: undefined for an id that was deleted. */
  private patch(changed: Map<string, SignalIndexEntry | undefined>, revision: number) {
    const removed = new Set<number>();
    const added: number[] = [];
    for (const [id, entry] of changed) {
      const slot = this.slots.get(id);
      if (slot !== undefined && entry && this.times[slot] === Date.parse(entry.clippedAt)) {
        this.put(slot, entry);
        continue;
      }
      if (slot !== undefined) {
        removed.add(slot);
        this.slots.delete(id);
        this.ids[slot] = '';
      }
      if (entry) {
        const fresh = this.free.pop() ?? this.ids.length;
        if (fresh >= this.capacity) this.grow(Math.max(INITIAL_CAPACITY, this.capacity * 2));
        this.put(fresh, entry);
        added.push(fresh);
      }
    }
    if (removed.size > 0 || added.length > 0) {
      const kept = removed.size > 0 ? this.order.filter((slot) => !removed.has(slot)) : this.order;
      this.order = mergeInOrder(kept, added.sort(this.before), this.before);
      // Freed only now: a slot freed and taken again in the same patch must not be filtered out.
      this.free.push(...removed);
    }
    this.revision = revision;
  }

  /** Orders slots as the clippedAt index does: by time, then by id. */
  private readonly before = (a: number, b: number): number => {
    const byTime = (this.times[a] as number) - (this.times[b] as number);
    if (byTime !== 0) return byTime;
    const [idA, idB] = [this.ids[a] as string, this.ids[b] as string];
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  };

  private put(slot: number, entry: SignalIndexEntry) {
    this.ids[slot] = entry.id;
    this.slots.set(entry.id, slot);
    this.times[slot] = Date.parse(entry.clippedAt);
    for (const field of FIELDS) this.columns[field].set(slot, entry[field]);
  }

  private grow(capacity: number) {
    const times = new Float64Array(capacity);
    times.set(this.times);
    this.times = times;
    for (const column of Object.values(this.columns)) column.grow(capacity);
    this.capacity = capacity;
  }
}

const pageSnapshots = new WeakMap<VliegwielDatabase, Promise<InboxSnapshot>>();

/**
 * The snapshot of `db` for this page: loaded on first use and then kept current for as long as
 * the page lives, so that coming back to the inbox does not load it again.
 */
export function pageInboxSnapshot(db: VliegwielDatabase): Promise<InboxSnapshot> {
  const known = pageSnapshots.get(db);
  const opened = known?.then((snapshot) => (snapshot.closed ? InboxSnapshot.open(db) : snapshot));
  const snapshot = opened ?? InboxSnapshot.open(db);
  pageSnapshots.set(db, snapshot);
  // A load that failed is tried again by the next use.
  snapshot.catch(() => pageSnapshots.delete(db));
  return snapshot;
}

/** Every index entry in clippedAt order, with the revision it is current at. */
function readAll(db: VliegwielDatabase) {
  return db.transaction('r', [db.signalChanges, db.signalIndex], async () => {
    const [latest, entries] = await Promise.all([
      db.signalChanges.orderBy('revision').lastKey(),
      db.signalIndex.orderBy('clippedAt').toArray(),
    ]);
    return { revision: (latest as number | undefined) ?? 0, entries };
  });
}

async function changedEntries(db: VliegwielDatabase, changes: readonly SignalChange[]) {
  const ids = [...new Set(changes.flatMap((change) => change.ids))];
  const entries = await db.signalIndex.bulkGet(ids);
  return new Map(ids.map((id, i) => [id, entries[i]]));
}

function mergeInOrder(
  kept: Int32Array,
  added: readonly number[],
  before: (a: number, b: number) => number,
): Int32Array {
  if (added.length === 0) return kept;
  const merged = new Int32Array(kept.length + added.length);
  let [k, a, m] = [0, 0, 0];
  while (k < kept.length && a < added.length) {
    if (before(kept[k] as number, added[a] as number) <= 0) merged[m++] = kept[k++] as number;
    else merged[m++] = added[a++] as number;
  }
  while (k < kept.length) merged[m++] = kept[k++] as number;
  while (a < added.length) merged[m++] = added[a++] as number;
  return merged;
}

/** A filter's time in milliseconds; a time that is not a date throws, as queryInbox does. */
function validTime(time: string): number {
  const ms = Date.parse(time);
  if (Number.isNaN(ms)) throw new RangeError(`Invalid time value: ${time}`);
  return ms;
}

/**
 * The ids each word condition of a filter lets through, from the signalWords index: one list per
 * search word (signals with a word starting with it; a signal may be listed more than once), and
 * one for the place names together (signals with all the words of any one of them).
 */
function readWordConditions(db: VliegwielDatabase, filter: InboxFilter): Promise<string[][]> {
  const search = searchWords(filter.search ?? '');
  const places = [...new Set(filter.places ?? [])]
    .map((place) => searchWords(place))
    .filter((words) => words.length > 0);
  if (search.length === 0 && places.length === 0) return Promise.resolve([]);
  const words = db.signalWords;
  return db.transaction('r', words, async () => {
    const searched = search.map((word) => words.where('words').startsWith(word).primaryKeys());
    const named = Promise.all(
      places.map(async (place) => {
        const perWord = await Promise.all(
          place.map((word) => words.where('words').equals(word).primaryKeys()),
        );
        const [fewest = [], ...rest] = perWord.sort((a, b) => a.length - b.length);
        const restSets = rest.map((ids) => new Set(ids));
        return fewest.filter((id) => restSets.every((ids) => ids.has(id)));
      }),
    );
    const conditions = await Promise.all(searched);
    if (places.length > 0) conditions.push([...new Set((await named).flat())]);
    return conditions;
  });
}
