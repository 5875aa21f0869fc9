import type { VliegwielDatabase } from '../db/database';
import { CURRENT } from './state';

// What undoing a deletion needs to know of the workspace. Before the deletion went out, undoing
// it changes nothing there: the queued deletion and the restored signal travel as one put of the
// signal as it was. Once it went out, the workspace has removed the signal's events for good (it
// never takes a deleted event back): the undo brings the signal back, without that history.

/** The tables sentDeletions reads, for the deleting or restoring transaction. */
export function deletionStateTables(db: VliegwielDatabase) {
  return [db.syncConnection, db.outbox, db.refusedChanges] as const;
}

/** The connection a deletion made now is queued for; undefined when not in a workspace. */
export async function connectionQueuedFor(db: VliegwielDatabase): Promise<string | undefined> {
  const connection = await db.syncConnection.get(CURRENT);
  return connection?.refusedAt === undefined ? connection?.clientId : undefined;
}

/**
 * Which of these signals' deletions went out to the workspace: queued for the connection that is
 * still this browser's, no longer waiting in the outbox, and not set aside as refused. A deletion
 * whose push was applied but whose answer was lost counts as waiting: its undo restores the
 * history here, and the next pull removes it again, as the workspace did.
 */
export async function sentDeletions(
  db: VliegwielDatabase,
  queuedFor: string | undefined,
  signalIds: readonly string[],
): Promise<Set<string>> {
  if (queuedFor === undefined || (await connectionQueuedFor(db)) !== queuedFor) return new Set();
  const waiting = await db.outbox
    .where('[table+key]')
    .anyOf(signalIds.map((id) => ['signals', id]))
    .toArray();
  const refused = await db.refusedChanges
    .filter((change) => change.table === 'signals' && signalIds.includes(change.key))
    .toArray();
  const notSent = new Set([...waiting, ...refused].map((entry) => entry.key));
  return new Set(signalIds.filter((id) => !notSent.has(id)));
}
