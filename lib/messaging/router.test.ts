import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { classifyPostWithEvidence, type Evidence, type Judgement, judgePost } from '../classify';
import { VliegwielDatabase } from '../db/database';
import { MAX_POSTS_CLASSIFIED, MAX_TEXT_LENGTH } from '../schema/limits';
import { fixedClock, xCapture } from '../testing/factories';
import { createMessageRouter } from './router';

let db: VliegwielDatabase;
let openTracker: ReturnType<typeof vi.fn<(id?: string) => Promise<void>>>;
let route: ReturnType<typeof createMessageRouter>;
let log: ReturnType<typeof vi.fn<(message: string, error: unknown) => void>>;

beforeEach(() => {
  db = new VliegwielDatabase(`test-${crypto.randomUUID()}`);
  openTracker = vi.fn(async () => {});
  log = vi.fn();
  route = createMessageRouter({
    db,
    clock: fixedClock(),
    classify: (text) =>
      text.includes('lantaarnpaal')
        ? { verdict: 'local-issue', category: 'roads', confidence: 0.9, tone: 'calm', evidence: [] }
        : { verdict: 'other', confidence: 0.8, tone: 'calm', evidence: [] },
    judge: (text) => judgePost(text),
    explain: (text) => classifyPostWithEvidence(text).evidence,
    openTracker,
    actor: async () => ({ id: 'member-1', name: 'Anna' }),
    findMunicipality: (name) => (name.toLowerCase() === 'utrecht' ? 'GM0344' : null),
    uiMessages: async () => ({ language: 'nl', messages: { clipAction: { message: 'Knip' } } }),
    suggestionsFor: async () => null,
    postSuggestions: async () => ({ municipality: null, where: null, contacts: [], groups: [] }),
    log,
  });
});
afterEach(async () => {
  await db.delete();
});

describe('message router', () => {
  it('clips a post and answers with the signal id', async () => {
    const answer = await route({ type: 'clip-post', post: xCapture() });
    expect(answer).toEqual({
      ok: true,
      result: { status: 'clipped', signalId: expect.any(String) },
    });
  });

  it('records who clipped, on the signal, in its index entry and as the first event of its timeline', async () => {
    const answer = await route({ type: 'clip-post', post: xCapture() });
    if (!answer.ok) throw new Error(answer.error.message);
    const { signalId } = answer.result as { signalId: string };
    expect((await db.signals.get(signalId))?.clippedBy).toBe('member-1');
    expect((await db.signalIndex.get(signalId))?.clippedBy).toBe('member-1');
    expect(await db.events.toArray()).toEqual([
      expect.objectContaining({
        signalId,
        kind: 'clipped',
        actorId: 'member-1',
        actorName: 'Anna',
      }),
    ]);
  });

  it('answers already-clipped for the same post, with the same signal', async () => {
    const post = xCapture();
    const first = await route({ type: 'clip-post', post });
    const second = await route({ type: 'clip-post', post });
    expect(first.ok && second.ok).toBe(true);
    if (first.ok && second.ok) {
      expect(second.result).toEqual({
        status: 'already-clipped',
        signalId: (first.result as { signalId: string }).signalId,
      });
    }
  });

  it('stores the background’s own classification of the text', async () => {
    const answer = await route({ type: 'clip-post', post: xCapture() });
    const signalId = answer.ok ? (answer.result as { signalId: string }).signalId : '';
    expect(await db.signals.get(signalId)).toMatchObject({
      verdict: 'local-issue',
      category: 'roads',
      confidence: 0.9,
    });
  });

  it('records a correction on a new and on an already clipped post', async () => {
    const post = xCapture();
    const first = await route({ type: 'clip-post', post, correction: { category: 'traffic' } });
    const signalId = first.ok ? (first.result as { signalId: string }).signalId : '';
    expect(await db.signals.get(signalId)).toMatchObject({
      category: 'roads',
      correctedCategory: 'traffic',
    });
    const again = await route({ type: 'clip-post', post, correction: { verdict: 'other' } });
    expect(again).toMatchObject({ ok: true, result: { status: 'already-clipped', signalId } });
    expect(await db.signals.get(signalId)).toMatchObject({
      correctedCategory: 'traffic',
      correctedVerdict: 'other',
    });
  });

  it('refuses an empty correction or an unknown category, storing nothing', async () => {
    for (const correction of [{}, { category: 'potholes' }]) {
      const answer = await route({ type: 'clip-post', post: xCapture(), correction });
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(await db.signals.count()).toBe(0);
  });

  it('reports clipped posts for clip-status', async () => {
    const post = xCapture();
    await route({ type: 'clip-post', post });
    const answer = await route({ type: 'clip-status', keys: [post.key, 'x:1'] });
    expect(answer).toMatchObject({ ok: true, result: { clipped: [{ key: post.key }] } });
  });

  it('opens the tracker at a signal', async () => {
    const signalId = '5b0f4c1e-8f59-4c64-9a2b-0d3c9f6f2a11';
    expect(await route({ type: 'open-tracker', signalId })).toEqual({ ok: true, result: {} });
    expect(openTracker).toHaveBeenCalledWith(signalId);
  });

  it.each([
    ['no object', 'clip'],
    ['an unknown type', { type: 'drop-tables' }],
    ['a post without text', { type: 'clip-post', post: { ...xCapture(), text: undefined } }],
    [
      'a post with a javascript: url',
      {
        type: 'clip-post',
        post: xCapture({ source: { site: 'x', url: 'javascript:alert(1)', postId: '1' } }),
      },
    ],
    ['keys that are not post keys', { type: 'clip-status', keys: ['has space'] }],
  ])('rejects %s with a clear error and stores nothing', async (_name, message) => {
    const answer = await route(message);
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.code).toBe('invalid-request');
      expect(answer.error.message.length).toBeGreaterThan(0);
    }
    expect(await db.signals.count()).toBe(0);
  });

  it('turns a failing handler into an internal error and logs it', async () => {
    openTracker.mockRejectedValueOnce(new Error('no tabs here'));
    const answer = await route({ type: 'open-tracker' });
    expect(answer).toEqual({ ok: false, error: { code: 'internal', message: 'no tabs here' } });
    expect(log).toHaveBeenCalled();
  });
});

