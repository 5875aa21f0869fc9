import type { Signal, TimelineEvent } from '../schema/records';
import type { VliegwielDatabase } from './database';
import { signalIndexEntry } from './signal-index';

/** Who does something: this browser's member, with the name they gave (if any). */
export interface Actor {
  id: string;
  name?: string;
}

/**
 * The tables a write of signals touches. Every write of a signal goes through saveSignals or
 * deleteSignals inside a transaction over at least these, so a signal and its index entry never
 * disagree.
 */
export function signalTables(db: VliegwielDatabase) {
  return [db.signals, db.signalIndex, db.events] as const;
}

export async function saveSignals(db: VliegwielDatabase, signals: readonly Signal[]) {
  if (signals.length === 0) return;
  await db.signals.bulkPut([...signals]);
  await db.signalIndex.bulkPut(signals.map(signalIndexEntry));
}

export async function deleteSignals(db: VliegwielDatabase, ids: readonly string[]) {
  await db.signals.bulkDelete([...ids]);
  await db.signalIndex.bulkDelete([...ids]);
}

/** Events are only ever added: the history is append-only. */
export async function appendEvents(db: VliegwielDatabase, events: readonly TimelineEvent[]) {
  if (events.length > 0) await db.events.bulkAdd([...events]);
}
