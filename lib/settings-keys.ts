// The storage keys of the settings, apart from their zod schema (lib/settings.ts), so that the
// content script can read the language choice and the consent without bundling zod.

export const SETTINGS_KEY = 'settings';
export const MEMBER_ID_KEY = 'memberId';

/** The language choice in stored settings, read by hand; 'auto' for anything else. */
export function storedLanguageChoice(stored: unknown): 'auto' | 'nl' | 'en' {
  const language = (stored as { language?: unknown } | null | undefined)?.language;
  return language === 'nl' || language === 'en' ? language : 'auto';
}

/**
 * The version of the first-run explanation (the welcome page). Consent given to an older one does
 * not count: when what Vliegwiel reads or shares changes, the user is asked again.
 */
export const CONSENT_VERSION = 1;

/** Whether the stored settings hold consent to reading pages, given to the current explanation. */
export function storedDetectionConsent(stored: unknown): boolean {
  const consent = (stored as { detectionConsent?: { version?: unknown } } | null | undefined)
    ?.detectionConsent;
  return typeof consent?.version === 'number' && consent.version >= CONSENT_VERSION;
}
