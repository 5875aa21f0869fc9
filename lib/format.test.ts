import { describe, expect, it } from 'vitest';
import { badgeText, excerpt, formatCount, relativeTime } from './format';

describe('relativeTime', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  it.each([
    ['2026-11-27T11:57:00Z', 'en', '3 minutes ago'],
    ['2026-11-27T09:00:00Z', 'nl', '3 uur geleden'],
    ['2026-11-26T12:00:00Z', 'en', 'yesterday'],
    ['2026-11-27T12:00:00Z', 'en', 'now'],
  ])('%s in %s is "%s"', (iso, language, expected) => {
    expect(relativeTime(iso, now, language)).toBe(expected);
  });
});

describe('excerpt', () => {
  it('keeps short text whole, with whitespace folded', () => {
    expect(excerpt('  ratten\n\nbij de   school ', 50)).toBe('ratten bij de school');
  });
  it('cuts long text at a word boundary', () => {
    expect(excerpt('de lantaarnpaal op de Biltstraat is al weken kapot', 30)).toBe(
      'de lantaarnpaal op de…',
    );
  });
  it('cuts a long word where it must', () => {
    expect(excerpt('a'.repeat(40), 10)).toBe(`${'a'.repeat(10)}…`);
  });
});

describe('badgeText', () => {
  it('shows nothing for zero and caps at 999+', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(999)).toBe('999');
    expect(badgeText(1000)).toBe('999+');
  });
});

describe('formatCount', () => {
  it('groups thousands as the language does', () => {
    expect(formatCount(20_000, 'nl')).toBe('20.000');
    expect(formatCount(20_000, 'en')).toBe('20,000');
    expect(formatCount(7, 'nl')).toBe('7');
  });
});
