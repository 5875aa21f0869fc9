import type { VliegwielDatabase } from '../db/database';
import type { Invite, Role, WorkspaceMember } from './protocol';
import { type Fetch, type ServerApi, ServerError, serverApi } from './server-api';
import { CURRENT, type SyncConnection } from './state';

export interface WorkspaceDeps {
  db: VliegwielDatabase;
  fetch: Fetch;
  now(): Date;
}

/**
 * Keeps the members table and the connection's own member and workspace as the server has them,
 * so timelines and "clipped by" name people and a changed role counts at once. Members who left
 * keep their name (their clips and events still name them) but lose their role.
 */
export async function refreshWorkspace(
  db: VliegwielDatabase,
  api: Pick<ServerApi, 'describeWorkspace'>,
  connection: SyncConnection,
): Promise<void> {
  const description = await api.describeWorkspace();
  await db.transaction('rw', db.members, db.syncConnection, async () => {
    const current = await db.syncConnection.get(CURRENT);
    if (current?.clientId !== connection.clientId) return;
    const listed = new Set(description.members.map((member) => member.id));
    const former = (await db.members.toArray())
      .filter((member) => member.role !== undefined && !listed.has(member.id))
      .map(({ role: _former, ...member }) => member);
    await db.members.bulkPut([...description.members, ...former]);
    await db.syncConnection.update(CURRENT, {
      member: description.member,
      workspace: description.workspace,
    });
  });
}

/** The server no longer accepts this browser's token: syncing stops, and the options page says so. */
export async function markRefused(
  db: VliegwielDatabase,
  connection: SyncConnection,
  now: Date,
  message: string,
): Promise<void> {
  await db.transaction('rw', db.syncConnection, db.syncStatus, async () => {
    const current = await db.syncConnection.get(CURRENT);
    if (current?.clientId !== connection.clientId) return;
    await db.syncConnection.update(CURRENT, { refusedAt: now.toISOString() });
    const status = (await db.syncStatus.get(CURRENT)) ?? { id: CURRENT, failures: 0 };
    await db.syncStatus.put({
      ...status,
      lastAttemptAt: now.toISOString(),
      problem: { kind: 'unauthorised', message },
    });
  });
}

/** What an owner or moderator does with the workspace from the options page. */
export interface WorkspaceAdmin {
  createInvite(role: Role): Promise<Invite>;
  listInvites(): Promise<Invite[]>;
  revokeInvite(code: string): Promise<void>;
  changeRole(memberId: string, role: Role): Promise<WorkspaceMember>;
  removeMember(memberId: string): Promise<void>;
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
        await markRefused(db, connection, now(), error.message);
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
    refresh: () => withConnection((api, connection) => refreshWorkspace(db, api, connection)),
  };
}
