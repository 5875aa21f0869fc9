import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { lockWorkspace, runRetention } from './records';
import type { Storage } from './storage';
import {
  call,
  emptyStorage,
  event,
  group,
  initiative,
  newMember,
  newWorkspace,
  pullAll,
  push,
  put,
  remove,
  signal,
  TEST_TIMEOUT_MS,
  type TestApp,
  type TestMember,
  testApp,
  testBackends,
} from './testing';

describe.each(testBackends())('sync on $name', { timeout: TEST_TIMEOUT_MS }, (backend) => {
  let storage: Storage;
  let app: TestApp;
  let clock: Date;
  let owner: TestMember;
  let moderator: TestMember;
  let member: TestMember;
  let otherMember: TestMember;

  beforeAll(async () => {
    storage = await backend.open();
  }, TEST_TIMEOUT_MS);
  afterAll(() => storage?.close(), TEST_TIMEOUT_MS);
  beforeEach(async () => {
    await emptyStorage(storage);
    clock = new Date('2025-06-01T12:00:00.000Z');
    app = testApp(storage, { maxMutationsPerPush: 5, now: () => clock }).app;
    owner = await newWorkspace(app);
    moderator = await newMember(app, owner, 'moderator', 'Bram');
    member = await newMember(app, owner, 'member', 'Cas');
    otherMember = await newMember(app, owner, 'member', 'Dirk');
  }, TEST_TIMEOUT_MS);

  async function recordCount() {
    const [row] = await storage.query<{ count: number }>('SELECT count(*) AS count FROM records');
    return row?.count;
  }

  describe('POST /v1/sync/push and GET /v1/sync/pull', () => {
    it('accepts the smallest signal and hands it to the other members', async () => {
      const smallest = signal();
      const pushed = await push(app, member, [put('signals', smallest)]);
      expect(pushed.status).toBe(200);
      expect(pushed.body).toEqual({ lastMutationId: 1 });
      const pulled = await call(app, 'GET', '/v1/sync/pull?cursor=0', { token: otherMember.token });
      expect(pulled.status).toBe(200);
      expect(pulled.body).toEqual({
        cursor: expect.any(Number),
        changes: [{ seq: pulled.body.cursor, table: 'signals', op: 'put', record: smallest }],
        more: false,
      });
      const nothingNew = await call(app, 'GET', `/v1/sync/pull?cursor=${pulled.body.cursor}`, {
        token: otherMember.token,
      });
      expect(nothingNew.body).toEqual({ cursor: pulled.body.cursor, changes: [], more: false });
    });

    it('pulls from the beginning when no cursor is given', async () => {
      await push(app, member, [put('signals', signal())]);
      const pulled = await call(app, 'GET', '/v1/sync/pull', { token: member.token });
      expect(pulled.body.changes).toHaveLength(1);
    });

    it('syncs every table, and returns each record once in its latest state', async () => {
      const clipped = signal();
      const effort = initiative(member.member.id);
      const comment = event(member.member.id, { initiativeId: effort.id });
      const residents = group();
      const first = await push(app, member, [
        put('signals', clipped),
        put('initiatives', effort),
        put('events', comment),
        put('groups', residents),
        put('signals', { ...clipped, note: 'eerste versie' }),
      ]);
      expect(first.status).toBe(200);
      const triaged = { ...clipped, triage: 'acknowledged' };
      await push(app, moderator, [put('signals', triaged), remove('groups', residents.id)]);
      const { changes } = await pullAll(app, otherMember);
      expect(changes.map(({ table, op, record }) => ({ table, op, record }))).toEqual([
        { table: 'initiatives', op: 'put', record: effort },
        { table: 'events', op: 'put', record: comment },
        { table: 'signals', op: 'put', record: triaged },
        { table: 'groups', op: 'delete', record: { id: residents.id } },
      ]);
      const seqs = changes.map((change) => change.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    });

    it('pages with limit and more, continuing from the cursor', async () => {
      const signals = Array.from({ length: 5 }, () => signal());
      await push(
        app,
        member,
        signals.map((record) => put('signals', record)),
      );
      const first = await call(app, 'GET', '/v1/sync/pull?cursor=0&limit=2', {
        token: owner.token,
      });
      expect(first.body.changes).toHaveLength(2);
      expect(first.body.more).toBe(true);
      expect(first.body.cursor).toBe(first.body.changes[1].seq);
      const second = await call(app, 'GET', `/v1/sync/pull?cursor=${first.body.cursor}&limit=2`, {
        token: owner.token,
      });
      expect(second.body.changes).toHaveLength(2);
      expect(second.body.more).toBe(true);
      const third = await call(app, 'GET', `/v1/sync/pull?cursor=${second.body.cursor}&limit=2`, {
        token: owner.token,
      });
      expect(third.body.changes).toHaveLength(1);
      expect(third.body.more).toBe(false);
      const ids = [first, second, third].flatMap((reply) =>
        reply.body.changes.map((change: { record: { id: string } }) => change.record.id),
      );
      expect(ids.sort()).toEqual(signals.map((record) => record.id).sort());
    });

    it('refuses bad pull parameters', async () => {
      for (const query of ['cursor=-1', 'cursor=abc', 'limit=0', 'limit=1001', 'cursor=1.5']) {
        const reply = await call(app, 'GET', `/v1/sync/pull?${query}`, { token: member.token });
        expect(reply.status, query).toBe(400);
        expect(reply.body.error.code).toBe('invalid-request');
      }
      const largest = await call(app, 'GET', '/v1/sync/pull?limit=1000', { token: member.token });
      expect(largest.status).toBe(200);
    });

    it('needs a token for push and pull', async () => {
      const pulled = await call(app, 'GET', '/v1/sync/pull?cursor=0');
      expect(pulled.status).toBe(401);
      const pushed = await call(app, 'POST', '/v1/sync/push', {
        body: { clientId: 'c', mutations: [] },
      });
      expect(pushed.status).toBe(401);
      const unknown = await call(app, 'GET', '/v1/sync/pull?cursor=x', { token: 'wrong' });
      expect(unknown.status).toBe(401);
      expect(unknown.body.error.code).toBe('invalid-token');
      await call(app, 'POST', '/v1/tokens/revoke', { token: member.token });
      const revoked = await call(app, 'GET', '/v1/sync/pull?cursor=0', { token: member.token });
      expect(revoked.status).toBe(401);
      expect(revoked.body.error.code).toBe('revoked-token');
    });
  });

  describe('pulls at once', () => {
    /** `storage`, noting the number of pulls in each pull statement it runs. */
    function countingPullStatements() {
      const batches: number[] = [];
      const counting: Storage = {
        ...storage,
        query: <Row>(sql: string, params?: unknown[]) => {
          if (sql.includes('unnest('))
            batches.push((params?.[0] as unknown[] | undefined)?.length ?? 0);
          return storage.query<Row>(sql, params);
        },
      };
      return { counting, batches };
    }

    it('answers pulls that arrive together each as it would alone, in fewer statements', async () => {
      const outsider = await newWorkspace(app, 'Olga', 'Buurt Zuid');
      const kept = signal();
      const gone = signal();
      await push(app, member, [put('signals', kept), put('signals', gone)]);
      await push(app, member, [remove('signals', gone.id)], { firstId: 3 });
      await push(app, outsider, [put('signals', signal())]);
      const leaving = await newMember(app, owner, 'member', 'Eva');
      await call(app, 'POST', '/v1/tokens/revoke', { token: leaving.token });
      const pulls = [
        { token: owner.token, query: 'cursor=0' },
        { token: moderator.token, query: 'cursor=0&limit=1' },
        { token: member.token, query: 'cursor=0&limit=1000' },
        { token: otherMember.token, query: 'cursor=999999' },
        { token: outsider.token, query: 'cursor=0' },
        { token: 'not-a-token', query: 'cursor=0' },
        { token: leaving.token, query: 'cursor=0' },
        { token: owner.token, query: 'cursor=0&limit=1' },
      ];
      const ask = async (testApp: TestApp, { token, query }: (typeof pulls)[number]) => {
        const response = await testApp.request(`/v1/sync/pull?${query}`, {
          headers: { Authorization: `Bearer ${token}` },
        });
        return { status: response.status, text: await response.text() };
      };
      const alone = [];
      for (const pull of pulls) alone.push(await ask(app, pull));

      const { counting, batches } = countingPullStatements();
      const together = testApp(counting, { now: () => clock }).app;
      expect(await Promise.all(pulls.map((pull) => ask(together, pull)))).toEqual(alone);
      expect(alone.map((reply) => reply.status)).toEqual([200, 200, 200, 200, 200, 401, 401, 200]);
      // One statement for the distinct tokens; the owner's second pull goes in the next.
      expect(batches).toEqual([7, 1]);
      // The JSON of contract 4, a deleted record as its id.
      const [, , everything] = alone;
      expect(everything?.text).toMatch(
        new RegExp(
          `^\\{"cursor":\\d+,"changes":\\[\\{"seq":\\d+,"table":"signals","op":"put","record":\\{.*\\}\\},` +
            `\\{"seq":\\d+,"table":"signals","op":"delete","record":\\{"id":"${gone.id}"\\}\\}\\],"more":false\\}$`,
        ),
      );
      expect(JSON.parse(everything?.text ?? '').changes[0].record).toEqual(kept);
    });

    it("counts every one of a token's pulls that arrive together against its limit", async () => {
      const { counting, batches } = countingPullStatements();
      const limited = testApp(counting, { rateLimitPerMinute: 2, now: () => clock }).app;
      const statuses = await Promise.all(
        Array.from({ length: 5 }, (_, n) =>
          call(limited, 'GET', '/v1/sync/pull', { token: n % 2 ? member.token : moderator.token }),
        ),
      );
      expect(statuses.map((reply) => reply.status)).toEqual([200, 200, 200, 200, 429]);
      expect(statuses[4]?.body.error.code).toBe('rate-limited');
      expect(batches).toEqual([2, 2, 1]);
      const counts = await storage.query<{ member: string; requests: number }>(
        `SELECT m.name AS member, r.requests FROM rate_limits AS r
           JOIN tokens AS t ON t.hash = r.token_hash JOIN members AS m ON m.id = t.member_id
          WHERE m.id IN ($1, $2) ORDER BY m.name`,
        [moderator.member.id, member.member.id],
      );
      expect(counts).toEqual([
        { member: 'Bram', requests: 3 },
        { member: 'Cas', requests: 2 },
      ]);
    });

    it("keeps the text a pull hands out the record's own, and none of a deleted record", async () => {
      const changed = signal();
      const gone = signal();
      await push(app, member, [put('signals', changed), put('signals', gone)]);
      await push(app, member, [put('signals', { ...changed, text: 'Nu gemaakt.' })], {
        firstId: 3,
      });
      await push(app, member, [remove('signals', gone.id)], { firstId: 4 });
      const rows = await storage.query<{ record_id: string; text: string | null; same: boolean }>(
        `SELECT record_id, record_text AS text, record_text IS NOT DISTINCT FROM record::text AS same
           FROM records ORDER BY seq`,
      );
      expect(rows.map(({ record_id, same }) => ({ record_id, same }))).toEqual([
        { record_id: changed.id, same: true },
        { record_id: gone.id, same: true },
      ]);
      expect(JSON.parse(rows[0]?.text ?? '')).toEqual({ ...changed, text: 'Nu gemaakt.' });
      expect(rows[1]?.text).toBeNull();
    });

    it('answers every pull of a statement that fails with a 500', async () => {
      const failing: Storage = {
        ...storage,
        query: async () => {
          throw new Error('the database went away');
        },
      };
      const broken = testApp(failing, { now: () => clock }).app;
      const replies = await Promise.all(
        [owner, member].map((who) => call(broken, 'GET', '/v1/sync/pull', { token: who.token })),
      );
      expect(replies.map((reply) => reply.body.error.code)).toEqual(['internal', 'internal']);
    });
  });

  describe('validation', () => {
    it('refuses a push with one bad mutation whole, naming it', async () => {
      const reply = await push(app, member, [
        put('signals', signal()),
        put('signals', signal({ source: { site: 'myspace', url: 'https://example.nl' } })),
        put('signals', signal()),
      ]);
      expect(reply.status).toBe(400);
      expect(reply.body.error).toEqual({
        code: 'invalid-mutation',
        index: 1,
        message: expect.stringContaining('mutation 1: record.source.site'),
      });
      expect(await recordCount()).toBe(0);
      const retried = await push(app, member, [put('signals', signal())]);
      expect(retried.body).toEqual({ lastMutationId: 1 });
    });

    it('refuses unknown tables and operations, records without an id and bad ids', async () => {
      const cases: [unknown, string][] = [
        [{ id: 1, op: 'put', table: 'members', record: signal() }, 'table'],
        [{ id: 1, op: 'upsert', table: 'signals', record: signal() }, 'op'],
        [{ id: 1, op: 'delete', table: 'signals', record: {} }, 'record.id'],
        [{ id: 0, op: 'put', table: 'signals', record: signal() }, 'id'],
        [{ id: 1.5, op: 'put', table: 'signals', record: signal() }, 'id'],
        [{ op: 'put', table: 'signals', record: signal() }, 'id'],
        [{ id: 1, op: 'put', table: 'initiatives', record: signal() }, 'record.'],
        ['put', ''],
      ];
      for (const [mutation, where] of cases) {
        const reply = await call(app, 'POST', '/v1/sync/push', {
          token: member.token,
          body: { clientId: 'c', mutations: [mutation] },
        });
        expect(reply.status, JSON.stringify(mutation)).toBe(400);
        expect(reply.body.error.message).toContain(`mutation 0: ${where}`);
      }
      const noClient = await call(app, 'POST', '/v1/sync/push', {
        token: member.token,
        body: { mutations: [] },
      });
      expect(noClient.status).toBe(400);
      expect(await recordCount()).toBe(0);
    });

    it('refuses mutation ids that do not increase', async () => {
      const reply = await call(app, 'POST', '/v1/sync/push', {
        token: member.token,
        body: {
          clientId: 'c',
          mutations: [
            { id: 3, op: 'put', table: 'signals', record: signal() },
            { id: 3, op: 'put', table: 'signals', record: signal() },
          ],
        },
      });
      expect(reply.status).toBe(400);
      expect(reply.body.error.index).toBe(1);
      expect(await recordCount()).toBe(0);
    });

    it('refuses more mutations than allowed with 413', async () => {
      const reply = await push(
        app,
        member,
        Array.from({ length: 6 }, () => put('signals', signal())),
      );
      expect(reply.status).toBe(413);
      expect(reply.body.error.code).toBe('too-many-mutations');
      expect(await recordCount()).toBe(0);
    });
  });

  describe('replays', () => {
    it('applies the same push once', async () => {
      const record = signal();
      const body = {
        clientId: 'laptop',
        mutations: [
          { id: 1, op: 'put', table: 'signals', record },
          { id: 2, op: 'put', table: 'signals', record: { ...record, note: 'tweede' } },
        ],
      };
      const first = await call(app, 'POST', '/v1/sync/push', { token: member.token, body });
      const afterFirst = await pullAll(app, owner);
      const second = await call(app, 'POST', '/v1/sync/push', { token: member.token, body });
      expect(first.body).toEqual({ lastMutationId: 2 });
      expect(second.body).toEqual({ lastMutationId: 2 });
      const afterSecond = await pullAll(app, owner, afterFirst.cursor);
      expect(afterSecond.changes).toEqual([]);
    });

    it('skips the mutations already applied and applies the rest', async () => {
      const [a, b, c] = [signal(), signal(), signal()];
      await push(app, member, [put('signals', a), put('signals', b)], { clientId: 'phone' });
      const { cursor } = await pullAll(app, owner);
      const reply = await push(
        app,
        member,
        [put('signals', { ...a, note: 'overgeslagen' }), put('signals', b), put('signals', c)],
        { clientId: 'phone' },
      );
      expect(reply.body).toEqual({ lastMutationId: 3 });
      const { changes } = await pullAll(app, owner, cursor);
      expect(changes.map((change) => change.record)).toEqual([c]);
    });

    it('keeps progress per client and per member', async () => {
      const first = await push(app, member, [put('signals', signal())], { clientId: 'same' });
      const otherClient = await push(app, member, [put('signals', signal())], { clientId: 'new' });
      const otherMembersClient = await push(app, otherMember, [put('signals', signal())], {
        clientId: 'same',
      });
      expect([first.body, otherClient.body, otherMembersClient.body]).toEqual([
        { lastMutationId: 1 },
        { lastMutationId: 1 },
        { lastMutationId: 1 },
      ]);
      expect(await recordCount()).toBe(3);
      const empty = await push(app, member, [], { clientId: 'same' });
      expect(empty.body).toEqual({ lastMutationId: 1 });
      const unknown = await push(app, member, [], { clientId: 'never-pushed' });
      expect(unknown.body).toEqual({ lastMutationId: 0 });
    });
  });

  describe('who may change what', () => {
    it("refuses a member's change to another member's signal, writing nothing of the push", async () => {
      const clipped = signal();
      await push(app, member, [put('signals', clipped)]);
      const before = await pullAll(app, owner);
      const mine = signal();
      const reply = await push(app, otherMember, [
        put('signals', mine),
        put('signals', { ...clipped, triage: 'done' }),
      ]);
      expect(reply.status).toBe(403);
      expect(reply.body.error).toMatchObject({ code: 'forbidden', index: 1 });
      const deleting = await push(app, otherMember, [remove('signals', clipped.id)]);
      expect(deleting.status).toBe(403);
      expect((await pullAll(app, owner, before.cursor)).changes).toEqual([]);
      const progress = await push(app, otherMember, []);
      expect(progress.body).toEqual({ lastMutationId: 0 });
    });

    it('lets the clipper, moderators and owners change and delete a signal', async () => {
      const clipped = signal();
      await push(app, member, [put('signals', clipped)]);
      const byClipper = await push(app, member, [put('signals', { ...clipped, note: 'mijn' })], {
        firstId: 2,
      });
      expect(byClipper.status).toBe(200);
      const byModerator = await push(app, moderator, [
        put('signals', { ...clipped, triage: 'acknowledged' }),
      ]);
      expect(byModerator.status).toBe(200);
      const byOwner = await push(app, owner, [remove('signals', clipped.id)]);
      expect(byOwner.status).toBe(200);
      const { changes } = await pullAll(app, otherMember);
      expect(changes).toEqual([
        { seq: expect.any(Number), table: 'signals', op: 'delete', record: { id: clipped.id } },
      ]);
    });

    it("keeps the first putter as creator after a moderator's change", async () => {
      const clipped = signal();
      await push(app, member, [put('signals', clipped)]);
      await push(app, moderator, [put('signals', { ...clipped, triage: 'assigned' })]);
      const again = await push(app, member, [put('signals', { ...clipped, note: 'nog steeds' })], {
        firstId: 2,
      });
      expect(again.status).toBe(200);
    });

    it('lets the creator and the owner named in an initiative change it', async () => {
      const effort = initiative(otherMember.member.id);
      await push(app, member, [put('initiatives', effort)]);
      const byOwnerField = await push(app, otherMember, [
        put('initiatives', { ...effort, status: 'gathering' }),
      ]);
      expect(byOwnerField.status).toBe(200);
      const handedOver = { ...effort, status: 'gathering', ownerId: owner.member.id };
      const byCreator = await push(app, member, [put('initiatives', handedOver)], { firstId: 2 });
      expect(byCreator.status).toBe(200);
      const noLonger = await push(
        app,
        otherMember,
        [put('initiatives', { ...handedOver, status: 'raised' })],
        { firstId: 2 },
      );
      expect(noLonger.status).toBe(403);
    });

    it('lets any member put groups, and only their creator or a moderator change them', async () => {
      const residents = group();
      expect((await push(app, member, [put('groups', residents)])).status).toBe(200);
      const byOther = await push(app, otherMember, [
        put('groups', { ...residents, name: 'Andere naam' }),
      ]);
      expect(byOther.status).toBe(403);
      const byModerator = await push(app, moderator, [remove('groups', residents.id)]);
      expect(byModerator.status).toBe(200);
    });

    it('does not let a member bring back a deleted record of someone else', async () => {
      const clipped = signal();
      await push(app, member, [put('signals', clipped)]);
      await push(app, moderator, [remove('signals', clipped.id)]);
      const revived = await push(app, otherMember, [put('signals', clipped)]);
      expect(revived.status).toBe(403);
      const byClipper = await push(app, member, [put('signals', clipped)], { firstId: 2 });
      expect(byClipper.status).toBe(200);
      const { changes } = await pullAll(app, owner);
      expect(changes.map((change) => change.op)).toEqual(['put']);
    });
  });

  describe('events are append-only', () => {
    it('ignores an identical put and refuses a changed one with 409', async () => {
      const comment = event(member.member.id);
      await push(app, member, [put('events', comment)]);
      const { cursor } = await pullAll(app, owner);
      const reordered = Object.fromEntries(Object.entries(comment).reverse());
      const same = await push(app, otherMember, [put('events', reordered)]);
      expect(same.status).toBe(200);
      expect((await pullAll(app, owner, cursor)).changes).toEqual([]);
      const changed = await push(app, owner, [put('events', { ...comment, text: 'Anders.' })]);
      expect(changed.status).toBe(409);
      expect(changed.body.error).toMatchObject({ code: 'event-changed', index: 0 });
    });

    it('refuses deleting events to members and moderators, and lets owners', async () => {
      const comment = event(member.member.id);
      await push(app, member, [put('events', comment)]);
      for (const who of [member, moderator]) {
        const reply = await push(app, who, [remove('events', comment.id)], { firstId: 10 });
        expect(reply.status).toBe(403);
      }
      const byOwner = await push(app, owner, [remove('events', comment.id)]);
      expect(byOwner.status).toBe(200);
      const requeued = await push(app, member, [put('events', comment)], { firstId: 2 });
      expect(requeued.status).toBe(200);
      const { changes } = await pullAll(app, moderator);
      expect(changes.map(({ op, record }) => ({ op, record }))).toEqual([
        { op: 'delete', record: { id: comment.id } },
      ]);
    });
  });

  describe('deleting a signal everywhere', () => {
    it('removes the events about a signal with it, whoever may delete the signal', async () => {
      for (const deleter of [member, moderator, owner]) {
        const clipped = signal();
        const effort = initiative(otherMember.member.id);
        const about = [
          event(member.member.id, { signalId: clipped.id }),
          event(otherMember.member.id, {
            signalId: clipped.id,
            initiativeId: effort.id,
            kind: 'linked',
          }),
        ];
        const unrelated = [
          event(member.member.id, { signalId: signal().id }),
          event(otherMember.member.id, { initiativeId: effort.id, signalId: undefined }),
        ];
        await push(app, member, [put('signals', clipped)], { clientId: `${deleter.member.id}-1` });
        await push(
          app,
          otherMember,
          [put('initiatives', effort), ...[...about, ...unrelated].map((e) => put('events', e))],
          { clientId: deleter.member.id },
        );
        const { cursor } = await pullAll(app, otherMember);
        const deleted = await push(app, deleter, [remove('signals', clipped.id)], {
          clientId: `${deleter.member.id}-2`,
        });
        expect(deleted.status).toBe(200);
        const { changes } = await pullAll(app, otherMember, cursor);
        expect(changes.map(({ table, op, record }) => ({ table, op, id: record.id }))).toEqual(
          expect.arrayContaining([
            { table: 'signals', op: 'delete', id: clipped.id },
            ...about.map((e) => ({ table: 'events', op: 'delete', id: e.id })),
          ]),
        );
        expect(changes).toHaveLength(3);
      }
    });

    it('leaves the events alone when the deletion is refused', async () => {
      const clipped = signal();
      const comment = event(member.member.id, { signalId: clipped.id });
      await push(app, member, [put('signals', clipped), put('events', comment)]);
      const { cursor } = await pullAll(app, owner);
      const refused = await push(app, otherMember, [remove('signals', clipped.id)]);
      expect(refused.status).toBe(403);
      expect((await pullAll(app, owner, cursor)).changes).toEqual([]);
    });

    it('does not let a queued event about a deleted signal come back', async () => {
      const clipped = signal();
      await push(app, member, [put('signals', clipped)]);
      await push(app, moderator, [remove('signals', clipped.id)]);
      const { cursor } = await pullAll(app, owner);
      const late = event(otherMember.member.id, { signalId: clipped.id });
      const pushed = await push(app, otherMember, [put('events', late)]);
      expect(pushed.status).toBe(200);
      const inOnePush = signal();
      const sameBatch = event(member.member.id, { signalId: inOnePush.id });
      await push(
        app,
        member,
        [put('signals', inOnePush), remove('signals', inOnePush.id), put('events', sameBatch)],
        { firstId: 2 },
      );
      const { changes } = await pullAll(app, owner, cursor);
      expect(changes.map(({ table, op, record }) => ({ table, op, id: record.id }))).toEqual([
        { table: 'signals', op: 'delete', id: inOnePush.id },
      ]);
    });
  });

  describe('pseudonymous authors', () => {
    async function pseudonymise(handle: string) {
      const { body } = await call(app, 'GET', '/v1/workspace', { token: member.token });
      const key = Buffer.from(body.pseudonymKey, 'base64url');
      return `anon:${createHmac('sha256', key).update(handle).digest('base64url')}`;
    }
    const clippedBy = (source: Record<string, unknown>) =>
      signal({ source: { site: 'x', url: 'https://x.com/i/status/1', ...source } });

    it('refuses handles and names in a workspace that pseudonymises authors', async () => {
      const plain = clippedBy({ authorHandle: '@jan', authorName: 'Jan' });
      expect((await push(app, member, [put('signals', plain)])).status).toBe(200);
      await call(app, 'PATCH', '/v1/workspace', {
        token: owner.token,
        body: { settings: { pseudonymiseAuthors: true } },
      });
      const { cursor } = await pullAll(app, owner);
      const refused: Record<string, unknown>[] = [
        { authorHandle: '@jan' },
        { authorHandle: await pseudonymise('@jan'), authorName: 'Jan' },
        { authorHandle: `anon:${'x'.repeat(42)}` },
        { authorHandle: `anon:${'x'.repeat(42)}=` },
        { authorHandle: `ANON:${'x'.repeat(43)}` },
      ];
      for (const source of refused) {
        const reply = await push(
          app,
          member,
          [put('signals', signal()), put('signals', clippedBy(source))],
          {
            firstId: 2,
          },
        );
        expect(reply.status, JSON.stringify(source)).toBe(400);
        expect(reply.body.error).toMatchObject({ code: 'author-not-pseudonymous', index: 1 });
      }
      const changedByModerator = await push(app, moderator, [
        put('signals', { ...plain, triage: 'acknowledged' }),
      ]);
      expect(changedByModerator.status).toBe(400);
      expect((await pullAll(app, owner, cursor)).changes).toEqual([]);

      const pseudonymous = clippedBy({ authorHandle: await pseudonymise('@jan') });
      const accepted = await push(
        app,
        member,
        [put('signals', pseudonymous), put('signals', signal()), remove('signals', plain.id)],
        { firstId: 2 },
      );
      expect(accepted.status).toBe(200);
    });

    it('lets every member compute the same pseudonym for the same handle', async () => {
      await call(app, 'PATCH', '/v1/workspace', {
        token: owner.token,
        body: { settings: { pseudonymiseAuthors: true } },
      });
      const fromMember = await pseudonymise('@jan');
      const { body } = await call(app, 'GET', '/v1/workspace', { token: moderator.token });
      const key = Buffer.from(body.pseudonymKey, 'base64url');
      expect(`anon:${createHmac('sha256', key).update('@jan').digest('base64url')}`).toBe(
        fromMember,
      );
      expect(fromMember).not.toBe(await pseudonymise('@piet'));
    });
  });

  describe('retention', () => {
    const DAY_MS = 86_400_000;
    const daysAgo = (days: number) => new Date(clock.getTime() - days * DAY_MS).toISOString();

    async function keepFor(retentionDays: number | null) {
      const reply = await call(app, 'PATCH', '/v1/workspace', {
        token: owner.token,
        body: { settings: { retentionDays } },
      });
      expect(reply.status).toBe(200);
    }

    it('removes signals clipped longer ago than the workspace keeps them, with their events', async () => {
      const old = signal({ clippedAt: daysAgo(31) });
      const recent = signal({ clippedAt: daysAgo(29) });
      const oldEvent = event(member.member.id, { signalId: old.id });
      const recentEvent = event(member.member.id, { signalId: recent.id });
      const effort = initiative(member.member.id, { createdAt: daysAgo(400) });
      const residents = group();
      await push(app, member, [
        put('signals', old),
        put('signals', recent),
        put('events', oldEvent),
        put('events', recentEvent),
        put('initiatives', effort),
      ]);
      await push(app, member, [put('groups', residents)], { firstId: 6 });
      const outsider = await newWorkspace(app, 'Olga', 'Buurt Zuid');
      await push(app, outsider, [put('signals', old)]);
      const { cursor } = await pullAll(app, otherMember);
      await keepFor(30);
      expect(await runRetention(storage, owner.workspace.id, clock)).toEqual([old.id]);
      const { changes } = await pullAll(app, otherMember, cursor);
      expect(changes.map(({ table, op, record }) => ({ table, op, id: record.id }))).toEqual(
        expect.arrayContaining([
          { table: 'signals', op: 'delete', id: old.id },
          { table: 'events', op: 'delete', id: oldEvent.id },
        ]),
      );
      expect(changes).toHaveLength(2);
      expect((await pullAll(app, outsider)).changes.map((change) => change.op)).toEqual(['put']);
      expect(await runRetention(storage, owner.workspace.id, clock)).toEqual([]);
    });

    it('keeps everything when the workspace keeps signals forever', async () => {
      await push(app, member, [put('signals', signal({ clippedAt: daysAgo(5000) }))]);
      expect(await runRetention(storage, owner.workspace.id, clock)).toEqual([]);
      await keepFor(3650);
      await keepFor(null);
      expect(await runRetention(storage, owner.workspace.id, clock)).toEqual([]);
    });

    it('runs from pulls and pushes, at most once an hour', async () => {
      const first = signal({ clippedAt: daysAgo(10) });
      await push(app, member, [put('signals', first)]);
      await keepFor(7);
      const { cursor } = await pullAll(app, otherMember);
      const afterFirst = await pullAll(app, otherMember, cursor);
      expect(afterFirst.changes.map(({ op, record }) => [op, record.id])).toEqual([
        ['delete', first.id],
      ]);

      clock = new Date(clock.getTime() + 59 * 60_000);
      const second = signal({ clippedAt: daysAgo(10) });
      await push(app, member, [put('signals', second)], { firstId: 2 });
      // A pull runs retention after reading its page: the next one would show what it removed.
      await pullAll(app, otherMember, afterFirst.cursor);
      const withinTheHour = await pullAll(app, otherMember, afterFirst.cursor);
      expect(withinTheHour.changes.map(({ op, record }) => [op, record.id])).toEqual([
        ['put', second.id],
      ]);

      clock = new Date(clock.getTime() + 60_000);
      await push(app, moderator, []);
      const afterTheHour = await pullAll(app, otherMember, withinTheHour.cursor);
      expect(afterTheHour.changes.map(({ op, record }) => [op, record.id])).toEqual([
        ['delete', second.id],
      ]);
    });

    it('reads every clipping time the schema accepts', async () => {
      const unusual = [
        signal({ clippedAt: '0000-01-01T00:00:00Z' }),
        signal({ clippedAt: '2025-05-01T10:00:00.123456789+23:59' }),
        signal({ clippedAt: '9999-12-31T23:59:59-23:59' }),
      ];
      const pushed = await push(
        app,
        member,
        unusual.map((record) => put('signals', record)),
      );
      expect(pushed.status).toBe(200);
      await keepFor(30);
      expect((await runRetention(storage, owner.workspace.id, clock)).sort()).toEqual(
        [unusual[0]?.id, unusual[1]?.id].sort(),
      );
    });
  });

  describe('workspaces are apart', () => {
    it('keeps the same record ids in two workspaces as two records', async () => {
      const outsider = await newWorkspace(app, 'Olga', 'Buurt Zuid');
      const shared = signal();
      await push(app, member, [put('signals', shared)]);
      const ours = await pullAll(app, owner);

      const theirs = { ...shared, text: 'Een ander bericht met hetzelfde id.' };
      const theirPush = await push(app, outsider, [put('signals', theirs)]);
      expect(theirPush.status).toBe(200);
      const theirDelete = await push(app, outsider, [remove('signals', shared.id)], {
        firstId: 2,
      });
      expect(theirDelete.status).toBe(200);
      const fromTheirs = await pullAll(app, outsider);
      expect(fromTheirs.changes.map(({ op, record }) => ({ op, record }))).toEqual([
        { op: 'delete', record: { id: shared.id } },
      ]);

      expect((await pullAll(app, owner, ours.cursor)).changes).toEqual([]);
      expect((await pullAll(app, owner)).changes.map((change) => change.record)).toEqual([shared]);
      const byEveryCursor = await call(app, 'GET', '/v1/sync/pull?cursor=0&limit=1000', {
        token: outsider.token,
      });
      expect(byEveryCursor.body.changes.map((change: { op: string }) => change.op)).toEqual([
        'delete',
      ]);
    });

    it("does not let a workspace owner change another workspace's events", async () => {
      const outsider = await newWorkspace(app, 'Olga', 'Buurt Zuid');
      const comment = event(member.member.id);
      await push(app, member, [put('events', comment)]);
      const foreign = await push(app, outsider, [put('events', { ...comment, text: 'Anders.' })]);
      expect(foreign.status).toBe(200);
      const ours = await pullAll(app, owner);
      expect(ours.changes.map((change) => change.record)).toEqual([comment]);
    });
  });

  it.runIf(backend.name === 'postgres')(
    'leaves retention to the push that holds the lock, without making a pull wait',
    async () => {
      const clipped = signal({ clippedAt: '2025-01-01T00:00:00.000Z' });
      await push(app, member, [put('signals', clipped)]);
      await call(app, 'PATCH', '/v1/workspace', {
        token: owner.token,
        body: { settings: { retentionDays: 30 } },
      });
      let release: () => void = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      let lockHeld: () => void = () => {};
      const held = new Promise<void>((resolve) => {
        lockHeld = resolve;
      });
      const holder = storage.transaction(async (tx) => {
        await lockWorkspace(tx, owner.workspace.id);
        lockHeld();
        await released;
      });
      await held;
      const pulled = await pullAll(app, otherMember);
      expect(pulled.changes.map((change) => change.op)).toEqual(['put']);
      const [workspace] = await storage.query<{ checked: Date | null }>(
        'SELECT retention_checked_at AS checked FROM workspaces WHERE id = $1',
        [owner.workspace.id],
      );
      expect(workspace?.checked).toBeNull();
      release();
      await holder;
      await push(app, member, [], { firstId: 2 });
      const afterPush = await pullAll(app, otherMember, pulled.cursor);
      expect(afterPush.changes.map((change) => change.op)).toEqual(['delete']);
    },
  );

  it.runIf(backend.name === 'postgres')(
    'makes pushes of one workspace wait for each other, and not those of another',
    async () => {
      const outsider = await newWorkspace(app, 'Olga', 'Buurt Zuid');
      let release: () => void = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      let lockHeld: () => void = () => {};
      const held = new Promise<void>((resolve) => {
        lockHeld = resolve;
      });
      const holder = storage.transaction(async (tx) => {
        await lockWorkspace(tx, owner.workspace.id);
        lockHeld();
        await released;
      });
      await held;
      let waitingPushDone = false;
      const waiting = push(app, member, [put('signals', signal())]).then((reply) => {
        waitingPushDone = true;
        return reply;
      });
      for (;;) {
        const [row] = await storage.query<{ waiting: number }>(
          "SELECT count(*) AS waiting FROM pg_locks WHERE locktype = 'advisory' AND NOT granted",
        );
        if (row?.waiting === 1) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const elsewhere = await push(app, outsider, [put('signals', signal())]);
      expect(elsewhere.status).toBe(200);
      expect(waitingPushDone).toBe(false);
      release();
      await holder;
      expect((await waiting).status).toBe(200);
    },
  );
});
