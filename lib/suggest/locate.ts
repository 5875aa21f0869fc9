import { findPlaces, type PlaceMatch } from '../places/find';
import { type Gazetteer, nameKey } from '../places/gazetteer';
import { resolveMunicipality, soleMunicipality } from '../places/resolve';
import type { Area } from '../schema/records';

/** How the municipality was found: the user's correction, the text, the author's name, the user's home. */
export type LocationSource = 'corrected' | 'text' | 'author' | 'home';

/** The user's home area (settings), optionally with its 4-digit postcode. */
export type HomeArea = Area & { postcode?: string };

/** What `locate` reads of a signal. */
export interface LocateInput {
  text: string;
  source?: { authorName?: string };
  correctedArea?: Area;
}

export interface LocateContext {
  gazetteer: Gazetteer;
  homeArea?: HomeArea;
}

/** A municipality an ambiguous name may mean, with its share of the name's weight (0..1). */
export interface MunicipalityChoice {
  municipality: string;
  share: number;
}

export interface Location {
  /** CBS code ("GM0344"), null when neither the text, the author nor a home area says. */
  municipality: string | null;
  from: LocationSource | null;
  /** A place or neighbourhood named, as written ("Hoogvliet", "Oud-West"). */
  place?: string;
  /** A street named, as written, with its house number if given. */
  street?: string;
  /** The 4 digits of a postcode named. */
  postcode?: string;
  /**
   * The other municipalities the deciding name may mean, likeliest first; empty when the name is
   * not ambiguous or the post settles it ("Bergen (L)", "Oostrum bij Venray").
   */
  alternatives: MunicipalityChoice[];
  /** The name alone does not decide and nothing else did: the UI offers `alternatives`. */
  ambiguous: boolean;
  /** The author's place or the home area picked one of an ambiguous name's municipalities. */
  settledBy?: 'author' | 'home';
}

/** An alternative this likely (share of the name's weight) makes the name worth asking about. */
const AMBIGUOUS_SHARE = 0.2;
const MAX_ALTERNATIVES = 4;

/**
 * What separates a person's name from a place in a display name: "Joris | Oud-West",
 * "Anna uit Zwolle", "Piet (Deventer)", "Mo 🌳 Lombok".
 */
