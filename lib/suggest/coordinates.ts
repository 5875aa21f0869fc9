import { type Gazetteer, nameKey } from '../places/gazetteer';

export interface Point {
  lat: number;
  lon: number;
}

/** Where postcodes and places lie, from the postcode file: what distances are measured between. */
export interface Coordinates {
  /** 4-digit postcode → its centre. */
  postcodes: ReadonlyMap<string, Point>;
  /** `${municipality code} ${name key}` → the mean centre of the place's postcodes. */
  places: ReadonlyMap<string, Point>;
  /** 4-digit postcode → the municipality it lies in most. */
  postcodeMunicipalities: ReadonlyMap<string, string>;
}

const built = new WeakMap<Gazetteer, Coordinates>();

export function placeKey(municipality: string, place: string): string {
  return `${municipality} ${nameKey(place)}`;
}

/** Built once per gazetteer: the gazetteer lives as long as the background page. */
export function coordinatesOf(gazetteer: Gazetteer): Coordinates {
  const known = built.get(gazetteer);
  if (known) return known;
  const postcodes = new Map<string, Point>();
  const postcodeMunicipalities = new Map<string, string>();
  const sums = new Map<string, { lat: number; lon: number; count: number }>();
  for (const [postcode, areas] of gazetteer.postcodes) {
    const [main] = areas;
    if (!main) continue;
    postcodes.set(postcode, { lat: main.lat, lon: main.lon });
    postcodeMunicipalities.set(postcode, main.code);
    for (const area of areas) {
      const key = placeKey(area.code, area.place);
      const sum = sums.get(key) ?? { lat: 0, lon: 0, count: 0 };
      sum.lat += area.lat;
      sum.lon += area.lon;
      sum.count += 1;
      sums.set(key, sum);
    }
  }
  const places = new Map<string, Point>();
  for (const [key, sum] of sums) {
    places.set(key, { lat: sum.lat / sum.count, lon: sum.lon / sum.count });
  }
  const coordinates = { postcodes, places, postcodeMunicipalities };
  built.set(gazetteer, coordinates);
  return coordinates;
}

const EARTH_RADIUS_KM = 6371;
const RADIANS = Math.PI / 180;

/** Great-circle distance in kilometres. */
export function distanceKm(a: Point, b: Point): number {
  const dLat = (b.lat - a.lat) * RADIANS;
  const dLon = (b.lon - a.lon) * RADIANS;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * RADIANS) * Math.cos(b.lat * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
