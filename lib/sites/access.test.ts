import { describe, expect, it } from 'vitest';
import { hostOfPattern, samePatterns, sitePatternFromInput, userGrantedPatterns } from './access';

describe('sitePatternFromInput', () => {
  it.each([
    ['mastodon.example', 'https://mastodon.example/*'],
    ['  https://forum.wijkraad.example/t/88  ', 'https://forum.wijkraad.example/*'],
    ['http://oud-forum.example/index.php', 'http://oud-forum.example/*'],
    ['Social.Gemeente.example', 'https://social.gemeente.example/*'],
  ])('%s becomes %s', (input, pattern) => {
    expect(sitePatternFromInput(input)).toMatchObject({ ok: true, pattern });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['localhost', 'not-a-site'],
    ['ftp://files.example', 'not-a-site'],
    ['javascript:alert(1)', 'not-a-site'],
    ['https://', 'not-a-site'],
    ['niet een site', 'not-a-site'],
  ])('%j is refused as %s', (input, reason) => {
    expect(sitePatternFromInput(input)).toEqual({ ok: false, reason });
  });
});

describe('userGrantedPatterns', () => {
  it('leaves out the built-in sites and anything that is not one host', () => {
    expect(
      userGrantedPatterns(
        ['https://x.com/*', 'https://mastodon.example/*', 'https://*/*', 'https://a.example/*'],
        ['https://x.com/*'],
      ),
    ).toEqual(['https://a.example/*', 'https://mastodon.example/*']);
  });
});

describe('hostOfPattern', () => {
  it('shows a pattern as its host', () => {
    expect(hostOfPattern('https://mastodon.example/*')).toBe('mastodon.example');
  });
});

describe('samePatterns', () => {
  it('compares match patterns as sets', () => {
    expect(
      samePatterns(
        ['https://a.example/*', 'https://b.example/*'],
        ['https://b.example/*', 'https://a.example/*'],
      ),
    ).toBe(true);
    expect(samePatterns([], [])).toBe(true);
    expect(samePatterns(['https://a.example/*'], ['https://b.example/*'])).toBe(false);
    expect(
      samePatterns(['https://a.example/*'], ['https://a.example/*', 'https://b.example/*']),
    ).toBe(false);
  });
});
