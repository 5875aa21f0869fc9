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

/**
 * Changes a snapshot takes in before it saves a new checkpoint, so that the next page to open
 * has few to catch up on; and how long it waits first, so that a burst of writes is one save.
 */
const CHECKPOINT_AFTER_CHANGES = 50;
const CHECKPOINT_DELAY_MS = 3000;
/** The layout of InboxCheckpoint; a checkpoint of another layout (an older build) is not read. */
const CHECKPOINT_LAYOUT = 1;

/**
 * The whole snapshot as one record: IndexedDB pays about as much per record as for a record's
 * contents, so 100,000 index entries take over a second to read and this a few dozen
 * milliseconds. Slots are in clippedAt order. Current at `revision` of signalChanges; older
 * checkpoints are deleted as newer ones are saved.
 */
export interface InboxCheckpoint {
  revision: number;
  layout: number;
  /** The signals' ids, joined by newlines. */
  ids: string;
  times: Float64Array;
  columns: Record<Field, EncodedColumn>;
  words: { values: string[]; starts: Int32Array; counts: Uint16Array; codes: Int32Array };
}

interface EncodedColumn {
  values: string[];
  codes: Int32Array;
}

/** Distinct strings, each with its number: its position in `values`. */
class Dictionary {
  private readonly numbers: Map<string, number>;

  constructor(readonly values: string[] = []) {
    this.numbers = new Map(values.map((value, code) => [value, code]));
  }

  code(value: string): number {
    let code = this.numbers.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.numbers.set(value, code);
    }
    return code;
  }

  find(value: string): number | undefined {
    return this.numbers.get(value);
  }

  /** Per code: 1 when its value passes `accepts`. */
  mask(accepts: (value: string) => boolean): Uint8Array {
    const mask = new Uint8Array(this.values.length);
    for (let code = 0; code < mask.length; code++) {
      if (accepts(this.values[code] as string)) mask[code] = 1;
    }
    return mask;
  }
}

/** A column test of a query: the slot passes when `mask[codes[slot]]` is 1. */
interface ColumnTest {
  codes: Int32Array;
  mask: Uint8Array;
}

/** Everything a snapshot is built from, read in one transaction. */
interface Contents {
  revision: number;
  /** In clippedAt order, then id, as the clippedAt index lists them. */
  entries: SignalIndexEntry[];
}

/**
 * The tracker inbox's signals in memory: every index entry as columns and every signal's words as
 * numbers into one dictionary, in clippedAt order, so that any filter or search is a scan of typed
 * arrays, a few milliseconds for 100,000 signals, where IndexedDB needs hundreds as soon as two
 * filters combine, a result is large or a search word is common.
 *
 * It follows the database through signalChanges: every write of signals (lib/db/store.ts) numbers
 * itself there with the ids it changed, in its own transaction, in whatever extension context it
 * ran. The snapshot observes the changes after its own revision with liveQuery (which hears of
 * writes in other contexts too) and re-reads only those ids' entries and words; when it finds a
 * gap (it fell further behind than the kept changes) it reads everything again. It opens from the
 * latest checkpoint (InboxCheckpoint) and catches up from there, and saves a new one now and then.
 */
export class InboxSnapshot {
  private capacity = 0;
  /** Per slot: the signal's id, or '' for a slot that is free. */
  private ids: string[] = [];
  private readonly slots = new Map<string, number>();
  private times: Float64Array = new Float64Array(0);
  private columns = emptyColumns();
  private words = new Dictionary();
  /** A slot's words are `wordCounts[slot]` numbers in `wordPool` from `wordStarts[slot]`. */
  private wordStarts: Int32Array = new Int32Array(0);
  private wordCounts: Uint16Array = new Uint16Array(0);
  private wordPool: Int32Array = new Int32Array(0);
  private wordPoolUsed = 0;
  /** Of the pool in use, how much belongs to words no slot has any more. */
  private wordPoolStale = 0;
  /** The slots in use, by clippedAt then id, as the clippedAt index orders them. */
  private order: Int32Array = new Int32Array(0);
  private readonly free: number[] = [];
  private revision = 0;
  private checkpointRevision = -1;
  private checkpointTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();
  private following: Subscription | null = null;
  private catchingUp = false;
  private behind = false;

  private constructor(private readonly db: VliegwielDatabase) {}

