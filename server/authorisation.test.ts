import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Storage } from './storage';
import {
  call,
  emptyStorage,
  event,
  expectDocumentedRefusal,
  newMember,
  newWorkspace,
  push,
  put,
  signal,
  TEST_TIMEOUT_MS,
  type TestApp,
  type TestMember,
  tableSnapshot,
  testApp,
  testBackends,
} from './testing';

// Every route the app serves × every role × the caller's own workspace or another's resource ×
// every kind of bad token, each against the status the table below states, and every refusal
// against the tables it must have left alone. The table is the README's "Who may do what" as
// statuses; a route without a row fails the first test.

const ROLES = ['owner', 'moderator', 'member'] as const;
type Role = (typeof ROLES)[number];
type Target = 'own' | 'other';

/** Who and what the requests are about: a workspace with every role, and another workspace. */
interface World {
  callers: Record<Role, TestMember>;
  /** A member of the caller's workspace that member routes act on. */
  target: TestMember;
  /** Callers whose tokens no longer work: unused too long, revoked, of a removed member. */
  expired: TestMember;
  revoked: TestMember;
  removed: TestMember;
  invite: string;
  /** A signal `target` clipped, with an event about it. */
  signalId: string;
  other: { owner: TestMember; member: TestMember; invite: string; signalId: string };
}

interface Request {
  path: string;
  body?: unknown;
}

interface Endpoint {
  /** Whether the route needs a token (the others ignore one). */
  authenticated: boolean;
  /** The request, about the caller's own workspace or another workspace's resource. */
  request: (world: World, target: Target) => Request;
  /** The status for each role, about the caller's own workspace. */
  own: Record<Role, number>;
  /** For a route that names a resource: the status for each role when it is another workspace's. */
  other?: Record<Role, number>;
}

const everyone = (status: number): Record<Role, number> => ({
  owner: status,
  moderator: status,
  member: status,
});

const ENDPOINTS: Record<string, Endpoint> = {
  'GET /healthz': {
    authenticated: false,
    request: () => ({ path: '/healthz' }),
    own: everyone(200),
  },
  'POST /v1/workspaces': {
    authenticated: false,
    request: () => ({ path: '/v1/workspaces', body: { name: 'Buurt West', memberName: 'Hans' } }),
    own: everyone(201),
  },
  'POST /v1/join': {
    authenticated: false,
    request: (world) => ({ path: '/v1/join', body: { code: world.invite, memberName: 'Hans' } }),
    own: everyone(201),
  },
  'GET /v1/workspace': {
    authenticated: true,
    request: () => ({ path: '/v1/workspace' }),
    own: everyone(200),
  },
  'PATCH /v1/workspace': {
    authenticated: true,
    request: () => ({
      path: '/v1/workspace',
      body: {
        name: 'Buurt Noord-Oost',
        settings: { pseudonymiseAuthors: true, retentionDays: 30 },
      },
    }),
    own: { owner: 200, moderator: 403, member: 403 },
  },
  'POST /v1/invites': {
    authenticated: true,
    request: () => ({ path: '/v1/invites', body: { role: 'member' } }),
    own: { owner: 201, moderator: 201, member: 403 },
  },
  'GET /v1/invites': {
    authenticated: true,
    request: () => ({ path: '/v1/invites' }),
    own: { owner: 200, moderator: 200, member: 403 },
  },
  'DELETE /v1/invites/:code': {
    authenticated: true,
    request: (world, target) => ({
      path: `/v1/invites/${target === 'own' ? world.invite : world.other.invite}`,
    }),
    own: { owner: 204, moderator: 204, member: 403 },
    other: { owner: 404, moderator: 404, member: 403 },
  },
  'PATCH /v1/members/:id': {
    authenticated: true,
    request: (world, target) => ({
      path: `/v1/members/${(target === 'own' ? world.target : world.other.member).member.id}`,
      body: { role: 'moderator' },
    }),
    own: { owner: 200, moderator: 403, member: 403 },
    other: everyone(404),
  },
  'DELETE /v1/members/:id': {
    authenticated: true,
    request: (world, target) => ({
      path: `/v1/members/${(target === 'own' ? world.target : world.other.member).member.id}`,
    }),
    own: { owner: 204, moderator: 403, member: 403 },
    other: everyone(404),
  },
  'POST /v1/tokens/revoke': {
    authenticated: true,
    request: () => ({ path: '/v1/tokens/revoke' }),
    own: everyone(204),
  },
  'POST /v1/sync/push': {
    authenticated: true,
    request: (world, target) => ({
      path: '/v1/sync/push',
      body: {
        clientId: 'matrix',
        mutations: [
          {
            id: 1,
            op: 'delete',
            table: 'signals',
            record: { id: target === 'own' ? world.signalId : world.other.signalId },
          },
        ],
      },
    }),
    own: { owner: 200, moderator: 200, member: 403 },
    // The same id in the caller's workspace is another record: deleting it there is a no-op.
    other: everyone(200),
  },
  'GET /v1/sync/pull': {
    authenticated: true,
    request: () => ({ path: '/v1/sync/pull?cursor=0' }),
    own: everyone(200),
  },
};

/** Requests that present no valid token, and the 401 each gets from an authenticated route. */
const BAD_CREDENTIALS: Record<
  string,
  { authorization: (world: World) => string | undefined; code: string }
