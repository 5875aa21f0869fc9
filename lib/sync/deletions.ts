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
 * Which of these signals' deletions went out to the workspace: queued for the connection that is
 * still this browser's, no longer waiting in the outbox, and not set aside as refused. A deletion
 * whose push was applied but whose answer was lost counts as waiting: its undo restores the
 * history here, and the next pull removes it again, as the workspace did.
 *
 * It is the deletion's own entry (`entries`, from deletionEntries) that decides, not any entry of
 * the signal: a later change of the signal (brought back and deleted again, by this or another
 * deletion) must not make a deletion that went out look as if it had not, or its undo would put
 * back events the workspace removed for good and will never send or take again. Without the
 * entries (a deletion recorded before they were), any entry of the signal counts.
 */
export async function sentDeletions(
  db: VliegwielDatabase,
  queuedFor: string | undefined,
  signalIds: readonly string[],
  entries?: Readonly<Record<string, number>>,
): Promise<Set<string>> {
  if (queuedFor === undefined || (await connectionQueuedFor(db)) !== queuedFor) return new Set();
  const waiting = await db.outbox
    .where('[table+key]')
    .anyOf(signalIds.map((id) => ['signals', id]))
    .toArray();
  const refused = await db.refusedChanges
    .filter((change) => change.table === 'signals' && signalIds.includes(change.key))
    .toArray();
  const entryOf = (key: string) => entries?.[key];
  const isTheDeletion = (key: string, ids: readonly number[] | undefined) => {
    const entry = entryOf(key);
    return entry === undefined || ids === undefined || ids.includes(entry);
  };
  const notSent = new Set([
    ...waiting.filter((entry) => isTheDeletion(entry.key, [entry.id])).map((entry) => entry.key),
    ...refused
      .filter((change) => isTheDeletion(change.key, change.entryIds))
      .map((change) => change.key),
  ]);
  return new Set(signalIds.filter((id) => !notSent.has(id)));
}

/**
 * Which of these signals were deleted again after this deletion, by one still waiting to go out:
 * their latest waiting entry in the outbox is not this deletion's own (`entries`, from
 * deletionEntries). A signal being gone does not say which deletion took it. Undoing this older
 * deletion would turn the waiting one into a put of the older copy, and the events the waiting
 * deletion took here would stay in the workspace, which takes no event deletion from a member.
 */
export async function deletedAgain(
  db: VliegwielDatabase,
  signalIds: readonly string[],
  entries?: Readonly<Record<string, number>>,
): Promise<Set<string>> {
  if (signalIds.length === 0 || (await connectionQueuedFor(db)) === undefined) return new Set();
  const waiting = await db.outbox
    .where('[table+key]')
    .anyOf(signalIds.map((id) => ['signals', id]))
    .toArray();
  const latest = new Map<string, number>();
  for (const { key, id } of waiting) latest.set(key, Math.max(latest.get(key) ?? 0, id));
  return new Set([...latest].filter(([key, id]) => entries?.[key] !== id).map(([key]) => key));
}