  /**
   * Loads the signals of `db` (from the latest checkpoint and the changes since, or all of them)
   * and follows their changes until closed.
   */
  static async open(db: VliegwielDatabase): Promise<InboxSnapshot> {
    const snapshot = new InboxSnapshot(db);
    const checkpoint = await db.inboxCheckpoints.orderBy('revision').last();
    if (checkpoint?.layout === CHECKPOINT_LAYOUT) snapshot.restore(checkpoint);
    else snapshot.replace(await readContents(db));
    await snapshot.takeInChanges();
    // The latest revision tells of new changes, and also of a log that was emptied (all local
    // data deleted): then the snapshot reads everything again.
    snapshot.following = liveQuery(() => db.signalChanges.orderBy('revision').lastKey()).subscribe({
      next: (latest) => {
        if (((latest as number | undefined) ?? 0) !== snapshot.revision) void snapshot.catchUp();
      },
      // The database was closed or deleted: there is nothing left to follow.
      error: () => snapshot.close(),
    });
    snapshot.considerCheckpoint();
    return snapshot;
  }

  /** How many signals there are. */
  get size(): number {
    return this.order.length;
  }

  /** Whether it stopped following the database (closed, or the database went away). */
  get closed(): boolean {
    return this.following === null;
  }

  /** Calls `listener` after every change the snapshot took in; returns the way to stop. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close() {
    this.following?.unsubscribe();
    this.following = null;
    clearTimeout(this.checkpointTimer);
    this.listeners.clear();
  }

  /**
   * Every signal that matches `filter`, in `sort` order, as lib/db/inbox.ts's queryInbox answers
   * it. A time in the filter that is not a date throws a RangeError.
   */
  query(filter: InboxFilter, sort: InboxSort = 'newest'): InboxResult {
    const from = filter.from === undefined ? -Infinity : validTime(filter.from);
    const to = filter.to === undefined ? Infinity : validTime(filter.to);
    const columnTests = this.columnTests(filter);
    const searched = searchWords(filter.search ?? '').map((word) =>
      this.words.mask((own) => own.startsWith(word)),
    );
    const places = this.placeWords(filter.places ?? []);
    const nothing =
      columnTests === null ||
      searched.some((mask) => !mask.includes(1)) ||
      (places !== null && places.length === 0);
    if (nothing) return { ids: [], total: 0 };
    const pool = this.wordPool;
    const passes = (slot: number) => {
      for (const test of columnTests) if (test.mask[test.codes[slot] as number] === 0) return false;
      const start = this.wordStarts[slot] as number;
      const end = start + (this.wordCounts[slot] as number);
      for (const mask of searched) {
        let found = false;
        for (let i = start; i < end && !found; i++) found = mask[pool[i] as number] === 1;
        if (!found) return false;
      }
      return (
        places === null ||
        places.some((codes) => codes.every((code) => holds(pool, start, end, code)))
      );
    };
    const [first, end] = [this.position(from, false), this.position(to, true)];
    const ids: string[] = [];
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

  /**
   * Saves the snapshot as the latest checkpoint, unless a newer one is there (another tracker
   * page saved it).
   */
  async saveCheckpoint() {
    const { db } = this;
    const checkpoint = this.checkpoint();
    await db.transaction('rw', db.inboxCheckpoints, async () => {
      const latest = await db.inboxCheckpoints.orderBy('revision').lastKey();
      if (latest !== undefined && (latest as number) >= checkpoint.revision) return;
      await db.inboxCheckpoints.put(checkpoint);
      await db.inboxCheckpoints.where('revision').below(checkpoint.revision).delete();
    });
    this.checkpointRevision = checkpoint.revision;
  }

  /**
   * The word numbers of each place name that every one of its words has; null without place
   * names. A name with a word no signal has cannot match and is left out.
   */
  private placeWords(places: readonly string[]): number[][] | null {
    const named = [...new Set(places)].map(searchWords).filter((words) => words.length > 0);
    if (named.length === 0) return null;
    return named
      .map((words) => words.map((word) => this.words.find(word)))
      .filter((codes): codes is number[] => codes.every((code) => code !== undefined));
  }

  /** The column tests of a filter; null when one of them can pass nothing. */
  private columnTests(filter: InboxFilter): ColumnTest[] | null {
    const tests: ColumnTest[] = [];
    const add = (field: Field, accepts: (value: string) => boolean) => {
      const { dictionary, codes } = this.columns[field];
      tests.push({ codes, mask: dictionary.mask(accepts) });
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
        if (await this.takeInChanges()) {
          for (const listener of this.listeners) listener();
          this.considerCheckpoint();
        }
      } while (this.behind && this.following);
    } catch {
      // Reading failed because the database went away; close() has been called or will be.
    } finally {
      this.catchingUp = false;
    }
  }

