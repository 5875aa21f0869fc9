import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VliegwielDatabase } from '../db/database';
import { clipPost } from '../db/signals';
import { saveSignals } from '../db/store';
import { type fixedClock, signalRecord, xCapture } from '../testing/factories';
import {
  createInitiative,
  initiativeSignals,
  linkSignals,
  listInitiatives,
  mergeInitiatives,
  setInitiativeStatus,
  unlinkSignals,
  updateInitiative,
} from './initiatives';
import { initiativeTimeline, signalTimeline } from './timeline';
import { alice, bob, expectRefused, openTracker, tableContents } from './tracker-fixture';

let db: VliegwielDatabase;
let clock: ReturnType<typeof fixedClock>;

beforeEach(() => {
  ({ db, clock } = openTracker());
});
afterEach(async () => {
  await db.delete();
});

const HOUR = 60 * 60 * 1000;

async function clip(text?: string) {
  const capture = text === undefined ? xCapture() : xCapture({ text });
  return (await clipPost(db, capture, clock, {}, undefined, alice)).signal;
}

function start(title = 'Kapotte lantaarnpaal Biltstraat', signalIds: string[] = []) {
  return createInitiative(db, clock, alice, { title, category: 'roads', signalIds });
}

describe('createInitiative', () => {
  it('stores the initiative, owned by the actor, with a created event', async () => {
    const initiative = await createInitiative(db, clock, alice, {
      title: '  Ratten bij de school ',
      description: 'Al maanden',
      category: 'animals',
      area: { municipality: 'GM0344', place: 'Utrecht' },
    });
    expect(initiative).toMatchObject({
      title: 'Ratten bij de school',
      description: 'Al maanden',
      category: 'animals',
      area: { municipality: 'GM0344', place: 'Utrecht' },
      status: 'idea',
      ownerId: alice.id,
      createdAt: '2026-11-27T10:00:00.000Z',
      lastActivityAt: '2026-11-27T10:00:00.000Z',
    });
    expect(await db.initiatives.get(initiative.id)).toEqual(initiative);
    expect(await initiativeTimeline(db, initiative.id)).toMatchObject([
      {
        kind: 'created',
        initiativeId: initiative.id,
        actorId: alice.id,
        actorName: 'Alice',
        at: '2026-11-27T10:00:00.000Z',
      },
    ]);
  });

  it('links the signals it starts with, each with a linked event on both', async () => {
    const first = await clip();
    const second = await clip();
    clock.advance(HOUR);
    const initiative = await start(undefined, [first.id, second.id]);
    expect((await initiativeSignals(db, initiative.id)).map((s) => s.id).sort()).toEqual(
      [first.id, second.id].sort(),
    );
    expect(await db.signalIndex.get(first.id)).toMatchObject({ initiativeId: initiative.id });
    const linked = (await initiativeTimeline(db, initiative.id)).filter((e) => e.kind === 'linked');
    expect(linked.map((e) => e.signalId).sort()).toEqual([first.id, second.id].sort());
    expect((await signalTimeline(db, first.id)).map((e) => e.kind)).toEqual(['clipped', 'linked']);
  });

  it('takes a signal out of the initiative it was in, with an unlinked event there', async () => {
    const signal = await clip();
    const old = await start('Eerste', [signal.id]);
    clock.advance(HOUR);
    const fresh = await start('Tweede', [signal.id]);
    expect((await db.signals.get(signal.id))?.initiativeId).toBe(fresh.id);
    expect((await initiativeTimeline(db, old.id)).map((e) => e.kind)).toEqual([
      'created',
      'linked',
      'unlinked',
    ]);
    expect((await db.initiatives.get(old.id))?.lastActivityAt).toBe(fresh.createdAt);
    expect((await signalTimeline(db, signal.id)).map((e) => [e.kind, e.initiativeId])).toEqual([
      ['clipped', undefined],
      ['linked', old.id],
      ['unlinked', old.id],
      ['linked', fresh.id],
    ]);
  });

  it.each([
    ['an empty title', { title: '   ', category: 'roads' }],
    ['an unknown category', { title: 'Iets', category: 'weather' }],
    ['a bad municipality', { title: 'Iets', category: 'roads', area: { municipality: 'Utrecht' } }],
    ['an unknown status', { title: 'Iets', category: 'roads', status: 'done' }],
  ])('refuses %s and writes nothing', async (_name, input) => {
    await clip();
    await expectRefused(
      db,
      () => createInitiative(db, clock, alice, input as Parameters<typeof createInitiative>[3]),
      'invalid-input',
    );
  });

  it('refuses an unknown signal and writes nothing, not even the initiative', async () => {
    const signal = await clip();
    await expectRefused(
      db,
      () => start(undefined, [signal.id, '00000000-0000-4000-8000-999999999999']),
      'signal-not-found',
    );
  });
});

