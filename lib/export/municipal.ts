import type { MunicipalityName } from '../places/municipality-list';
import type { Signal } from '../schema/records';
import { SITE_NAMES } from '../sites/names';
import type { Coordinates } from '../suggest/coordinates';
import { municipalityName } from '../suggest/reason-words';
import type { ExportOptions } from './collection';
import { categoryName, signalCategory, signalMunicipality, signalPlace } from './labels';

// What the payloads for municipal reporting systems (signalen.ts, open311.ts) share: one payload
// per signal, and the words that tell the municipality where a report comes from.

export interface MunicipalExport<P> {
  payloads: Array<{ signalId: string; payload: P }>;
  /** Signals left out because the system needs a location that is not known. */
  skipped: string[];
}

export interface MunicipalContext {
  coordinates: Coordinates;
  municipalities: readonly MunicipalityName[];
}

const WORDS = {
  nl: {
    post: 'Bericht',
    by: 'door',
    postedOn: 'geplaatst op',
    place: 'Plaats',
    collected: 'Verzameld met Vliegwiel.',
    shortened: 'De tekst is ingekort; het hele bericht staat op de link.',
  },
  en: {
    post: 'Post',
    by: 'by',
    postedOn: 'posted on',
    place: 'Place',
    collected: 'Collected with Vliegwiel.',
    shortened: 'The text was shortened; the whole post is at the link.',
  },
} as const;

export interface SignalReport {
  /**
   * The report's text: the post's (cut to fit) or, without text, a headline (category and
   * place); followed by the details when the system has one text field for everything.
   */
  text: string;
  /** Where it comes from and where it is, one fact a line. */
  details: string;
  /** Where it is in words, most specific first ("Lombok, Utrecht"), if known. */
  address: string | undefined;
}

export interface ReportFit {
  /** The most characters the system's text field takes. */
  limit: number;
  /** Whether the details go into the text field too (after a blank line) or a field of their own. */
  detailsInText: boolean;
}

/** A signal as a report to a municipality, in the export's language. */
export function signalReport(
  signal: Signal,
  language: ExportOptions['language'],
  municipalities: readonly MunicipalityName[],
  fit: ReportFit,
): SignalReport {
  const words = WORDS[language];
  const category = signalCategory(signal) ?? 'other';
  const place = [signalPlace(signal), municipalityName(municipalities, signalMunicipality(signal))]
    .filter((part) => part !== undefined)
    .join(', ');
  const author = signal.source.authorHandle ?? signal.source.authorName;
  const posted = signal.source.postedAt ?? signal.clippedAt;
  const facts = [
    `${words.post} (${SITE_NAMES[signal.source.site]}${author ? `, ${words.by} ${author}` : ''}, ${words.postedOn} ${posted}): ${signal.source.url}`,
    ...(place === '' ? [] : [`${words.place}: ${place}`]),
  ];
  const hasText = signal.text.trim() !== '';
  const room = fit.detailsInText
    ? fit.limit - length([...facts, words.shortened, words.collected].join('\n')) - 2
    : fit.limit;
  const text = hasText
    ? fitted(signal.text, Math.max(room, 1))
    : [categoryName(category, language), place].filter((part) => part !== '').join(': ');
  const details = [
    ...facts,
    ...(hasText && text !== signal.text ? [words.shortened] : []),
    words.collected,
  ].join('\n');
  return {
    text: fit.detailsInText ? fitted(`${text}\n\n${details}`, fit.limit) : text,
    details,
    address: place === '' ? undefined : place,
  };
}

function length(text: string): number {
  return [...text].length;
}

/** Text cut to a number of characters (code points), ending in an ellipsis when cut. */
export function fitted(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const characters = [...text];
  return characters.length <= limit ? text : `${characters.slice(0, limit - 1).join('')}…`;
}
