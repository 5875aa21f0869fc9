import { describe, expect, it } from 'vitest';
import { isStorableUrl, withoutParams } from './urls';

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
