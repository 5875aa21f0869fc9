import { z } from 'zod';
import { CATEGORY_IDS } from './classify/taxonomy';
import { areaSchema, memberIdSchema, memberNameSchema } from './schema/records';
import { CONSENT_VERSION, storedDetectionConsent } from './settings-keys';

export const LANGUAGES = ['auto', 'nl', 'en'] as const;

/** How many days without activity make an initiative stalled, unless the user sets another. */
export const DEFAULT_STALLED_AFTER_DAYS = 21;

/**
 * The user's choices, in extension storage (readable by the background, the pages and, for the
 * language, the content script). Every field has a default, so a missing or partly invalid value
 * never locks anyone out: what cannot be read falls back field by field.
 */
export const settingsSchema = z.object({
  /** This browser's member id: the actor of every event made here (stored apart, see settings-store). */
  memberId: memberIdSchema,
  memberName: memberNameSchema.optional().catch(undefined),
  language: z.enum(LANGUAGES).catch('auto'),
  /** Where the user lives: the fallback place of a signal whose text names none. */
  homeArea: areaSchema.optional().catch(undefined),
  /** The areas and topics a professional monitors in the popup; empty watches everything. */
  watchedAreas: z.array(areaSchema).max(200).catch([]),
  watchedTopics: z.array(z.enum(CATEGORY_IDS)).catch([]),
  notifications: z.boolean().catch(false),
  stalledAfterDays: z.number().int().min(1).max(365).catch(DEFAULT_STALLED_AFTER_DAYS),
  /**
   * The user's consent to reading posts on social sites (the welcome page): which explanation they
   * agreed to, and when. Without it the content script reads nothing.
   */
  detectionConsent: z
    .object({ version: z.number().int().min(1), at: z.iso.datetime({ offset: true }) })
    .optional()
    .catch(undefined),
  /** When the popup was last opened: what "new since the last look" counts from. */
  lastLookAt: z.iso.datetime({ offset: true }).optional().catch(undefined),
});
export type Settings = z.infer<typeof settingsSchema>;

export { CONSENT_VERSION, MEMBER_ID_KEY, SETTINGS_KEY } from './settings-keys';

/** Whether the user agreed to the current explanation of what Vliegwiel reads. */
export function hasDetectionConsent(settings: Settings): boolean {
  return storedDetectionConsent(settings);
}

/** The settings as stored (anything at all), for the member `memberId`, with defaults filled in. */
export function settingsFrom(stored: unknown, memberId: string): Settings {
  const value = typeof stored === 'object' && stored !== null ? stored : {};
  return settingsSchema.parse({ ...value, memberId });
}

/** The settings change that records the user's answer on the welcome page or in the options. */
export function consentChange(consent: boolean, now: Date): Pick<Settings, 'detectionConsent'> {
  return {
    detectionConsent: consent ? { version: CONSENT_VERSION, at: now.toISOString() } : undefined,
  };
}
