import type english from '../public/_locales/en/messages.json';
import type { CategoryId } from './classify';

/** Every user-facing string has a key in public/_locales/<lang>/messages.json (nl and en). */
export type MessageKey = keyof typeof english;

export type GetMessage = (key: MessageKey, substitutions?: string[]) => string;

/** "1 signaal" / "12 signalen": the locale files carry one form per plural category we use. */
export function signalCount(t: GetMessage, count: number): string {
  return count === 1 ? t('signalCountOne') : t('signalCountOther', [String(count)]);
}

/** Category names live in the locale files as `category_<id>` (message names allow no hyphens). */
export function categoryMessage(category: CategoryId): MessageKey {
  return `category_${category.replace(/-/g, '_')}` as MessageKey;
}
