import type { MunicipalityName } from '../places/municipality-list';
import type { Coordinates } from '../suggest/coordinates';
import { municipalityName } from '../suggest/reason-words';
import { applyExportOptions, type ExportCollection, type ExportOptions } from './collection';
import { categoryName, signalCategory, signalMunicipality, signalPlace } from './labels';
import { type LocatedPoint, locator, type PointPrecision } from './locate';

// GeoJSON (RFC 7946) for QGIS or a web map: signals and initiatives as points, WGS 84, longitude
// first. Where a point comes from is in lib/export/locate.ts; `precision` says how exact it is,
// so a map can leave out or style the coarse ones. A signal or initiative that cannot be placed
// (no postcode, place or municipality known) is left out and counted; a merged initiative is left
// out (it lives on in the one it merged into).

export interface PointGeometry {
  type: 'Point';
  coordinates: [number, number];
}

export interface SignalProperties {
  id: string;
  kind: 'signal';
  category: string | null;
  categoryName: string | null;
  triage: string;
  municipality: string | null;
  municipalityCode: string | null;
  place: string | null;
  site: string;
  clippedAt: string;
  postedAt: string | null;
  initiativeId: string | null;
  /** The post's text, null when the export leaves text out. */
  text: string | null;
  url: string;
  precision: PointPrecision;
}

export interface InitiativeProperties {
  id: string;
  kind: 'initiative';
  category: string;
  categoryName: string;
  status: string;
  municipality: string | null;
  municipalityCode: string | null;
  place: string | null;
  title: string;
  signals: number;
  precision: PointPrecision;
}

export interface PointFeature<P> {
  type: 'Feature';
  id: string;
  geometry: PointGeometry;
  properties: P;
}

export interface ExportFeatureCollection {
  type: 'FeatureCollection';
  features: Array<PointFeature<SignalProperties> | PointFeature<InitiativeProperties>>;
}

export interface GeoJsonExport {
  geojson: ExportFeatureCollection;
  /** How many could not be placed on the map, so were left out. */
  skipped: { signals: number; initiatives: number };
}

export interface GeoJsonContext {
  coordinates: Coordinates;
  municipalities: readonly MunicipalityName[];
}

export function exportGeoJson(
  collection: ExportCollection,
  options: ExportOptions,
  context: GeoJsonContext,
): GeoJsonExport {
  const prepared = applyExportOptions(collection, options);
  const locate = locator(context.coordinates);
  const name = (code: string | undefined) => municipalityName(context.municipalities, code) ?? null;
  const skipped = { signals: 0, initiatives: 0 };
  const features: ExportFeatureCollection['features'] = [];
  const signalsPerInitiative = new Map<string, number>();

  for (const signal of prepared.signals) {
    if (signal.initiativeId !== undefined) {
      signalsPerInitiative.set(
        signal.initiativeId,
        (signalsPerInitiative.get(signal.initiativeId) ?? 0) + 1,
      );
    }
    const point = locate.signal(signal);
    if (!point) {
      skipped.signals += 1;
      continue;
    }
    const category = signalCategory(signal);
    const municipality = signalMunicipality(signal);
    features.push(
      feature(signal.id, point, {
        id: signal.id,
        kind: 'signal',
        category: category ?? null,
        categoryName: category === undefined ? null : categoryName(category, options.language),
        triage: signal.triage ?? 'new',
        municipality: name(municipality),
        municipalityCode: municipality ?? null,
        place: signalPlace(signal) ?? null,
        site: signal.source.site,
        clippedAt: signal.clippedAt,
        postedAt: signal.source.postedAt ?? null,
        initiativeId: signal.initiativeId ?? null,
        text: options.includeText ? signal.text : null,
        url: signal.source.url,
        precision: point.precision,
      }),
    );
  }

  for (const initiative of prepared.initiatives) {
    // A merged initiative lives on in the one it merged into, which is on the map.
    if (initiative.mergedInto !== undefined) continue;
    const place = initiative.area.place ?? initiative.area.neighbourhood;
    const point = locate.area({ municipality: initiative.area.municipality, place });
    if (!point) {
      skipped.initiatives += 1;
      continue;
    }
    features.push(
      feature(initiative.id, point, {
        id: initiative.id,
        kind: 'initiative',
        category: initiative.category,
        categoryName: categoryName(initiative.category, options.language),
        status: initiative.status,
        municipality: name(initiative.area.municipality),
        municipalityCode: initiative.area.municipality ?? null,
        place: place ?? null,
        title: initiative.title,
        signals: signalsPerInitiative.get(initiative.id) ?? 0,
        precision: point.precision,
      }),
    );
  }
  return { geojson: { type: 'FeatureCollection', features }, skipped };
}

function feature<P>(id: string, point: LocatedPoint, properties: P): PointFeature<P> {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [point.lon, point.lat] },
    properties,
  };
}

/** The GeoJSON file's text. */
export function geoJsonText(result: GeoJsonExport): string {
  return `${JSON.stringify(result.geojson)}\n`;
}
