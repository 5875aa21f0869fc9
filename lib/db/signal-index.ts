import type { Signal } from '../schema/records';
import type { SignalIndexEntry } from './database';

/** Words longer than this are cut: nobody searches for more of one. */
const MAX_WORD_LENGTH = 40;
/** A long post keeps this many distinct words in the index; search finds it by any of them. */
const MAX_WORDS = 400;

const WORD = /[\p{L}\p{N}]+/gu;
const COMBINING_MARKS = /\p{M}+/gu;

/** Folds text the way both the index and a query are folded: lower case, accents off. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** The distinct searchable words of `text`, folded; one-letter words are left out. */
export function searchWords(text: string): string[] {
  const words = new Set<string>();
  for (const match of foldForSearch(text).matchAll(WORD)) {
    const word = match[0];
    if (word.length < 2) continue;
    words.add(word.slice(0, MAX_WORD_LENGTH));
    if (words.size >= MAX_WORDS) break;
  }
  return [...words];
}

/** The category, verdict and municipality that count: the user's correction, else the detection. */
export function effectiveCategory(signal: Signal): string {
  return signal.correctedCategory ?? signal.category ?? '';
}

export function effectiveVerdict(signal: Signal): string {
  return signal.correctedVerdict ?? signal.verdict ?? '';
}

export function effectiveMunicipality(signal: Signal): string {
  return signal.correctedArea?.municipality ?? signal.municipality ?? '';
}

/**
 * The index entry of a signal. Missing values are '' because IndexedDB leaves a record out of an
 * index whose key it lacks, and "no category" or "not linked" must be findable too.
 */
export function signalIndexEntry(signal: Signal): SignalIndexEntry {
  return {
    id: signal.id,
    clippedAt: signal.clippedAt,
    category: effectiveCategory(signal),
    verdict: effectiveVerdict(signal),
    municipality: effectiveMunicipality(signal),
    site: signal.source.site,
    triage: signal.triage ?? 'new',
    clippedBy: signal.clippedBy ?? '',
    initiativeId: signal.initiativeId ?? '',
    words: signalWords(signal),
  };
}

/** The words a signal is found by: of its text, note, author and places. */
export function signalWords(signal: Signal): string[] {
  const searchable = [
    signal.text,
    signal.note,
    signal.source.authorHandle,
    signal.source.authorName,
    signal.correctedArea?.place,
    signal.correctedArea?.neighbourhood,
    ...(signal.places ?? []).map((place) => place.name),
  ];
  return searchWords(searchable.filter((part) => part !== undefined).join(' '));
}
