import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Storage } from './storage';
import {
  call,
  emptyStorage,
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

// Whatever a client sends to any route (any JSON, text that is not JSON, bytes, huge strings, keys
// that try to pollute prototypes, deep nesting, any query string and headers), the server answers
// with a success or a refusal its README documents, never a 500, and a refusal writes nothing.

const RUNS = 40;

/** A workspace that pseudonymises authors and keeps signals 30 days, so pushes meet both rules. */
interface World {
  owner: TestMember;
  member: TestMember;
  invite: string;
}

interface RouteInput {
  /** The path, with `segment` where the route has a parameter. */
  path: (segment: string) => string;
  /**
   * For a route with a body: a valid one, whose parts the property replaces with anything. Ids of
   * the world are written as placeholders (IDS), filled in when the request is made.
   */
  validBody?: unknown;
}

/** Placeholders for the ids of the current world, in bodies and path segments. */
const IDS = {
  invite: '@invite@',
  member: '@member@',
  owner: '@owner@',
} as const;

/** A signal the world's workspace accepts: a pseudonymous author, clipped within its retention. */
const CLIPPED = signal({
  source: { site: 'x', url: 'https://x.com/i/status/1', authorHandle: `anon:${'A'.repeat(43)}` },
  clippedAt: new Date().toISOString(),
});

const ROUTES: Record<string, RouteInput> = {
  'GET /healthz': { path: () => '/healthz' },
  'POST /v1/workspaces': {
    path: () => '/v1/workspaces',
    validBody: { name: 'Buurt West', memberName: 'Hans' },
  },
  'POST /v1/join': {
    path: () => '/v1/join',
    validBody: { code: IDS.invite, memberName: 'Hans' },
  },
  'GET /v1/workspace': { path: () => '/v1/workspace' },
  'PATCH /v1/workspace': {
    path: () => '/v1/workspace',
    validBody: {
      name: 'Buurt Noord-Oost',
      settings: { pseudonymiseAuthors: true, retentionDays: 30 },
    },
  },
  'POST /v1/invites': {
    path: () => '/v1/invites',
    validBody: { role: 'member', maxUses: 2, expiresInDays: 3 },
  },
  'GET /v1/invites': { path: () => '/v1/invites' },
  'DELETE /v1/invites/:code': { path: (segment) => `/v1/invites/${segment}`, validBody: {} },
  'PATCH /v1/members/:id': {
    path: (segment) => `/v1/members/${segment}`,
    validBody: { role: 'moderator' },
  },
  'DELETE /v1/members/:id': { path: (segment) => `/v1/members/${segment}`, validBody: {} },
  'POST /v1/tokens/revoke': { path: () => '/v1/tokens/revoke', validBody: {} },
  'POST /v1/sync/push': {
    path: () => '/v1/sync/push',
    validBody: {
      clientId: 'property',
      mutations: [
        { id: 1, op: 'put', table: 'signals', record: CLIPPED },
        {
          id: 2,
          op: 'put',
          table: 'events',
          record: {
            id: crypto.randomUUID(),
            at: '2025-03-01T10:00:00.000Z',
            actorId: IDS.member,
            signalId: CLIPPED.id,
            kind: 'comment',
            text: 'Gemeld.',
          },
        },
        { id: 3, op: 'delete', table: 'signals', record: { id: CLIPPED.id } },
      ],
    },
  },
  'GET /v1/sync/pull': { path: () => '/v1/sync/pull' },
};

/** JSON texts of every kind: generated values, wrong types, prototype keys, huge and deep ones. */
const hostileJson = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  fc.string({ unit: 'grapheme', maxLength: 60 }).map((text) => JSON.stringify(text)),
  fc.uuid().map((id) => JSON.stringify(id)),
  fc.date({ noInvalidDate: true }).map((date) => JSON.stringify(date.toISOString())),
  fc.integer().map(String),
  fc.constantFrom(
    'null',
    'true',
    '-1',
    '0',
    '1.5',
    '1e308',
    '""',
    '[]',
    '{}',
    '{"__proto__": {"polluted": true}}',
    '{"constructor": {"prototype": {"polluted": true}}}',
    '{"__proto__": null, "toString": 1, "hasOwnProperty": "x"}',
    JSON.stringify('x'.repeat(300_000)),
    JSON.stringify('\u202E\u0000\uFEFF<script>'.repeat(1000)),
    `${'['.repeat(50_000)}${']'.repeat(50_000)}`,
    `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`,
  ),
);

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString'];
const PLACEHOLDER = '\u0000hostile\u0000';

