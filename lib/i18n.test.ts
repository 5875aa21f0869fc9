import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CategoryId } from './classify';
import {
  categoryMessage,
  type MessageBundle,
  resolveLanguage,
  signalCount,
  translator,
} from './i18n';

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
    expect(signalCount(t, 1, 'nl')).toBe('signalCountOne()');
    expect(signalCount(t, 0, 'nl')).toBe('signalCountOther(0)');
    expect(signalCount(t, 12, 'nl')).toBe('signalCountOther(12)');
  });
  it('writes the number as the language does', () => {
    expect(signalCount(t, 100000, 'nl')).toBe('signalCountOther(100.000)');
    expect(signalCount(t, 100000, 'en')).toBe('signalCountOther(100,000)');
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

const englishBundle: MessageBundle = {
  signalCountOther: {
    message: '$COUNT$ signals',
    placeholders: { count: { content: '$1' } },
  },
  price: { message: 'costs $$5' },
  onlyEnglish: { message: 'English only' },
};
const dutchBundle: MessageBundle = {
  signalCountOther: {
    message: '$COUNT$ signalen',
    placeholders: { count: { content: '$1' } },
  },
};

describe('translator', () => {
  it('fills named placeholders with the substitutions, as the browser does', () => {
    const t = translator(dutchBundle, englishBundle);
    expect(t('signalCountOther', ['12'])).toBe('12 signalen');
  });

  it('falls back to the other language for a key the chosen one lacks, and to nothing after that', () => {
    const t = translator(dutchBundle, englishBundle);
    expect(t('onlyEnglish' as never)).toBe('English only');
    expect(t('missing' as never)).toBe('');
    expect(translator(englishBundle, dutchBundle)('price' as never)).toBe('costs $5');
  });

  it('shows the chosen language, else Dutch for a Dutch browser, else English', () => {
    expect(resolveLanguage('en', 'nl-NL')).toBe('en');
    expect(resolveLanguage('auto', 'nl-BE')).toBe('nl');
    expect(resolveLanguage('auto', 'de')).toBe('en');
  });
});
