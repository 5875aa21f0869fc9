/*
 * Street names by their shape, without a street list: a Dutch compound ending in a street word
 * ("Kerkstraat", "Graafseweg", "Oudegracht"), or an English name before "Street", "Road"...
 * Shared by the classifier core (a cheap place cue) and lib/places (the street itself).
 */

const STREET_SUFFIXES = [
  'straat',
  'weg',
  'laan',
  'plein',
  'gracht',
  'kade',
  'singel',
  'dijk',
  'steeg',
  'dreef',
] as const;

/** Words with a street suffix that are not places. */
const NOT_STREETS = new Set([
  'onderweg',
  'halfweg',
  'heenweg',
  'terugweg',
  'uitweg',
  'omweg',
  'luchtweg',
  'blokkade',
]);

const ENGLISH_STREET_WORDS = new Set([
  'street',
  'road',
  'avenue',
  'lane',
  'drive',
  'boulevard',
  'st',
  'rd',
  'ave',
]);

/** Capitalised words before "Street" that do not make a name: "The Road", "Our Street". */
const NOT_STREET_NAMES = new Set(['the', 'this', 'that', 'our', 'my', 'a', 'every', 'one', 'main']);

/** A folded word that has the shape of a Dutch street name. */
export function hasStreetSuffix(word: string): boolean {
  if (NOT_STREETS.has(word)) return false;
  return STREET_SUFFIXES.some(
    (suffix) => word.length >= suffix.length + 3 && word.endsWith(suffix),
  );
}

export function isEnglishStreetWord(word: string): boolean {
  return ENGLISH_STREET_WORDS.has(word);
}

/** The capitalised word before "Street" can be part of its name ("Elm Street", not "The Street"). */
export function canNameEnglishStreet(word: string): boolean {
  return !NOT_STREET_NAMES.has(word);
}
