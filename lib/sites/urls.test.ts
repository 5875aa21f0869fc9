import { describe, expect, it } from 'vitest';
import { isStorableUrl, mediaUrls, parseUrl, withoutParams } from './urls';

describe('isStorableUrl', () => {
  it.each([
    ['https://x.com/a/status/1', true],
    ['http://forum.example/t/1', true],
    ['javascript:alert(1)', false],
    ['https://localhost/', false],
    ['not a url', false],
    [`https://x.com/${'a'.repeat(9000)}`, false],
  ])('%s → %s', (href, expected) => {
    expect(isStorableUrl(href)).toBe(expected);
  });
});

describe('withoutParams', () => {
  const tracking = (name: string) => name.startsWith('utm_') || name === 'fbclid';

  it('drops the named parameters and keeps the rest in order', () => {
    const url = new URL('https://nieuws.example/a?id=5&utm_source=x&p=2&fbclid=abc#reactie-1');
    expect(withoutParams(url, tracking).href).toBe('https://nieuws.example/a?id=5&p=2#reactie-1');
  });

  it('leaves no bare question mark when nothing is kept', () => {
    expect(
      withoutParams(new URL('https://nieuws.example/a?utm_medium=social'), tracking).href,
    ).toBe('https://nieuws.example/a');
  });

  it('reads encoded names and survives malformed encoding', () => {
    const url = new URL('https://nieuws.example/a?utm%5Fcampaign=1&%E0%A4%A=2&q=a+b');
    expect(withoutParams(url, tracking).search).toBe('?%E0%A4%A=2&q=a+b');
  });
});

describe('parseUrl', () => {
  it('resolves against the base, and gives null for what is no address', () => {
    expect(parseUrl('/a/status/1', 'https://x.com/home')?.href).toBe('https://x.com/a/status/1');
    expect(parseUrl('http://[nope')).toBeNull();
    expect(parseUrl('relative/only')).toBeNull();
  });
});

describe('mediaUrls', () => {
  const page = new URL('https://mastodon.nl/home');

  it('keeps https addresses, resolved and each once, in order', () => {
    expect(
      mediaUrls(['/media/a.jpg', 'https://files.example/b.jpg', '/media/a.jpg'], page),
    ).toEqual(['https://mastodon.nl/media/a.jpg', 'https://files.example/b.jpg']);
  });

  it('leaves out insecure, unreadable and unstorable addresses', () => {
    expect(
      mediaUrls(['http://files.example/a.jpg', 'http://[nope', 'https://localhost/a.jpg'], page),
    ).toBeUndefined();
  });

  it('keeps at most MAX_MEDIA', () => {
    const many = Array.from({ length: 60 }, (_, index) => `/media/${index}.jpg`);
    expect(mediaUrls(many, page)).toHaveLength(50);
  });
  it('keeps https images, resolved against the page, and skips empty or unsafe ones', () => {
    expect(
      mediaUrls(
        [
          '/a.jpg',
          '',
          '  ',
          'http://plain.example/b.jpg',
          'javascript:x',
          'https://cdn.example/c.png',
        ],
        'https://x.com/home',
      ),
    ).toEqual(['https://x.com/a.jpg', 'https://cdn.example/c.png']);
    expect(mediaUrls([''], 'https://x.com/home')).toBeUndefined();
  });
});
