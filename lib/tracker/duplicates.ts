import {
  effectiveCategory,
  effectiveMunicipality,
  foldForSearch,
  searchWords,
} from '../db/signal-index';
import type { Initiative, Signal } from '../schema/records';

export type DuplicateReason = 'similar-text' | 'same-place' | 'same-category';

export interface DuplicateCandidate {
  signal: Signal;
  /** 0..1: how likely it is the same issue. */
  score: number;
  reasons: DuplicateReason[];
}

export type SimilarityReason = 'similar-title' | 'same-place' | 'same-category';

export interface SimilarInitiative {
  initiative: Initiative;
  score: number;
  reasons: SimilarityReason[];
}

/**
 * Function words of Dutch and English, folded: every post has them, so sharing them says nothing
 * about sharing an issue. Rarer words weigh more anyway (by how few signals have them); this list
 * keeps that true when there are only a few signals to compare.
 */
const FUNCTION_WORDS = new Set(
  (
    'de het een en of van in op aan met voor bij uit over onder naar tot om te is zijn was waren ' +
    'wordt worden werd heeft hebben had al ook nog wel niet geen maar dan dat die dit deze er hier ' +
    'daar zo als ik je jij we wij ze zij hij mijn ons onze hun hem haar wat wie waar hoe waarom nu ' +
    'weer toch echt heel erg veel meer door na sinds tegen zonder alle iets kan moet zal zou gaat ' +
    'the an and or of on at to for with from by are were be been has have it its this that these ' +
    'those there here so as you they he she my our your their not no but if then who where how ' +
    'why now just very more'
  ).split(' '),
);

/** The start of a long text says what it is about; comparing further only costs time. */
const COMPARED_TEXT_LENGTH = 2_000;

/** Places finer than a municipality: sharing one of these is sharing the spot. */
const NAMED_PLACE_KINDS = new Set(['place', 'district', 'alias', 'postcode', 'street']);

const TEXT_WEIGHT = 0.6;
const PLACE_WEIGHT = 0.3;
const CATEGORY_WEIGHT = 0.1;
/** Sharing only the municipality is half of sharing the spot. */
const SAME_MUNICIPALITY_PLACE_SCORE = 0.5;
/** Two known, different municipalities: the same words about two towns are two issues. */
const OTHER_MUNICIPALITY_FACTOR = 0.5;
const SIMILAR_TEXT = 0.4;
const MIN_DUPLICATE_SCORE = 0.4;

interface Profile {
  words: Set<string>;
  places: Set<string>;
  municipality: string;
  category: string;
}

// Signals are immutable values (a change stores a new object), so a profile stays right for as
// long as its signal object lives; the tracker asks about the same list many times.
const profiles = new WeakMap<Signal, Profile>();

function profileOf(signal: Signal): Profile {
  const known = profiles.get(signal);
  if (known) return known;
  const places = (signal.places ?? [])
    .filter((place) => NAMED_PLACE_KINDS.has(place.kind))
    .map((place) => place.name);
  const area = signal.correctedArea;
  if (area?.place) places.push(area.place);
  if (area?.neighbourhood) places.push(area.neighbourhood);
  const profile = {
    words: contentWords(signal.text.slice(0, COMPARED_TEXT_LENGTH)),
    places: new Set(places.map((name) => foldForSearch(name).trim())),
    municipality: effectiveMunicipality(signal),
    category: effectiveCategory(signal),
  };
  profiles.set(signal, profile);
  return profile;
}

function contentWords(text: string) {
  return new Set(searchWords(text).filter((word) => !FUNCTION_WORDS.has(word)));
}

/**
 * Signals that may be the same issue as `target` (the same complaint clipped from several
 * platforms, or by several people): similar words, weighted by how rare they are among
 * `signals`, and the same spot or municipality; the same category adds a little. Two known,
 * different municipalities halve the score. A signal shares at least one word or named place
 * with the target to be considered, so most of a large list costs a few set lookups. Signals
 * already in the target's initiative are together already and left out. Best first.
 */
