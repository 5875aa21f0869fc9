import { describe, expect, it } from 'vitest';
import { DEFAULT_STALLED_AFTER_DAYS, settingsFrom } from './settings';

const newId = () => '00000000-0000-4000-8000-000000000001';

describe('settings', () => {
  it('gives a new install the defaults and a member id of its own', () => {
    expect(settingsFrom(undefined, newId)).toEqual({
      memberId: newId(),
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
        memberId: 'member-7',
        memberName: '',
        language: 'fr',
        watchedAreas: [{ municipality: 'GM0344' }],
        watchedTopics: ['roads', 'not-a-topic'],
        stalledAfterDays: 14,
        homeArea: { municipality: 'Utrecht' },
      },
      newId,
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
