import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { MAX_BODY_BYTES } from './http';
import type { Storage } from './storage';
import {
  call,
  emptyStorage,
  newMember,
  newWorkspace,
  push,
  put,
  signal,
  TEST_TIMEOUT_MS,
  testApp,
  testBackends,
} from './testing';

describe.each(testBackends())(
  'HTTP limits, CORS, logs and errors on $name',
  { timeout: TEST_TIMEOUT_MS },
  (backend) => {
    let storage: Storage;

    beforeAll(async () => {
      storage = await backend.open();
    }, TEST_TIMEOUT_MS);
    afterAll(() => storage?.close(), TEST_TIMEOUT_MS);
    beforeEach(() => emptyStorage(storage), TEST_TIMEOUT_MS);

    describe('body size', () => {
      it('refuses a declared Content-Length over 1 MiB before reading anything', async () => {
        const { app } = testApp(storage);
        const reply = await app.request('/v1/workspaces', {
          method: 'POST',
          headers: { 'Content-Length': String(MAX_BODY_BYTES + 1) },
          body: '{}',
        });
        expect(reply.status).toBe(413);
        expect(await reply.json()).toEqual({
          error: { code: 'body-too-large', message: expect.any(String) },
        });
      });

      it('refuses a streamed body that grows over 1 MiB, and writes nothing', async () => {
        const { app } = testApp(storage);
        const owner = await newWorkspace(app);
        const record = signal({ text: 'x'.repeat(400_000) });
        const body = JSON.stringify({
          clientId: 'c',
          mutations: [1, 2, 3].map((id) => ({ id, op: 'put', table: 'signals', record })),
        });
        const bytes = new TextEncoder().encode(body);
        const stream = new ReadableStream<Uint8Array>({
          start(controller) {
            for (let offset = 0; offset < bytes.length; offset += 64 * 1024) {
              controller.enqueue(bytes.slice(offset, offset + 64 * 1024));
            }
            controller.close();
          },
        });
        const reply = await app.request('/v1/sync/push', {
          method: 'POST',
          headers: { Authorization: `Bearer ${owner.token}` },
          body: stream,
          duplex: 'half',
        } as RequestInit);
        expect(reply.status).toBe(413);
        expect(await storage.query('SELECT record_id FROM records')).toEqual([]);
      });

      it('accepts a body just under 1 MiB', async () => {
        const { app } = testApp(storage);
        const owner = await newWorkspace(app);
        const record = signal({ text: 'x'.repeat(MAX_BODY_BYTES - 1000) });
        const reply = await push(app, owner, [put('signals', record)]);
        expect(reply.status).toBe(200);
      });
    });

    describe('rate limit', () => {
      it('refuses a token over its requests a minute with 429 and Retry-After, until the next minute', async () => {
        let clock = new Date('2025-03-01T12:00:15.000Z');
        const { app } = testApp(storage, { rateLimitPerMinute: 3, now: () => clock });
        const owner = await newWorkspace(app);
        const member = await newMember(app, owner, 'member', 'Cas');
        for (let n = 0; n < 2; n += 1) {
          expect((await call(app, 'GET', '/v1/workspace', { token: owner.token })).status).toBe(
            200,
          );
        }
        const limited = await call(app, 'GET', '/v1/sync/pull', { token: owner.token });
        expect(limited.status).toBe(429);
        expect(limited.body.error.code).toBe('rate-limited');
        expect(limited.headers.get('Retry-After')).toBe('45');
        const otherToken = await call(app, 'GET', '/v1/workspace', { token: member.token });
        expect(otherToken.status).toBe(200);
        clock = new Date('2025-03-01T12:01:00.000Z');
        expect((await call(app, 'GET', '/v1/workspace', { token: owner.token })).status).toBe(200);
      });

      it('counts requests in the database, so instances on one database share the limit', async () => {
        const clock = new Date('2025-03-01T12:00:00.000Z');
        const first = testApp(storage, { rateLimitPerMinute: 4, now: () => clock }).app;
        const second = testApp(storage, { rateLimitPerMinute: 4, now: () => clock }).app;
        const owner = await newWorkspace(first);
        const statuses = [];
        for (const app of [first, second, first, second, first]) {
          statuses.push((await call(app, 'GET', '/v1/workspace', { token: owner.token })).status);
        }
        expect(statuses).toEqual([200, 200, 200, 200, 429]);
      });
    });

    describe('CORS', () => {
      it('answers preflights from extension pages with the allowed headers', async () => {
        const { app } = testApp(storage);
        for (const origin of ['chrome-extension://abcdefghijklmnop', 'moz-extension://1f2e-3d4c']) {
          const reply = await app.request('/v1/sync/push', {
            method: 'OPTIONS',
            headers: {
              Origin: origin,
              'Access-Control-Request-Method': 'POST',
              'Access-Control-Request-Headers': 'authorization, content-type',
            },
          });
          expect(reply.status).toBe(204);
          expect(reply.headers.get('Access-Control-Allow-Origin')).toBe(origin);
          expect(reply.headers.get('Access-Control-Allow-Headers')).toBe(
            'Authorization, Content-Type',
          );
          expect(reply.headers.get('Access-Control-Allow-Methods')).toContain('PATCH');
        }
        const answered = await app.request('/healthz', {
          headers: { Origin: 'moz-extension://1f2e-3d4c' },
        });
        expect(answered.headers.get('Access-Control-Allow-Origin')).toBe(
          'moz-extension://1f2e-3d4c',
        );
      });

      it('gives no CORS headers to other origins', async () => {
        const { app } = testApp(storage);
        for (const origin of ['https://evil.example', 'chrome-extension://abc.evil.example/x']) {
          const preflight = await app.request('/v1/sync/pull', {
            method: 'OPTIONS',
            headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' },
          });
          const request = await app.request('/healthz', { headers: { Origin: origin } });
          for (const reply of [preflight, request]) {
            const corsHeaders = [...reply.headers.keys()].filter((name) =>
              name.startsWith('access-control-'),
            );
            expect(corsHeaders).toEqual([]);
          }
        }
      });

      it('adds the CORS headers to refusals too, so the extension can read them', async () => {
        const { app } = testApp(storage);
        const reply = await app.request('/v1/workspace', {
          headers: { Origin: 'chrome-extension://abcdefghijklmnop' },
        });
        expect(reply.status).toBe(401);
        expect(reply.headers.get('Access-Control-Allow-Origin')).toBe(
          'chrome-extension://abcdefghijklmnop',
        );
      });
    });

    describe('logs', () => {
      it('writes one line per request with the route pattern, never a token or post text', async () => {
        const { app, entries } = testApp(storage);
        const owner = await newWorkspace(app);
        const secretText = 'Geheime tekst over de buren op nummer 12';
        await push(app, owner, [put('signals', signal({ text: secretText }))]);
        const member = await newMember(app, owner, 'member', 'Cas');
        await call(app, 'DELETE', `/v1/members/${member.member.id}`, { token: owner.token });
        await call(app, 'GET', '/v1/nothing-here');
        expect(entries.map(({ method, route, status }) => `${method} ${route} ${status}`)).toEqual([
          'POST /v1/workspaces 201',
          'POST /v1/sync/push 200',
          'POST /v1/invites 201',
          'POST /v1/join 201',
          'DELETE /v1/members/:id 204',
          'GET null 404',
        ]);
        for (const entry of entries.slice(0, 5)) {
          expect(entry.workspaceId).toBe(owner.workspace.id);
          expect(entry.ms).toEqual(expect.any(Number));
        }
        const logged = JSON.stringify(entries);
        expect(logged).not.toContain(owner.token);
        expect(logged).not.toContain(member.token);
        expect(logged).not.toContain(secretText);
        expect(logged).not.toContain(member.member.id);
      });
    });

    describe('errors', () => {
      it('answers unknown routes and methods with a JSON 404', async () => {
        const { app } = testApp(storage);
        for (const [method, path] of [
          ['GET', '/'],
          ['GET', '/v2/sync/pull'],
          ['PUT', '/v1/sync/push'],
        ] as const) {
          const reply = await call(app, method, path);
          expect(reply.status).toBe(404);
          expect(reply.body).toEqual({ error: { code: 'not-found', message: expect.any(String) } });
        }
      });

      it('refuses text PostgreSQL cannot store (NUL, half a surrogate pair) with 400', async () => {
        const { app } = testApp(storage);
        const owner = await newWorkspace(app);
        const refused = [
          ['POST', '/v1/workspaces', { name: 'Buurt\u0000', memberName: 'Ann' }],
          ['POST', '/v1/join', { code: 'abc', memberName: 'Ann\u0000' }],
          [
            'POST',
            '/v1/sync/push',
            { clientId: 'c', mutations: [put('signals', signal({ text: '\ud800' }))] },
          ],
          ['POST', '/v1/sync/push', { clientId: 'c\udfff', mutations: [] }],
          ['POST', '/v1/sync/push', { clientId: 'c', mutations: [], '\u0000': 1 }],
        ] as const;
        for (const [method, path, body] of refused) {
          const reply = await call(app, method, path, { token: owner.token, body });
          expect(reply.status, JSON.stringify(body)).toBe(400);
          expect(reply.body.error.code).toBe('invalid-request');
        }
        const emoji = signal({ text: 'Kapotte lantaarn \ud83d\udca1' });
        const pushed = await app.request('/v1/sync/push', {
          method: 'POST',
          headers: { Authorization: `Bearer ${owner.token}` },
          // Written as escapes, as a client may: a whole pair is fine.
          body: JSON.stringify({
            clientId: 'c',
            mutations: [{ id: 1, ...put('signals', emoji) }],
          }).replace('\ud83d\udca1', '\\ud83d\\udca1'),
        });
        expect(pushed.status).toBe(200);
        const nul = await call(app, 'DELETE', '/v1/invites/%00', { token: owner.token });
        expect(nul.status).toBe(404);
        expect(await storage.query('SELECT record FROM records')).toEqual([{ record: emoji }]);
      });

      it('answers a failure inside with a 500 that tells nothing of it, and logs where', async () => {
        const failing: Storage = {
          ...storage,
          query: async () => {
            throw new Error('relation "tokens" does not exist: secret detail');
          },
        };
        const entries: Record<string, unknown>[] = [];
        const app = createApp({
          storage: failing,
          log: (entry) => entries.push(entry as Record<string, unknown>),
        });
        const reply = await call(app, 'GET', '/v1/workspace', { token: 'some-token' });
        expect(reply.status).toBe(500);
        expect(reply.body).toEqual({ error: { code: 'internal', message: expect.any(String) } });
        expect(JSON.stringify(reply.body)).not.toContain('secret detail');
        const errorEntry = entries.find((entry) => entry.level === 'error');
        expect(errorEntry).toMatchObject({ route: '/v1/workspace', error: 'Error' });
        expect(JSON.stringify(entries)).not.toContain('secret detail');
        expect(JSON.stringify(entries)).not.toContain('some-token');
      });
    });
  },
);
