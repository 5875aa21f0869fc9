/*
 * Street names by their shape, without a street list: a Dutch compound ending in a street word
 * ("Kerkstraat", "Graafseweg", "Oudegracht"), or an English name before "Street", "Road"...
 * Shared by the classifier core (a cheap place cue) and lib/places (the street itself).
 */

/** Dutch street words; a street name has at least three letters before one. */
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
];
const LETTERS_BEFORE_SUFFIX = 3;

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

export const ENGLISH_STREET_WORDS = [
  'street',
  'road',
  'avenue',
  'lane',
  'drive',
  'boulevard',
  'st',
  'rd',
  'ave',
];
const ENGLISH_STREET_WORD_SET = new Set(ENGLISH_STREET_WORDS);

/** Capitalised words before "Street" that do not make a name: "The Road", "Our Street". */
export const NOT_STREET_NAMES = ['the', 'this', 'that', 'our', 'my', 'a', 'every', 'one', 'main'];
const NOT_STREET_NAME_SET = new Set(NOT_STREET_NAMES);

/** A folded word that has the shape of a Dutch street name. */
export function hasStreetSuffix(word: string): boolean {
  // Called once for every new word, so a few `endsWith` rather than a regular expression that
  // would be tried at every position of the word.
  for (const suffix of STREET_SUFFIXES) {
    if (word.length >= suffix.length + LETTERS_BEFORE_SUFFIX && word.endsWith(suffix)) {
      return !NOT_STREETS.has(word);
    }
  }
  return false;
}

export function isEnglishStreetWord(word: string): boolean {
  return ENGLISH_STREET_WORD_SET.has(word);
}

/** The capitalised word before "Street" can be part of its name ("Elm Street", not "The Street"). */
export function canNameEnglishStreet(word: string): boolean {
  return !NOT_STREET_NAME_SET.has(word);
}
