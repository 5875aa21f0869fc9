import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VliegwielDatabase } from '../db/database';
import { clipPost } from '../db/signals';
import { saveSignals, signalTables } from '../db/store';
import { importGroups } from '../groups/import';
import { registerGroup, removeGroup, updateGroup } from '../groups/registry';
import { signalRecord, xCapture } from '../testing/factories';
import { addComment } from '../tracker/activity';
import { deleteSignals, restoreSignals } from '../tracker/deletion';
import { TrackerError } from '../tracker/errors';
import { createInitiative, setInitiativeStatus } from '../tracker/initiatives';
import { alice, openTracker } from '../tracker/tracker-fixture';
import { setTriage } from '../tracker/triage';
import { leaveOutOfOutbox } from './outbox';
import { connectDirectly, queued } from './sync-fixture';

let db: VliegwielDatabase;
let clock: ReturnType<typeof openTracker>['clock'];
beforeEach(() => {
  ({ db, clock } = openTracker());
});
afterEach(async () => {
  await db.delete();
});

async function clip() {
  return clipPost(db, xCapture(), clock, {}, undefined, alice);
}

async function eventIds() {
  return (await db.events.toCollection().primaryKeys()).map((id) => `events/${id}`);
}

describe('the outbox', () => {
  it('queues nothing while no workspace is connected', async () => {
    const { signal } = await clip();
    await createInitiative(db, clock, alice, {
      title: 'Licht',
      category: 'roads',
      signalIds: [signal.id],
    });
    await registerGroup(db, clock, { name: 'Buurtvereniging Oost' });
    expect(await db.outbox.count()).toBe(0);
  });

  it('queues the records a clip writes, and none of the local-only tables', async () => {
    await connectDirectly(db);
    const { signal } = await clip();
    expect(await queued(db)).toEqual([`signals/${signal.id}`, ...(await eventIds())]);
  });

  it('queues nothing of a write that is rolled back or refused', async () => {
    await connectDirectly(db);
    const rolledBack = db.transaction('rw', signalTables(db), async () => {
      await saveSignals(db, [signalRecord(clock)]);
      throw new Error('refused');
    });
    await expect(rolledBack).rejects.toThrow('refused');
    const refused = createInitiative(db, clock, alice, {
      title: 'Licht',
      category: 'roads',
      signalIds: [clock.newId()],
    });
    await expect(refused).rejects.toBeInstanceOf(TrackerError);
    expect(await db.outbox.count()).toBe(0);
  });

  it('queues every record the tracker changes: initiatives, triage, comments, deletion and undo', async () => {
    const { signal } = await clip();
    const clipped = await eventIds();
    await connectDirectly(db);
    const initiative = await createInitiative(db, clock, alice, {
      title: 'Licht',
      category: 'roads',
      signalIds: [signal.id],
    });
    await setInitiativeStatus(db, clock, alice, initiative.id, 'gathering');
    await setTriage(db, clock, alice, [signal.id], 'acknowledged');
    await addComment(db, clock, alice, { signalId: signal.id, text: 'Gezien' });
    const touched = [`signals/${signal.id}`, `initiatives/${initiative.id}`];
    const added = (await eventIds()).filter((key) => !clipped.includes(key));
    expect(new Set(await queued(db))).toEqual(new Set([...touched, ...added]));

    await db.outbox.clear();
    const before = await eventIds();
    clock.advance(60_000);
    const deleted = await deleteSignals(db, clock, alice, [signal.id]);
    // The signal's own events go with it; the 'unlinked' event on the initiative is new.
    const gone = deleted.events.map((event) => `events/${event.id}`);
    const unlinked = deleted.unlinked.map((event) => `events/${event.id}`);
    expect(gone.length).toBeGreaterThan(0);
    expect(gone.every((key) => before.includes(key))).toBe(true);
    expect(new Set(await queued(db))).toEqual(new Set([...touched, ...gone, ...unlinked]));

    await db.outbox.clear();
    await restoreSignals(db, deleted);
    // The deletion went out (its entries are gone), taking the signal's own history with it for
    // good: the undo queues the signal and the removal of the 'unlinked' event.
    expect(await eventIds()).toEqual(expect.not.arrayContaining(gone));
    expect(new Set(await queued(db))).toEqual(new Set([...touched, ...unlinked]));
  });

  it('queues an undo not yet sent as the records it puts back, to be sent as they were', async () => {
    const { signal } = await clip();
    await connectDirectly(db);
    const before = await eventIds();
    const deleted = await deleteSignals(db, clock, alice, [signal.id]);
    await restoreSignals(db, deleted);
    expect(await eventIds()).toEqual(before);
    expect(new Set(await queued(db))).toEqual(new Set([`signals/${signal.id}`, ...before]));
  });

  it('queues groups registered, changed, removed and imported', async () => {
    await connectDirectly(db);
    const group = await registerGroup(db, clock, { name: 'Buurtvereniging Oost' });
    await updateGroup(db, group.id, { website: 'https://oost.example.nl' });
    await removeGroup(db, group.id);
    const imported = { id: clock.newId(), name: 'Bewoners West', area: {}, topics: [] };
    await importGroups(
      db,
      { accepted: [{ row: 2, group: imported }], rejected: [] },
      { onRejected: 'abort' },
    );
    expect(await queued(db)).toEqual([
      `groups/${group.id}`,
      `groups/${group.id}`,
      `groups/${group.id}`,
      `groups/${imported.id}`,
    ]);
  });

  it('queues only the items of a bulk write that succeeded', async () => {
    const existing = await registerGroup(db, clock, { name: 'Buurtvereniging Oost' });
    await connectDirectly(db);
    const added = { id: clock.newId(), name: 'Bewoners West', area: {}, topics: [] };
    await db.transaction('rw', db.groups, async () => {
      // The caller catches the failed item, so the transaction commits the other.
      await db.groups.bulkAdd([{ ...existing }, added]).catch(() => undefined);
    });
    expect(await queued(db)).toEqual([`groups/${added.id}`]);
  });

  it('queues every record a cleared table held', async () => {
    const first = await registerGroup(db, clock, { name: 'Buurtvereniging Oost' });
    const second = await registerGroup(db, clock, { name: 'Bewoners West' });
    await connectDirectly(db);
    await db.groups.clear();
    expect(new Set(await queued(db))).toEqual(
      new Set([`groups/${first.id}`, `groups/${second.id}`]),
    );
  });

  it('leaves out the writes of a transaction marked as not local, nested writes included', async () => {
    await connectDirectly(db);
    await db.transaction('rw', [...signalTables(db), db.initiatives], async (transaction) => {
      leaveOutOfOutbox(transaction);
      await saveSignals(db, [signalRecord(clock)]);
    });
    expect(await db.signals.count()).toBe(1);
    expect(await db.outbox.count()).toBe(0);
  });
});