/** Every path into a value: object keys and array indexes, outermost first. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) {
    return [path, ...value.flatMap((item, index) => pathsOf(item, [...path, index]))];
  }
  if (value && typeof value === 'object') {
    return [path, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...path, key]))];
  }
  return [path];
}

/**
 * A valid body with one part replaced by a hostile JSON text, or one key added to one of its
 * objects (prototype keys too): what reaches the validation deepest. The JSON is written as text,
 * so a key like `__proto__` is an own key, as JSON.parse makes it.
 */
function nearlyValid(body: unknown) {
  const paths = pathsOf(body);
  return fc
    .record({
      path: fc.constantFrom(...paths),
      key: fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 10 })),
      addKey: fc.boolean(),
      value: hostileJson,
    })
    .map(({ path, key, addKey, value }) => {
      const copy = structuredClone(body);
      const parent = path.slice(0, -1).reduce<unknown>((at, part) => (at as never)[part], copy);
      const last = path.at(-1);
      const at = path.reduce<unknown>((part, step) => (part as never)[step], copy);
      if (addKey && at && typeof at === 'object' && !Array.isArray(at)) {
        Object.defineProperty(at, key, { value: PLACEHOLDER, enumerable: true });
      } else if (last === undefined) {
        return value;
      } else {
        (parent as Record<string | number, unknown>)[last] = PLACEHOLDER;
      }
      return JSON.stringify(copy).replace(JSON.stringify(PLACEHOLDER), () => value);
    });
}

/** A request body: nearly valid JSON, any JSON, text that is not JSON, bytes, or too much. */
function hostileBody(validBody: unknown) {
  return fc.oneof(
    { weight: 4, arbitrary: nearlyValid(validBody) },
    { weight: 2, arbitrary: hostileJson },
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.uint8Array({ maxLength: 200 }),
    fc.constantFrom(
      '',
      '{',
      '{"name":',
      'undefined',
      "{'a': 1}",
      `{"a":"${'x'.repeat(1_100_000)}"}`,
    ),
  );
}

const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
  maxLength: 100,
});
const headerValue = fc.oneof(printable, fc.constant('y'.repeat(100_000)));

/**
 * Who the request claims to be: mostly a member's token, so that the rest of the input is read
 * (the token is checked first), else none or anything.
 */
const authorization = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('owner', 'member') },
  fc.constant('none'),
  headerValue,
  printable.map((token) => `Bearer ${token}`),
);

const hostileHeaders = fc.record({
  authorization,
  contentType: fc.option(
    fc.oneof(
      fc.constantFrom(
        'application/json',
        'application/json; charset=utf-8',
        'text/plain',
        'multipart/form-data; boundary=x',
      ),
      printable,
    ),
  ),
  // Rarely: a declared length over 1 MiB is refused before anything else is looked at.
  contentLength: fc.oneof(
    { weight: 8, arbitrary: fc.constant(null) },
    fc.constantFrom('0', '-1', 'abc', '1048577', '99999999999999999999'),
  ),
  others: fc.array(fc.tuple(fc.stringMatching(/^X-[A-Za-z0-9-]{1,20}$/), headerValue), {
    maxLength: 3,
  }),
});

const hostileQuery = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom('cursor', 'limit', ...PROTOTYPE_KEYS), printable),
      fc.oneof(
        printable,
        fc.constantFrom('-1', '1e3', '0x10', '1.5', '99999999999999999999', 'x'.repeat(100_000)),
      ),
    ),
    { maxLength: 4 },
  )
  .map((pairs) => new URLSearchParams(pairs).toString());

