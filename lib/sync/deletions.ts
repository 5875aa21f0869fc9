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
 * The outbox entries that queue these signals' deletions, by signal: the latest entry of each
 * signal, read in the deleting transaction (which just added it). Undefined when not in a
 * workspace.
 */
export async function deletionEntries(
  db: VliegwielDatabase,
  signalIds: readonly string[],
): Promise<Record<string, number> | undefined> {
  if ((await connectionQueuedFor(db)) === undefined) return undefined;
  const entries = await db.outbox
    .where('[table+key]')
    .anyOf(signalIds.map((id) => ['signals', id]))
    .toArray();
  const latest: Record<string, number> = {};
  for (const { key, id } of entries) latest[key] = Math.max(latest[key] ?? 0, id);
  return latest;
}

/**
 * What the workspace's queue says about undoing a deletion of these signals, read in one pass:
 *
 * - `deletedAgain`: signals deleted again after this deletion, by one still waiting to go out (their
 *   latest waiting entry is not this deletion's own, from deletionEntries). They stay deleted: an
 *   undo of this older deletion would turn the waiting one into a put of the older copy, and the
 *   events the waiting deletion took here would stay in the workspace, which takes no event
 *   deletion from a member.
 * - `sent`: the others whose deletion went out: queued for the connection that is still this
 *   browser's, no longer waiting in the outbox, and not set aside as refused. The workspace removed
 *   their events for good, so their undo brings them back without that history. A deletion whose
 *   push was applied but whose answer was lost counts as waiting: its undo restores the history
 *   here, and the next pull removes it again, as the workspace did.
 *
 * A waiting entry of a signal that is gone and not deleted again is this deletion's own (the
 * outbox is acknowledged in order, and a restore in between would have brought the signal back).
 * A refused change counts only when it holds this deletion's own entry: a change refused before
 * must not make a deletion that went out look as if it had not, or its undo would put back events
 * the workspace removed for good. Without the entries (a deletion recorded before they were), any
 * entry of the signal counts.
 */
export async function undoState(
  db: VliegwielDatabase,
  queuedFor: string | undefined,
  signalIds: readonly string[],
  entries?: Readonly<Record<string, number>>,
): Promise<{ deletedAgain: Set<string>; sent: Set<string> }> {
  const connection = await connectionQueuedFor(db);
  if (connection === undefined || signalIds.length === 0) {
    return { deletedAgain: new Set(), sent: new Set() };
  }
  const waiting = await db.outbox
    .where('[table+key]')
    .anyOf(signalIds.map((id) => ['signals', id]))
    .toArray();
  const latest = new Map<string, number>();
  for (const { key, id } of waiting) latest.set(key, Math.max(latest.get(key) ?? 0, id));
  const deletedAgain = new Set(
    [...latest].filter(([key, id]) => entries?.[key] !== id).map(([key]) => key),
  );
  if (queuedFor !== connection) return { deletedAgain, sent: new Set() };
  const refused = await db.refusedChanges
    .filter((change) => change.table === 'signals' && signalIds.includes(change.key))
    .toArray();
  const holdsTheDeletion = (key: string, ids: readonly number[] | undefined) => {
    const entry = entries?.[key];
    return entry === undefined || ids === undefined || ids.includes(entry);
  };
  const notSent = new Set([
    ...latest.keys(),
    ...refused
      .filter((change) => holdsTheDeletion(change.key, change.entryIds))
      .map((change) => change.key),
  ]);
  return { deletedAgain, sent: new Set(signalIds.filter((id) => !notSent.has(id))) };
}
