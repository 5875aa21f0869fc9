import type { VliegwielDatabase } from '../db/database';
import type {
  Invite,
  Role,
  WorkspaceDescription,
  WorkspaceMember,
  WorkspaceSettings,
} from './protocol';
import { namesAuthor, pseudonymiser } from './pseudonyms';
import { type Fetch, type ServerApi, ServerError, serverApi } from './server-api';
import { CURRENT, type SyncConnection } from './state';

export interface WorkspaceDeps {
  db: VliegwielDatabase;
  fetch: Fetch;
  now(): Date;
}

/**
 * Keeps the members table and the connection's own member, workspace, settings and pseudonym key
 * as the server has them, so timelines and "clipped by" name people, and a changed role or
 * setting counts at once. Members who left keep their name (their clips and events still name
 * them) but lose their role. Returns the connection as stored now; `connection` itself when it is
 * no longer the one stored (left meanwhile), since nothing was written then.
 */
export async function refreshWorkspace(
  db: VliegwielDatabase,
  api: Pick<ServerApi, 'describeWorkspace'>,
  connection: SyncConnection,
): Promise<SyncConnection> {
  return storeDescription(db, connection, await api.describeWorkspace());
}

async function storeDescription(
  db: VliegwielDatabase,
  connection: SyncConnection,
  description: WorkspaceDescription,
): Promise<SyncConnection> {
  return db.transaction('rw', db.members, db.syncConnection, async () => {
    const current = await db.syncConnection.get(CURRENT);
    if (current?.clientId !== connection.clientId) return connection;
    const listed = new Set(description.members.map((member) => member.id));
    const former = (await db.members.toArray())
      .filter((member) => member.role !== undefined && !listed.has(member.id))
      .map(({ role: _former, ...member }) => member);
    await db.members.bulkPut([...description.members, ...former]);
    const { settings: _before, pseudonymKey: _beforeKey, ...rest } = current;
    const refreshed: SyncConnection = {
      ...rest,
      member: description.member,
      workspace: description.workspace,
      ...(description.settings ? { settings: description.settings } : {}),
      ...(description.pseudonymKey ? { pseudonymKey: description.pseudonymKey } : {}),
    };
    await db.syncConnection.put(refreshed);
    return refreshed;
  });
}

/**
 * The server no longer accepts this browser's token (401): syncing stops, and the options page
 * says why (an expired token reads differently from a removed member) and what to do.
 */
export async function markRefused(
  db: VliegwielDatabase,
  connection: SyncConnection,
  now: Date,
  refusal: ServerError,
): Promise<void> {
  await db.transaction('rw', db.syncConnection, db.syncStatus, async () => {
    const current = await db.syncConnection.get(CURRENT);
    if (current?.clientId !== connection.clientId) return;
    await db.syncConnection.update(CURRENT, { refusedAt: now.toISOString() });
    const status = (await db.syncStatus.get(CURRENT)) ?? { id: CURRENT, failures: 0 };
    await db.syncStatus.put({
      ...status,
      lastAttemptAt: now.toISOString(),
      problem: {
        kind: 'unauthorised',
        message: refusal.message,
        expired: refusal.details.code === TOKEN_EXPIRED,
      },
    });
  });
}

/** The server's code for a token that went unused too long. */
const TOKEN_EXPIRED = 'token-expired';

/** What an owner or moderator does with the workspace from the options page. */
export interface WorkspaceAdmin {
  createInvite(role: Role): Promise<Invite>;
  listInvites(): Promise<Invite[]>;
  revokeInvite(code: string): Promise<void>;
  changeRole(memberId: string, role: Role): Promise<WorkspaceMember>;
  removeMember(memberId: string): Promise<void>;
  /** Owners only: the workspace's settings, for every member. */
  changeSettings(settings: Partial<WorkspaceSettings>): Promise<SyncConnection>;
  refresh(): Promise<void>;
}

/**
 * The workspace calls with the stored connection. A refused token (401) marks the connection
 * as refused before the error goes on; a change of members is followed by a refresh of them.
 */
export function workspaceAdmin({ db, fetch, now }: WorkspaceDeps): WorkspaceAdmin {
  async function withConnection<T>(
    call: (api: ServerApi, connection: SyncConnection) => Promise<T>,
  ) {
    const connection = await db.syncConnection.get(CURRENT);
    if (!connection) throw new ServerError('unauthorised', 'this browser is not in a workspace');
    const api = serverApi(fetch, connection.serverUrl, connection.token);
    try {
      return await call(api, connection);
    } catch (error) {
      if (error instanceof ServerError && error.kind === 'unauthorised') {
        await markRefused(db, connection, now(), error);
      }
      throw error;
    }
  }
  return {
    createInvite: (role) => withConnection((api) => api.createInvite(role)),
    listInvites: () => withConnection((api) => api.listInvites()),
    revokeInvite: (code) => withConnection((api) => api.revokeInvite(code)),
    changeRole: (memberId, role) =>
      withConnection(async (api, connection) => {
        const member = await api.changeRole(memberId, role);
        await refreshWorkspace(db, api, connection);
        return member;
      }),
    removeMember: (memberId) =>
      withConnection(async (api, connection) => {
        await api.removeMember(memberId);
        await refreshWorkspace(db, api, connection);
      }),
    changeSettings: (settings) =>
      withConnection(async (api, connection) =>
        storeDescription(db, connection, await api.changeWorkspace({ settings })),
      ),
    refresh: () =>
      withConnection(async (api, connection) => {
        await refreshWorkspace(db, api, connection);
      }),
  };
}

/**
 * Queues every signal here that still names its author, for a workspace that has just started
 * pseudonymising authors: the push sends each without it, and what the workspace held from
 * before loses its authors too. Only an owner turns the setting on, and owners may change any
 * signal. Returns how many were queued.
 */
export async function queueSignalsNamingAuthors(db: VliegwielDatabase): Promise<number> {
  return db.transaction('rw', db.signals, db.outbox, async () => {
    const keys = await db.signals.filter(namesAuthor).primaryKeys();
    await db.outbox.bulkAdd(keys.map((key) => ({ table: 'signals' as const, key })));
    return keys.length;
  });
}

/**
 * The keys the connected workspace gives these posts, when it pseudonymises authors: a Bluesky or
 * Mastodon key names the account, so a signal pulled from there holds another key for the same
 * post. Clipping and the marks on social pages look under both. Empty otherwise.
 */
export async function sharedPostKeys(
  db: VliegwielDatabase,
  keys: readonly string[],
): Promise<Map<string, string>> {
  const connection = await db.syncConnection.get(CURRENT);
  if (!connection?.settings?.pseudonymiseAuthors || !connection.pseudonymKey) return new Map();
  const pseudonyms = await pseudonymiser(connection.pseudonymKey);
  return new Map(
    await Promise.all(keys.map(async (key) => [key, await pseudonyms.postKey(key)] as const)),
  );
}