/** A path parameter: anything, or the ids of this world (so some requests reach their target). */
const hostileSegment = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }).map(encodeURIComponent),
  fc.constantFrom('__proto__', 'constructor', '..', '%', '%00', 'x'.repeat(10_000)),
  fc.constantFrom(...Object.values(IDS)),
);

describe.each(testBackends())('hostile input on $name', { timeout: TEST_TIMEOUT_MS }, (backend) => {
  let storage: Storage;
  let app: TestApp;
  let world: World | undefined;

  beforeAll(async () => {
    storage = await backend.open();
    app = testApp(storage, { rateLimitPerMinute: 1_000_000 }).app;
  }, TEST_TIMEOUT_MS);
  afterAll(() => storage?.close(), TEST_TIMEOUT_MS);

  async function buildWorld(): Promise<World> {
    await emptyStorage(storage);
    const owner = await newWorkspace(app);
    const member = await newMember(app, owner, 'member', 'Cas');
    await call(app, 'PATCH', '/v1/workspace', {
      token: owner.token,
      body: { settings: { pseudonymiseAuthors: true, retentionDays: 30 } },
    });
    await push(app, member, [put('signals', signal({ clippedAt: new Date().toISOString() }))]);
    const invite = await call(app, 'POST', '/v1/invites', {
      token: owner.token,
      body: { role: 'member' },
    });
    return { owner, member, invite: invite.body.code };
  }

  it('covers every route the app serves', () => {
    const served = new Set(
      app.routes
        .filter((route) => route.method !== 'ALL')
        .map((route) => `${route.method} ${route.path}`),
    );
    expect([...served].sort()).toEqual(Object.keys(ROUTES).sort());
  });

  const prototypeBefore = Object.getOwnPropertyNames(Object.prototype);

  it.each(Object.keys(ROUTES))(
    '%s answers anything with a success or a documented refusal',
    async (route) => {
      const { path, validBody } = ROUTES[route] as RouteInput;
      const method = route.split(' ')[0] as string;
      const input = fc.record({
        segment: hostileSegment,
        query: hostileQuery,
        headers: hostileHeaders,
        body: validBody === undefined ? fc.constant(undefined) : hostileBody(validBody),
      });
      await fc.assert(
        fc.asyncProperty(input, async ({ segment, query, headers, body }) => {
          world ??= await buildWorld();
          const current = world;
          const ids: [string, string][] = [
            [IDS.invite, current.invite],
            [IDS.member, current.member.member.id],
            [IDS.owner, current.owner.member.id],
          ];
          const withIds = (text: string) =>
            ids.reduce((filled, [placeholder, id]) => filled.replaceAll(placeholder, id), text);
          const tokens: Record<string, string> = {
            owner: `Bearer ${current.owner.token}`,
            member: `Bearer ${current.member.token}`,
          };
          const requestHeaders = new Headers(headers.others);
          if (headers.authorization !== 'none') {
            requestHeaders.set(
              'Authorization',
              tokens[headers.authorization] ?? headers.authorization,
            );
          }
          if (headers.contentType !== null) requestHeaders.set('Content-Type', headers.contentType);
          if (headers.contentLength !== null) {
            requestHeaders.set('Content-Length', headers.contentLength);
          }
          const url = `${path(withIds(segment))}${query ? `?${query}` : ''}`;
          const before = await tableSnapshot(storage);

          const response = await app.request(url, {
            method,
            headers: requestHeaders,
            body: typeof body === 'string' ? withIds(body) : body,
          });

          const text = await response.text();
          expect(response.status, text).toBeLessThan(500);
          const after = await tableSnapshot(storage);
          if (response.status >= 400) {
            expectDocumentedRefusal(response.status, JSON.parse(text));
            expect(after).toBe(before);
          }
          // A request that changed something gets the next run a world of its own.
          if (after !== before) world = undefined;
        }),
        { numRuns: RUNS },
      );
      expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeBefore);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );
});
