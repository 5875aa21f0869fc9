import { describe, expect, it } from 'vitest';
import { request } from './client';

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
      error: { code: 'internal', message: 'Extension context invalidated.' },
    });
  });

  it('turns a missing answer into an error value', async () => {
    const answer = await request(async () => undefined, { type: 'open-tracker' });
    expect(answer.ok).toBe(false);
  });
});

describe('request with malformed answers', () => {
  it.each([
    ['null', null],
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