export function duplicateCandidates(
  signals: readonly Signal[],
  target: Signal,
  limit: number,
): DuplicateCandidate[] {
  const wanted = profileOf(target);
  const others = signals.filter(
    (signal) =>
      signal.id !== target.id &&
      (target.initiativeId === undefined || signal.initiativeId !== target.initiativeId),
  );
  const weight = rarityWeights(others.map(profileOf), wanted);
  const wantedNorm = norm(wanted.words, weight);
  const candidates: DuplicateCandidate[] = [];
  for (const signal of others) {
    const profile = profileOf(signal);
    let shared = 0;
    for (const word of wanted.words) {
      if (profile.words.has(word)) shared += weight(word) ** 2;
    }
    const sameMunicipality =
      wanted.municipality !== '' && wanted.municipality === profile.municipality;
    const otherMunicipality =
      wanted.municipality !== '' && profile.municipality !== '' && !sameMunicipality;
    // Many towns have a Hoofdstraat: a place name is shared only within one municipality.
    const sharesPlace = !otherMunicipality && intersects(wanted.places, profile.places);
    if (shared === 0 && !sharesPlace) continue;
    const text = shared === 0 ? 0 : shared / (wantedNorm * norm(profile.words, weight));
    const place = sharesPlace ? 1 : sameMunicipality ? SAME_MUNICIPALITY_PLACE_SCORE : 0;
    const sameCategory = wanted.category !== '' && wanted.category === profile.category;
    const score =
      (TEXT_WEIGHT * text + PLACE_WEIGHT * place + (sameCategory ? CATEGORY_WEIGHT : 0)) *
      (otherMunicipality ? OTHER_MUNICIPALITY_FACTOR : 1);
    if (score < MIN_DUPLICATE_SCORE) continue;
    const reasons: DuplicateReason[] = [];
    if (text >= SIMILAR_TEXT) reasons.push('similar-text');
    if (place > 0) reasons.push('same-place');
    if (sameCategory) reasons.push('same-category');
    candidates.push({ signal, score: Math.min(1, score), reasons });
  }
  return candidates.sort((a, b) => b.score - a.score).slice(0, limit);
}

/** A word's weight: the fewer signals have it, the more sharing it says (inverse document frequency). */
function rarityWeights(profiles: readonly Profile[], target: Profile) {
  const frequency = new Map<string, number>();
  for (const profile of [target, ...profiles]) {
    for (const word of profile.words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  const count = profiles.length + 1;
  return (word: string) => Math.log(1 + count / (frequency.get(word) ?? 1));
}

function norm(words: ReadonlySet<string>, weight: (word: string) => number) {
  let sum = 0;
  for (const word of words) sum += weight(word) ** 2;
  return Math.sqrt(sum);
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>) {
  for (const item of a) if (b.has(item)) return true;
  return false;
}

const TITLE_WEIGHT = 0.5;
const AREA_WEIGHT = 0.3;
const TOPIC_WEIGHT = 0.2;
const SIMILAR_TITLE = 0.34;

/**
 * Initiatives a signal could join instead of starting another: those with a title whose words the
 * signal largely shares, or in the same area on the same category; never one in another known
 * municipality. Merged initiatives are left out; resolved ones stay, since the issue may be back. Best
 * first, the most recently active first among equals.
 */
export function similarInitiatives(
  initiatives: readonly Initiative[],
  signal: Signal,
  limit = 5,
): SimilarInitiative[] {
  const wanted = profileOf(signal);
  const similar: SimilarInitiative[] = [];
  for (const initiative of initiatives) {
    if (initiative.mergedInto !== undefined) continue;
    const { municipality, place, neighbourhood } = initiative.area;
    if (municipality && wanted.municipality && municipality !== wanted.municipality) continue;
    const titleWords = contentWords(initiative.title);
    let found = 0;
    for (const word of titleWords) if (hasInflectionOf(wanted.words, word)) found += 1;
    const title = titleWords.size === 0 ? 0 : found / titleWords.size;
    const spots = [place, neighbourhood]
      .filter((name) => name !== undefined)
      .map((name) => foldForSearch(name).trim());
    const sameSpot = spots.some((spot) => wanted.places.has(spot) || wanted.words.has(spot));
    const area = sameSpot
      ? 1
      : municipality !== undefined && municipality === wanted.municipality
        ? SAME_MUNICIPALITY_PLACE_SCORE
        : 0;
    const sameCategory = initiative.category === wanted.category;
    const score = TITLE_WEIGHT * title + AREA_WEIGHT * area + (sameCategory ? TOPIC_WEIGHT : 0);
    if (title < SIMILAR_TITLE && !(sameCategory && area > 0)) continue;
    const reasons: SimilarityReason[] = [];
    if (title >= SIMILAR_TITLE) reasons.push('similar-title');
    if (area > 0) reasons.push('same-place');
    if (sameCategory) reasons.push('same-category');
    similar.push({ initiative, score, reasons });
  }
  return similar
    .sort(
      (a, b) =>
        b.score - a.score || b.initiative.lastActivityAt.localeCompare(a.initiative.lastActivityAt),
    )
    .slice(0, limit);
}

/** Shorter than this, two words that start alike are different words. */
const MIN_STEM_LENGTH = 5;
/** How many letters an inflection may change at the end (kapot, kapotte; paal, palen). */
const MAX_INFLECTED_ENDING = 3;

/**
 * Whether `words` has `word` or a form of it: the same start, differing in at most a few final
 * letters. Titles say "kapotte lantaarnpalen" where a post says "lantaarnpaal kapot".
 */
function hasInflectionOf(words: ReadonlySet<string>, word: string) {
  if (words.has(word)) return true;
  if (word.length < MIN_STEM_LENGTH) return false;
  for (const candidate of words) {
    const shared = commonPrefixLength(word, candidate);
    if (
      shared >= MIN_STEM_LENGTH &&
      shared >= Math.min(word.length, candidate.length) - MAX_INFLECTED_ENDING
    ) {
      return true;
    }
  }
  return false;
}

function commonPrefixLength(a: string, b: string) {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}
