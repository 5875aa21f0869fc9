import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CategoryId } from './classify';
import { categoryMessage, signalCount } from './i18n';

const localesDir = new URL('../public/_locales/', import.meta.url);
const locales = Object.fromEntries(
  readdirSync(localesDir).map((lang) => [
    lang,
    JSON.parse(readFileSync(new URL(`${lang}/messages.json`, localesDir), 'utf8')) as Record<
      string,
      { message: string; placeholders?: Record<string, { content: string }> }
    >,
  ]),
);

describe('locales', () => {
  it('ship Dutch and English', () => {
    expect(Object.keys(locales).sort()).toEqual(['en', 'nl']);
  });

  it('have the same keys in every language', () => {
    const [first, ...rest] = Object.values(locales).map((messages) => Object.keys(messages).sort());
    for (const keys of rest) expect(keys).toEqual(first);
  });

  it('define every placeholder they use', () => {
    for (const messages of Object.values(locales)) {
      for (const { message, placeholders } of Object.values(messages)) {
        for (const [, name] of message.matchAll(/\$([A-Za-z_]+)\$/g)) {
          expect(placeholders?.[(name as string).toLowerCase()]).toBeDefined();
        }
      }
    }
  });
});

describe('signalCount', () => {
  const t = (key: string, substitutions?: string[]) => `${key}(${substitutions?.join(',') ?? ''})`;
  it('uses the singular for one and the plural otherwise', () => {
    expect(signalCount(t, 1)).toBe('signalCountOne()');
    expect(signalCount(t, 0)).toBe('signalCountOther(0)');
    expect(signalCount(t, 12)).toBe('signalCountOther(12)');
  });
});

describe('category names', () => {
  it('are the taxonomy’s own Dutch and English names', () => {
    const taxonomy = JSON.parse(
      readFileSync(new URL('./data/taxonomy.json', import.meta.url), 'utf8'),
    ) as {
      categories: Array<{ id: string; nl: string; en: string }>;
    };
    for (const category of taxonomy.categories) {
      const key = categoryMessage(category.id as CategoryId);
      expect(locales.nl?.[key]?.message).toBe(category.nl);
      expect(locales.en?.[key]?.message).toBe(category.en);
    }
  });
});
