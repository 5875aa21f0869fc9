import { describe, expect, it } from 'vitest';
import {
  CONSENT_VERSION,
  consentChange,
  DEFAULT_STALLED_AFTER_DAYS,
  hasDetectionConsent,
  settingsFrom,
} from './settings';
import { storedDetectionConsent, storedLanguageChoice } from './settings-keys';

describe('settings', () => {
  it('gives a new install the defaults', () => {
    expect(settingsFrom(undefined, 'member-1')).toEqual({
      memberId: 'member-1',
      language: 'auto',
      watchedAreas: [],
      watchedTopics: [],
      notifications: false,
      stalledAfterDays: DEFAULT_STALLED_AFTER_DAYS,
    });
  });

  it('keeps what is valid and falls back field by field for what is not', () => {
    const settings = settingsFrom(
      {
        memberId: 'not this one',
        memberName: '',
        language: 'fr',
        watchedAreas: [{ municipality: 'GM0344' }],
        watchedTopics: ['roads', 'not-a-topic'],
        stalledAfterDays: 14,
        homeArea: { municipality: 'Utrecht' },
      },
      'member-7',
    );
    expect(settings).toMatchObject({
      memberId: 'member-7',
      language: 'auto',
      watchedAreas: [{ municipality: 'GM0344' }],
      watchedTopics: [],
      stalledAfterDays: 14,
    });
    expect(settings.memberName).toBeUndefined();
    expect(settings.homeArea).toBeUndefined();
  });
});

describe('language choice read without the schema', () => {
  it('reads nl and en, and anything else as the browser’s language', () => {
    expect(storedLanguageChoice({ language: 'nl' })).toBe('nl');
    expect(storedLanguageChoice({ language: 'fr' })).toBe('auto');
    expect(storedLanguageChoice(undefined)).toBe('auto');
  });
});

describe('consent to reading pages', () => {
  const now = new Date('2026-11-27T10:00:00Z');

  it('is absent on a new install and recorded with the explanation version and time', () => {
    expect(hasDetectionConsent(settingsFrom(undefined, 'member-1'))).toBe(false);
    const agreed = settingsFrom(consentChange(true, now), 'member-1');
    expect(agreed.detectionConsent).toEqual({
      version: CONSENT_VERSION,
      at: '2026-11-27T10:00:00.000Z',
    });
    expect(hasDetectionConsent(agreed)).toBe(true);
    expect(hasDetectionConsent(settingsFrom(consentChange(false, now), 'member-1'))).toBe(false);
  });

  it('does not count consent to an older explanation, or anything malformed', () => {
    const older = { detectionConsent: { version: CONSENT_VERSION - 1, at: now.toISOString() } };
    expect(storedDetectionConsent(older)).toBe(false);
    expect(storedDetectionConsent({ detectionConsent: { version: '1' } })).toBe(false);
    expect(storedDetectionConsent({ detectionConsent: true })).toBe(false);
    expect(storedDetectionConsent(null)).toBe(false);
    expect(hasDetectionConsent(settingsFrom({ detectionConsent: { version: 1 } }, 'm'))).toBe(
      false,
    );
  });

  it('is read the same by hand (content script) and by the schema (pages)', () => {
    const stored = { ...consentChange(true, now), language: 'nl' };
    expect(storedDetectionConsent(stored)).toBe(hasDetectionConsent(settingsFrom(stored, 'm')));
  });
});
