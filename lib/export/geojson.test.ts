import { describe, expect, it } from 'vitest';
import { placeKey } from '../suggest/coordinates';
import { fixedClock, initiativeRecord, signalRecord } from '../testing/factories';
import type { ExportCollection } from './collection';
import { exportGeoJson, geoJsonText } from './geojson';
import { coordinates, municipalities } from './testing';

const clock = fixedClock();
const context = { coordinates, municipalities };
const options = { pseudonymiseAuthors: false, includeText: true, language: 'nl' as const };

const initiative = initiativeRecord(clock, {
  title: 'Groen De Meern',
  category: 'green',
  status: 'gathering',
  area: { municipality: 'GM0344', place: 'De Meern' },
});
const byPostcode = signalRecord(clock, {
  municipality: 'GM0344',
  places: [{ kind: 'postcode', name: '3511 AB', municipality: 'GM0344' }],
  category: 'roads',
  triage: 'acknowledged',
  initiativeId: initiative.id,
});
const byPlace = signalRecord(clock, {
  correctedArea: { municipality: 'GM0344', place: 'de meern' },
});
const byMunicipality = signalRecord(clock, { municipality: 'GM0344' });
// A postcode in another municipality than the corrected one is not where the user says it is.
const postcodeElsewhere = signalRecord(clock, {
  places: [{ kind: 'postcode', name: '1011', municipality: 'GM0363' }],
  correctedArea: { municipality: 'GM0344' },
});
const nowhere = signalRecord(clock);
const merged = initiativeRecord(clock, { mergedInto: initiative.id });
const unplaced = initiativeRecord(clock, { area: {} });

const collection: ExportCollection = {
  signals: [byPostcode, byPlace, byMunicipality, postcodeElsewhere, nowhere],
  initiatives: [initiative, merged, unplaced],
  events: [],
  groups: [],
  members: [],
};

function featureOf(result: ReturnType<typeof exportGeoJson>, id: string) {
  return result.geojson.features.find((feature) => feature.id === id);
}

describe('exportGeoJson', () => {
  const result = exportGeoJson(collection, options, context);

  it('places a signal at its postcode, longitude first', () => {
    expect(featureOf(result, byPostcode.id)).toEqual({
      type: 'Feature',
      id: byPostcode.id,
      geometry: { type: 'Point', coordinates: [5.1175, 52.0884] },
      properties: {
        id: byPostcode.id,
        kind: 'signal',
        category: 'roads',
        categoryName: 'Wegen en straatmeubilair',
        triage: 'acknowledged',
        municipality: 'Utrecht',
        municipalityCode: 'GM0344',
        place: null,
        site: 'x',
        clippedAt: byPostcode.clippedAt,
        postedAt: byPostcode.source.postedAt,
        initiativeId: initiative.id,
        text: byPostcode.text,
        url: byPostcode.source.url,
        precision: 'postcode',
      },
    });
  });

  it('places a signal at its place, else its municipality, from the shipped postcode data', () => {
    const place = coordinates.places.get(placeKey('GM0344', 'De Meern'));
    expect(featureOf(result, byPlace.id)?.geometry.coordinates).toEqual([
      Number(place?.lon.toFixed(5)),
      Number(place?.lat.toFixed(5)),
    ]);
    expect(featureOf(result, byPlace.id)?.properties.precision).toBe('place');
    for (const signal of [byMunicipality, postcodeElsewhere]) {
      const feature = featureOf(result, signal.id);
      expect(feature?.properties.precision).toBe('municipality');
      const [lon, lat] = feature?.geometry.coordinates ?? [];
      // Within the municipality of Utrecht.
      expect(lon).toBeGreaterThan(4.95);
      expect(lon).toBeLessThan(5.2);
      expect(lat).toBeGreaterThan(52.02);
      expect(lat).toBeLessThan(52.15);
    }
  });

  it('places an open initiative at its area, with its status and signals', () => {
    expect(featureOf(result, initiative.id)?.properties).toEqual({
      id: initiative.id,
      kind: 'initiative',
      category: 'green',
      categoryName: 'Groen',
      status: 'gathering',
      municipality: 'Utrecht',
      municipalityCode: 'GM0344',
      place: 'De Meern',
      title: 'Groen De Meern',
      signals: 1,
      precision: 'place',
    });
    expect(featureOf(result, merged.id)).toBeUndefined();
  });

  it('leaves out and counts what cannot be placed', () => {
    expect(featureOf(result, nowhere.id)).toBeUndefined();
    expect(featureOf(result, unplaced.id)).toBeUndefined();
    expect(result.skipped).toEqual({ signals: 1, initiatives: 1 });
    expect(result.geojson.features).toHaveLength(5);
  });

  it('leaves the text out when the export does', () => {
    const withoutText = exportGeoJson(collection, { ...options, includeText: false }, context);
    const properties = withoutText.geojson.features.map((feature) => feature.properties);
    expect(
      properties.filter((p) => p.kind === 'signal').every((p) => 'text' in p && p.text === null),
    ).toBe(true);
  });

  it('is a GeoJSON file', () => {
    const parsed = JSON.parse(geoJsonText(result)) as { type: string; features: unknown[] };
    expect(parsed.type).toBe('FeatureCollection');
    expect(parsed.features).toHaveLength(5);
  });
});
