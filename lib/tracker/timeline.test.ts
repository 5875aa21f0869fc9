import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VliegwielDatabase } from '../db/database';
import { clipPost } from '../db/signals';
import type { TimelineEvent } from '../schema/records';
import { type fixedClock, xCapture } from '../testing/factories';
import { addComment, recordContact } from './activity';
import { createInitiative, linkSignals, setInitiativeStatus, unlinkSignals } from './initiatives';
import { contributors, initiativeTimeline, signalTimeline } from './timeline';
import { alice, bob, openTracker } from './tracker-fixture';

let db: VliegwielDatabase;
let clock: ReturnType<typeof fixedClock>;

beforeEach(() => {
  ({ db, clock } = openTracker());
});
afterEach(async () => {
  await db.delete();
});

const HOUR = 60 * 60 * 1000;

async function clip(actor = alice) {
  return (await clipPost(db, xCapture(), clock, {}, undefined, actor)).signal;
}

describe('initiativeTimeline', () => {
  it('tells the story oldest first, starting where its signals were clipped', async () => {
    const signal = await clip(bob);
    clock.advance(HOUR);
    const initiative = await createInitiative(db, clock, alice, {
      title: 'Lantaarnpaal',
      category: 'roads',
      signalIds: [signal.id],
    });
    clock.advance(HOUR);
    await recordContact(db, clock, alice, { initiativeId: initiative.id, contact: 'Gemeente' });
    clock.advance(HOUR);
    await setInitiativeStatus(db, clock, alice, initiative.id, 'raised');
    clock.advance(HOUR);
    await addComment(db, clock, bob, { initiativeId: initiative.id, text: 'Dank je!' });

    const timeline = await initiativeTimeline(db, initiative.id);
    expect(timeline.map((e) => [e.kind, e.actorId])).toEqual([
      ['clipped', bob.id],
      ['created', alice.id],
      ['linked', alice.id],
      ['contacted', alice.id],
      ['status-changed', alice.id],
      ['comment', bob.id],
    ]);
    const times = timeline.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('leaves out the clipping of signals that left, but keeps their linking', async () => {
    const stays = await clip();
    const leaves = await clip();
    const initiative = await createInitiative(db, clock, alice, {
      title: 'Lantaarnpaal',
      category: 'roads',
      signalIds: [stays.id, leaves.id],
    });
    clock.advance(HOUR);
    await unlinkSignals(db, clock, alice, [leaves.id]);
    const timeline = await initiativeTimeline(db, initiative.id);
    expect(timeline.filter((e) => e.kind === 'clipped').map((e) => e.signalId)).toEqual([stays.id]);
    expect(timeline.filter((e) => e.signalId === leaves.id).map((e) => e.kind)).toEqual([
      'linked',
      'unlinked',
    ]);
  });

  it('is empty for an unknown initiative', async () => {
    expect(await initiativeTimeline(db, clock.newId())).toEqual([]);
  });
});

describe('signalTimeline', () => {
  it('shows the signal’s own events and the initiatives’ events that name it', async () => {
    const signal = await clip();
    clock.advance(HOUR);
    const first = await createInitiative(db, clock, alice, { title: 'Een', category: 'roads' });
    const second = await createInitiative(db, clock, alice, { title: 'Twee', category: 'roads' });
    await linkSignals(db, clock, bob, first.id, [signal.id]);
    clock.advance(HOUR);
    await linkSignals(db, clock, bob, second.id, [signal.id]);
    clock.advance(HOUR);
    await addComment(db, clock, alice, { signalId: signal.id, text: 'Zelfde plek' });
    expect((await signalTimeline(db, signal.id)).map((e) => [e.kind, e.initiativeId])).toEqual([
      ['clipped', undefined],
      ['linked', first.id],
      ['unlinked', first.id],
      ['linked', second.id],
      ['comment', undefined],
    ]);
  });
});

function event(overrides: Partial<TimelineEvent> & Pick<TimelineEvent, 'kind'>): TimelineEvent {
  return {
    id: clock.newId(),
    at: clock.now().toISOString(),
    actorId: alice.id,
    initiativeId: '00000000-0000-4000-8000-00000000aaaa',
    ...overrides,
  } as TimelineEvent;
}

describe('contributors', () => {
  it('counts what each actor did, most active first, with their latest name', () => {
    const events = [
      event({ kind: 'created' }),
      event({ kind: 'comment', text: 'a', actorId: bob.id, at: '2026-11-28T09:00:00.000Z' }),
      event({
        kind: 'comment',
        text: 'b',
        actorId: bob.id,
        at: '2026-11-29T09:00:00.000Z',
        actorName: 'Bob',
      }),
      event({
        kind: 'contacted',
        contact: 'Gemeente',
        actorId: bob.id,
        at: '2026-11-27T12:00:00.000Z',
      }),
      event({ kind: 'linked', actorName: 'Alice', at: '2026-11-27T11:00:00.000Z' }),
      event({ kind: 'clipped', actorId: 'member-carol', at: '2026-11-26T11:00:00.000Z' }),
    ];
    expect(contributors(events)).toEqual([
      {
        actorId: bob.id,
        actorName: 'Bob',
        counts: { comment: 2, contacted: 1 },
        first: '2026-11-27T12:00:00.000Z',
        last: '2026-11-29T09:00:00.000Z',
      },
      {
        actorId: alice.id,
        actorName: 'Alice',
        counts: { created: 1, linked: 1 },
        first: '2026-11-27T10:00:00.000Z',
        last: '2026-11-27T11:00:00.000Z',
      },
      {
        actorId: 'member-carol',
        counts: { clipped: 1 },
        first: '2026-11-26T11:00:00.000Z',
        last: '2026-11-26T11:00:00.000Z',
      },
    ]);
  });

  it('orders by instant whatever the offset, and breaks ties by who started first', () => {
    const events = [
      event({ kind: 'comment', text: 'late', actorId: bob.id, at: '2026-11-27T12:30:00+01:00' }),
      event({ kind: 'comment', text: 'early', actorId: bob.id, at: '2026-11-27T11:45:00.000Z' }),
      event({ kind: 'comment', text: 'x', actorId: alice.id, at: '2026-11-27T11:00:00.000Z' }),
    ];
    const [first, second] = contributors(events);
    expect(first).toMatchObject({
      actorId: bob.id,
      first: '2026-11-27T12:30:00+01:00',
      last: '2026-11-27T11:45:00.000Z',
    });
    expect(second?.actorId).toBe(alice.id);
    expect(contributors([])).toEqual([]);
  });
});