describe('updateInitiative', () => {
  it('changes fields with an edited event naming the fields that changed', async () => {
    const initiative = await start();
    clock.advance(HOUR);
    const updated = await updateInitiative(db, clock, bob, initiative.id, {
      title: 'Lantaarnpalen Biltstraat',
      description: initiative.description,
      area: { municipality: 'GM0344', neighbourhood: 'Oost' },
      ownerId: bob.id,
    });
    expect(updated).toMatchObject({
      title: 'Lantaarnpalen Biltstraat',
      area: { municipality: 'GM0344', neighbourhood: 'Oost' },
      ownerId: bob.id,
      lastActivityAt: '2026-11-27T11:00:00.000Z',
    });
    expect(await db.initiatives.get(initiative.id)).toEqual(updated);
    const events = await initiativeTimeline(db, initiative.id);
    expect(events.at(-1)).toMatchObject({
      kind: 'edited',
      fields: ['title', 'area', 'ownerId'],
      actorId: bob.id,
      at: '2026-11-27T11:00:00.000Z',
    });
  });

  it('writes nothing when nothing changes', async () => {
    const initiative = await start();
    clock.advance(HOUR);
    const before = await tableContents(db);
    const same = await updateInitiative(db, clock, bob, initiative.id, {
      title: initiative.title,
      category: undefined,
    });
    expect(same).toEqual(initiative);
    expect(await tableContents(db)).toEqual(before);
  });

  it('refuses an empty title, an unknown or a merged initiative', async () => {
    const initiative = await start();
    const other = await start('Andere');
    await mergeInitiatives(db, clock, alice, { from: other.id, into: initiative.id });
    await expectRefused(
      db,
      () => updateInitiative(db, clock, bob, initiative.id, { title: ' ' }),
      'invalid-input',
    );
    await expectRefused(
      db,
      () => updateInitiative(db, clock, bob, clock.newId(), { title: 'Nieuw' }),
      'initiative-not-found',
    );
    await expectRefused(
      db,
      () => updateInitiative(db, clock, bob, other.id, { title: 'Nieuw' }),
      'initiative-merged',
    );
  });
});

describe('setInitiativeStatus', () => {
  it('records the change from one status to another', async () => {
    const initiative = await start();
    clock.advance(HOUR);
    const raised = await setInitiativeStatus(db, clock, bob, initiative.id, 'raised');
    expect(raised).toMatchObject({ status: 'raised', lastActivityAt: '2026-11-27T11:00:00.000Z' });
    expect((await initiativeTimeline(db, initiative.id)).at(-1)).toMatchObject({
      kind: 'status-changed',
      from: 'idea',
      to: 'raised',
      actorId: bob.id,
    });
  });

  it('writes nothing when the status stays the same', async () => {
    const initiative = await start();
    const before = await tableContents(db);
    expect(await setInitiativeStatus(db, clock, bob, initiative.id, 'idea')).toEqual(initiative);
    expect(await tableContents(db)).toEqual(before);
  });

  it('refuses an unknown status or initiative', async () => {
    const initiative = await start();
    await expectRefused(
      db,
      () => setInitiativeStatus(db, clock, bob, initiative.id, 'finished' as 'idea'),
      'invalid-input',
    );
    await expectRefused(
      db,
      () => setInitiativeStatus(db, clock, bob, clock.newId(), 'raised'),
      'initiative-not-found',
    );
  });
});

describe('linkSignals and unlinkSignals', () => {
  it('links signals, leaves an already linked one alone and touches every initiative involved', async () => {
    const [a, b, c] = [await clip(), await clip(), await clip()];
    const first = await start('Eerste', [a.id]);
    const second = await start('Tweede', [b.id]);
    clock.advance(HOUR);
    await linkSignals(db, clock, bob, second.id, [a.id, b.id, c.id, c.id]);
    expect((await initiativeSignals(db, second.id)).map((s) => s.id).sort()).toEqual(
      [a.id, b.id, c.id].sort(),
    );
    const secondEvents = (await initiativeTimeline(db, second.id)).filter(
      (e) => e.kind === 'linked' && e.actorId === bob.id,
    );
    expect(secondEvents.map((e) => e.signalId).sort()).toEqual([a.id, c.id].sort());
    expect((await initiativeTimeline(db, first.id)).at(-1)).toMatchObject({
      kind: 'unlinked',
      signalId: a.id,
      actorId: bob.id,
    });
    for (const id of [first.id, second.id]) {
      expect((await db.initiatives.get(id))?.lastActivityAt).toBe('2026-11-27T11:00:00.000Z');
    }
  });

  it('unlinks signals with an unlinked event and leaves unlinked signals alone', async () => {
    const [a, b] = [await clip(), await clip()];
    const initiative = await start(undefined, [a.id]);
    clock.advance(HOUR);
    await unlinkSignals(db, clock, bob, [a.id, b.id]);
    expect(await initiativeSignals(db, initiative.id)).toEqual([]);
    expect((await db.signals.get(a.id))?.initiativeId).toBeUndefined();
    expect(await db.signalIndex.get(a.id)).toMatchObject({ initiativeId: '' });
    expect((await signalTimeline(db, a.id)).map((e) => e.kind)).toEqual([
      'clipped',
      'linked',
      'unlinked',
    ]);
    expect((await signalTimeline(db, b.id)).map((e) => e.kind)).toEqual(['clipped']);
    expect((await db.initiatives.get(initiative.id))?.lastActivityAt).toBe(
      '2026-11-27T11:00:00.000Z',
    );
  });

  it('refuses to link into a merged or unknown initiative, or an unknown signal', async () => {
    const signal = await clip();
    const into = await start();
    const merged = await start('Dubbel');
    await mergeInitiatives(db, clock, alice, { from: merged.id, into: into.id });
    await expectRefused(
      db,
      () => linkSignals(db, clock, bob, merged.id, [signal.id]),
      'initiative-merged',
    );
    await expectRefused(
      db,
      () => linkSignals(db, clock, bob, clock.newId(), [signal.id]),
      'initiative-not-found',
    );
    await expectRefused(
      db,
      () => linkSignals(db, clock, bob, into.id, [signal.id, clock.newId()]),
      'signal-not-found',
    );
    await expectRefused(
      db,
      () => unlinkSignals(db, clock, bob, [clock.newId()]),
      'signal-not-found',
    );
  });
});

