import type { PostAnalysis } from '../places/analyse';
import type { PlaceMatch } from '../places/find';
import { soleMunicipality } from '../places/resolve';
import type { Signal } from '../schema/records';
import type { Classification } from '.';

/** What a signal keeps of a classification and of the places found in its text. */
export type SignalClassification = Pick<
  Signal,
  'verdict' | 'category' | 'confidence' | 'tone' | 'evidence' | 'municipality' | 'places'
>;

/** Enough cues to explain a verdict to a person; the rest are weaker repeats. */
const EVIDENCE_KEPT = 12;
const PLACES_KEPT = 50;

export function signalFieldsOf(classification: Classification): SignalClassification {
  return {
    verdict: classification.local ? 'local-issue' : 'other',
    category: classification.category ?? undefined,
    confidence: Math.round(classification.confidence * 1000) / 1000,
    tone: classification.tone,
    evidence: classification.evidence
      .slice(0, EVIDENCE_KEPT)
      .map(({ cue, kind, weight, category }) => ({
        cue: cue.slice(0, 200),
        kind,
        weight: Math.round(weight * 100) / 100,
        ...(category ? { category } : {}),
      })),
  };
}

/** The classification plus the places (background and command line, with the gazetteer). */
export function signalFieldsOfAnalysis(analysis: PostAnalysis): SignalClassification {
  const places = storedPlaces(analysis.places);
  return {
    ...signalFieldsOf(analysis.classification),
    ...(analysis.municipality ? { municipality: analysis.municipality.code } : {}),
    ...(places.length > 0 ? { places } : {}),
  };
}

/**
 * The places found in a text as a signal keeps them: each once, with the municipality a name
 * settles by itself.
 */
export function storedPlaces(matches: readonly PlaceMatch[]): NonNullable<Signal['places']> {
  const seen = new Set<string>();
  const places: NonNullable<Signal['places']> = [];
  for (const place of matches) {
    const name = place.text.slice(0, 200);
    if (seen.has(`${place.kind}:${name}`) || places.length >= PLACES_KEPT) continue;
    seen.add(`${place.kind}:${name}`);
    const only = soleMunicipality(place);
    places.push({ kind: place.kind, name, ...(only ? { municipality: only } : {}) });
  }
  return places;
}
