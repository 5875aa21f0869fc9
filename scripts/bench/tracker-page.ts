// Runs in the tracker benchmark page (bundled by scripts/bench/tracker.ts): fills the extension's
// database, then times the tracker inbox's snapshot on it: loading, queries, taking in changes.
import { VliegwielDatabase } from '../../lib/db/database';
import type { InboxFilter } from '../../lib/db/inbox';
import { signalsByIds } from '../../lib/db/inbox';
import { InboxSnapshot } from '../../lib/db/inbox-snapshot';
import { saveSignals, signalTables } from '../../lib/db/store';
import { type FillInput, fillDatabase, median, timed } from './signals-page';

export interface QueryCase {
  name: string;
  filter: InboxFilter;
}

export interface QueryFigures {
  name: string;
  total: number;
  /** Median milliseconds for every matching id in order (what the virtual list needs). */
  queryMs: number;
  /** Median milliseconds for that and the full signals of the first rows, ready to show. */
  firstRowsMs: number;
}

export interface SnapshotFigures {
  /** Median milliseconds to open without a checkpoint: every index entry and word read. */
  fullLoadMs: number;
  /** Median milliseconds to save a checkpoint, and to open from it. */
  checkpointSaveMs: number;
  checkpointLoadMs: number;
  /** Bytes of the checkpoint's typed arrays and id text: about what the snapshot holds. */
  checkpointBytes: number;
  queries: QueryFigures[];
  /** Median milliseconds for the signals of a screenful of rows deep in the list (scrolling). */
  scrollRowsMs: number;
  /** Median milliseconds from the commit of a write in another connection to the snapshot having it. */
  followOneMs: number;
  followBatchMs: number;
}

declare global {
  interface Window {
    fillInbox(input: FillInput): Promise<number>;
    timeSnapshot(cases: QueryCase[], runs: number): Promise<SnapshotFigures>;
  }
}

const DATABASE = 'vliegwiel-bench';
/** Rows a tracker window shows at once. */
const SCREENFUL = 20;
const BATCH = 2000;
/** Loads without a checkpoint take seconds: fewer of them. */
const FULL_LOADS = 3;

window.fillInbox = (input) => fillDatabase(DATABASE, input);

window.timeSnapshot = async (cases, runs) => {
  const db = new VliegwielDatabase(DATABASE);
  await db.open();
  const fullLoads: number[] = [];
  for (let run = 0; run < FULL_LOADS; run++) {
    await db.inboxCheckpoints.clear();
    const [ms, snapshot] = await timed(() => InboxSnapshot.open(db));
    fullLoads.push(ms);
    snapshot.close();
  }
  const snapshot = await InboxSnapshot.open(db);
  const saves: number[] = [];
  for (let run = 0; run < runs; run++) {
    await db.inboxCheckpoints.clear();
    saves.push((await timed(() => snapshot.saveCheckpoint()))[0]);
  }
  const checkpointLoads: number[] = [];
  for (let run = 0; run < runs; run++) {
    const [ms, opened] = await timed(() => InboxSnapshot.open(db));
    checkpointLoads.push(ms);
    opened.close();
  }
  const checkpoint = await db.inboxCheckpoints.toCollection().last();
  const checkpointBytes = checkpoint
    ? // Ids are ASCII: a byte a character.
      checkpoint.ids.length +
      [checkpoint.times, checkpoint.words.starts, checkpoint.words.counts, checkpoint.words.codes]
        .concat(Object.values(checkpoint.columns).map((column) => column.codes))
        .reduce((sum, array) => sum + array.byteLength, 0)
    : 0;
  const queries: QueryFigures[] = [];
  for (const { name, filter } of cases) {
    const queryMs: number[] = [];
    const firstRowsMs: number[] = [];
    let total = 0;
    for (let run = 0; run < runs; run++) {
      const sort = run % 2 === 0 ? 'newest' : 'oldest';
      const [ms, result] = await timed(async () => snapshot.query(filter, sort));
      queryMs.push(ms);
      total = result.total;
      const [shownMs] = await timed(async () => {
        const { ids } = snapshot.query(filter, sort);
        return signalsByIds(db, ids.slice(0, SCREENFUL));
      });
      firstRowsMs.push(shownMs);
    }
    queries.push({ name, total, queryMs: median(queryMs), firstRowsMs: median(firstRowsMs) });
  }
  const { ids } = snapshot.query({}, 'newest');
  const scroll: number[] = [];
  for (let run = 0; run < runs; run++) {
    const offset = Math.floor(((run + 1) * ids.length) / (runs + 1));
    scroll.push((await timed(() => signalsByIds(db, ids.slice(offset, offset + SCREENFUL))))[0]);
  }
  // Writes through a second connection, as the popup or the background would make them.
  const other = new VliegwielDatabase(DATABASE);
  const takenAt = () =>
    new Promise<number>((resolve) => {
      const stop = snapshot.subscribe(() => {
        stop();
        resolve(performance.now());
      });
    });
  const follow = async (count: number) => {
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const changed = (await signalsByIds(other, ids.slice(run * count, (run + 1) * count))).map(
        (signal) => ({ ...signal, triage: 'acknowledged' as const }),
      );
      const taken = takenAt();
      await other.transaction('rw', signalTables(other), () => saveSignals(other, changed));
      const committedAt = performance.now();
      // The snapshot may hear of the commit before the writer's own promise settles.
      times.push(Math.max(0, (await taken) - committedAt));
    }
    return median(times);
  };
  const followOneMs = await follow(1);
  const followBatchMs = await follow(BATCH);
  other.close();
  snapshot.close();
  db.close();
  return {
    fullLoadMs: median(fullLoads),
    checkpointSaveMs: median(saves),
    checkpointLoadMs: median(checkpointLoads),
    checkpointBytes,
    queries,
    scrollRowsMs: median(scroll),
    followOneMs,
    followBatchMs,
  };
};
