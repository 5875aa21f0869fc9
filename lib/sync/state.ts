import type { SyncedTable, Workspace, WorkspaceMember, WorkspaceSettings } from './protocol';

/** The single row of the connection table and of the status table. */
export const CURRENT = 'current';

/**
 * This browser's membership of a workspace. It lives in the extension's database (never in
 * storage.sync): the token is a secret, and the cursor must change in the same transaction as
 * the records a pull applies.
 */
export interface SyncConnection {
  id: typeof CURRENT;
  serverUrl: string;
  workspace: Workspace;
  /** The member this browser is; its id is also the actor of every event made here. */
  member: WorkspaceMember;
  token: string;
  /** Names this browser's stream of mutations on the server; new for every connection. */
  clientId: string;
  /** The seq of the last change pulled and applied. */
  cursor: number;
  connectedAt: string;
  /**
   * The workspace's settings as of the last round (absent until the first one, and from a
   * server without settings): every push follows them.
   */
  settings?: WorkspaceSettings;
  /** The key authors are pseudonymised with, the same for every member; a secret like the token. */
  pseudonymKey?: string;
  /**
   * When the server stopped accepting the token (the member was removed, the token revoked, or
   * it expired unused). Syncing stops; changes stay queued until the user leaves or joins again.
   */
  refusedAt?: string;
}

/** Why the last sync did not finish, for the options page to say in words. */
export type SyncProblem =
  | {
      kind: 'unreachable' | 'server' | 'unreadable' | 'rate-limited' | 'local' | 'no-consent';
      message: string;
    }
  /**
   * The server refused the token: the member was removed or the token revoked, or (`expired`)
   * it went unused so long that it expired. Either way only joining again helps.
   */
  | { kind: 'unauthorised'; message: string; expired: boolean }
  /**
   * The server could not accept a queued change (HTTP 400): it stays first in the queue, and the
   * changes after it wait, until the server accepts it or the user leaves it out.
   */
  | {
      kind: 'refused-change';
      message: string;
      /** The server's code of the refusal, when it gave one. */
      code?: string;
      table: SyncedTable;
      key: string;
      outboxId: number;
    }
  /** A change from the server that this version cannot read: nothing of its page was applied. */
  | { kind: 'unreadable-change'; message: string };

export interface SyncStatus {
  id: typeof CURRENT;
  lastSyncedAt?: string;
  lastAttemptAt?: string;
  problem?: SyncProblem;
  /** Failed attempts in a row, for the backoff. */
  failures: number;
  /** No automatic attempt before this time: a backoff, or the server's Retry-After. */
  retryAt?: string;
  /** Set by a 429: even a sync the user asks for waits until `retryAt`. */
  rateLimited?: boolean;
}

/**
 * "This record changed while connected": the push sends the record as it is then (or its
 * deletion, when it is gone). Ids increase, so they serve as the mutation ids of contract 4.
 */
export interface OutboxEntry {
  id: number;
  table: SyncedTable;
  key: string;
}

/**
 * A change the workspace will not take, whatever is tried again: not allowed for this member's
 * role, an event that differs from the shared one, a record too large, or one the user chose to
 * leave out after the server could not read it. The local record keeps the change.
 */
export interface RefusedChange {
  id: number;
  table: SyncedTable;
  key: string;
  reason: 'forbidden' | 'conflict' | 'too-large' | 'left-out';
  message: string;
  at: string;
  /** The outbox entries set aside (lib/sync/deletions.ts asks whether a deletion was one). */
  entryIds?: number[];
}
