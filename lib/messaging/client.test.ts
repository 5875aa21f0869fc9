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
