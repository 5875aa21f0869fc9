import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VliegwielDatabase } from './database';
import { idOf, signal } from './inbox-fixture';
import { deleteSignals, saveSignals, signalTables } from './store';

let db: VliegwielDatabase;
beforeEach(() => {
  db = new VliegwielDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('signal writes', () => {
  it('keep the entry and the words beside each signal, and number each write with its ids', async () => {
    await saveSignals(db, [signal(1, { text: 'Kapotte lamp' }), signal(2)]);
    await db.transaction('rw', signalTables(db), async () => {
      await saveSignals(db, [signal(1, { text: 'Kapotte lamp', triage: 'done' })]);
      await deleteSignals(db, [idOf(2)]);
    });
    expect(await db.signalIndex.toCollection().primaryKeys()).toEqual([idOf(1)]);
    expect((await db.signalIndex.get(idOf(1)))?.words).toEqual(['kapotte', 'lamp']);
    expect(await db.signalChanges.toArray()).toEqual([
      { revision: 1, ids: [idOf(1), idOf(2)] },
      { revision: 2, ids: [idOf(1)] },
      { revision: 3, ids: [idOf(2)] },
    ]);
  });

  it('record no change when a refused write is rolled back', async () => {
    await saveSignals(db, [signal(1)]);
    const refused = db.transaction('rw', signalTables(db), async () => {
      await saveSignals(db, [signal(2)]);
      throw new Error('refused');
    });
    await expect(refused).rejects.toThrow('refused');
    await saveSignals(db, [signal(3)]);
    expect(await db.signalChanges.toCollection().primaryKeys()).toEqual([1, 2]);
  });

  it('keep the latest thousand changes', async () => {
    await db.signalChanges.bulkAdd(
      Array.from({ length: 1000 }, (_, i) => ({ revision: i + 1, ids: [idOf(i)] })),
    );
    await saveSignals(db, [signal(1)]);
    const revisions = await db.signalChanges.toCollection().primaryKeys();
    expect(revisions).toHaveLength(1000);
    expect([revisions[0], revisions.at(-1)]).toEqual([2, 1001]);
  });
});
