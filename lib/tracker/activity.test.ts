import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VliegwielDatabase } from '../db/database';
import { clipPost } from '../db/signals';
import { saveSignals } from '../db/store';
import { type fixedClock, signalRecord, xCapture } from '../testing/factories';
import { addComment, recordContact, rejectSuggestion } from './activity';
import { createInitiative, mergeInitiatives } from './initiatives';
import { initiativeTimeline, signalTimeline } from './timeline';
import { alice, bob, expectRefused, openTracker } from './tracker-fixture';

let db: VliegwielDatabase;
let clock: ReturnType<typeof fixedClock>;

beforeEach(() => {
  ({ db, clock } = openTracker());
});
afterEach(async () => {
  await db.delete();
});

const HOUR = 60 * 60 * 1000;

async function initiativeWithSignal() {
  const signal = signalRecord(clock);
  await saveSignals(db, [signal]);
  const initiative = await createInitiative(db, clock, alice, {
    title: 'Kapotte lantaarnpaal',
    category: 'roads',
    signalIds: [signal.id],
  });
  clock.advance(HOUR);
  return { initiative, signal };
}

describe('addComment', () => {
  it('comments on an initiative and counts as its activity', async () => {
    const { initiative } = await initiativeWithSignal();
    const comment = await addComment(db, clock, bob, {
      initiativeId: initiative.id,
      text: 'Ik heb ook gebeld.',
    });
    expect(comment).toMatchObject({
      kind: 'comment',
      text: 'Ik heb ook gebeld.',
      initiativeId: initiative.id,
      actorId: bob.id,
      actorName: 'Bob',
      at: '2026-11-27T11:00:00.000Z',
    });
    expect(comment.signalId).toBeUndefined();
    expect((await initiativeTimeline(db, initiative.id)).at(-1)).toEqual(comment);
    expect((await db.initiatives.get(initiative.id))?.lastActivityAt).toBe(comment.at);
  });

  it('comments on a signal alone, outside its initiative timeline', async () => {
    const { initiative, signal } = await initiativeWithSignal();
    const comment = await addComment(db, clock, bob, { signalId: signal.id, text: 'Foto erbij' });
    expect((await signalTimeline(db, signal.id)).at(-1)).toEqual(comment);
    expect((await initiativeTimeline(db, initiative.id)).map((e) => e.id)).not.toContain(
      comment.id,
    );
    expect((await db.initiatives.get(initiative.id))?.lastActivityAt).toBe(initiative.createdAt);
  });

  it('comments on a signal within its initiative, on both timelines', async () => {
    const { initiative, signal } = await initiativeWithSignal();
    const comment = await addComment(db, clock, bob, {
      initiativeId: initiative.id,
      signalId: signal.id,
      text: 'Deze is het duidelijkst',
    });
    expect((await signalTimeline(db, signal.id)).at(-1)).toEqual(comment);
    expect((await initiativeTimeline(db, initiative.id)).at(-1)).toEqual(comment);
  });

  it('refuses empty text, no subject, unknown or merged subjects and mismatches', async () => {
    const { initiative, signal } = await initiativeWithSignal();
    const other = await createInitiative(db, clock, alice, { title: 'Ander', category: 'roads' });
    const unlinked = signalRecord(clock);
    await saveSignals(db, [unlinked]);
    await expectRefused(
      db,
      () => addComment(db, clock, bob, { initiativeId: initiative.id, text: '  ' }),
      'invalid-input',
    );
    await expectRefused(
      db,
      () => addComment(db, clock, bob, { text: 'Waarover?' }),
      'invalid-input',
    );
    await expectRefused(
      db,
      () => addComment(db, clock, bob, { initiativeId: clock.newId(), text: 'Hallo' }),
      'initiative-not-found',
    );
    await expectRefused(
      db,
      () => addComment(db, clock, bob, { signalId: clock.newId(), text: 'Hallo' }),
      'signal-not-found',
    );
    await expectRefused(
      db,
      () =>
        addComment(db, clock, bob, { initiativeId: other.id, signalId: signal.id, text: 'Hallo' }),
      'invalid-input',
    );
    await expectRefused(
      db,
      () =>
        addComment(db, clock, bob, {
          initiativeId: initiative.id,
          signalId: unlinked.id,
          text: 'Hallo',
        }),
      'invalid-input',
    );
    await mergeInitiatives(db, clock, alice, { from: other.id, into: initiative.id });
    await expectRefused(
      db,
      () => addComment(db, clock, bob, { initiativeId: other.id, text: 'Hallo' }),
      'initiative-merged',
    );
  });
});

describe('recordContact', () => {
  it('records who was contacted, with what was said', async () => {
    const { initiative } = await initiativeWithSignal();
    const contact = await recordContact(db, clock, bob, {
      initiativeId: initiative.id,
      contact: 'Gemeente Utrecht, meldingen openbare ruimte',
      text: 'Melding 2026-1234',
    });
    expect(contact).toMatchObject({
      kind: 'contacted',
      contact: 'Gemeente Utrecht, meldingen openbare ruimte',
      text: 'Melding 2026-1234',
      actorId: bob.id,
    });
    expect((await initiativeTimeline(db, initiative.id)).at(-1)).toEqual(contact);
    expect((await db.initiatives.get(initiative.id))?.lastActivityAt).toBe(contact.at);
  });

  it('leaves out blank text and refuses a blank contact', async () => {
    const { signal } = await initiativeWithSignal();
    const contact = await recordContact(db, clock, bob, {
      signalId: signal.id,
      contact: 'Dierenambulance',
      text: ' ',
    });
    expect(contact).not.toHaveProperty('text');
    await expectRefused(
      db,
      () => recordContact(db, clock, bob, { signalId: signal.id, contact: ' ' }),
      'invalid-input',
    );
  });
});

describe('wrong suggestions', () => {
  it('records a rejected suggestion on the signal’s timeline with who did it', async () => {
    const { db: own, clock: ownClock } = openTracker();
    const { signal } = await clipPost(own, xCapture(), ownClock);
    const event = await rejectSuggestion(own, ownClock, alice, {
      signalId: signal.id,
      suggestion: 'police-non-emergency',
      name: 'Politie',
    });
    expect(event).toMatchObject({
      kind: 'suggestion-rejected',
      signalId: signal.id,
      actorId: alice.id,
      suggestion: 'police-non-emergency',
    });
    await expectRefused(
      own,
      () =>
        rejectSuggestion(own, ownClock, alice, { signalId: signal.id, suggestion: 'x', name: ' ' }),
      'invalid-input',
    );
    await own.delete();
  });
});