describe('classifying a page’s posts', () => {
  it('answers a verdict per text, in order, as data without the cues', async () => {
    const texts = [
      'De lantaarnpaal in de Biltstraat in Utrecht is al drie weken kapot.',
      'Mooie wedstrijd gisteren, wat een doelpunt!',
    ];
    const answer = await route({ type: 'classify-posts', texts });
    if (!answer.ok) throw new Error(answer.error.message);
    const { verdicts } = answer.result as { verdicts: Judgement[] };
    expect(verdicts.map(({ local, category }) => ({ local, category }))).toEqual([
      { local: true, category: 'roads' },
      { local: false, category: null },
    ]);
    // What a message carries: plain data that survives being sent, and no cues, which a page
    // asks for one post at a time.
    expect(JSON.parse(JSON.stringify(verdicts))).toEqual(verdicts);
    expect(verdicts[0]).not.toHaveProperty('evidence');
  });

  it('explains the verdict on a text with its cues, strongest first', async () => {
    const text = 'De lantaarnpaal in de Biltstraat in Utrecht is al drie weken kapot.';
    const answer = await route({ type: 'explain-post', text });
    if (!answer.ok) throw new Error(answer.error.message);
    const { evidence } = answer.result as { evidence: Evidence[] };
    expect(evidence).toContainEqual(
      expect.objectContaining({ cue: expect.stringMatching(/lantaarnpaal|kapot/) }),
    );
    const weights = evidence.map((cue) => Math.abs(cue.weight));
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(JSON.parse(JSON.stringify(evidence))).toEqual(evidence);
    expect(await route({ type: 'explain-post', text: 'x'.repeat(MAX_TEXT_LENGTH + 1) })).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: expect.any(String) },
    });
  });

  it('refuses no texts, too many, or too much text at once', async () => {
    const refusals = [
      { type: 'classify-posts', texts: [] },
      {
        type: 'classify-posts',
        texts: Array.from({ length: MAX_POSTS_CLASSIFIED + 1 }, () => 'x'),
      },
      {
        type: 'classify-posts',
        texts: Array.from({ length: 3 }, () => 'x'.repeat(MAX_TEXT_LENGTH)),
      },
    ];
    for (const message of refusals) {
      expect(await route(message)).toEqual({
        ok: false,
        error: { code: 'invalid-request', message: expect.any(String) },
      });
    }
  });
});

describe('clip dialog details', () => {
  async function clipWith(details: object, post = xCapture()) {
    const answer = await route({ type: 'clip-post', post, details });
    if (!answer.ok) return answer;
    return {
      ...answer,
      signal: await db.signals.get((answer.result as { signalId: string }).signalId),
    };
  }

  it('stores the note and place, and starts a new initiative with the signal', async () => {
    const answer = await clipWith({
      note: 'Al weken zo',
      municipality: 'Utrecht',
      place: 'Biltstraat',
      initiative: { title: 'Licht in de Biltstraat' },
    });
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.signal).toMatchObject({
      note: 'Al weken zo',
      correctedArea: { municipality: 'GM0344', place: 'Biltstraat' },
    });
    const [initiative] = await db.initiatives.toArray();
    expect(initiative).toMatchObject({
      title: 'Licht in de Biltstraat',
      category: 'roads',
      area: { municipality: 'GM0344', place: 'Biltstraat' },
      ownerId: 'member-1',
    });
    expect(answer.signal?.initiativeId).toBe(initiative?.id);
  });

  it('puts a second clip into the same initiative, and offers it in the dialog', async () => {
    await clipWith({ initiative: { title: 'Licht in de Biltstraat' } });
    const listed = await route({ type: 'list-initiatives' });
    if (!listed.ok) throw new Error(listed.error.message);
    const [offered] = (listed.result as { initiatives: Array<{ id: string; title: string }> })
      .initiatives;
    expect(offered?.title).toBe('Licht in de Biltstraat');
    await clipWith({ initiative: { id: offered?.id } });
    expect(
      await db.signals
        .where('initiativeId')
        .equals(offered?.id ?? '')
        .count(),
    ).toBe(2);
  });

  it('refuses an unknown municipality with its own error, storing nothing', async () => {
    const answer = await clipWith({ municipality: 'Atlantis', note: 'x' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'unknown-place' } });
    expect(await db.signals.count()).toBe(0);
  });

  it('stores no clip when the initiative cannot take it', async () => {
    const answer = await clipWith({
      initiative: { id: '00000000-0000-4000-8000-00000000beef' },
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await db.signals.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
  });
});

describe('ui messages', () => {
  it('answers with the chosen language’s messages', async () => {
    expect(await route({ type: 'ui-messages' })).toEqual({
      ok: true,
      result: { language: 'nl', messages: { clipAction: { message: 'Knip' } } },
    });
  });
});

describe('suggestions', () => {
  it('asks for one signal or one initiative, not neither or both', async () => {
    const id = '00000000-0000-4000-8000-000000000001';
    expect(await route({ type: 'suggestions', signalId: id })).toEqual({ ok: true, result: null });
    for (const bad of [{}, { signalId: id, initiativeId: id }]) {
      const answer = await route({ type: 'suggestions', ...bad });
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
  });
});
