import { describe, expect, it } from 'vitest';
import { DEFAULT_STALLED_AFTER_DAYS, settingsFrom } from './settings';
import { storedLanguageChoice } from './settings-keys';

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
