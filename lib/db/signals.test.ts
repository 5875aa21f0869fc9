import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock, xCapture } from '../testing/factories';
import { VliegwielDatabase } from './database';
import { clipPost, clippedPosts, clipSelection } from './signals';

let db: VliegwielDatabase;
let clock: ReturnType<typeof fixedClock>;

beforeEach(() => {
  db = new VliegwielDatabase(`test-${crypto.randomUUID()}`);
  clock = fixedClock();
});
afterEach(async () => {
  await db.delete();
});

describe('clipPost', () => {
  it('stores a capture as a new signal', async () => {
    const capture = xCapture();
    const outcome = await clipPost(db, capture, clock);
    expect(outcome.status).toBe('clipped');
    const stored = await db.signals.get(outcome.signal.id);
    expect(stored).toMatchObject({
      text: capture.text,
      source: capture.source,
      postKey: capture.key,
      clippedAt: '2026-11-27T10:00:00.000Z',
      triage: 'new',
    });
  });

  it('does not store the same post twice and returns the first signal', async () => {
    const capture = xCapture();
    const first = await clipPost(db, capture, clock);
    const second = await clipPost(db, { ...capture, text: 'edited later' }, clock);
    expect(second).toEqual({ status: 'already-clipped', signal: first.signal });
    expect(await db.signals.count()).toBe(1);
  });

  it('stores one signal when the same post is clipped twice at once', async () => {
    const capture = xCapture();
    const outcomes = await Promise.all([
      clipPost(db, capture, clock),
      clipPost(db, capture, clock),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['already-clipped', 'clipped']);
    expect(await db.signals.count()).toBe(1);
  });

  it('writes nothing when the capture would make an invalid signal', async () => {
    const capture = xCapture();
    const badClock = { ...clock, newId: () => 'not-a-uuid' };
    await expect(clipPost(db, capture, badClock)).rejects.toThrow();
    expect(await db.signals.count()).toBe(0);
  });
});

describe('clipped posts', () => {
  it('tells which posts are clipped, with their signal', async () => {
    const clipped = xCapture();
    const { signal } = await clipPost(db, clipped, clock);
    expect(await clippedPosts(db, [clipped.key, 'x:404'])).toEqual([
      { key: clipped.key, signalId: signal.id },
    ]);
    expect(await clippedPosts(db, [])).toEqual([]);
  });

  it('keeps signals when the database is opened again', async () => {
    const { signal } = await clipPost(db, xCapture(), clock);
    db.close();
    const reopened = new VliegwielDatabase(db.name);
    expect(await reopened.signals.get(signal.id)).toEqual(signal);
    reopened.close();
  });
});

describe('clipSelection', () => {
  const selection = { text: '  Ratten bij de containers  ', url: 'https://forum.example/t/1' };

  it('stores the selected words, trimmed, with the page as source', async () => {
    const outcome = await clipSelection(db, selection, 'web', clock);
    expect(outcome.status).toBe('clipped');
    expect(outcome.signal).toMatchObject({
      text: 'Ratten bij de containers',
      source: { site: 'web', url: selection.url },
    });
    expect(outcome.signal.postKey).toBeUndefined();
  });

  it('keeps one signal for the same words from the same page', async () => {
    const first = await clipSelection(db, selection, 'web', clock);
    const again = await clipSelection(
      db,
      { ...selection, text: 'Ratten bij de containers' },
      'web',
      clock,
    );
    expect(again).toEqual({ status: 'already-clipped', signal: first.signal });
    const other = await clipSelection(db, { ...selection, text: 'Andere tekst' }, 'web', clock);
    expect(other.status).toBe('clipped');
    expect(await db.signals.count()).toBe(2);
  });

  it('does not mistake a clipped post on the same page for the selection', async () => {
    const post = xCapture();
    await clipPost(db, post, clock);
    const outcome = await clipSelection(db, { text: post.text, url: post.source.url }, 'x', clock);
    expect(outcome.status).toBe('clipped');
  });
});
