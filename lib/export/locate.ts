import type { Area, Signal } from '../schema/records';
import { type Coordinates, placeKey } from '../suggest/coordinates';
import { signalMunicipality, signalPlace, signalPostcode } from './labels';

// Where a signal or initiative lies on a map, from the shipped postcode data (lib/data/pc4.csv,
// GeoNames, through lib/suggest/coordinates.ts) and what the record stores, without reading its
// text again. The point is the centre of the most precise thing known:
// - a postcode the text names (when it lies in the signal's municipality, if that is known);
// - a place in the municipality (the mean of its postcodes' centres);
// - the municipality itself (the mean of the centres of the postcodes that lie mostly in it).

export type PointPrecision = 'postcode' | 'place' | 'municipality';

export interface LocatedPoint {
  lat: number;
  lon: number;
  precision: PointPrecision;
}

export interface Locator {
  signal(signal: Signal): LocatedPoint | undefined;
  area(area: Pick<Area, 'municipality' | 'place'>): LocatedPoint | undefined;
}

const centres = new WeakMap<Coordinates, Map<string, { lat: number; lon: number }>>();

/** Municipality centres, built once per set of coordinates. */
function municipalityCentres(coordinates: Coordinates) {
  const known = centres.get(coordinates);
  if (known) return known;
  const sums = new Map<string, { lat: number; lon: number; count: number }>();
  for (const [postcode, municipality] of coordinates.postcodeMunicipalities) {
    const point = coordinates.postcodes.get(postcode);
    if (!point) continue;
    const sum = sums.get(municipality) ?? { lat: 0, lon: 0, count: 0 };
    sum.lat += point.lat;
    sum.lon += point.lon;
    sum.count += 1;
    sums.set(municipality, sum);
  }
  const built = new Map(
    [...sums].map(([code, sum]) => [code, { lat: sum.lat / sum.count, lon: sum.lon / sum.count }]),
  );
  centres.set(coordinates, built);
  return built;
}

/** About a metre: the source's centres are given to four decimals. */
const DECIMALS = 5;

function rounded(point: { lat: number; lon: number }, precision: PointPrecision): LocatedPoint {
  const round = (value: number) => Number(value.toFixed(DECIMALS));
  return { lat: round(point.lat), lon: round(point.lon), precision };
}

export function locator(coordinates: Coordinates): Locator {
  const municipalities = municipalityCentres(coordinates);
  const area = (
    municipality: string | undefined,
    place: string | undefined,
  ): LocatedPoint | undefined => {
    if (municipality === undefined) return undefined;
    const placePoint =
      place === undefined ? undefined : coordinates.places.get(placeKey(municipality, place));
    if (placePoint) return rounded(placePoint, 'place');
    const centre = municipalities.get(municipality);
    return centre ? rounded(centre, 'municipality') : undefined;
  };
  return {
    signal(signal) {
      const municipality = signalMunicipality(signal);
      const postcode = signalPostcode(signal);
      const postcodePoint =
        postcode === undefined ? undefined : coordinates.postcodes.get(postcode);
      if (
        postcodePoint &&
        (municipality === undefined ||
          coordinates.postcodeMunicipalities.get(postcode as string) === municipality)
      ) {
        return rounded(postcodePoint, 'postcode');
      }
      return area(municipality, signalPlace(signal));
    },
    area: (given) => area(given.municipality, given.place),
  };
}
