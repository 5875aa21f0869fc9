// Helpers for the server's tests: the databases to run them on, and a small client for the API.
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { expect } from 'vitest';
import { type AppOptions, createApp } from './app';
import { type Migration, openStorage, type Storage } from './storage';

/**
 * For tests, hooks and starting a database: PGlite alone takes seconds to start, and far longer
 * on a busy machine; no test asserts on time.
 */
export const TEST_TIMEOUT_MS = 120_000;

export interface TestBackend {
  name: 'pglite' | 'postgres';
  /** A fresh database of its own with `migrations` (default: all); close() also removes it. */
  open(migrations?: Migration[]): Promise<Storage>;
}

/**
 * PGlite always; PostgreSQL too when VLIEGWIEL_TEST_DATABASE_URL names a server, where each
 * open() creates a database of its own (dropped again by close()).
 */
export function testBackends(): TestBackend[] {
  const backends: TestBackend[] = [
    { name: 'pglite', open: (migrations) => openStorage({ dataDir: 'memory://', migrations }) },
  ];
  const serverUrl = process.env.VLIEGWIEL_TEST_DATABASE_URL;
  if (serverUrl) {
    backends.push({
      name: 'postgres',
      open: (migrations) => openTestDatabase(serverUrl, migrations),
    });
  }
  return backends;
}

