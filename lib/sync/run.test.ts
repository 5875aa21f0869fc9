import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VliegwielDatabase } from '../db/database';
import { clipPost } from '../db/signals';
import { xCapture } from '../testing/factories';
import { alice, openTracker } from '../tracker/tracker-fixture';
import { backoffMs, syncWithWorkspace } from './run';
import type { Fetch } from './server-api';
import { CURRENT } from './state';
import { connectDirectly, SERVER_URL } from './sync-fixture';

let db: VliegwielDatabase;
let clock: ReturnType<typeof openTracker>['clock'];
beforeEach(() => {
  ({ db, clock } = openTracker());
});
afterEach(async () => {
  await db.delete();
});

const MINUTE = 60_000;

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

const description = {
  workspace: { id: 'workspace-1', name: 'Buurt Oost' },
  member: { id: 'member-alice', name: 'Alice', role: 'owner' },
  members: [{ id: 'member-alice', name: 'Alice', role: 'owner' }],
};

/**
 * A server whose push answers with `push` (given the push's body), whose pull is empty, and whose
 * workspace is `describe()`.
 */
function server(
  push: (body: {
    mutations: Array<{ record: Record<string, unknown> }>;
  }) => Response | Promise<Response>,
  workspace: () => object = () => description,
) {
  const requests: string[] = [];
  const fetch: Fetch = async (input, init) => {
    const path = input.slice(SERVER_URL.length);
    requests.push(`${init?.method ?? 'GET'} ${path}`);
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer token-alice');
    if (path === '/v1/sync/push') return push(JSON.parse(String(init?.body)));
    if (path.startsWith('/v1/sync/pull')) return json(200, { cursor: 0, changes: [], more: false });
    if (path === '/v1/workspace') return json(200, workspace());
    return json(404, { error: { code: 'not-found', message: path } });
  };
  return { requests, fetch };
}

/** No server answers at all. */
function unreachable() {
  const requests: string[] = [];
  const fetch: Fetch = async (input) => {
    requests.push(input);
    throw new TypeError('Failed to fetch');
  };
  return { requests, fetch };
}

const acknowledge = async () => {
  const entries = await db.outbox.toArray();
  return json(200, { lastMutationId: entries.at(-1)?.id ?? 0 });
};

async function run(fetch: Fetch, force = false) {
  return syncWithWorkspace({ db, fetch, now: clock.now }, { force });
}

const status = () => db.syncStatus.get(CURRENT);

async function clip() {
  await clipPost(db, xCapture(), clock, {}, undefined, alice);
}

