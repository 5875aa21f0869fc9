import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VliegwielDatabase } from '../db/database';
import { saveSignals } from '../db/store';
import { initiativeRecord, signalRecord } from '../testing/factories';
import { alice, openTracker } from '../tracker/tracker-fixture';
import { setTriage } from '../tracker/triage';
import type { Change, PullPage } from './protocol';
import { pullChanges, UnreadableChangeError } from './pull';
import { CURRENT } from './state';
import { connectDirectly } from './sync-fixture';

let db: VliegwielDatabase;
let clock: ReturnType<typeof openTracker>['clock'];
beforeEach(() => {
  ({ db, clock } = openTracker());
});
afterEach(async () => {
  await db.delete();
});

/** A server that hands out `pages` in turn and notes the cursor each pull asked from. */
function pagedServer(...pages: PullPage[]) {
  const asked: number[] = [];
  return {
    asked,
    api: {
      pull: async (cursor: number) => {
        asked.push(cursor);
        const page = pages.shift();
        if (!page) throw new Error('pulled past the last page');
        return page;
      },
    },
  };
}

let seq = 0;
function put(table: Change['table'], record: { id: string } & Record<string, unknown>): Change {
  return { seq: ++seq, table, op: 'put', record };
}
function removal(table: Change['table'], id: string): Change {
  return { seq: ++seq, table, op: 'delete', record: { id } };
}
function page(changes: Change[], more = false): PullPage {
  return { cursor: changes.at(-1)?.seq ?? 0, changes, more };
}

const cursorOf = async () => (await db.syncConnection.get(CURRENT))?.cursor;

describe('pulling changes', () => {
  it('applies every page, each with the cursor moved past it, and queues none of it', async () => {
    const connection = await connectDirectly(db, { cursor: seq });
    const from = seq;
    const signal = signalRecord(clock);
    const initiative = initiativeRecord(clock);
    const first = page([put('signals', signal), put('initiatives', initiative)], true);
    const group = { id: clock.newId(), name: 'Buurtvereniging Oost', area: {}, topics: [] };
    const second = page([put('groups', group)]);
    const { asked, api } = pagedServer(first, second);

    expect(await pullChanges(db, api, connection)).toBe(3);
    expect(asked).toEqual([from, first.cursor]);
    expect(await cursorOf()).toBe(second.cursor);
    expect(await db.signals.get(signal.id)).toEqual(signal);
    expect(await db.signalIndex.get(signal.id)).toBeDefined();
    expect(await db.initiatives.get(initiative.id)).toEqual(initiative);
    expect(await db.groups.get(group.id)).toEqual(group);
    expect(await db.outbox.count()).toBe(0);
  });

  it('applies nothing of a page with a change it cannot read, and keeps the cursor', async () => {
    const connection = await connectDirectly(db, { cursor: seq });
    const signal = signalRecord(clock);
    const broken = { ...initiativeRecord(clock), status: 'unheard-of' };
    const { api } = pagedServer(page([put('signals', signal), put('initiatives', broken)]));
    await expect(pullChanges(db, api, connection)).rejects.toBeInstanceOf(UnreadableChangeError);
    expect(await db.signals.count()).toBe(0);
    expect(await cursorOf()).toBe(connection.cursor);
  });

  it('leaves a record with a queued change of its own as it is, and applies the rest', async () => {
    const signal = signalRecord(clock);
    await saveSignals(db, [signal]);
    const connection = await connectDirectly(db, { cursor: seq });
    await setTriage(db, clock, alice, [signal.id], 'done');
    const local = await db.signals.get(signal.id);
    const initiative = initiativeRecord(clock);
    const pulled = page([
      put('signals', { ...signal, triage: 'acknowledged' }),
      put('initiatives', initiative),
    ]);

    expect(await pullChanges(db, pagedServer(pulled).api, connection)).toBe(1);
    expect(await db.signals.get(signal.id)).toEqual(local);
    expect(await db.initiatives.get(initiative.id)).toEqual(initiative);
    expect(await cursorOf()).toBe(pulled.cursor);
  });

  it('deletes what the server deleted, with its index and words, and notes only what was here', async () => {
    const signal = signalRecord(clock);
    await saveSignals(db, [signal]);
    const revisions = await db.signalChanges.count();
    const connection = await connectDirectly(db, { cursor: seq });
    const pulled = page([removal('signals', signal.id), removal('signals', clock.newId())]);

    expect(await pullChanges(db, pagedServer(pulled).api, connection)).toBe(1);
    expect(await db.signals.count()).toBe(0);
    expect(await db.signalIndex.count()).toBe(0);
    const changes = await db.signalChanges.toArray();
    expect(changes).toHaveLength(revisions + 1);
    expect(changes.at(-1)?.ids).toEqual([signal.id]);
  });

  it('does not write a record again that is already as pulled, whatever the order of its keys', async () => {
    const signal = signalRecord(clock);
    await saveSignals(db, [signal]);
    const revisions = await db.signalChanges.count();
    const connection = await connectDirectly(db, { cursor: seq });
    const reordered = Object.fromEntries(Object.entries(signal).reverse()) as typeof signal;

    expect(
      await pullChanges(db, pagedServer(page([put('signals', reordered)])).api, connection),
    ).toBe(0);
    expect(await db.signalChanges.count()).toBe(revisions);
  });

  it('applies nothing when another sync of this browser moved the cursor meanwhile', async () => {
    const connection = await connectDirectly(db, { cursor: seq });
    const signal = signalRecord(clock);
    const pulled = page([put('signals', signal)]);
    const api = {
      pull: async () => {
        await db.syncConnection.update(CURRENT, { cursor: pulled.cursor });
        return pulled;
      },
    };
    expect(await pullChanges(db, api, connection)).toBe(0);
    expect(await db.signals.count()).toBe(0);
  });
});
