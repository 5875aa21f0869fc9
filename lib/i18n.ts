import type english from '../public/_locales/en/messages.json';

/** Every user-facing string has a key in public/_locales/<lang>/messages.json (nl and en). */
export type MessageKey = keyof typeof english;

export type GetMessage = (key: MessageKey, substitutions?: string[]) => string;

/** "1 signaal" / "12 signalen": the locale files carry one form per plural category we use. */
export function signalCount(t: GetMessage, count: number): string {
  return count === 1 ? t('signalCountOne') : t('signalCountOther', [String(count)]);
}
