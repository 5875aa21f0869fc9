import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VliegwielDatabase } from '../db/database';
import { clipPost } from '../db/signals';
import { registerGroup, updateGroup } from '../groups/registry';
import { xCapture } from '../testing/factories';
import { deleteSignals } from '../tracker/deletion';
import { alice, openTracker } from '../tracker/tracker-fixture';
import type { Mutation } from './protocol';
import { pushOutbox } from './push';
import { ServerError } from './server-api';
import type { SyncConnection } from './state';
import { connectDirectly, queued } from './sync-fixture';

let db: VliegwielDatabase;
let clock: ReturnType<typeof openTracker>['clock'];
let connection: SyncConnection;
beforeEach(async () => {
  ({ db, clock } = openTracker());
  connection = await connectDirectly(db);
});
afterEach(async () => {
  await db.delete();
});

type Answer = (mutations: readonly Mutation[]) => number;

const acknowledgeAll: Answer = (sent) => sent.at(-1)?.id ?? 0;

/** A server that answers each push with the next of `answers`, then acknowledges everything. */
function scriptedServer(...answers: Answer[]) {
  const pushes: Mutation[][] = [];
  const api = {
    push: async (clientId: string, mutations: readonly Mutation[]) => {
      expect(clientId).toBe(connection.clientId);
      pushes.push([...mutations]);
      const answer = answers.shift() ?? acknowledgeAll;
      return answer(mutations);
    },
  };
  return { pushes, deps: { db, api, now: clock.now } };
}

const refusal = (kind: ServerError['kind'], index?: number) => () => {
  throw new ServerError(kind, `refused: ${kind}`, index === undefined ? {} : { index });
};

async function clip(text = 'De lantaarnpaal is kapot.') {
  return (await clipPost(db, xCapture({ text }), clock, {}, undefined, alice)).signal;
}

describe('pushing the outbox', () => {
  it('sends each changed record as it is now, with increasing ids, and removes what was acknowledged', async () => {
    const signal = await clip();
    const group = await registerGroup(db, clock, { name: 'Buurtvereniging Oost' });
    await updateGroup(db, group.id, { website: 'https://oost.example.nl' });
    const { pushes, deps } = scriptedServer();
    expect(await pushOutbox(deps, connection)).toEqual({ pushed: 3 });
    const [sent] = pushes;
    const ids = sent?.map((mutation) => mutation.id) ?? [];
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(ids.length);
    // The group changed twice: it travels once, as it is now, under its latest id.
    expect(sent?.map((mutation) => `${mutation.op} ${mutation.table}`)).toEqual([
      'put signals',
      'put events',
      'put groups',
    ]);
    expect(sent?.[0]?.record).toEqual(signal);
    expect(sent?.[2]?.record).toEqual(await db.groups.get(group.id));
    expect(await db.outbox.count()).toBe(0);
  });

  it('keeps what the server did not acknowledge, and sends it again next time', async () => {
    await clip();
    const { pushes, deps } = scriptedServer((sent) => sent[0]?.id ?? 0, refusal('unreachable'));
    await expect(pushOutbox(deps, connection)).rejects.toMatchObject({ kind: 'unreachable' });
    expect(await db.outbox.count()).toBe(1);
    await pushOutbox(deps, connection);
    expect(pushes.map((push) => push.length)).toEqual([2, 1, 1]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('stops at a refused token or a rate limit, keeping the whole queue', async () => {
    await clip();
    for (const kind of ['unauthorised', 'rate-limited', 'server'] as const) {
      const { deps } = scriptedServer(refusal(kind));
      await expect(pushOutbox(deps, connection)).rejects.toMatchObject({ kind });
      expect(await db.outbox.count()).toBe(2);
    }
  });

  it('sends what comes before a change the server cannot read, then holds that change and all after it', async () => {
    const first = await clip('Eerste');
    const bad = await clip('Tweede');
    const last = await clip('Derde');
    const badId = (await db.outbox.filter((entry) => entry.key === bad.id).first())?.id;
    const { pushes, deps } = scriptedServer(
      refusal('invalid', 2),
      acknowledgeAll,
      refusal('invalid', 0),
    );
    const outcome = await pushOutbox(deps, connection);
    expect(outcome.blocked).toMatchObject({
      kind: 'refused-change',
      table: 'signals',
      key: bad.id,
      outboxId: badId,
    });
    const signalsIn = (push: Mutation[] | undefined) =>
      push
        ?.filter((mutation) => mutation.table === 'signals')
        .map((mutation) => mutation.record.id);
    expect(signalsIn(pushes[0])).toEqual([first.id, bad.id, last.id]);
    expect(signalsIn(pushes[1])).toEqual([first.id]);
    expect(signalsIn(pushes[2])).toEqual([bad.id, last.id]);
    expect((await queued(db)).filter((entry) => entry.startsWith('signals/'))).toEqual([
      `signals/${bad.id}`,
      `signals/${last.id}`,
    ]);
    expect(await db.refusedChanges.count()).toBe(0);
  });

  it('puts aside a change the workspace forbids, and sends the others', async () => {
    const forbidden = await clip('Eerste');
    const allowed = await clip('Tweede');
    const { pushes, deps } = scriptedServer(refusal('forbidden', 0));
    expect(await pushOutbox(deps, connection)).toEqual({ pushed: 3 });
    expect(pushes[1]?.map((mutation) => mutation.record.id)).not.toContain(forbidden.id);
    expect(pushes[1]?.map((mutation) => mutation.record.id)).toContain(allowed.id);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.refusedChanges.toArray()).toEqual([
      expect.objectContaining({ table: 'signals', key: forbidden.id, reason: 'forbidden' }),
    ]);
  });

  it('halves a push the server finds too large, and puts aside a single record that is', async () => {
    for (let i = 0; i < 3; i++) await clip(`Melding ${i}`);
    const { pushes, deps } = scriptedServer(refusal('too-large'), refusal('too-large'));
    expect(await pushOutbox(deps, connection)).toEqual({ pushed: 6 });
    expect(pushes.map((push) => push.length)).toEqual([6, 3, 2, 4]);

    await clip('Heel lang');
    const single = scriptedServer(refusal('too-large'), refusal('too-large'), refusal('too-large'));
    await pushOutbox(single.deps, connection);
    expect(single.pushes.map((push) => push.length)).toEqual([2, 1, 1]);
    expect(await db.refusedChanges.count()).toBe(2);
    expect(await db.outbox.count()).toBe(0);
  });

  it('sends the deletion of events only for an owner: events are append-only for everyone else', async () => {
    const signal = await clip();
    await db.outbox.clear();
    await deleteSignals(db, clock, alice, [signal.id]);
    const deletions = await db.outbox.toArray();
    const asMember = scriptedServer();
    await pushOutbox(asMember.deps, {
      ...connection,
      member: { ...connection.member, role: 'member' },
    });
    const sent = (push: Mutation[][]) =>
      push.flat().map((mutation) => `${mutation.op} ${mutation.table}`);
    expect(sent(asMember.pushes)).toEqual(['delete signals']);
    expect(await db.outbox.count()).toBe(0);

    await db.outbox.bulkAdd(deletions.map(({ table, key }) => ({ table, key })));
    const asOwner = scriptedServer();
    await pushOutbox(asOwner.deps, connection);
    expect(sent(asOwner.pushes)).toEqual(['delete signals', 'delete events']);
  });
});