async function withAdmin<T>(serverUrl: string, work: (admin: pg.Client) => Promise<T>) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** A new database on the server of `serverUrl`, and its URL. */
export async function createTestDatabase(serverUrl: string) {
  const name = `vliegwiel_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withAdmin(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

async function openTestDatabase(serverUrl: string, migrations?: Migration[]): Promise<Storage> {
  const database = await createTestDatabase(serverUrl);
  const storage = await openStorage({ databaseUrl: database.url, migrations });
  return {
    ...storage,
    async close() {
      await storage.close();
      await database.drop();
    },
  };
}

/** Empties every table, so each test starts from no workspaces at all. */
export async function emptyStorage(storage: Storage) {
  await storage.exec(
    'TRUNCATE records, client_progress, invites, rate_limits, tokens, members, workspaces CASCADE',
  );
}

/**
 * Every row of the tables a request can change, as one JSON text to compare before and after a
 * refused request; only those of `workspaceId` when it is given. Rate-limit counters are left out:
 * every request with a known token counts, refused or not.
 */
export async function tableSnapshot(storage: Storage, workspaceId: string | null = null) {
  const [row] = await storage.query<{ snapshot: string }>(
    `SELECT json_build_object(
       'workspaces', (SELECT json_agg(w ORDER BY w.id) FROM workspaces AS w
                       WHERE $1::uuid IS NULL OR w.id = $1),
       'members', (SELECT json_agg(m ORDER BY m.id) FROM members AS m
                    WHERE $1::uuid IS NULL OR m.workspace_id = $1),
       'tokens', (SELECT json_agg(t ORDER BY t.hash) FROM tokens AS t
                   JOIN members AS m ON m.id = t.member_id
                  WHERE $1::uuid IS NULL OR m.workspace_id = $1),
       'invites', (SELECT json_agg(i ORDER BY i.code) FROM invites AS i
                    WHERE $1::uuid IS NULL OR i.workspace_id = $1),
       'records', (SELECT json_agg(r ORDER BY r.workspace_id, r.table_name, r.record_id)
                     FROM records AS r WHERE $1::uuid IS NULL OR r.workspace_id = $1),
       'client_progress', (SELECT json_agg(p ORDER BY p.workspace_id, p.member_id, p.client_id)
                             FROM client_progress AS p
                            WHERE $1::uuid IS NULL OR p.workspace_id = $1)
     )::text AS snapshot`,
    [workspaceId],
  );
  return row?.snapshot;
}

/**
 * The refusals server/README.md documents: each error code in its table of statuses, with the
 * status of its row. Tests hold the codes they meet to it, so the table stays the whole truth.
 */
function documentedRefusals(): Map<string, number> {
  const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
  const refusals = new Map<string, number>();
  for (const [, status, when] of readme.matchAll(/^\| (\d{3}) +\|(.*)\|$/gm)) {
    for (const [, code] of (when ?? '').matchAll(/`([a-z-]+)`/g)) {
      if (code) refusals.set(code, Number(status));
    }
  }
  return refusals;
}

/**
 * A refusal as the README promises it: `{error: {code, message}}`, with `index` for a mutation of
 * a push, and a code that the README's table documents with this status.
 */
export function expectDocumentedRefusal(status: number, body: unknown) {
  const error = (body as { error?: { index?: unknown } } | null)?.error;
  expect(body).toEqual({
    error: {
      code: expect.any(String),
      message: expect.any(String),
      ...(error?.index === undefined ? {} : { index: expect.any(Number) }),
    },
  });
  const { code } = (body as { error: { code: string } }).error;
  expect(documentedRefusals().get(code), `${status} ${code}`).toBe(status);
}

export type TestApp = ReturnType<typeof createApp>;

export interface Reply {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: replies are read field by field in assertions
  body: any;
}

/** Calls the app without a network, the way the extension would. */
export async function call(
  app: TestApp,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await app.request(path, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : null,
  };
}

export interface TestMember {
  token: string;
  member: { id: string; name: string; role: string };
  workspace: { id: string; name: string };
}

export async function newWorkspace(app: TestApp, memberName = 'Ann', name = 'Buurt Noord') {
  const reply = await call(app, 'POST', '/v1/workspaces', { body: { name, memberName } });
  if (reply.status !== 201) throw new Error(`creating a workspace: ${reply.status}`);
  return reply.body as TestMember;
}

/** Someone invited by `inviter` with `role` who joined under `memberName`. */
export async function newMember(
  app: TestApp,
  inviter: TestMember,
  role: 'owner' | 'moderator' | 'member',
  memberName: string,
) {
  const invite = await call(app, 'POST', '/v1/invites', { token: inviter.token, body: { role } });
  if (invite.status !== 201) throw new Error(`inviting: ${invite.status}`);
  const joined = await call(app, 'POST', '/v1/join', {
    body: { code: invite.body.code, memberName },
  });
  if (joined.status !== 201) throw new Error(`joining: ${joined.status}`);
  return joined.body as TestMember;
}

/** The smallest valid signal of contract 4, with whatever else the test needs. */
export function signal(fields: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    text: 'De lantaarnpaal op de hoek van de Dorpsstraat is al weken kapot.',
    source: { site: 'web', url: 'https://example.nl/buurt' },
    clippedAt: '2025-03-01T10:00:00.000Z',
    ...fields,
  };
}

export function initiative(ownerId: string, fields: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    title: 'Licht in de Dorpsstraat',
    description: '',
    category: 'roads',
    area: { municipality: 'GM0363' },
    status: 'idea',
    ownerId,
    createdAt: '2025-03-01T10:00:00.000Z',
    lastActivityAt: '2025-03-01T10:00:00.000Z',
    ...fields,
  };
}

export function event(actorId: string, fields: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    at: '2025-03-01T10:00:00.000Z',
    actorId,
    signalId: randomUUID(),
    kind: 'comment',
    text: 'Gemeld bij de gemeente.',
    ...fields,
  };
}

export function group(fields: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    name: 'Bewonersvereniging Noord',
    area: { municipality: 'GM0363' },
    topics: ['green'],
    ...fields,
  };
}

type Put = { op: 'put' | 'delete'; table: string; record: unknown };

/** Pushes `mutations` with ids from `firstId` on, one apart. */
export function push(
  app: TestApp,
  member: TestMember,
  mutations: Put[],
  options: { clientId?: string; firstId?: number } = {},
) {
  const firstId = options.firstId ?? 1;
  return call(app, 'POST', '/v1/sync/push', {
    token: member.token,
    body: {
      clientId: options.clientId ?? 'client-1',
      mutations: mutations.map((mutation, offset) => ({ id: firstId + offset, ...mutation })),
    },
  });
}

export function put(table: string, record: unknown): Put {
  return { op: 'put', table, record };
}

export function remove(table: string, id: string): Put {
  return { op: 'delete', table, record: { id } };
}

/** Every change since `cursor`, following `more` page by page. */
export async function pullAll(app: TestApp, member: TestMember, cursor = 0, limit?: number) {
  const changes: { seq: number; table: string; op: string; record: { id: string } }[] = [];
  let next = cursor;
  for (;;) {
    const query = `cursor=${next}${limit ? `&limit=${limit}` : ''}`;
    const reply = await call(app, 'GET', `/v1/sync/pull?${query}`, { token: member.token });
    if (reply.status !== 200) throw new Error(`pulling: ${reply.status}`);
    changes.push(...reply.body.changes);
    next = reply.body.cursor;
    if (!reply.body.more) return { cursor: next, changes };
  }
}

export function testApp(storage: Storage, options: Partial<AppOptions> = {}) {
  const entries: Record<string, unknown>[] = [];
  const app = createApp({
    storage,
    log: (entry) => entries.push(entry as Record<string, unknown>),
    ...options,
  });
  return { app, entries };
}
