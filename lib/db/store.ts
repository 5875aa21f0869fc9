import type { Signal, TimelineEvent } from '../schema/records';
import type { VliegwielDatabase } from './database';
import { signalIndexEntry } from './signal-index';

/** Who does something: this browser's member, with the name they gave (if any). */
export interface Actor {
  id: string;
  name?: string;
}

/**
 * How many of the latest signal changes are kept: a clip makes one to three. A tracker page whose
 * checkpoint is further behind than this reads all signals (seconds for 100,000) instead of
 * catching up.
 */
const KEPT_SIGNAL_CHANGES = 1000;

/**
 * The tables a write of signals touches. Every write of a signal goes through saveSignals or
 * deleteSignals inside a transaction over at least these, so a signal, its index entry (with its
 * words) and the record of the change never disagree.
 */
export function signalTables(db: VliegwielDatabase) {
  return [db.signals, db.signalIndex, db.signalChanges, db.events] as const;
}

/**
 * Runs in the caller's transaction (which must include these tables), or in one of its own: the
 * change's number is read and written in one transaction, so two writes never take the same one.
 */
function inSignalWrite(db: VliegwielDatabase, work: () => Promise<unknown>) {
  return db.transaction('rw', [db.signals, db.signalIndex, db.signalChanges], work);
}

export async function saveSignals(db: VliegwielDatabase, signals: readonly Signal[]) {
  if (signals.length === 0) return;
  await inSignalWrite(db, () =>
    Promise.all([
      db.signals.bulkPut([...signals]),
      db.signalIndex.bulkPut(signals.map(signalIndexEntry)),
      recordSignalChange(
        db,
        signals.map((signal) => signal.id),
      ),
    ]),
  );
}

export async function deleteSignals(db: VliegwielDatabase, ids: readonly string[]) {
  if (ids.length === 0) return;
  await inSignalWrite(db, () =>
    Promise.all([
      db.signals.bulkDelete([...ids]),
      db.signalIndex.bulkDelete([...ids]),
      recordSignalChange(db, ids),
    ]),
  );
}

/**
 * Numbers the change one past the latest, so that a reader sees a gap when it missed one (an
 * auto-increment key would not do: IndexedDB does not give back a number an aborted write took).
 */
async function recordSignalChange(db: VliegwielDatabase, ids: readonly string[]) {
  const latest = (await db.signalChanges.orderBy('revision').lastKey()) as number | undefined;
  const revision = (latest ?? 0) + 1;
  await db.signalChanges.add({ revision, ids: [...new Set(ids)] });
  if (revision > KEPT_SIGNAL_CHANGES) {
    await db.signalChanges
      .where('revision')
      .belowOrEqual(revision - KEPT_SIGNAL_CHANGES)
      .delete();
  }
}

/** Events are only ever added: the history is append-only. */
export async function appendEvents(db: VliegwielDatabase, events: readonly TimelineEvent[]) {
  if (events.length > 0) await db.events.bulkAdd([...events]);
}
