import { describe, expect, it } from 'vitest';
import { optionalDataCollection } from './consent';

describe('the data collection a manifest asks for', () => {
  it('is the optional list of Firefox, and nothing in Chromium', () => {
    const firefox = {
      browser_specific_settings: {
        gecko: {
          data_collection_permissions: { required: ['none'], optional: ['websiteContent'] },
        },
      },
    };
    expect(optionalDataCollection(firefox)).toEqual(['websiteContent']);
    expect(optionalDataCollection({ permissions: ['alarms'] })).toEqual([]);
  });
});