const AUTHOR_SEPARATOR =
  /\s[-–—]\s|[|·•,/()[\]@]|\s(?:uit|from|in|te|bij)\s|[^\p{L}\p{N}\p{M}\s'’.&-]/u;
/** Surname particles: "Joost van Amersfoort" is a person, not a place. */
const SURNAME_PARTICLES = new Set(['van', 'de', 'der', 'den', 'ter', 'ten', 'op']);

const SPOT_KINDS = new Set(['place', 'district']);
const PROVINCE_SUFFIX = /\s*\(?[\p{L}.]+\)?$/u;

/**
 * The places an author's display name states. After a separator any place counts; in a name
 * without one ("Buurtbewoner Utrecht") only a name that is not also an ordinary word or surname
 * ("Sanne Bergen" is a person), and never after "van" or "de".
 */
function authorPlaces(displayName: string, gazetteer: Gazetteer): PlaceMatch[] {
  const separator = AUTHOR_SEPARATOR.exec(displayName);
  if (separator) {
    const rest = displayName.slice(separator.index + separator[0].length);
    return findPlaces(rest, gazetteer);
  }
  return findPlaces(displayName, gazetteer).filter((match) => {
    const before = nameKey(displayName.slice(0, match.start)).split(' ').pop() ?? '';
    if (SURNAME_PARTICLES.has(before)) return false;
    const entries = gazetteer.names.get(nameKey(match.text)) ?? [];
    return entries.length === 0 || entries.some((entry) => entry.caseRule === 'any');
  });
}

function spotOf(match: PlaceMatch): string {
  return match.province ? match.text.replace(PROVINCE_SUFFIX, '') : match.text;
}

function pointsAt(match: PlaceMatch, municipality: string): boolean {
  return match.candidates.some((candidate) => candidate.code === municipality);
}

/** The place, street and postcode `matches` name in `municipality`. */
function spots(matches: readonly PlaceMatch[], municipality: string | null) {
  const inMunicipality = (match: PlaceMatch) =>
    municipality === null || pointsAt(match, municipality);
  const place = matches.find((m) => SPOT_KINDS.has(m.kind) && inMunicipality(m));
  const street = matches.find((m) => m.kind === 'street');
  const postcode = matches.find((m) => m.kind === 'postcode' && inMunicipality(m));
  return {
    ...(place ? { place: spotOf(place) } : {}),
    ...(street ? { street: street.text } : {}),
    ...(postcode ? { postcode: postcode.text.slice(0, 4) } : {}),
  };
}

interface Resolution {
  municipality: string;
  alternatives: MunicipalityChoice[];
  ambiguous: boolean;
  settledBy?: 'author' | 'home';
}

/**
 * The municipality `matches` point at, and, when the names that point there all have other
 * municipalities too and none is settled by a province or an unambiguous name, those others.
 * Context (the author's place, the home area) picks among them when it is one of them.
 */
function resolve(
  matches: readonly PlaceMatch[],
  gazetteer: Gazetteer,
  context: { author?: string | null; home?: string | undefined },
): Resolution | null {
  const resolved = resolveMunicipality(matches, gazetteer);
  if (!resolved) return null;
  const settled = resolved.evidence.some(
    (match) => match.province !== undefined || soleMunicipality(match) !== undefined,
  );
  if (settled) return { municipality: resolved.code, alternatives: [], ambiguous: false };
  const weights = new Map<string, number>();
  let total = 0;
  for (const match of resolved.evidence) {
    for (const { code, weight } of match.candidates) {
      weights.set(code, (weights.get(code) ?? 0) + weight);
      total += weight;
    }
  }
  const choices = [...weights]
    .map(([municipality, weight]) => ({
      municipality,
      share: Math.round((weight / total) * 1000) / 1000,
    }))
    .sort((a, b) => b.share - a.share || a.municipality.localeCompare(b.municipality));
  const byContext = (code: string | null | undefined) =>
    code ? choices.find((choice) => choice.municipality === code) : undefined;
  const fromAuthor = byContext(context.author);
  const fromHome = fromAuthor ? undefined : byContext(context.home);
  const chosen = fromAuthor ?? fromHome;
  const municipality = chosen?.municipality ?? resolved.code;
  const alternatives = choices
    .filter((choice) => choice.municipality !== municipality)
    .slice(0, MAX_ALTERNATIVES);
  return {
    municipality,
    alternatives,
    ambiguous: chosen === undefined && (alternatives[0]?.share ?? 0) >= AMBIGUOUS_SHARE,
    ...(fromAuthor ? { settledBy: 'author' as const } : {}),
    ...(fromHome ? { settledBy: 'home' as const } : {}),
  };
}

/** `locate`, with the places found in the text, which suggestions compare with initiatives. */
export function locateWithPlaces(
  input: LocateInput,
  context: LocateContext,
): { location: Location; textPlaces: PlaceMatch[] } {
  const { gazetteer, homeArea } = context;
  const textPlaces = findPlaces(input.text, gazetteer);
  const corrected = input.correctedArea;
  if (corrected?.municipality) {
    const fromText = spots(textPlaces, corrected.municipality);
    const place = corrected.place ?? corrected.neighbourhood ?? fromText.place;
    return {
      location: {
        ...fromText,
        ...(place ? { place } : {}),
        municipality: corrected.municipality,
        from: 'corrected',
        alternatives: [],
        ambiguous: false,
      },
      textPlaces,
    };
  }
  const authorName = input.source?.authorName;
  const author = authorName ? authorPlaces(authorName, gazetteer) : [];
  const authorMunicipality = resolveMunicipality(author, gazetteer)?.code ?? null;
  const fromText = resolve(textPlaces, gazetteer, {
    author: authorMunicipality,
    home: homeArea?.municipality,
  });
  if (fromText) {
    return {
      location: { ...spots(textPlaces, fromText.municipality), ...fromText, from: 'text' },
      textPlaces,
    };
  }
  const { street } = spots(textPlaces, null);
  const streetOnly = street ? { street } : {};
  if (authorMunicipality) {
    return {
      location: {
        ...spots(author, authorMunicipality),
        ...streetOnly,
        municipality: authorMunicipality,
        from: 'author',
        alternatives: [],
        ambiguous: false,
      },
      textPlaces,
    };
  }
  if (homeArea?.municipality) {
    const place = homeArea.place ?? homeArea.neighbourhood;
    return {
      location: {
        ...(place ? { place } : {}),
        ...streetOnly,
        ...(homeArea.postcode ? { postcode: homeArea.postcode } : {}),
        municipality: homeArea.municipality,
        from: 'home',
        alternatives: [],
        ambiguous: false,
      },
      textPlaces,
    };
  }
  return {
    location: { ...streetOnly, municipality: null, from: null, alternatives: [], ambiguous: false },
    textPlaces,
  };
}

/**
 * Where a signal is: the user's correction first, then the places its text names (an ambiguous
 * name settled by the author's place or the home area when it is one of its municipalities, else
 * offered as a choice), then a place in the author's display name, then the user's home area.
 */
export function locate(input: LocateInput, context: LocateContext): Location {
  return locateWithPlaces(input, context).location;
}
