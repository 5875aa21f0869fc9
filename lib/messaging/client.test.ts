import { describe, expect, it, vi } from 'vitest';
import { request, requestAgainUntilAnswered } from './client';

describe('request', () => {
  it('returns the background answer', async () => {
    const answer = await request(async () => ({ ok: true, result: {} }), { type: 'open-tracker' });
    expect(answer).toEqual({ ok: true, result: {} });
  });

  it('turns a failed send into an error value', async () => {
    const answer = await request(
      async () => {
        throw new Error('Extension context invalidated.');
      },
      { type: 'open-tracker' },
    );
    expect(answer).toEqual({
      ok: false,
      error: { code: 'unreachable', message: 'Extension context invalidated.' },
    });
  });

  it('turns a missing answer into an error value', async () => {
    const answer = await request(async () => undefined, { type: 'open-tracker' });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'unreachable', message: 'The extension gave no answer.' },
    });
  });
});

describe('request with malformed answers', () => {
  it.each([
    ['ok without result', { ok: true }],
    ['an error without message', { ok: false, error: { code: 'internal' } }],
    ['an unknown error code', { ok: false, error: { code: 'teapot', message: 'x' } }],
  ])('turns %s into an error value', async (_name, answer) => {
    const result = await request(async () => answer, { type: 'open-tracker' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'The extension gave no valid answer.' },
    });
  });

  it('passes a well-formed error through', async () => {
    const error = { code: 'invalid-request', message: 'keys: too many' };
    const result = await request(async () => ({ ok: false, error }), { type: 'open-tracker' });
    expect(result).toEqual({ ok: false, error });
  });
});

describe('request sent again until answered', () => {
  const clip = { type: 'clip-status' as const, keys: [] };
  const noPause = async () => {};

  it('sends again after no answer, and returns the first answer', async () => {
    const answers: Array<() => unknown> = [
      () => {
        throw new Error('The message port closed before a response was received.');
      },
      () => undefined,
      () => ({ ok: true, result: { clipped: [] } }),
    ];
    const send = vi.fn(async () => (answers.shift() as () => unknown)());
    const pause = vi.fn(noPause);
    expect(await requestAgainUntilAnswered(send, clip, { pause })).toEqual({
      ok: true,
      result: { clipped: [] },
    });
    expect(send).toHaveBeenCalledTimes(3);
    expect(pause.mock.calls).toEqual([[1], [2]]);
  });

  it('does not send a refused request again', async () => {
    const send = vi.fn(async () => ({
      ok: false,
      error: { code: 'invalid-request', message: 'no' },
    }));
    const answer = await requestAgainUntilAnswered(send, clip, { pause: noPause });
    expect(answer.ok).toBe(false);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('gives up after the attempts with the transport failure', async () => {
    const send = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const answer = await requestAgainUntilAnswered(send, clip, { attempts: 4, pause: noPause });
    expect(answer).toMatchObject({ ok: false, error: { code: 'unreachable' } });
    expect(send).toHaveBeenCalledTimes(4);
  });
});