> = {
  'no token': { authorization: () => undefined, code: 'missing-token' },
  'a malformed token': { authorization: () => 'Bearer two words', code: 'missing-token' },
  'an unknown token': {
    authorization: () => `Bearer ${randomBytes(32).toString('base64url')}`,
    code: 'invalid-token',
  },
  'an expired token': {
    authorization: (world) => `Bearer ${world.expired.token}`,
    code: 'token-expired',
  },
  'a revoked token': {
    authorization: (world) => `Bearer ${world.revoked.token}`,
    code: 'revoked-token',
  },
  "a removed member's token": {
    authorization: (world) => `Bearer ${world.removed.token}`,
    code: 'revoked-token',
  },
};

interface Cell {
  name: string;
  route: string;
  authorization: (world: World) => string | undefined;
  target: Target;
  status: number;
  /** The refusal's code, where the cell is about one. */
  code?: string;
}

function cells(): Cell[] {
  const all: Cell[] = [];
  for (const [route, endpoint] of Object.entries(ENDPOINTS)) {
    for (const role of ROLES) {
      const authorization = (world: World) => `Bearer ${world.callers[role].token}`;
      all.push({
        name: `${route} as ${role}`,
        route,
        authorization,
        target: 'own',
        status: endpoint.own[role],
      });
      if (endpoint.other) {
        all.push({
          name: `${route} as ${role}, about another workspace`,
          route,
          authorization,
          target: 'other',
          status: endpoint.other[role],
        });
      }
    }
    for (const [what, credentials] of Object.entries(BAD_CREDENTIALS)) {
      all.push({
        name: `${route} with ${what}`,
        route,
        authorization: credentials.authorization,
        target: 'own',
        ...(endpoint.authenticated
          ? { status: 401, code: credentials.code }
          : { status: endpoint.own.owner }),
      });
    }
  }
  return all;
}

const DAY_MS = 86_400_000;
const NOW = new Date('2025-09-01T12:00:00.000Z');

describe.each(testBackends())('authorisation on $name', { timeout: TEST_TIMEOUT_MS }, (backend) => {
  let storage: Storage;
  let app: TestApp;
  let clock: Date;
  let world: World | undefined;

  beforeAll(async () => {
    storage = await backend.open();
    app = testApp(storage, { now: () => clock, rateLimitPerMinute: 1_000_000 }).app;
  }, TEST_TIMEOUT_MS);
  afterAll(() => storage?.close(), TEST_TIMEOUT_MS);

  /**
   * The owner and the member whose token expires start 181 days ago; the owner's use 90 days
   * later keeps their token alive, the other's is never used again. Everyone else starts now.
   */
  async function buildWorld(): Promise<World> {
    await emptyStorage(storage);
    clock = new Date(NOW.getTime() - 181 * DAY_MS);
    const owner = await newWorkspace(app, 'Ann');
    const expired = await newMember(app, owner, 'member', 'Eva');
    clock = new Date(NOW.getTime() - 91 * DAY_MS);
    await call(app, 'GET', '/v1/workspace', { token: owner.token });
    clock = NOW;
    const moderator = await newMember(app, owner, 'moderator', 'Bram');
    const member = await newMember(app, owner, 'member', 'Cas');
    const target = await newMember(app, owner, 'member', 'Dirk');
    const revoked = await newMember(app, owner, 'member', 'Fenna');
    await call(app, 'POST', '/v1/tokens/revoke', { token: revoked.token });
    const removed = await newMember(app, owner, 'member', 'Gijs');
    await call(app, 'DELETE', `/v1/members/${removed.member.id}`, { token: owner.token });
    const invite = await call(app, 'POST', '/v1/invites', {
      token: owner.token,
      body: { role: 'member' },
    });
    const clipped = signal();
    await push(app, target, [
      put('signals', clipped),
      put('events', event(target.member.id, { signalId: clipped.id })),
    ]);

    const otherOwner = await newWorkspace(app, 'Olga', 'Buurt Zuid');
    const otherMember = await newMember(app, otherOwner, 'member', 'Piet');
    const otherInvite = await call(app, 'POST', '/v1/invites', {
      token: otherOwner.token,
      body: { role: 'member' },
    });
    const otherSignal = signal();
    await push(app, otherMember, [put('signals', otherSignal)]);
    return {
      callers: { owner, moderator, member },
      target,
      expired,
      revoked,
      removed,
      invite: invite.body.code,
      signalId: clipped.id,
      other: {
        owner: otherOwner,
        member: otherMember,
        invite: otherInvite.body.code,
        signalId: otherSignal.id,
      },
    };
  }

  it('has a row for every route the app serves', () => {
    const served = new Set(
      app.routes
        .filter((route) => route.method !== 'ALL')
        .map((route) => `${route.method} ${route.path}`),
    );
    expect([...served].sort()).toEqual(Object.keys(ENDPOINTS).sort());
  });

  it.each(cells())('$name → $status', async (cell) => {
    world ??= await buildWorld();
    const current = world;
    const endpoint = ENDPOINTS[cell.route] as Endpoint;
    const method = cell.route.split(' ')[0] as string;
    const { path, body } = endpoint.request(current, cell.target);
    const authorization = cell.authorization(current);
    const before = await tableSnapshot(storage);
    const otherBefore = await tableSnapshot(storage, current.other.owner.workspace.id);

    const reply = await call(app, method, path, {
      body,
      headers: authorization === undefined ? {} : { Authorization: authorization },
    });

    expect(reply.status).toBe(cell.status);
    const after = await tableSnapshot(storage);
    if (cell.status >= 400) {
      expectDocumentedRefusal(cell.status, reply.body);
      if (cell.code) expect(reply.body.error.code).toBe(cell.code);
      expect(after).toBe(before);
    }
    if (cell.target === 'other') {
      expect(await tableSnapshot(storage, current.other.owner.workspace.id)).toBe(otherBefore);
    }
    // A request that changed something gets the next cell a world of its own.
    if (after !== before) world = undefined;
  });
});
