import type { VliegwielDatabase } from '../db/database';
import { saveSignals, signalTables } from '../db/store';
import { adoptMember, loadSettings, type SettingsArea } from '../settings-store';
import { leaveOutOfOutbox } from './outbox';
import type { Membership, SyncedTable } from './protocol';
import { type Fetch, parseServerUrl, ServerError, serverApi } from './server-api';
import { CURRENT, type SyncConnection } from './state';

export interface MembershipDeps {
  db: VliegwielDatabase;
  fetch: Fetch;
  now(): Date;
  newId(): string;
  /** Where the settings live (browser.storage.local): the member id and name are adopted there. */
  settings: SettingsArea;
}

interface Joining {
  serverUrl: string;
  memberName: string;
  /**
   * Whether what is already in this browser (clips, initiatives, their events, groups) goes to
   * the workspace too. Off unless the user chooses it: nothing leaves the browser unasked.
   */
  shareExisting: boolean;
}

export type ConnectRequest =
  | (Joining & { kind: 'create'; workspaceName: string })
  | (Joining & { kind: 'join'; code: string });

export type MembershipErrorCode = 'invalid-server-url' | 'already-connected';

export class MembershipError extends Error {
  constructor(
    readonly code: MembershipErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MembershipError';
  }
}

/**
 * Creates a workspace or joins one with an invite code, and connects this browser to it. The
 * member the server made becomes this browser's member: records made here before under the old
 * id are rewritten to the new one (so "you" and "yours" still hold), and events from now on
 * carry the server's member id. Only the changes made from now on are queued, unless the user
 * chose to share what is already here.
 */
export async function connectWorkspace(
  deps: MembershipDeps,
  request: ConnectRequest,
): Promise<SyncConnection> {
  const server = parseServerUrl(request.serverUrl);
  if (!server.ok) {
    throw new MembershipError(
      'invalid-server-url',
      `"${request.serverUrl}" is not a server address`,
    );
  }
  if (await deps.db.syncConnection.get(CURRENT)) throw alreadyConnected();
  const api = serverApi(deps.fetch, server.url);
  const membership =
    request.kind === 'create'
      ? await api.createWorkspace(request.workspaceName.trim(), request.memberName.trim())
      : await api.join(request.code.trim(), request.memberName.trim());
  const { memberId: previousId } = await loadSettings(deps.settings, deps.newId);
  const connection = connectionFor(deps, server.url, membership);
  await storeConnection(deps.db, connection, previousId, request.shareExisting);
  await adoptMember(deps.settings, deps.newId, membership.member);
  return connection;
}

function connectionFor(
  { now, newId }: Pick<MembershipDeps, 'now' | 'newId'>,
  serverUrl: string,
  { workspace, member, token }: Membership,
): SyncConnection {
  return {
    id: CURRENT,
    serverUrl,
    workspace,
    member,
    token,
    clientId: newId(),
    cursor: 0,
    connectedAt: now().toISOString(),
  };
}

function alreadyConnected() {
  return new MembershipError(
    'already-connected',
    'this browser is in a workspace already: leave it first',
  );
}

async function storeConnection(
  db: VliegwielDatabase,
  connection: SyncConnection,
  previousId: string,
  shareExisting: boolean,
) {
  const tables = [
    ...signalTables(db),
    db.initiatives,
    db.groups,
    db.members,
    db.outbox,
    db.syncConnection,
    db.syncStatus,
    db.refusedChanges,
  ];
  await db.transaction('rw', tables, async (transaction) => {
    leaveOutOfOutbox(transaction);
    if (await db.syncConnection.get(CURRENT)) throw alreadyConnected();
    await Promise.all([db.outbox.clear(), db.refusedChanges.clear()]);
    await db.syncConnection.add(connection);
    await db.syncStatus.put({ id: CURRENT, failures: 0 });
    await db.members.put(connection.member);
    if (previousId !== connection.member.id) {
      await adoptIdentity(db, previousId, connection.member.id);
    }
    if (shareExisting) await queueEverything(db);
  });
}

/** Who did what here before, under the browser's earlier member id, is now this member. */
async function adoptIdentity(db: VliegwielDatabase, from: string, to: string) {
  const signals = await db.signals
    .filter((signal) => signal.clippedBy === from || signal.assignedTo === from)
    .toArray();
  await saveSignals(
    db,
    signals.map((signal) => ({
      ...signal,
      ...(signal.clippedBy === from ? { clippedBy: to } : {}),
      ...(signal.assignedTo === from ? { assignedTo: to } : {}),
    })),
  );
  await db.initiatives.filter((initiative) => initiative.ownerId === from).modify({ ownerId: to });
  await db.events.where('actorId').equals(from).modify({ actorId: to });
  await db.events
    .filter((event) => event.kind === 'triaged' && event.assignedTo === from)
    .modify((event) => {
      if (event.kind === 'triaged') event.assignedTo = to;
    });
}

/** Queues every shared record, subjects before the events about them. */
async function queueEverything(db: VliegwielDatabase) {
  const order: SyncedTable[] = ['groups', 'initiatives', 'signals', 'events'];
  for (const table of order) {
    const keys = (await db.table(table).toCollection().primaryKeys()) as string[];
    await db.outbox.bulkAdd(keys.map((key) => ({ table, key })));
  }
}

/**
 * Leaves the workspace: the server removes this member (and its tokens), then the connection,
 * the queue and the refused changes are forgotten here. What is in this browser stays. When the
 * server already refused the token, there is nothing to tell it. When the server cannot be
 * reached or refuses (the last owner cannot leave), nothing changes here either.
 */
export async function leaveWorkspace(deps: Pick<MembershipDeps, 'db' | 'fetch'>): Promise<void> {
  const { db } = deps;
  const connection = await db.syncConnection.get(CURRENT);
  if (!connection) return;
  if (!connection.refusedAt) {
    const api = serverApi(deps.fetch, connection.serverUrl, connection.token);
    try {
      await api.removeMember(connection.member.id);
    } catch (error) {
      const gone =
        error instanceof ServerError &&
        (error.kind === 'unauthorised' || error.kind === 'not-found');
      if (!gone) throw error;
    }
  }
  await db.transaction(
    'rw',
    [db.members, db.outbox, db.syncConnection, db.syncStatus, db.refusedChanges],
    async () => {
      const current = await db.syncConnection.get(CURRENT);
      if (current?.clientId !== connection.clientId) return;
      await Promise.all([
        db.syncConnection.delete(CURRENT),
        db.syncStatus.delete(CURRENT),
        db.outbox.clear(),
        db.refusedChanges.clear(),
      ]);
      const withRole = await db.members.filter((member) => member.role !== undefined).toArray();
      await db.members.bulkPut(withRole.map(({ role: _left, ...member }) => member));
    },
  );
}
