// The storage keys of the settings, apart from their zod schema (lib/settings.ts), so that the
// content script can read the language choice without bundling zod.

export const SETTINGS_KEY = 'settings';
export const MEMBER_ID_KEY = 'memberId';

/** The language choice in stored settings, read by hand; 'auto' for anything else. */
export function storedLanguageChoice(stored: unknown): 'auto' | 'nl' | 'en' {
  const language = (stored as { language?: unknown } | null | undefined)?.language;
  return language === 'nl' || language === 'en' ? language : 'auto';
}
