import { describe, expect, it } from 'vitest';
import { xCapture } from '../testing/factories';
import { postCaptureSchema } from './capture';
import { signalSchema } from './records';

const smallest = {
  id: '5b0f4c1e-8f59-4c64-9a2b-0d3c9f6f2a11',
  text: 'Ratten bij de school',
  source: { site: 'reddit', url: 'https://www.reddit.com/r/utrecht/comments/abc/x/' },
  clippedAt: '2026-11-27T10:00:00.000Z',
};

describe('signalSchema', () => {
  it('accepts the smallest valid signal of contract 4', () => {
    expect(signalSchema.parse(smallest)).toEqual(smallest);
  });

  it('accepts a clipped selection without author or post id', () => {
    const selection = {
      ...smallest,
      source: { site: 'web', url: 'https://nieuws.example/artikel' },
    };
    expect(signalSchema.safeParse(selection).success).toBe(true);
  });

  it.each([
    ['a non-uuid id', { ...smallest, id: 'abc' }],
    ['an unknown site', { ...smallest, source: { ...smallest.source, site: 'myspace' } }],
    [
      'a javascript: url',
      { ...smallest, source: { ...smallest.source, url: 'javascript:alert(1)' } },
    ],
    ['a time without zone', { ...smallest, clippedAt: '2026-11-27 10:00' }],
    ['text over 1 MiB', { ...smallest, text: 'a'.repeat(1_048_577) }],
    ['a missing text', { ...smallest, text: undefined }],
  ])('rejects %s', (_name, candidate) => {
    expect(signalSchema.safeParse(candidate).success).toBe(false);
  });

  it('keeps hostile text as it is', () => {
    const text = '<img src=x onerror=alert(1)>\u202eevil\u200b 🐀';
    expect(signalSchema.parse({ ...smallest, text }).text).toBe(text);
  });
});

describe('postCaptureSchema', () => {
  it('accepts what an adapter reads', () => {
    const capture = xCapture();
    expect(postCaptureSchema.parse(capture)).toEqual(capture);
  });

  it('requires the post id', () => {
    const capture = xCapture();
    const { postId: _postId, ...source } = capture.source;
    expect(postCaptureSchema.safeParse({ ...capture, source }).success).toBe(false);
  });

  it('rejects a key with spaces', () => {
    expect(postCaptureSchema.safeParse(xCapture({ key: 'x:1 2' })).success).toBe(false);
  });
});
