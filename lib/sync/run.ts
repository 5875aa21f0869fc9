import type { VliegwielDatabase } from '../db/database';
import { pullChanges, UnreadableChangeError } from './pull';
import { pushOutbox } from './push';
import { type Fetch, ServerError, serverApi } from './server-api';
import { CURRENT, type SyncConnection, type SyncProblem, type SyncStatus } from './state';
import { markRefused, refreshWorkspace } from './workspace';

export interface SyncDeps {
  db: VliegwielDatabase;
  fetch: Fetch;
  now(): Date;
}

export type SyncResult =
  /** Pushed, pulled and the members refreshed. */
  | 'synced'
  /** As synced, except for a queued change the server cannot accept, which holds up those after it. */
  | 'blocked'
  | 'not-connected'
  /** The server refused the token: no syncing until the user leaves or joins again. */
  | 'stopped'
  /** Too soon after a failure, or the server asked to wait. */
  | 'waiting'
  /** The browser's permission to send data (Firefox) is withdrawn: nothing is sent. */
  | 'no-consent'
  | 'failed';

const MINUTE_MS = 60_000;
/** However long the server has been away, it is tried again at least this often. */
const MAX_BACKOFF_MS = 10 * MINUTE_MS;

/** The server's refusal of a signal that names its author where the workspace wants pseudonyms. */
const AUTHOR_NOT_PSEUDONYMOUS = 'author-not-pseudonymous';

/** A minute after the first failure, then doubling: 1, 2, 4, 8, then every 10 minutes. */
export function backoffMs(failures: number): number {
  return Math.min(MINUTE_MS * 2 ** Math.max(0, failures - 1), MAX_BACKOFF_MS);
}

export interface SyncOptions {
  /** The user asked for it ("sync now"): the backoff is skipped, a Retry-After never. */
  force?: boolean;
  /**
   * Whether the browser allows sending data to the workspace (Firefox's data collection
   * permission, which the user can withdraw at any time); without it nothing is sent or fetched.
   */
  consented?: boolean;
}

/**
 * One round of syncing with the connected workspace: its members and settings, then push before
 * pull (so a record changed here is not overwritten by an older change from the server). The
 * outcome goes into the sync status for the options page. A failure waits before the next
 * automatic round (a growing backoff, or the server's Retry-After).
 */
export async function syncWithWorkspace(
  deps: SyncDeps,
  { force = false, consented = true }: SyncOptions = {},
): Promise<SyncResult> {
  const { db, now } = deps;
  const connection = await db.syncConnection.get(CURRENT);
  if (!connection) return 'not-connected';
  if (connection.refusedAt) return 'stopped';
  const status = (await db.syncStatus.get(CURRENT)) ?? { id: CURRENT, failures: 0 };
  if (!consented) {
    const problem = { kind: 'no-consent', message: 'no permission to send data' } as const;
    await saveStatus(db, connection, { ...status, problem });
    return 'no-consent';
  }
  const waitUntil = status.retryAt ? Date.parse(status.retryAt) : 0;
  if (waitUntil > now().getTime() && (!force || status.rateLimited)) return 'waiting';

  const api = serverApi(deps.fetch, connection.serverUrl, connection.token);
  try {
    // The workspace first: this round's push follows its current settings (pseudonymised authors).
    let current = await refreshWorkspace(db, api, connection);
    let { blocked } = await pushOutbox({ db, api, now }, current);
    if (blocked?.code === AUTHOR_NOT_PSEUDONYMOUS) {
      // An owner turned pseudonymisation on right after the refresh: once more, as it is now.
      current = await refreshWorkspace(db, api, current);
      ({ blocked } = await pushOutbox({ db, api, now }, current));
    }
    await pullChanges(db, api, current);
    const at = now().toISOString();
    await saveStatus(db, connection, {
      id: CURRENT,
      lastSyncedAt: at,
      lastAttemptAt: at,
      failures: 0,
      ...(blocked ? { problem: blocked } : {}),
    });
    return blocked ? 'blocked' : 'synced';
  } catch (error) {
    if (error instanceof ServerError && error.kind === 'unauthorised') {
      await markRefused(db, connection, now(), error);
      return 'stopped';
    }
    const problem = problemOf(error);
    const failures = status.failures + 1;
    const delay =
      error instanceof ServerError && error.kind === 'rate-limited'
        ? (error.details.retryAfterMs ?? MINUTE_MS)
        : backoffMs(failures);
    const { rateLimited: _earlier, ...earlier } = status;
    await saveStatus(db, connection, {
      ...earlier,
      lastAttemptAt: now().toISOString(),
      problem,
      failures,
      retryAt: new Date(now().getTime() + delay).toISOString(),
      ...(problem.kind === 'rate-limited' ? { rateLimited: true } : {}),
    });
    return 'failed';
  }
}

function problemOf(error: unknown): SyncProblem {
  if (error instanceof UnreadableChangeError) {
    return { kind: 'unreadable-change', message: error.message };
  }
  if (error instanceof ServerError) {
    switch (error.kind) {
      case 'unreachable':
      case 'rate-limited':
      case 'unreadable':
        return { kind: error.kind, message: error.message };
      default:
        return { kind: 'server', message: error.message };
    }
  }
  // Anything else failed here in the browser (the database, say): said as it is, tried again.
  return { kind: 'local', message: error instanceof Error ? error.message : String(error) };
}

/** Written only while the connection the round started with is still the one stored. */
async function saveStatus(db: VliegwielDatabase, connection: SyncConnection, status: SyncStatus) {
  await db.transaction('rw', db.syncConnection, db.syncStatus, async () => {
    const current = await db.syncConnection.get(CURRENT);
    if (current?.clientId === connection.clientId) await db.syncStatus.put(status);
  });
}
