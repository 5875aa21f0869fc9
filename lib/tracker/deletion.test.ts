import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VliegwielDatabase } from '../db/database';
import { clipPost } from '../db/signals';
import { type fixedClock, xCapture } from '../testing/factories';
import { addComment } from './activity';
import { deleteSignals, restoreSignals } from './deletion';
import { createInitiative, mergeInitiatives } from './initiatives';
import { initiativeTimeline, signalTimeline } from './timeline';
import { alice, bob, expectRefused, openTracker, recordContents } from './tracker-fixture';
import { setTriage } from './triage';

let db: VliegwielDatabase;
let clock: ReturnType<typeof fixedClock>;

beforeEach(() => {
  ({ db, clock } = openTracker());
});
afterEach(async () => {
  await db.delete();
});

const HOUR = 60 * 60 * 1000;

async function clip(capture = xCapture()) {
  return (await clipPost(db, capture, clock, {}, undefined, alice)).signal;
}

/** A signal with a history of its own, in an initiative with a comment about it, and one alone. */
async function trackerWithHistory() {
  const linked = await clip();
  const alone = await clip();
  clock.advance(HOUR);
  const initiative = await createInitiative(db, clock, alice, {
    title: 'Lantaarnpaal',
    category: 'roads',
    signalIds: [linked.id],
  });
  clock.advance(HOUR);
  await setTriage(db, clock, bob, [linked.id, alone.id], 'acknowledged');
  await addComment(db, clock, bob, { signalId: linked.id, text: 'Gezien' });
  await addComment(db, clock, bob, {
    initiativeId: initiative.id,
    signalId: linked.id,
    text: 'Deze telt',
  });
  clock.advance(HOUR);
  return { linked, alone, initiative };
}

describe('deleteSignals', () => {
  it("removes the signals, their index entries and their own history, not the initiative's", async () => {
    const { linked, alone, initiative } = await trackerWithHistory();
    const deleted = await deleteSignals(db, clock, bob, [linked.id, alone.id]);

    expect(await db.signals.count()).toBe(0);
    expect(await db.signalIndex.count()).toBe(0);
    const remaining = await db.events.toArray();
    expect(remaining.every((event) => event.initiativeId === initiative.id)).toBe(true);
    expect(deleted.events.map((e) => e.kind).sort()).toEqual(
      ['clipped', 'clipped', 'comment', 'triaged', 'triaged'].sort(),
    );
    expect((await initiativeTimeline(db, initiative.id)).map((e) => e.kind)).toEqual([
      'created',
      'linked',
      'comment',
      'unlinked',
    ]);
    expect(deleted.unlinked).toMatchObject([
      { kind: 'unlinked', initiativeId: initiative.id, signalId: linked.id, actorId: bob.id },
    ]);
    expect((await db.initiatives.get(initiative.id))?.lastActivityAt).toBe(deleted.at);
  });

  it('refuses an unknown signal and deletes nothing', async () => {
    const { linked } = await trackerWithHistory();
    await expectRefused(
      db,
      () => deleteSignals(db, clock, bob, [linked.id, clock.newId()]),
      'signal-not-found',
    );
  });
});

describe('restoreSignals', () => {
  it('puts every table back exactly as it was before the deletion', async () => {
    const { linked, alone } = await trackerWithHistory();
    const before = await recordContents(db);
    const deleted = await deleteSignals(db, clock, bob, [linked.id, alone.id]);
    const restored = await restoreSignals(db, deleted);
    expect(restored.map((s) => s.id)).toEqual([linked.id, alone.id]);
    expect(await recordContents(db)).toEqual(before);
  });

  it('survives a trip through structured cloning, as an undo held elsewhere would', async () => {
    const { linked } = await trackerWithHistory();
    const before = await recordContents(db);
    const deleted = structuredClone(await deleteSignals(db, clock, bob, [linked.id]));
    await restoreSignals(db, deleted);
    expect(await recordContents(db)).toEqual(before);
  });

  it('keeps activity that happened on the initiative after the deletion', async () => {
    const { linked, initiative } = await trackerWithHistory();
    const deleted = await deleteSignals(db, clock, bob, [linked.id]);
    clock.advance(HOUR);
    const comment = await addComment(db, clock, alice, {
      initiativeId: initiative.id,
      text: 'Nog steeds',
    });
    await restoreSignals(db, deleted);
    expect((await db.initiatives.get(initiative.id))?.lastActivityAt).toBe(comment.at);
    expect((await initiativeTimeline(db, initiative.id)).map((e) => e.kind)).not.toContain(
      'unlinked',
    );
  });

  it('brings a signal back into the initiative its own was merged into', async () => {
    const { linked, initiative } = await trackerWithHistory();
    const deleted = await deleteSignals(db, clock, bob, [linked.id]);
    const into = await createInitiative(db, clock, alice, {
      title: 'Alle lampen',
      category: 'roads',
    });
    await mergeInitiatives(db, clock, alice, { from: initiative.id, into: into.id });
    await restoreSignals(db, deleted);
    expect(await db.signals.get(linked.id)).toMatchObject({ initiativeId: into.id });
    expect(await db.signalIndex.get(linked.id)).toMatchObject({ initiativeId: into.id });
    expect((await initiativeTimeline(db, into.id)).map((e) => e.kind)).not.toContain('unlinked');
  });

  it('leaves out a signal whose post was clipped again meanwhile, and keeps its unlinking', async () => {
    const capture = xCapture();
    const signal = await clip(capture);
    const initiative = await createInitiative(db, clock, alice, {
      title: 'Lantaarnpaal',
      category: 'roads',
      signalIds: [signal.id],
    });
    clock.advance(HOUR);
    const deleted = await deleteSignals(db, clock, bob, [signal.id]);
    const again = await clip(capture);
    expect(await restoreSignals(db, deleted)).toEqual([]);
    expect((await db.signals.toArray()).map((s) => s.id)).toEqual([again.id]);
    expect((await signalTimeline(db, signal.id)).map((e) => e.kind)).toEqual([
      'linked',
      'unlinked',
    ]);
    expect((await initiativeTimeline(db, initiative.id)).map((e) => e.kind)).toEqual([
      'created',
      'linked',
      'unlinked',
    ]);
  });

  it('does nothing when restored twice', async () => {
    const { linked } = await trackerWithHistory();
    const deleted = await deleteSignals(db, clock, bob, [linked.id]);
    await restoreSignals(db, deleted);
    const once = await recordContents(db);
    expect(await restoreSignals(db, deleted)).toEqual([]);
    expect(await recordContents(db)).toEqual(once);
  });
});
