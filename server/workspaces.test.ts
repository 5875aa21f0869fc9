import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Storage } from './storage';
import {
  call,
  emptyStorage,
  newMember,
  newWorkspace,
  TEST_TIMEOUT_MS,
  type TestApp,
  testApp,
  testBackends,
} from './testing';

describe.each(testBackends())(
  'workspaces, invites and members on $name',
  { timeout: TEST_TIMEOUT_MS },
  (backend) => {
    let storage: Storage;
    let app: TestApp;
    let clock: Date;

    beforeAll(async () => {
      storage = await backend.open();
    }, TEST_TIMEOUT_MS);
    afterAll(() => storage?.close(), TEST_TIMEOUT_MS);
    beforeEach(async () => {
      await emptyStorage(storage);
      clock = new Date('2025-03-01T12:00:00.000Z');
      app = testApp(storage, { now: () => clock }).app;
    }, TEST_TIMEOUT_MS);

    it('answers /healthz', async () => {
      const reply = await call(app, 'GET', '/healthz');
      expect(reply.status).toBe(200);
    });

    describe('POST /v1/workspaces', () => {
      it('creates a workspace with its owner and a token that works', async () => {
        const reply = await call(app, 'POST', '/v1/workspaces', {
          body: { name: ' Buurt Noord ', memberName: 'Ann' },
        });
        expect(reply.status).toBe(201);
        expect(reply.body).toEqual({
          workspace: { id: expect.any(String), name: 'Buurt Noord' },
          member: { id: expect.any(String), name: 'Ann', role: 'owner' },
          token: expect.stringMatching(/^[\w-]{43}$/),
        });
        const described = await call(app, 'GET', '/v1/workspace', { token: reply.body.token });
        expect(described.body.workspace).toEqual(reply.body.workspace);
      });

      it('keeps only a hash of the token', async () => {
        const owner = await newWorkspace(app);
        const rows = await storage.query<{ hash: string }>('SELECT hash FROM tokens');
        expect(rows).toHaveLength(1);
        expect(rows[0]?.hash).not.toContain(owner.token);
        expect(rows[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
      });

      it('refuses a missing name or member name, and a body that is not JSON', async () => {
        const noName = await call(app, 'POST', '/v1/workspaces', { body: { memberName: 'Ann' } });
        expect(noName.status).toBe(400);
        expect(noName.body.error).toEqual({ code: 'invalid-request', message: expect.any(String) });
        expect(noName.body.error.message).toContain('name');
        const blank = await call(app, 'POST', '/v1/workspaces', {
          body: { name: 'Buurt', memberName: '   ' },
        });
        expect(blank.status).toBe(400);
        const notJson = await app.request('/v1/workspaces', { method: 'POST', body: '{"name":' });
        expect(notJson.status).toBe(400);
        expect((await notJson.json()).error.code).toBe('invalid-json');
        expect(await storage.query('SELECT id FROM workspaces')).toEqual([]);
      });
    });

    describe('authentication', () => {
      it('refuses a request without a token, with an unknown one, and with a revoked one', async () => {
        const missing = await call(app, 'GET', '/v1/workspace');
        expect(missing.status).toBe(401);
        expect(missing.body.error.code).toBe('missing-token');
        const basic = await call(app, 'GET', '/v1/workspace', {
          headers: { Authorization: 'Basic YW5uOnNlY3JldA==' },
        });
        expect(basic.status).toBe(401);
        const wrong = await call(app, 'GET', '/v1/workspace', { token: 'not-a-token' });
        expect(wrong.status).toBe(401);
        expect(wrong.body.error.code).toBe('invalid-token');

        const owner = await newWorkspace(app);
        const revoked = await call(app, 'POST', '/v1/tokens/revoke', { token: owner.token });
        expect(revoked.status).toBe(204);
        const after = await call(app, 'GET', '/v1/workspace', { token: owner.token });
        expect(after.status).toBe(401);
        expect(after.body.error.code).toBe('revoked-token');
      });
    });

    describe('token expiry', () => {
      const DAY_MS = 86_400_000;
      const later = (start: Date, days: number) => new Date(start.getTime() + days * DAY_MS);
      const workspaceStatus = async (token: string) =>
        (await call(app, 'GET', '/v1/workspace', { token })).status;

      it('expires a token after 180 days without use, and keeps a used one alive', async () => {
        const start = clock;
        const owner = await newWorkspace(app);
        const member = await newMember(app, owner, 'member', 'Cas');
        clock = later(start, 179);
        expect(await workspaceStatus(member.token)).toBe(200);
        clock = later(start, 180);
        const expired = await call(app, 'GET', '/v1/workspace', { token: owner.token });
        expect(expired.status).toBe(401);
        expect(expired.body.error).toEqual({ code: 'token-expired', message: expect.any(String) });
        clock = later(start, 179 + 179);
        expect(await workspaceStatus(member.token)).toBe(200);
        const pulled = await call(app, 'GET', '/v1/sync/pull', { token: owner.token });
        expect(pulled.status).toBe(401);
        expect(pulled.body.error.code).toBe('token-expired');
        const pushed = await call(app, 'POST', '/v1/sync/push', {
          token: owner.token,
          body: { clientId: 'c', mutations: [] },
        });
        expect(pushed.body.error.code).toBe('token-expired');
      });

      it('records a use at most once a day, and never renews an expired token', async () => {
        const start = clock;
        const owner = await newWorkspace(app);
        const lastUsed = async () =>
          (await storage.query<{ at: Date }>('SELECT last_used_at AS at FROM tokens'))[0]?.at;
        clock = new Date(start.getTime() + DAY_MS - 1000);
        expect(await workspaceStatus(owner.token)).toBe(200);
        expect(await lastUsed()).toEqual(start);
        clock = later(start, 1);
        expect(await workspaceStatus(owner.token)).toBe(200);
        expect(await lastUsed()).toEqual(clock);
        clock = later(start, 1 + 180);
        expect(await workspaceStatus(owner.token)).toBe(401);
        clock = later(start, 1 + 181);
        expect(await workspaceStatus(owner.token)).toBe(401);
        expect(await lastUsed()).toEqual(later(start, 1));
      });

      it('takes the idle days from the configuration', async () => {
        const start = clock;
        app = testApp(storage, { now: () => clock, tokenIdleDays: 7 }).app;
        const owner = await newWorkspace(app);
        clock = later(start, 6);
        expect(await workspaceStatus(owner.token)).toBe(200);
        clock = later(start, 6 + 7);
        expect(await workspaceStatus(owner.token)).toBe(401);
      });

      it('says revoked rather than expired for a revoked token', async () => {
        const start = clock;
        const owner = await newWorkspace(app);
        await call(app, 'POST', '/v1/tokens/revoke', { token: owner.token });
        clock = later(start, 365);
        const reply = await call(app, 'GET', '/v1/workspace', { token: owner.token });
        expect(reply.body.error.code).toBe('revoked-token');
      });
    });

    describe('invites and joining', () => {
      it('lets owners and moderators invite, for 7 days and one use by default', async () => {
        const owner = await newWorkspace(app);
        const reply = await call(app, 'POST', '/v1/invites', {
          token: owner.token,
          body: { role: 'member' },
        });
        expect(reply.status).toBe(201);
        expect(reply.body).toEqual({
          code: expect.any(String),
          role: 'member',
          expiresAt: '2025-03-08T12:00:00.000Z',
          maxUses: 1,
        });
        const moderator = await newMember(app, owner, 'moderator', 'Bram');
        const byModerator = await call(app, 'POST', '/v1/invites', {
          token: moderator.token,
          body: { role: 'moderator', maxUses: 5, expiresInDays: 2 },
        });
        expect(byModerator.status).toBe(201);
        expect(byModerator.body).toMatchObject({
          maxUses: 5,
          expiresAt: '2025-03-03T12:00:00.000Z',
        });
      });

      it('refuses invites from members, owner invites from moderators, and bad roles', async () => {
        const owner = await newWorkspace(app);
        const member = await newMember(app, owner, 'member', 'Cas');
        const moderator = await newMember(app, owner, 'moderator', 'Bram');
        const byMember = await call(app, 'POST', '/v1/invites', {
          token: member.token,
          body: { role: 'member' },
        });
        expect(byMember.status).toBe(403);
        expect(byMember.body.error.code).toBe('forbidden');
        const ownerByModerator = await call(app, 'POST', '/v1/invites', {
          token: moderator.token,
          body: { role: 'owner' },
        });
        expect(ownerByModerator.status).toBe(403);
        const badRole = await call(app, 'POST', '/v1/invites', {
          token: owner.token,
          body: { role: 'admin' },
        });
        expect(badRole.status).toBe(400);
        const noUses = await call(app, 'POST', '/v1/invites', {
          token: owner.token,
          body: { role: 'member', maxUses: 0 },
        });
        expect(noUses.status).toBe(400);
      });

      it('joins with the invited role and a token of its own', async () => {
        const owner = await newWorkspace(app);
        const invite = await call(app, 'POST', '/v1/invites', {
          token: owner.token,
          body: { role: 'moderator' },
        });
        const joined = await call(app, 'POST', '/v1/join', {
          body: { code: invite.body.code, memberName: 'Bram' },
        });
        expect(joined.status).toBe(201);
        expect(joined.body).toEqual({
          workspace: owner.workspace,
          member: { id: expect.any(String), name: 'Bram', role: 'moderator' },
          token: expect.any(String),
        });
        expect(joined.body.token).not.toBe(owner.token);
        const described = await call(app, 'GET', '/v1/workspace', { token: joined.body.token });
        expect(described.body.member).toEqual(joined.body.member);
      });

      it('refuses an unknown code, an expired invite, a used-up one and a revoked one', async () => {
        const owner = await newWorkspace(app);
        const unknown = await call(app, 'POST', '/v1/join', {
          body: { code: 'no-such-code', memberName: 'Bram' },
        });
        expect(unknown.status).toBe(404);
        expect(unknown.body.error.code).toBe('invite-not-found');

        const twice = await call(app, 'POST', '/v1/invites', {
          token: owner.token,
          body: { role: 'member', maxUses: 2 },
        });
        const join = (code: string, memberName: string) =>
          call(app, 'POST', '/v1/join', { body: { code, memberName } });
        expect((await join(twice.body.code, 'Bram')).status).toBe(201);
        expect((await join(twice.body.code, 'Cas')).status).toBe(201);
        const third = await join(twice.body.code, 'Dirk');
        expect(third.status).toBe(404);
        expect(third.body.error.code).toBe('invite-used');

        const revocable = await call(app, 'POST', '/v1/invites', {
          token: owner.token,
          body: { role: 'member' },
        });
        const revoked = await call(app, 'DELETE', `/v1/invites/${revocable.body.code}`, {
          token: owner.token,
        });
        expect(revoked.status).toBe(204);
        const afterRevoke = await join(revocable.body.code, 'Eva');
        expect(afterRevoke.status).toBe(404);
        expect(afterRevoke.body.error.code).toBe('invite-revoked');

        const expiring = await call(app, 'POST', '/v1/invites', {
          token: owner.token,
          body: { role: 'member', expiresInDays: 1 },
        });
        clock = new Date('2025-03-02T11:59:59.000Z');
        expect((await join(expiring.body.code, 'Fleur')).status).toBe(201);
        const again = await call(app, 'POST', '/v1/invites', {
          token: owner.token,
          body: { role: 'member', expiresInDays: 1 },
        });
        clock = new Date('2025-03-03T12:00:00.000Z');
        const expired = await join(again.body.code, 'Gijs');
        expect(expired.status).toBe(404);
        expect(expired.body.error.code).toBe('invite-expired');

        const members = await call(app, 'GET', '/v1/workspace', { token: owner.token });
        expect(members.body.members.map((member: { name: string }) => member.name)).toEqual([
          'Ann',
          'Bram',
          'Cas',
          'Fleur',
        ]);
      });

      it('lets concurrent joins use an invite no more often than allowed', async () => {
        const owner = await newWorkspace(app);
        const invite = await call(app, 'POST', '/v1/invites', {
          token: owner.token,
          body: { role: 'member', maxUses: 3 },
        });
        const replies = await Promise.all(
          Array.from({ length: 8 }, (_, n) =>
            call(app, 'POST', '/v1/join', {
              body: { code: invite.body.code, memberName: `M${n}` },
            }),
          ),
        );
        expect(replies.filter((reply) => reply.status === 201)).toHaveLength(3);
        expect(replies.filter((reply) => reply.status === 404)).toHaveLength(5);
      });

      it('lists the active invites to owners and moderators only', async () => {
        const owner = await newWorkspace(app);
        const moderator = await newMember(app, owner, 'moderator', 'Bram');
        const member = await newMember(app, owner, 'member', 'Cas');
        const open = await call(app, 'POST', '/v1/invites', {
          token: owner.token,
          body: { role: 'member', maxUses: 3 },
        });
        const revoked = await call(app, 'POST', '/v1/invites', {
          token: owner.token,
          body: { role: 'member' },
        });
        await call(app, 'DELETE', `/v1/invites/${revoked.body.code}`, { token: moderator.token });
        const list = await call(app, 'GET', '/v1/invites', { token: moderator.token });
        expect(list.status).toBe(200);
        expect(list.body.invites).toEqual([
          {
            code: open.body.code,
            role: 'member',
            expiresAt: '2025-03-08T12:00:00.000Z',
            maxUses: 3,
            uses: 0,
            createdBy: owner.member.id,
          },
        ]);
        clock = new Date('2025-03-09T00:00:00.000Z');
        const later = await call(app, 'GET', '/v1/invites', { token: owner.token });
        expect(later.body.invites).toEqual([]);
        const byMember = await call(app, 'GET', '/v1/invites', { token: member.token });
        expect(byMember.status).toBe(403);
      });

      it('revokes only invites of its own workspace, and not for members', async () => {
        const owner = await newWorkspace(app);
        const member = await newMember(app, owner, 'member', 'Cas');
        const invite = await call(app, 'POST', '/v1/invites', {
          token: owner.token,
          body: { role: 'member' },
        });
        const other = await newWorkspace(app, 'Olga', 'Buurt Zuid');
        const fromOther = await call(app, 'DELETE', `/v1/invites/${invite.body.code}`, {
          token: other.token,
        });
        expect(fromOther.status).toBe(404);
        const byMember = await call(app, 'DELETE', `/v1/invites/${invite.body.code}`, {
          token: member.token,
        });
        expect(byMember.status).toBe(403);
        const unknown = await call(app, 'DELETE', '/v1/invites/nope', { token: owner.token });
        expect(unknown.status).toBe(404);
        const joined = await call(app, 'POST', '/v1/join', {
          body: { code: invite.body.code, memberName: 'Bram' },
        });
        expect(joined.status).toBe(201);
      });
    });

    describe('GET /v1/workspace', () => {
      it('describes the workspace, its settings, the caller and its current members only', async () => {
        const owner = await newWorkspace(app);
        const moderator = await newMember(app, owner, 'moderator', 'Bram');
        const member = await newMember(app, owner, 'member', 'Cas');
        await newWorkspace(app, 'Olga', 'Buurt Zuid');
        await call(app, 'DELETE', `/v1/members/${member.member.id}`, { token: member.token });
        const reply = await call(app, 'GET', '/v1/workspace', { token: moderator.token });
        expect(reply.status).toBe(200);
        expect(reply.body).toEqual({
          workspace: owner.workspace,
          settings: { pseudonymiseAuthors: false, retentionDays: null },
          pseudonymKey: expect.stringMatching(/^[\w-]{43}$/),
          member: moderator.member,
          members: [owner.member, moderator.member],
        });
      });

      it('gives every member of a workspace the same pseudonym key, and each workspace its own', async () => {
        const owner = await newWorkspace(app);
        const member = await newMember(app, owner, 'member', 'Cas');
        const other = await newWorkspace(app, 'Olga', 'Buurt Zuid');
        const [ours, theirs, elsewhere] = await Promise.all(
          [owner, member, other].map((who) =>
            call(app, 'GET', '/v1/workspace', { token: who.token }),
          ),
        );
        expect(theirs?.body.pseudonymKey).toBe(ours?.body.pseudonymKey);
        expect(elsewhere?.body.pseudonymKey).not.toBe(ours?.body.pseudonymKey);
        expect(Buffer.from(ours?.body.pseudonymKey, 'base64url')).toHaveLength(32);
      });
    });

    describe('PATCH /v1/workspace', () => {
      async function workspaceRow() {
        return storage.query('SELECT * FROM workspaces ORDER BY id');
      }

      it('lets owners rename the workspace and change its settings, which every member reads', async () => {
        const owner = await newWorkspace(app);
        const member = await newMember(app, owner, 'member', 'Cas');
        const reply = await call(app, 'PATCH', '/v1/workspace', {
          token: owner.token,
          body: { name: ' Buurt Noord-Oost ', settings: { pseudonymiseAuthors: true } },
        });
        expect(reply.status).toBe(200);
        const described = await call(app, 'GET', '/v1/workspace', { token: member.token });
        expect(reply.body).toEqual({ ...described.body, member: owner.member });
        expect(described.body.workspace.name).toBe('Buurt Noord-Oost');
        expect(described.body.settings).toEqual({ pseudonymiseAuthors: true, retentionDays: null });

        const retention = await call(app, 'PATCH', '/v1/workspace', {
          token: owner.token,
          body: { settings: { retentionDays: 365 } },
        });
        expect(retention.body.workspace.name).toBe('Buurt Noord-Oost');
        expect(retention.body.settings).toEqual({ pseudonymiseAuthors: true, retentionDays: 365 });
        const forever = await call(app, 'PATCH', '/v1/workspace', {
          token: owner.token,
          body: { settings: { retentionDays: null, pseudonymiseAuthors: false } },
        });
        expect(forever.body.settings).toEqual({ pseudonymiseAuthors: false, retentionDays: null });
        const nothing = await call(app, 'PATCH', '/v1/workspace', { token: owner.token, body: {} });
        expect(nothing.status).toBe(200);
        expect(nothing.body.settings).toEqual(forever.body.settings);
        expect(nothing.body.pseudonymKey).toBe(described.body.pseudonymKey);
      });

      it('refuses moderators and members, and changes nothing', async () => {
        const owner = await newWorkspace(app);
        const moderator = await newMember(app, owner, 'moderator', 'Bram');
        const member = await newMember(app, owner, 'member', 'Cas');
        const before = await workspaceRow();
        for (const who of [moderator, member]) {
          const reply = await call(app, 'PATCH', '/v1/workspace', {
            token: who.token,
            body: { name: 'Overgenomen', settings: { retentionDays: 1 } },
          });
          expect(reply.status).toBe(403);
          expect(reply.body.error.code).toBe('forbidden');
        }
        expect(await workspaceRow()).toEqual(before);
      });

      it('refuses bad names and settings, and unknown fields, changing nothing', async () => {
        const owner = await newWorkspace(app);
        const before = await workspaceRow();
        const cases: [unknown, string][] = [
          [{ name: '  ' }, 'name'],
          [{ settings: { retentionDays: 0 } }, 'settings.retentionDays'],
          [{ settings: { retentionDays: 3651 } }, 'settings.retentionDays'],
          [{ settings: { retentionDays: 1.5 } }, 'settings.retentionDays'],
          [{ settings: { retentionDays: '30' } }, 'settings.retentionDays'],
          [{ settings: { pseudonymiseAuthors: 'yes' } }, 'settings.pseudonymiseAuthors'],
          [{ settings: { retention: 30 } }, 'settings'],
          [{ settings: null }, 'settings'],
          [{ pseudonymiseAuthors: true }, ''],
          [[], ''],
        ];
        for (const [body, where] of cases) {
          const reply = await call(app, 'PATCH', '/v1/workspace', { token: owner.token, body });
          expect(reply.status, JSON.stringify(body)).toBe(400);
          expect(reply.body.error.code).toBe('invalid-request');
          expect(reply.body.error.message).toContain(`body: ${where}`);
        }
        const largest = await call(app, 'PATCH', '/v1/workspace', {
          token: owner.token,
          body: { settings: { retentionDays: 3650 } },
        });
        expect(largest.status).toBe(200);
        expect(await workspaceRow()).not.toEqual(before);
      });
    });

    describe('PATCH /v1/members/:id', () => {
      it('lets owners change roles', async () => {
        const owner = await newWorkspace(app);
        const member = await newMember(app, owner, 'member', 'Cas');
        const reply = await call(app, 'PATCH', `/v1/members/${member.member.id}`, {
          token: owner.token,
          body: { role: 'moderator' },
        });
        expect(reply.status).toBe(200);
        expect(reply.body.member).toEqual({ ...member.member, role: 'moderator' });
        const described = await call(app, 'GET', '/v1/workspace', { token: member.token });
        expect(described.body.member.role).toBe('moderator');
        const invite = await call(app, 'POST', '/v1/invites', {
          token: member.token,
          body: { role: 'member' },
        });
        expect(invite.status).toBe(201);
      });

      it('refuses moderators and members, other workspaces, bad roles and the last owner', async () => {
        const owner = await newWorkspace(app);
        const moderator = await newMember(app, owner, 'moderator', 'Bram');
        const member = await newMember(app, owner, 'member', 'Cas');
        const byModerator = await call(app, 'PATCH', `/v1/members/${member.member.id}`, {
          token: moderator.token,
          body: { role: 'moderator' },
        });
        expect(byModerator.status).toBe(403);
        const selfPromotion = await call(app, 'PATCH', `/v1/members/${member.member.id}`, {
          token: member.token,
          body: { role: 'owner' },
        });
        expect(selfPromotion.status).toBe(403);
        const other = await newWorkspace(app, 'Olga', 'Buurt Zuid');
        const otherWorkspace = await call(app, 'PATCH', `/v1/members/${other.member.id}`, {
          token: owner.token,
          body: { role: 'member' },
        });
        expect(otherWorkspace.status).toBe(404);
        const notAnId = await call(app, 'PATCH', '/v1/members/42', {
          token: owner.token,
          body: { role: 'member' },
        });
        expect(notAnId.status).toBe(404);
        const badRole = await call(app, 'PATCH', `/v1/members/${member.member.id}`, {
          token: owner.token,
          body: { role: 'admin' },
        });
        expect(badRole.status).toBe(400);
        const demoteLast = await call(app, 'PATCH', `/v1/members/${owner.member.id}`, {
          token: owner.token,
          body: { role: 'member' },
        });
        expect(demoteLast.status).toBe(409);
        expect(demoteLast.body.error.code).toBe('last-owner');

        await call(app, 'PATCH', `/v1/members/${moderator.member.id}`, {
          token: owner.token,
          body: { role: 'owner' },
        });
        const demoteOne = await call(app, 'PATCH', `/v1/members/${owner.member.id}`, {
          token: owner.token,
          body: { role: 'member' },
        });
        expect(demoteOne.status).toBe(200);
      });

      it('never leaves a workspace without an owner when two owners demote each other at once', async () => {
        const first = await newWorkspace(app);
        const second = await newMember(app, first, 'owner', 'Bram');
        const [a, b] = await Promise.all([
          call(app, 'PATCH', `/v1/members/${second.member.id}`, {
            token: first.token,
            body: { role: 'member' },
          }),
          call(app, 'PATCH', `/v1/members/${first.member.id}`, {
            token: second.token,
            body: { role: 'member' },
          }),
        ]);
        expect([a.status, b.status].sort()).toEqual([200, 403]);
        const owners = await storage.query("SELECT id FROM members WHERE role = 'owner'");
        expect(owners).toHaveLength(1);
      });
    });

    describe('DELETE /v1/members/:id', () => {
      it('lets an owner remove a member, whose token stops working', async () => {
        const owner = await newWorkspace(app);
        const member = await newMember(app, owner, 'member', 'Cas');
        const reply = await call(app, 'DELETE', `/v1/members/${member.member.id}`, {
          token: owner.token,
        });
        expect(reply.status).toBe(204);
        const after = await call(app, 'GET', '/v1/workspace', { token: member.token });
        expect(after.status).toBe(401);
        expect(after.body.error.code).toBe('revoked-token');
        const again = await call(app, 'DELETE', `/v1/members/${member.member.id}`, {
          token: owner.token,
        });
        expect(again.status).toBe(404);
      });

      it('lets anyone leave, but only owners remove others, and never the last owner', async () => {
        const owner = await newWorkspace(app);
        const moderator = await newMember(app, owner, 'moderator', 'Bram');
        const member = await newMember(app, owner, 'member', 'Cas');
        const byModerator = await call(app, 'DELETE', `/v1/members/${member.member.id}`, {
          token: moderator.token,
        });
        expect(byModerator.status).toBe(403);
        const ownerByMember = await call(app, 'DELETE', `/v1/members/${owner.member.id}`, {
          token: member.token,
        });
        expect(ownerByMember.status).toBe(403);
        const leave = await call(app, 'DELETE', `/v1/members/${member.member.id}`, {
          token: member.token,
        });
        expect(leave.status).toBe(204);
        const lastOwnerLeaves = await call(app, 'DELETE', `/v1/members/${owner.member.id}`, {
          token: owner.token,
        });
        expect(lastOwnerLeaves.status).toBe(409);
        expect(lastOwnerLeaves.body.error.code).toBe('last-owner');
        const other = await newWorkspace(app, 'Olga', 'Buurt Zuid');
        const otherWorkspace = await call(app, 'DELETE', `/v1/members/${other.member.id}`, {
          token: owner.token,
        });
        expect(otherWorkspace.status).toBe(404);
        expect((await call(app, 'GET', '/v1/workspace', { token: other.token })).status).toBe(200);
      });
    });

    describe('POST /v1/tokens/revoke', () => {
      it("revokes the caller's token only", async () => {
        const owner = await newWorkspace(app);
        const member = await newMember(app, owner, 'member', 'Cas');
        expect((await call(app, 'POST', '/v1/tokens/revoke', { token: member.token })).status).toBe(
          204,
        );
        expect((await call(app, 'GET', '/v1/workspace', { token: member.token })).status).toBe(401);
        expect((await call(app, 'GET', '/v1/workspace', { token: owner.token })).status).toBe(200);
      });
    });
  },
);
