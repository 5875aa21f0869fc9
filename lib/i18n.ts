import type english from '../public/_locales/en/messages.json';
import type { CategoryId } from './classify';
import { formatCount } from './format';

/** Every user-facing string has a key in public/_locales/<lang>/messages.json (nl and en). */
export type MessageKey = keyof typeof english;

export type GetMessage = (key: MessageKey, substitutions?: string[]) => string;

/**
 * "1 signaal" / "12.000 signalen": the locale files carry one form per plural category we use;
 * the number is written as the language writes it.
 */
export function signalCount(t: GetMessage, count: number, language: string): string {
  return count === 1 ? t('signalCountOne') : t('signalCountOther', [formatCount(count, language)]);
}

/** Category names live in the locale files as `category_<id>` (message names allow no hyphens). */
export function categoryMessage(category: CategoryId): MessageKey {
  return `category_${category.replace(/-/g, '_')}` as MessageKey;
}

/** A locale's messages.json, as the browser reads it. */
export type MessageBundle = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

export type UiLanguage = 'nl' | 'en';

/** The language to show: the user's choice, else the browser's when it is Dutch, else English. */
export function resolveLanguage(choice: 'auto' | UiLanguage, browserLanguage: string): UiLanguage {
  if (choice !== 'auto') return choice;
  return browserLanguage.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/**
 * Looks messages up in a bundle the way browser.i18n does (named placeholders, then `$1`…`$9`),
 * so that a page can show the language chosen in the options rather than only the browser's.
 * A key missing from `bundle` is taken from `fallback`.
 */
export function translator(bundle: MessageBundle, fallback: MessageBundle): GetMessage {
  return (key, substitutions = []) => {
    const entry = bundle[key] ?? fallback[key];
    if (!entry) return '';
    const placeholders = entry.placeholders ?? {};
    const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const placeholder = placeholders[name.toLowerCase()];
      return placeholder ? placeholder.content : whole;
    });
    return named.replace(/\$\$|\$(\d)/g, (_, index?: string) =>
      index === undefined ? '$' : (substitutions[Number(index) - 1] ?? ''),
    );
  };
}
