import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Signal } from '../schema/records';
import { VliegwielDatabase } from './database';
import { eraseLocalData } from './erase';
import type { InboxFilter } from './inbox';
import { describeInboxAnswers, expectedIds, idOf, manySignals, signal } from './inbox-fixture';
import { type InboxCheckpoint, InboxSnapshot, pageInboxSnapshot } from './inbox-snapshot';
import { deleteSignals, saveSignals, signalTables } from './store';

const snapshots: InboxSnapshot[] = [];
afterEach(() => {
  for (const snapshot of snapshots.splice(0)) snapshot.close();
});

async function openSnapshot(db: VliegwielDatabase) {
  const snapshot = await InboxSnapshot.open(db);
  snapshots.push(snapshot);
  return snapshot;
}

describe('InboxSnapshot', () => {
  describeInboxAnswers(async (db) => {
    const snapshot = await openSnapshot(db);
    return async (filter, sort) => snapshot.query(filter, sort);
  });
});

describe('InboxSnapshot following the database', () => {
  let name: string;
  let db: VliegwielDatabase;
  /** Another connection to the same database, as the background or the popup has. */
  let elsewhere: VliegwielDatabase;
  beforeEach(() => {
    name = `test-${crypto.randomUUID()}`;
    db = new VliegwielDatabase(name);
    elsewhere = new VliegwielDatabase(name);
  });
  afterEach(async () => {
    elsewhere.close();
    await db.delete();
  });

  const write = (work: () => Promise<unknown>) =>
    elsewhere.transaction('rw', signalTables(elsewhere), work);

  it('takes in signals saved, changed and deleted through another connection', async () => {
    await saveSignals(db, [signal(1), signal(2, { category: 'roads' })]);
    const snapshot = await openSnapshot(db);
    const ids = async (filter: InboxFilter) => snapshot.query(filter, 'oldest').ids;
    expect(await ids({})).toEqual([idOf(1), idOf(2)]);

    await write(() => saveSignals(elsewhere, [signal(3, { category: 'roads' })]));
    await expect.poll(() => ids({ categories: ['roads'] })).toEqual([idOf(2), idOf(3)]);

    // Triaged, and its category corrected: found under the new values only.
    await write(() =>
      saveSignals(elsewhere, [
        signal(2, { category: 'roads', correctedCategory: 'green', triage: 'done' }),
      ]),
    );
    await expect.poll(() => ids({ categories: ['green'] })).toEqual([idOf(2)]);
    expect(await ids({ categories: ['roads'] })).toEqual([idOf(3)]);
    expect(await ids({ triage: ['done'] })).toEqual([idOf(2)]);

    await write(() => deleteSignals(elsewhere, [idOf(1), idOf(3)]));
    await expect.poll(() => ids({})).toEqual([idOf(2)]);
    expect(snapshot.size).toBe(1);

    // Restored as it was: back in its place in time.
    await write(() => saveSignals(elsewhere, [signal(1), signal(3, { category: 'roads' })]));
    await expect.poll(() => ids({})).toEqual([idOf(1), idOf(2), idOf(3)]);
    expect(await ids({ categories: ['roads'] })).toEqual([idOf(3)]);
  });

  it('tells its subscribers after it took a change in', async () => {
    const snapshot = await openSnapshot(db);
    const told = new Promise<number>((resolve) => snapshot.subscribe(() => resolve(snapshot.size)));
    await write(() => saveSignals(elsewhere, [signal(1)]));
    expect(await told).toBe(1);
  });

  it('finds search words of a signal as soon as it is in the snapshot', async () => {
    const snapshot = await openSnapshot(db);
    await write(() => saveSignals(elsewhere, [signal(1, { text: 'Losliggende stoeptegels' })]));
    await expect
      .poll(async () => snapshot.query({ search: 'stoep' }, 'newest').ids)
      .toEqual([idOf(1)]);
  });

  it('reloads everything when it finds changes it missed', async () => {
    await saveSignals(db, [signal(1)]);
    const snapshot = await openSnapshot(db);
    const revision = (await db.signalChanges.orderBy('revision').lastKey()) as number;
    // As if it fell behind further than the kept changes: the change after its own is gone.
    await write(async () => {
      await saveSignals(elsewhere, [signal(2)]);
      await saveSignals(elsewhere, [signal(3)]);
      await elsewhere.signalChanges.delete(revision + 1);
    });
    await expect.poll(async () => snapshot.query({}, 'oldest').ids).toEqual([1, 2, 3].map(idOf));
  });

  it('empties when all local data is deleted elsewhere, and follows the writes after it', async () => {
    await saveSignals(db, [signal(1), signal(2)]);
    const snapshot = await openSnapshot(db);
    await eraseLocalData(elsewhere, { clear: async () => {} });
    await expect.poll(() => snapshot.size).toBe(0);
    await write(() => saveSignals(elsewhere, [signal(3)]));
    await expect.poll(async () => snapshot.query({}, 'oldest').ids).toEqual([idOf(3)]);
  });

  it('stays equal to the signals through many writes, each numbered one after the other', async () => {
    const all = manySignals(300);
    await saveSignals(db, all.slice(0, 100));
    const snapshot = await openSnapshot(db);
    const current = new Map<string, Signal>(all.slice(0, 100).map((s) => [s.id, s]));
    const writes = 20;
    for (let step = 0; step < writes; step++) {
      const added = all.slice(100 + step * 10, 110 + step * 10);
      const gone = [...current.keys()].filter((_, i) => i % 17 === step % 17);
      const changed = [...current.values()]
        .filter((_, i) => i % 13 === step % 13)
        .map((s) => ({ ...s, triage: 'done' as const, initiativeId: undefined }));
      await write(async () => {
        await saveSignals(elsewhere, [...added, ...changed]);
        await deleteSignals(elsewhere, gone);
      });
      for (const s of [...added, ...changed]) current.set(s.id, s);
      for (const id of gone) current.delete(id);
    }
    const revisions = await db.signalChanges.orderBy('revision').primaryKeys();
    expect(revisions.at(-1)).toBe(1 + writes * 2);
    const signals = [...current.values()];
    for (const filter of [
      {},
      { triage: ['done'] },
      { linked: 'unlinked' },
      { search: 'lamp', categories: ['roads', 'housing'] },
    ] satisfies InboxFilter[]) {
      await expect
        .poll(() => snapshot.query(filter, 'newest'))
        .toEqual({
          ids: expectedIds(signals, filter, 'newest'),
          total: expectedIds(signals, filter, 'newest').length,
        });
    }
  });

  it('opens from the latest checkpoint and catches up with the changes since', async () => {
    await saveSignals(db, [signal(1, { text: 'Kapotte lamp' }), signal(2), signal(4)]);
    const first = await openSnapshot(db);
    await first.saveCheckpoint();
    first.close();
    await write(async () => {
      await saveSignals(elsewhere, [signal(3, { text: 'Lamp Biltstraat' })]);
      await saveSignals(elsewhere, [signal(1, { text: 'Kapotte lamp', triage: 'done' })]);
      await deleteSignals(elsewhere, [idOf(2)]);
    });
    // Changed behind every record of a change: only a snapshot that read every entry has it.
    await db.signalIndex.update(idOf(4), { category: 'unrecorded' });
    const second = await openSnapshot(db);
    expect(second.query({ search: 'lamp' }, 'oldest').ids).toEqual([idOf(1), idOf(3)]);
    expect(second.query({ triage: ['done'] }, 'oldest').ids).toEqual([idOf(1)]);
    expect(second.query({ categories: ['unrecorded'] }, 'oldest').ids).toEqual([]);
    await second.saveCheckpoint();
    expect(await db.inboxCheckpoints.toCollection().primaryKeys()).toEqual([
      (await db.signalChanges.orderBy('revision').lastKey()) as number,
    ]);
  });

  it('reads everything when its checkpoint is older than the kept changes', async () => {
    await saveSignals(db, [signal(1)]);
    const first = await openSnapshot(db);
    await first.saveCheckpoint();
    first.close();
    const revision = (await db.signalChanges.orderBy('revision').lastKey()) as number;
    await write(async () => {
      await saveSignals(elsewhere, [signal(2)]);
      await saveSignals(elsewhere, [signal(3)]);
      await elsewhere.signalChanges.delete(revision + 1);
    });
    const second = await openSnapshot(db);
    expect(second.query({}, 'oldest').ids).toEqual([1, 2, 3].map(idOf));
  });

  it('does not read a checkpoint of another layout', async () => {
    await saveSignals(db, [signal(1)]);
    const first = await openSnapshot(db);
    await first.saveCheckpoint();
    first.close();
    const [saved] = await db.inboxCheckpoints.toArray();
    await db.inboxCheckpoints.put({ ...(saved as InboxCheckpoint), layout: 0, ids: 'unknown' });
    const second = await openSnapshot(db);
    expect(second.query({}, 'oldest').ids).toEqual([idOf(1)]);
  });

  it('keeps one snapshot for a page, and opens another once the database went away', async () => {
    const first = await pageInboxSnapshot(db);
    snapshots.push(first);
    expect(await pageInboxSnapshot(db)).toBe(first);
    first.close();
    const second = await pageInboxSnapshot(db);
    snapshots.push(second);
    expect(second).not.toBe(first);
  });
});
