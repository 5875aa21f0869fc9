import { type Classification, classifyPost } from '../classify/index';
import { findPlaces, type PlaceMatch } from './find';
import type { Gazetteer } from './gazetteer';
import { type ResolvedMunicipality, resolveMunicipality } from './resolve';

export interface PostAnalysis {
  classification: Classification;
  municipality: ResolvedMunicipality | null;
  places: PlaceMatch[];
}

/**
 * The classifier with the full gazetteer behind it: places found, the municipality they point
 * at, and a verdict that knows the post names a place. For clipping and the command line; the
 * verdicts marked on a feed's posts are `classifyPost` alone.
 */
export function analysePost(text: string, gazetteer: Gazetteer): PostAnalysis {
  const places = findPlaces(text, gazetteer);
  const namedPlace = places.some((place) => place.kind !== 'street');
  return {
    classification: classifyPost(text, { namedPlace }),
    municipality: resolveMunicipality(places, gazetteer),
    places,
  };
}

/** The names found, as written in the post, each once. */
export function placeNames(places: readonly PlaceMatch[]): string[] {
  return [...new Set(places.map((place) => place.text))];
}
