// What the server changes in the synced records on its own account, and the lock every writer of a
// workspace's records takes: the events about a deleted signal go with it, and retention removes
// signals clipped longer ago than the workspace keeps them.
import type { Queryable, Storage } from './storage';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** Serialises the writers of one workspace until the end of the current transaction. */
export async function lockWorkspace(tx: Queryable, workspaceId: string) {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('vliegwiel:push:' || $1, 0))`, [
    workspaceId,
  ]);
}

/** lockWorkspace, unless another transaction holds the lock: then false, without waiting. */
async function tryLockWorkspace(tx: Queryable, workspaceId: string) {
  const [row] = await tx.query<{ locked: boolean }>(
    `SELECT pg_try_advisory_xact_lock(hashtextextended('vliegwiel:push:' || $1, 0)) AS locked`,
    [workspaceId],
  );
  return row?.locked === true;
}

/** The settings of a workspace that decide what its pushes may store and when retention runs. */
export interface WorkspacePolicy {
  pseudonymiseAuthors: boolean;
  retentionDays: number | null;
  retentionCheckedAt: Date | null;
}

export async function readWorkspacePolicy(
  tx: Queryable,
  workspaceId: string,
): Promise<WorkspacePolicy> {
  const [row] = await tx.query<{
    pseudonymise_authors: boolean;
    retention_days: number | null;
    retention_checked_at: Date | null;
  }>(
    `SELECT pseudonymise_authors, retention_days, retention_checked_at
       FROM workspaces WHERE id = $1`,
    [workspaceId],
  );
  if (!row) throw new Error(`workspace ${workspaceId} does not exist`);
  return {
    pseudonymiseAuthors: row.pseudonymise_authors,
    retentionDays: row.retention_days,
    retentionCheckedAt: row.retention_checked_at,
  };
}

/**
 * Retention runs from pushes and pulls, at most once an hour per workspace: removing a signal a
 * little after its day is fine, and most requests then do no retention work at all.
 */
export function retentionDue(
  policy: Pick<WorkspacePolicy, 'retentionDays' | 'retentionCheckedAt'>,
  now: Date,
) {
  if (policy.retentionDays === null) return false;
  return (
    policy.retentionCheckedAt === null ||
    policy.retentionCheckedAt.getTime() <= now.getTime() - HOUR_MS
  );
}

/**
 * Tombstones the events about these signals, whoever may otherwise delete events: a signal's
 * history goes with it. `updatedBy` is the member who deleted the signals, null for retention.
 */
export async function removeEventsAbout(
  tx: Queryable,
  workspaceId: string,
  signalIds: string[],
  updatedBy: string | null,
  now: Date,
) {
  if (signalIds.length === 0) return;
  await tx.query(
    `UPDATE records
        SET seq = nextval('record_seq'), deleted = true, record = NULL, updated_by = $3,
            updated_at = $4
      WHERE workspace_id = $1 AND table_name = 'events' AND NOT deleted
        AND record ->> 'signalId' IN (SELECT jsonb_array_elements_text($2::jsonb))`,
    [workspaceId, JSON.stringify(signalIds), updatedBy, now.toISOString()],
  );
}

/**
 * Removes the workspace's signals clipped more than its retention days before `now`, with the
 * events about them, and records that retention ran. The caller holds the workspace's lock, so
 * the tombstones' seqs become visible in order like a push's. Returns the ids of the signals.
 */
export async function applyRetention(
  tx: Queryable,
  workspaceId: string,
  policy: WorkspacePolicy,
  now: Date,
): Promise<string[]> {
  await tx.query('UPDATE workspaces SET retention_checked_at = $2 WHERE id = $1', [
    workspaceId,
    now.toISOString(),
  ]);
  if (policy.retentionDays === null) return [];
  const keptFrom = new Date(now.getTime() - policy.retentionDays * DAY_MS);
  const removed = await tx.query<{ record_id: string }>(
    `UPDATE records
        SET seq = nextval('record_seq'), deleted = true, record = NULL, clipped_at = NULL,
            updated_by = NULL, updated_at = $3
      WHERE workspace_id = $1 AND table_name = 'signals' AND NOT deleted AND clipped_at < $2
  RETURNING record_id`,
    [workspaceId, keptFrom.toISOString(), now.toISOString()],
  );
  const signalIds = removed.map((row) => row.record_id);
  await removeEventsAbout(tx, workspaceId, signalIds, null, now);
  return signalIds;
}

/**
 * Runs retention in a workspace as of `now`, due or not (tests, or an operator's script), and
 * returns the ids of the signals it removed.
 */
export async function runRetention(storage: Storage, workspaceId: string, now: Date) {
  return storage.transaction(async (tx) => {
    await lockWorkspace(tx, workspaceId);
    return applyRetention(tx, workspaceId, await readWorkspacePolicy(tx, workspaceId), now);
  });
}

/**
 * Runs retention when it is due, for a pull. A push that holds the workspace's lock checks the
 * same under it and runs retention itself, so the pull does not wait for it; of several pulls at
 * once, the first takes the lock and the others find retention done.
 */
export async function runRetentionIfDue(storage: Storage, workspaceId: string, now: Date) {
  await storage.transaction(async (tx) => {
    if (!(await tryLockWorkspace(tx, workspaceId))) return;
    const policy = await readWorkspacePolicy(tx, workspaceId);
    if (retentionDue(policy, now)) await applyRetention(tx, workspaceId, policy, now);
  });
}