describe('a sync round', () => {
  it('waits longer after each failure to reach the server, and tries at once when asked', async () => {
    await connectDirectly(db);
    await clip();
    const offline = unreachable();
    expect(await run(offline.fetch)).toBe('failed');
    expect(await status()).toMatchObject({
      failures: 1,
      problem: { kind: 'unreachable' },
      retryAt: new Date(clock.now().getTime() + MINUTE).toISOString(),
    });
    expect(await run(offline.fetch)).toBe('waiting');
    expect(offline.requests).toHaveLength(1);
    expect(await run(offline.fetch, true)).toBe('failed');
    expect((await status())?.retryAt).toBe(
      new Date(clock.now().getTime() + 2 * MINUTE).toISOString(),
    );
    expect(await db.outbox.count()).toBe(2);

    clock.advance(2 * MINUTE);
    expect(await run(server(acknowledge).fetch)).toBe('synced');
    expect(await status()).toEqual({
      id: CURRENT,
      failures: 0,
      lastSyncedAt: clock.now().toISOString(),
      lastAttemptAt: clock.now().toISOString(),
    });
    expect(await db.outbox.count()).toBe(0);
  });

  it('waits as long as a 429 asks, even when the user asks to sync now', async () => {
    await connectDirectly(db);
    await clip();
    const limited = server(() =>
      json(
        429,
        { error: { code: 'rate-limited', message: 'slow down' } },
        { 'Retry-After': '120' },
      ),
    );
    expect(await run(limited.fetch)).toBe('failed');
    expect(await status()).toMatchObject({
      problem: { kind: 'rate-limited' },
      rateLimited: true,
      retryAt: new Date(clock.now().getTime() + 2 * MINUTE).toISOString(),
    });
    expect(await run(limited.fetch, true)).toBe('waiting');
    clock.advance(2 * MINUTE);
    expect(await run(server(acknowledge).fetch)).toBe('synced');
  });

  it('stops for good when the server refuses the token, keeping the queue', async () => {
    await connectDirectly(db);
    await clip();
    const refusing = server(() =>
      json(401, { error: { code: 'revoked-token', message: 'this token was revoked' } }),
    );
    expect(await run(refusing.fetch)).toBe('stopped');
    expect((await db.syncConnection.get(CURRENT))?.refusedAt).toBe(clock.now().toISOString());
    expect((await status())?.problem).toEqual({
      kind: 'unauthorised',
      message: 'this token was revoked',
      expired: false,
    });
    expect(await run(refusing.fetch, true)).toBe('stopped');
    expect(refusing.requests).toEqual(['GET /v1/workspace', 'POST /v1/sync/push']);
    expect(await db.outbox.count()).toBe(2);
  });

  it('tells an expired token from a refused one', async () => {
    await connectDirectly(db);
    const expiring: Fetch = async () =>
      json(401, { error: { code: 'token-expired', message: 'this token expired' } });
    expect(await run(expiring)).toBe('stopped');
    expect((await status())?.problem).toEqual({
      kind: 'unauthorised',
      message: 'this token expired',
      expired: true,
    });
  });

  it('reads the settings again and pseudonymises when an owner turned pseudonyms on meanwhile', async () => {
    await connectDirectly(db);
    await clip();
    let pseudonymise = false;
    const pushed: Array<Record<string, unknown>> = [];
    const turnedOn = server(
      async (body) => {
        const signal = body.mutations.find((mutation) => 'source' in mutation.record)?.record;
        if (!pseudonymise) {
          // The owner turns it on just after this browser read the settings.
          pseudonymise = true;
          return json(400, {
            error: { code: 'author-not-pseudonymous', message: 'mutation 0: pseudonyms', index: 0 },
          });
        }
        pushed.push(signal as Record<string, unknown>);
        return acknowledge();
      },
      () => ({
        ...description,
        settings: { pseudonymiseAuthors: pseudonymise, retentionDays: null },
        pseudonymKey: 'A'.repeat(43),
      }),
    );
    expect(await run(turnedOn.fetch)).toBe('synced');
    expect(turnedOn.requests).toEqual([
      'GET /v1/workspace',
      'POST /v1/sync/push',
      'GET /v1/workspace',
      'POST /v1/sync/push',
      'GET /v1/sync/pull?cursor=0',
    ]);
    expect(pushed).toEqual([
      expect.objectContaining({
        source: expect.objectContaining({ authorHandle: expect.stringMatching(/^anon:/) }),
      }),
    ]);
    expect((await db.syncConnection.get(CURRENT))?.settings?.pseudonymiseAuthors).toBe(true);
  });

  it('still pulls when a queued change is refused as unreadable, and says which one', async () => {
    await connectDirectly(db);
    await clip();
    const refusing = server(() =>
      json(400, { error: { code: 'invalid-mutation', message: 'mutation 0: bad', index: 0 } }),
    );
    expect(await run(refusing.fetch)).toBe('blocked');
    expect(refusing.requests).toEqual([
      'GET /v1/workspace',
      'POST /v1/sync/push',
      'GET /v1/sync/pull?cursor=0',
    ]);
    expect(await status()).toMatchObject({
      lastSyncedAt: clock.now().toISOString(),
      problem: { kind: 'refused-change', table: 'signals', message: 'mutation 0: bad' },
    });
    expect(await db.outbox.count()).toBe(2);
  });

  it('says so when the server answers in a form it cannot read', async () => {
    await connectDirectly(db);
    await clip();
    expect(await run(server(() => json(200, { accepted: true })).fetch)).toBe('failed');
    expect((await status())?.problem?.kind).toBe('unreadable');
  });

  it('sends and fetches nothing while the browser withholds its permission to send data', async () => {
    await connectDirectly(db);
    await clip();
    const withheld = server(acknowledge);
    expect(
      await syncWithWorkspace({ db, fetch: withheld.fetch, now: clock.now }, { consented: false }),
    ).toBe('no-consent');
    expect(withheld.requests).toEqual([]);
    expect((await status())?.problem?.kind).toBe('no-consent');
    expect(await run(withheld.fetch, true)).toBe('synced');
    expect((await status())?.problem).toBeUndefined();
  });

  it('does nothing without a workspace', async () => {
    const idle = server(acknowledge);
    expect(await run(idle.fetch, true)).toBe('not-connected');
    expect(idle.requests).toEqual([]);
  });
});

describe('the backoff', () => {
  it('doubles from a minute up to ten minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 20].map((failures) => backoffMs(failures) / MINUTE)).toEqual([
      1, 2, 4, 8, 10, 10, 10,
    ]);
  });
});
