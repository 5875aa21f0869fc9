import { createApp } from '../../server/app';
import { openStorage, type Storage } from '../../server/storage';
import { VliegwielDatabase } from '../db/database';
import { actorOf, loadSettings } from '../settings-store';
import { fixedClock } from '../testing/factories';
import { connectWorkspace, type MembershipDeps } from './membership';
import { type Role, SYNCED_TABLES, type SyncedTable } from './protocol';
import type { Fetch } from './server-api';
import { CURRENT } from './state';
import { SERVER_URL } from './sync-fixture';
import { memorySettings } from './testing-settings';
import { type WorkspaceDeps, workspaceAdmin } from './workspace';

// The real sync server in this process, for the sync tests: PGlite in memory (one per test file,
// it takes seconds to start), reached through the app's own request handler instead of a socket.

export interface TestServer {
  storage: Storage;
  /** `fetch` that answers requests to SERVER_URL (sync-fixture.ts) from the app in-process. */
  fetch: Fetch;
  close(): Promise<void>;
}

export async function startTestServer(
  options: {
    rateLimitPerMinute?: number;
    maxMutationsPerPush?: number;
    tokenIdleDays?: number;
    /** The server's clock (retention, token expiry); the real time by default. */
    now?: () => Date;
  } = {},
): Promise<TestServer> {
  const storage = await openStorage({ dataDir: 'memory://' });
  const app = createApp({ storage, log: () => {}, ...options });
  return {
    storage,
    fetch: async (input, init) => app.request(input, init),
    close: () => storage.close(),
  };
}

/** One browser: its own database, settings and clock, talking to `server`. */
export function testBrowser(name: string, server: TestServer) {
  const fixed = fixedClock();
  // Ids made here must differ from every other browser's, as crypto.randomUUID's do.
  const clock = { now: fixed.now, advance: fixed.advance, newId: () => crypto.randomUUID() };
  const db = new VliegwielDatabase(`${name}-${crypto.randomUUID()}`);
  const settings = memorySettings();
  return {
    db,
    clock,
    settings,
    deps: { db, fetch: server.fetch, now: clock.now, newId: clock.newId, settings },
    /** This browser's member, as the background reads it for every write. */
    actor: async () => actorOf(await loadSettings(settings, clock.newId)),
  };
}
export type TestBrowser = ReturnType<typeof testBrowser>;

/** Records by shared table, each table's records in id order: for comparing whole states. */
export type RecordsByTable = Record<SyncedTable, Array<{ id: string }>>;

function byId(records: Array<{ id: string }>) {
  return records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** What the server holds of a workspace: its records that are not deleted. */
export async function serverRecords(
  storage: Storage,
  workspaceId: string,
): Promise<RecordsByTable> {
  const rows = await storage.query<{ table_name: SyncedTable; record: { id: string } }>(
    'SELECT table_name, record FROM records WHERE workspace_id = $1 AND NOT deleted',
    [workspaceId],
  );
  const tables = Object.fromEntries(
    SYNCED_TABLES.map((table) => [
      table,
      byId(rows.filter((row) => row.table_name === table).map((row) => row.record)),
    ]),
  );
  return tables as RecordsByTable;
}

/** What a browser holds of the shared tables. */
export async function browserRecords(db: VliegwielDatabase): Promise<RecordsByTable> {
  const tables = await Promise.all(
    SYNCED_TABLES.map(
      async (table) =>
        [table, byId((await db.table(table).toArray()) as Array<{ id: string }>)] as const,
    ),
  );
  return Object.fromEntries(tables) as RecordsByTable;
}

/** The id of the workspace a browser is connected to. */
export async function workspaceIdOf(db: VliegwielDatabase): Promise<string> {
  const connection = await db.syncConnection.get(CURRENT);
  if (!connection) throw new Error('this browser is not in a workspace');
  return connection.workspace.id;
}

/** What a test browser connects with: the deps connectWorkspace and workspaceAdmin take. */
interface Connecting {
  deps: MembershipDeps & WorkspaceDeps;
}

/** `owner` creates a workspace on the test server, as Alice unless named otherwise. */
export async function createWorkspace(
  owner: Connecting,
  workspaceName = 'Buurt Oost',
  memberName = 'Alice',
): Promise<void> {
  await connectWorkspace(owner.deps, {
    kind: 'create',
    serverUrl: SERVER_URL,
    workspaceName,
    memberName,
    shareExisting: false,
  });
}

/** `member` joins `owner`'s workspace with an invite for `role`, as Bob unless named otherwise. */
export async function joinWorkspace(
  owner: Connecting,
  member: Connecting,
  role: Role = 'moderator',
  memberName = 'Bob',
): Promise<void> {
  const invite = await workspaceAdmin(owner.deps).createInvite(role);
  await connectWorkspace(member.deps, {
    kind: 'join',
    serverUrl: SERVER_URL,
    code: invite.code,
    memberName,
    shareExisting: false,
  });
}
