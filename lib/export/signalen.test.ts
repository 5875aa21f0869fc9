import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../classify/taxonomy';
import { fixedClock, signalRecord } from '../testing/factories';
import type { ExportCollection } from './collection';
import { signalenPayloads, signalenSubCategory } from './signalen';
import { coordinates, municipalities } from './testing';

const clock = fixedClock();
const context = { coordinates, municipalities };
const options = { pseudonymiseAuthors: false, includeText: true, language: 'nl' as const };

function collectionOf(...signals: ReturnType<typeof signalRecord>[]): ExportCollection {
  return { signals, initiatives: [], events: [], groups: [], members: [] };
}

/** The keys Signalen's public create endpoint accepts (PublicSignalCreateSerializer). */
const ACCEPTED_KEYS = [
  'source',
  'text',
  'text_extra',
  'location',
  'category',
  'reporter',
  'incident_date_start',
  'incident_date_end',
  'extra_properties',
  'session',
];

describe('signalenPayloads', () => {
  const located = signalRecord(clock, {
    category: 'animals',
    correctedArea: { municipality: 'GM0344', place: 'De Meern' },
  });

  it('makes the public API body: text, point, sub category, empty reporter, incident date', () => {
    const { payloads, skipped } = signalenPayloads(collectionOf(located), options, context);
    expect(skipped).toEqual([]);
    const [{ signalId, payload }] = payloads as [(typeof payloads)[number]];
    expect(signalId).toBe(located.id);
    expect(ACCEPTED_KEYS).toEqual(expect.arrayContaining(Object.keys(payload)));
    expect(payload).toMatchObject({
      source: 'online',
      text: located.text,
      location: { geometrie: { type: 'Point' } },
      category: {
        sub_category:
          '/signals/v1/public/terms/categories/overlast-van-dieren/sub_categories/overig-dieren',
      },
      reporter: {},
      incident_date_start: located.source.postedAt,
    });
    const [lon, lat] = payload.location.geometrie.coordinates;
    expect(lon).toBeCloseTo(5.04, 1);
    expect(lat).toBeCloseTo(52.08, 1);
    expect(payload.text_extra).toBe(
      [
        `Bericht (X, door buurtbewoner, geplaatst op ${located.source.postedAt}): ${located.source.url}`,
        'Plaats: De Meern, Utrecht',
        'Verzameld met Vliegwiel.',
      ].join('\n'),
    );
  });

  it('cuts a text over 3,000 characters and says so; without text, names category and place', () => {
    const long = { ...located, id: clock.newId(), text: `${'é'.repeat(2999)}😀😀` };
    const blank = {
      ...located,
      id: clock.newId(),
      source: { ...located.source, postedAt: undefined },
    };
    const { payloads } = signalenPayloads(
      collectionOf(long, blank),
      { ...options, includeText: false },
      context,
    );
    expect(payloads.map((entry) => entry.payload.text)).toEqual([
      'Dieren: De Meern, Utrecht',
      'Dieren: De Meern, Utrecht',
    ]);
    expect(payloads[1]?.payload.incident_date_start).toBe(blank.clippedAt);
    const [withText] = signalenPayloads(collectionOf(long), options, context).payloads;
    expect([...(withText?.payload.text ?? '')]).toHaveLength(3000);
    expect(withText?.payload.text.endsWith('é…')).toBe(true);
    expect(withText?.payload.text_extra).toContain('De tekst is ingekort');
  });

  it('leaves out a signal it cannot place', () => {
    const nowhere = signalRecord(clock);
    expect(signalenPayloads(collectionOf(nowhere), options, context).skipped).toEqual([nowhere.id]);
  });
});

describe('signalenSubCategory', () => {
  it('maps every category through the taxonomy to a general sub category of Signalen', () => {
    const paths = CATEGORY_IDS.map((category) => signalenSubCategory(category));
    for (const path of paths) {
      expect(path).toMatch(
        /^\/signals\/v1\/public\/terms\/categories\/[a-z-]+\/sub_categories\/[a-z-]+$/,
      );
    }
    expect(signalenSubCategory('roads')).toBe(
      '/signals/v1/public/terms/categories/wegen-verkeer-straatmeubilair/sub_categories/overig-wegen-verkeer-straatmeubilair',
    );
    // Signalen's category list has no "wonen", the taxonomy's choice for housing.
    expect(signalenSubCategory('housing')).toBe(
      '/signals/v1/public/terms/categories/overig/sub_categories/overig',
    );
    expect(signalenSubCategory(undefined)).toBe(signalenSubCategory('other'));
  });
});