  private async takeInChanges(): Promise<boolean> {
    const { db } = this;
    const tables = [db.signalChanges, db.signalIndex];
    const read = await db.transaction('r', tables, async () => {
      const changes = await db.signalChanges.where('revision').above(this.revision).toArray();
      const [firstChange] = changes;
      if (firstChange?.revision === this.revision + 1) {
        return { changes, changed: await readChanged(db, changes) };
      }
      // Nothing new, unless the changes the snapshot knows are not there (a gap, or a database
      // that started again): then only reading everything is sure.
      const latest = await db.signalChanges.orderBy('revision').lastKey();
      if (!firstChange && (latest ?? 0) === this.revision) return null;
      return { everything: await readContents(db) };
    });
    if (read === null) return false;
    if (read.everything) this.replace(read.everything);
    else this.patch(read.changed, (read.changes.at(-1) as SignalChange).revision);
    return true;
  }

  private considerCheckpoint() {
    if (this.checkpointTimer !== undefined || this.closed) return;
    if (this.revision - this.checkpointRevision < CHECKPOINT_AFTER_CHANGES) return;
    this.checkpointTimer = setTimeout(() => {
      this.checkpointTimer = undefined;
      if (!this.closed) void this.saveCheckpoint().catch(() => {});
    }, CHECKPOINT_DELAY_MS);
  }

  private replace({ revision, entries }: Contents) {
    this.reset(entries.length);
    // The entries come in clippedAt order, so the slots are in order too.
    for (const [slot, entry] of entries.entries()) this.put(slot, entry);
    this.order = Int32Array.from(entries, (_, slot) => slot);
    this.revision = revision;
    // Reading everything is what a checkpoint saves the next page from.
    this.checkpointRevision = -Infinity;
  }

  private restore(checkpoint: InboxCheckpoint) {
    const ids = checkpoint.ids === '' ? [] : checkpoint.ids.split('\n');
    this.reset(0);
    this.capacity = ids.length;
    this.ids = ids;
    for (const [slot, id] of ids.entries()) this.slots.set(id, slot);
    this.times = checkpoint.times;
    this.columns = Object.fromEntries(
      FIELDS.map((field) => {
        const { values, codes } = checkpoint.columns[field];
        return [field, { dictionary: new Dictionary(values), codes }];
      }),
    ) as Record<Field, Column>;
    this.words = new Dictionary(checkpoint.words.values);
    this.wordStarts = checkpoint.words.starts;
    this.wordCounts = checkpoint.words.counts;
    this.wordPool = checkpoint.words.codes;
    this.wordPoolUsed = this.wordPool.length;
    this.order = Int32Array.from(ids, (_, slot) => slot);
    this.revision = checkpoint.revision;
    this.checkpointRevision = checkpoint.revision;
  }

  /** The snapshot compacted into slots in clippedAt order. */
  private checkpoint(): InboxCheckpoint {
    const order = this.order;
    const counts = Uint16Array.from(order, (slot) => this.wordCounts[slot] as number);
    const starts = new Int32Array(order.length);
    const codes = new Int32Array(counts.reduce((sum, count) => sum + count, 0));
    let used = 0;
    order.forEach((slot, position) => {
      const start = this.wordStarts[slot] as number;
      starts[position] = used;
      codes.set(this.wordPool.subarray(start, start + (this.wordCounts[slot] as number)), used);
      used += counts[position] as number;
    });
    return {
      revision: this.revision,
      layout: CHECKPOINT_LAYOUT,
      ids: Array.from(order, (slot) => this.ids[slot]).join('\n'),
      times: Float64Array.from(order, (slot) => this.times[slot] as number),
      columns: Object.fromEntries(
        FIELDS.map((field) => {
          const { dictionary, codes: byslot } = this.columns[field];
          const encoded: EncodedColumn = {
            values: [...dictionary.values],
            codes: Int32Array.from(order, (slot) => byslot[slot] as number),
          };
          return [field, encoded];
        }),
      ) as Record<Field, EncodedColumn>,
      words: { values: [...this.words.values], starts, counts, codes },
    };
  }

