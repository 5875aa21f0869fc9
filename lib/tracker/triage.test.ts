import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VliegwielDatabase } from '../db/database';
import { saveSignals } from '../db/store';
import { type fixedClock, signalRecord } from '../testing/factories';
import { signalTimeline } from './timeline';
import { alice, bob, expectRefused, openTracker, tableContents } from './tracker-fixture';
import { recategorise, relocate, setTriage } from './triage';

let db: VliegwielDatabase;
let clock: ReturnType<typeof fixedClock>;

beforeEach(() => {
  ({ db, clock } = openTracker());
});
afterEach(async () => {
  await db.delete();
});

async function storedSignal() {
  const signal = signalRecord(clock, { category: 'roads' });
  await saveSignals(db, [signal]);
  return signal;
}

describe('setTriage', () => {
  it('sets the state with a triaged event per signal, and keeps the index in step', async () => {
    const a = await storedSignal();
    const b = await storedSignal();
    await setTriage(db, clock, bob, [a.id, b.id], 'acknowledged');
    for (const signal of [a, b]) {
      expect((await db.signals.get(signal.id))?.triage).toBe('acknowledged');
      expect(await db.signalIndex.get(signal.id)).toMatchObject({ triage: 'acknowledged' });
      expect(await signalTimeline(db, signal.id)).toMatchObject([
        { kind: 'triaged', to: 'acknowledged', actorId: bob.id, signalId: signal.id },
      ]);
    }
  });

  it('assigns to the member named, or to the actor taking it on', async () => {
    const a = await storedSignal();
    const b = await storedSignal();
    await setTriage(db, clock, alice, [a.id], 'assigned', bob.id);
    await setTriage(db, clock, bob, [b.id], 'assigned');
    expect(await db.signals.get(a.id)).toMatchObject({ triage: 'assigned', assignedTo: bob.id });
    expect(await db.signals.get(b.id)).toMatchObject({ triage: 'assigned', assignedTo: bob.id });
    expect(await signalTimeline(db, a.id)).toMatchObject([
      { kind: 'triaged', to: 'assigned', assignedTo: bob.id, actorId: alice.id },
    ]);
  });

  it('reassigns, then clears the assignee when the state moves on', async () => {
    const a = await storedSignal();
    await setTriage(db, clock, alice, [a.id], 'assigned', alice.id);
    await setTriage(db, clock, alice, [a.id], 'assigned', bob.id);
    expect((await db.signals.get(a.id))?.assignedTo).toBe(bob.id);
    await setTriage(db, clock, bob, [a.id], 'done');
    const done = await db.signals.get(a.id);
    expect(done).toMatchObject({ triage: 'done' });
    expect(done).not.toHaveProperty('assignedTo');
    expect((await signalTimeline(db, a.id)).map((e) => e.kind === 'triaged' && e.to)).toEqual([
      'assigned',
      'assigned',
      'done',
    ]);
  });

  it('writes nothing for signals already in that state', async () => {
    const a = await storedSignal();
    const before = await tableContents(db);
    await setTriage(db, clock, bob, [a.id], 'new');
    expect(await tableContents(db)).toEqual(before);
  });

  it('refuses an unknown state, an assignee without assigning, and unknown signals', async () => {
    const a = await storedSignal();
    await expectRefused(
      db,
      () => setTriage(db, clock, bob, [a.id], 'closed' as 'done'),
      'invalid-input',
    );
    await expectRefused(
      db,
      () => setTriage(db, clock, bob, [a.id], 'acknowledged', alice.id),
      'invalid-input',
    );
    await expectRefused(
      db,
      () => setTriage(db, clock, bob, [a.id], 'assigned', ''),
      'invalid-input',
    );
    await expectRefused(
      db,
      () => setTriage(db, clock, bob, [a.id, clock.newId()], 'done'),
      'signal-not-found',
    );
  });
});

describe('recategorise', () => {
  it('corrects the category with a recategorised event, and the index follows', async () => {
    const a = await storedSignal();
    const b = await storedSignal();
    await recategorise(db, clock, bob, [a.id, b.id], 'green');
    for (const signal of [a, b]) {
      expect(await db.signals.get(signal.id)).toMatchObject({
        category: 'roads',
        correctedCategory: 'green',
      });
      expect(await db.signalIndex.get(signal.id)).toMatchObject({ category: 'green' });
      expect(await signalTimeline(db, signal.id)).toMatchObject([
        { kind: 'recategorised', to: 'green', actorId: bob.id },
      ]);
    }
  });

  it('writes nothing when the category already is that', async () => {
    const a = await storedSignal();
    const before = await tableContents(db);
    await recategorise(db, clock, bob, [a.id], 'roads');
    expect(await tableContents(db)).toEqual(before);
  });

  it('refuses an unknown category or signal', async () => {
    const a = await storedSignal();
    await expectRefused(
      db,
      () => recategorise(db, clock, bob, [a.id], 'weather' as 'green'),
      'invalid-input',
    );
    await expectRefused(
      db,
      () => recategorise(db, clock, bob, [clock.newId()], 'green'),
      'signal-not-found',
    );
  });
});

describe('relocate', () => {
  it('sets where signals are, with an edited event, and leaves unchanged ones alone', async () => {
    const { db: own, clock: ownClock } = openTracker();
    const first = signalRecord(ownClock);
    const second = signalRecord(ownClock, { correctedArea: { municipality: 'GM0893' } });
    await saveSignals(own, [first, second]);
    await relocate(own, ownClock, alice, [first.id, second.id], { municipality: 'GM0893' });
    expect((await own.signals.get(first.id))?.correctedArea).toEqual({ municipality: 'GM0893' });
    expect((await own.signalIndex.get(first.id))?.municipality).toBe('GM0893');
    const events = await own.events.toArray();
    expect(events).toEqual([
      expect.objectContaining({ signalId: first.id, kind: 'edited', fields: ['area'] }),
    ]);
    await expectRefused(
      own,
      () => relocate(own, ownClock, alice, [first.id], { municipality: 'Bergen' }),
      'invalid-input',
    );
    await own.delete();
  });
});
