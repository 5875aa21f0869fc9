import {
  type Classification,
  classifyPost,
  classifyPostWithEvidence,
  type Evidence,
  type Judgement,
  judgePost,
  type PlaceHints,
} from '../classify/index';
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
 * at, and a verdict that knows the post names a place. For clipping and the command line.
 */
export function analysePost(text: string, gazetteer: Gazetteer): PostAnalysis {
  const places = findPlaces(text, gazetteer);
  return {
    classification: classifyPost(text, placeHintsOf(places)),
    municipality: resolveMunicipality(places, gazetteer),
    places,
  };
}

/**
 * The verdict `analysePost` gives, without the municipality: what a page marks a post with, so
 * that a post is marked as it is clipped.
 */
export function judgeWithPlaces(text: string, gazetteer: Gazetteer): Judgement {
  return judgePost(text, placeHintsOf(findPlaces(text, gazetteer)));
}

/** The cues behind `judgeWithPlaces`'s verdict, strongest first: a page's explanation. */
export function explainWithPlaces(text: string, gazetteer: Gazetteer): Evidence[] {
  return classifyPostWithEvidence(text, placeHintsOf(findPlaces(text, gazetteer))).evidence;
}

/**
 * The places named, more than streets (which the classifier finds itself), as written. What
 * people call themselves ("een 59-jarige Rotterdammer") says where someone is from, not where
 * something is: it points at the municipality but names no place for the verdict.
 */
export function placeHintsOf(places: readonly PlaceMatch[]): PlaceHints {
  return {
    namedPlaces: placeNames(places.filter((place) => place.kind !== 'street' && !place.ofPeople)),
  };
}

/** The names found, as written in the post, each once. */
export function placeNames(places: readonly PlaceMatch[]): string[] {
  return [...new Set(places.map((place) => place.text))];
}