  /** Applies the current entries of changed ids: none for an id that was deleted. */
  private patch(changed: Map<string, SignalIndexEntry | undefined>, revision: number) {
    const removed = new Set<number>();
    const added: number[] = [];
    for (const [id, now] of changed) {
      const slot = this.slots.get(id);
      if (slot !== undefined && now && this.times[slot] === Date.parse(now.clippedAt)) {
        this.put(slot, now);
        continue;
      }
      if (slot !== undefined) {
        removed.add(slot);
        this.slots.delete(id);
        this.ids[slot] = '';
        this.wordPoolStale += this.wordCounts[slot] as number;
        this.wordCounts[slot] = 0;
      }
      if (now) {
        const fresh = this.free.pop() ?? this.ids.length;
        if (fresh >= this.capacity) this.grow(Math.max(1024, this.capacity * 2));
        this.put(fresh, now);
        added.push(fresh);
      }
    }
    if (removed.size > 0 || added.length > 0) {
      const kept = removed.size > 0 ? this.order.filter((slot) => !removed.has(slot)) : this.order;
      this.order = mergeInOrder(kept, added.sort(this.before), this.before);
      // Freed only now: a slot freed and taken again in the same patch must not be filtered out.
      this.free.push(...removed);
    }
    if (this.wordPoolStale > this.wordPoolUsed / 2) this.compactWords();
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
    const { words } = entry;
    this.ids[slot] = entry.id;
    this.slots.set(entry.id, slot);
    this.times[slot] = Date.parse(entry.clippedAt);
    for (const field of FIELDS) {
      const column = this.columns[field];
      column.codes[slot] = column.dictionary.code(entry[field]);
    }
    // A slot's words go to the end of the pool; what it had before is left behind.
    this.wordPoolStale += this.wordCounts[slot] as number;
    if (this.wordPoolUsed + words.length > this.wordPool.length) {
      const pool = new Int32Array(Math.max(1024, (this.wordPoolUsed + words.length) * 2));
      pool.set(this.wordPool.subarray(0, this.wordPoolUsed));
      this.wordPool = pool;
    }
    this.wordStarts[slot] = this.wordPoolUsed;
    this.wordCounts[slot] = words.length;
    for (const word of words) this.wordPool[this.wordPoolUsed++] = this.words.code(word);
  }

  private compactWords() {
    const pool = new Int32Array(Math.max(1024, (this.wordPoolUsed - this.wordPoolStale) * 2));
    let used = 0;
    for (const slot of this.order) {
      const start = this.wordStarts[slot] as number;
      const count = this.wordCounts[slot] as number;
      pool.set(this.wordPool.subarray(start, start + count), used);
      this.wordStarts[slot] = used;
      used += count;
    }
    this.wordPool = pool;
    this.wordPoolUsed = used;
    this.wordPoolStale = 0;
  }

  private reset(capacity: number) {
    this.ids = [];
    this.slots.clear();
    this.free.length = 0;
    this.columns = emptyColumns();
    this.words = new Dictionary();
    this.capacity = 0;
    this.times = new Float64Array(0);
    this.wordStarts = new Int32Array(0);
    this.wordCounts = new Uint16Array(0);
    this.wordPool = new Int32Array(0);
    this.wordPoolUsed = 0;
    this.wordPoolStale = 0;
    this.grow(capacity);
  }

  private grow(capacity: number) {
    const grown = <A extends Float64Array | Int32Array | Uint16Array>(array: A, empty: A): A => {
      empty.set(array);
      return empty;
    };
    this.times = grown(this.times, new Float64Array(capacity));
    this.wordStarts = grown(this.wordStarts, new Int32Array(capacity));
    this.wordCounts = grown(this.wordCounts, new Uint16Array(capacity));
    for (const column of Object.values(this.columns)) {
      column.codes = grown(column.codes, new Int32Array(capacity));
    }
    this.capacity = capacity;
  }
}

interface Column {
  dictionary: Dictionary;
  codes: Int32Array;
}

function emptyColumns(): Record<Field, Column> {
  return Object.fromEntries(
    FIELDS.map((field) => [field, { dictionary: new Dictionary(), codes: new Int32Array(0) }]),
  ) as Record<Field, Column>;
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

/** Every index entry (words included) in clippedAt order, with their revision. */
function readContents(db: VliegwielDatabase): Promise<Contents> {
  const tables = [db.signalChanges, db.signalIndex];
  return db.transaction('r', tables, async () => {
    const [latest, entries] = await Promise.all([
      db.signalChanges.orderBy('revision').lastKey(),
      db.signalIndex.orderBy('clippedAt').toArray(),
    ]);
    return { revision: (latest as number | undefined) ?? 0, entries };
  });
}

async function readChanged(db: VliegwielDatabase, changes: readonly SignalChange[]) {
  const ids = [...new Set(changes.flatMap((change) => change.ids))];
  const entries = await db.signalIndex.bulkGet(ids);
  return new Map(ids.map((id, i) => [id, entries[i]]));
}

function holds(pool: Int32Array, start: number, end: number, code: number): boolean {
  for (let i = start; i < end; i++) if (pool[i] === code) return true;
  return false;
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