describe('mergeInitiatives', () => {
  it('moves the signals, hides the merged initiative and reads both timelines as one', async () => {
    const [a, b] = [await clip(), await clip()];
    const into = await start('Lantaarnpalen Biltstraat', [a.id]);
    clock.advance(HOUR);
    const from = await createInitiative(db, clock, bob, {
      title: 'Donkere Biltstraat',
      category: 'roads',
      signalIds: [b.id],
    });
    clock.advance(HOUR);
    const merged = await mergeInitiatives(db, clock, alice, { from: from.id, into: into.id });

    expect(merged).toMatchObject({ id: into.id, lastActivityAt: '2026-11-27T12:00:00.000Z' });
    expect(await db.initiatives.get(from.id)).toMatchObject({ mergedInto: into.id });
    expect((await initiativeSignals(db, into.id)).map((s) => s.id).sort()).toEqual(
      [a.id, b.id].sort(),
    );
    expect(await db.signalIndex.get(b.id)).toMatchObject({ initiativeId: into.id });
    expect((await listInitiatives(db)).map((i) => i.id)).toEqual([into.id]);
    expect((await listInitiatives(db, { includeMerged: true })).map((i) => i.id)).toEqual([
      into.id,
      from.id,
    ]);

    const timeline = await initiativeTimeline(db, into.id);
    expect(timeline.map((e) => [e.kind, e.actorId, e.initiativeId])).toEqual([
      ['clipped', alice.id, undefined],
      ['clipped', alice.id, undefined],
      ['created', alice.id, into.id],
      ['linked', alice.id, into.id],
      ['created', bob.id, from.id],
      ['linked', bob.id, from.id],
      ['merged', alice.id, into.id],
    ]);
    expect(timeline.at(-1)).toMatchObject({ from: from.id, fromTitle: 'Donkere Biltstraat' });
  });

  it('follows chains of merges in the timeline', async () => {
    const first = await start('Een');
    const second = await start('Twee');
    const third = await start('Drie');
    await mergeInitiatives(db, clock, alice, { from: first.id, into: second.id });
    await mergeInitiatives(db, clock, alice, { from: second.id, into: third.id });
    const created = (await initiativeTimeline(db, third.id)).filter((e) => e.kind === 'created');
    expect(created.map((e) => e.initiativeId).sort()).toEqual(
      [first.id, second.id, third.id].sort(),
    );
  });

  it('refuses merging into itself, into or from a merged initiative, or an unknown one', async () => {
    const a = await start('A');
    const b = await start('B');
    const c = await start('C');
    await expectRefused(
      db,
      () => mergeInitiatives(db, clock, alice, { from: a.id, into: a.id }),
      'merge-into-itself',
    );
    await mergeInitiatives(db, clock, alice, { from: b.id, into: c.id });
    await expectRefused(
      db,
      () => mergeInitiatives(db, clock, alice, { from: a.id, into: b.id }),
      'initiative-merged',
    );
    await expectRefused(
      db,
      () => mergeInitiatives(db, clock, alice, { from: b.id, into: a.id }),
      'initiative-merged',
    );
    await expectRefused(
      db,
      () => mergeInitiatives(db, clock, alice, { from: clock.newId(), into: a.id }),
      'initiative-not-found',
    );
  });
});

describe('listInitiatives', () => {
  it('lists the most recently active first', async () => {
    const older = await start('Ouder');
    clock.advance(HOUR);
    const newer = await start('Nieuwer');
    expect((await listInitiatives(db)).map((i) => i.id)).toEqual([newer.id, older.id]);
    clock.advance(HOUR);
    await setInitiativeStatus(db, clock, bob, older.id, 'gathering');
    expect((await listInitiatives(db)).map((i) => i.id)).toEqual([older.id, newer.id]);
  });

  it('lists the signals of an initiative newest clip first', async () => {
    const initiative = await start();
    const older = signalRecord(clock, { initiativeId: initiative.id });
    clock.advance(HOUR);
    const newer = signalRecord(clock, { initiativeId: initiative.id });
    await saveSignals(db, [older, newer, signalRecord(clock)]);
    expect(await initiativeSignals(db, initiative.id)).toEqual([newer, older]);
  });
});
