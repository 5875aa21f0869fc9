import type { UiLanguage } from '../i18n';

// File names and types for the browser's downloads API, which the page that exports calls: a
// name that says what the file holds and when it was made,
// "vliegwiel-<what>-<yyyy-mm-dd>.<extension>" (what: the initiative's title as a slug,
// "selectie"/"selection" or "alles"/"all"; Signalen and Open311 payloads say so after it).

export type ExportFormat = 'csv' | 'json' | 'geojson' | 'report' | 'signalen' | 'open311';

export type ExportSubject =
  | { kind: 'initiative'; title: string }
  | { kind: 'selection' }
  | { kind: 'everything' };

interface FileKind {
  /** What follows "<what>" in the name, before the date. */
  suffix: string;
  extension: string;
  mimeType: string;
}

const FILE_KINDS: Record<ExportFormat, FileKind> = {
  csv: { suffix: '', extension: 'csv', mimeType: 'text/csv;charset=utf-8' },
  json: { suffix: '', extension: 'json', mimeType: 'application/json' },
  geojson: { suffix: '', extension: 'geojson', mimeType: 'application/geo+json' },
  report: { suffix: '', extension: 'html', mimeType: 'text/html;charset=utf-8' },
  signalen: { suffix: '-signalen', extension: 'json', mimeType: 'application/json' },
  open311: { suffix: '-open311', extension: 'json', mimeType: 'application/json' },
};

const WHAT: Record<UiLanguage, { selection: string; everything: string; initiative: string }> = {
  nl: { selection: 'selectie', everything: 'alles', initiative: 'initiatief' },
  en: { selection: 'selection', everything: 'all', initiative: 'initiative' },
};

/** Slugs longer than this are cut at a word: a title can be 200 characters. */
const MAX_SLUG_LENGTH = 50;

/** The download's file name, with the local date of `day`. */
export function exportFileName(
  format: ExportFormat,
  subject: ExportSubject,
  day: Date,
  language: UiLanguage,
): string {
  const what =
    subject.kind === 'initiative'
      ? slug(subject.title) || WHAT[language].initiative
      : WHAT[language][subject.kind];
  const kind = FILE_KINDS[format];
  return `vliegwiel-${what}${kind.suffix}-${localDate(day)}.${kind.extension}`;
}

export function exportMimeType(format: ExportFormat): string {
  return FILE_KINDS[format].mimeType;
}

/** Lower-case letters and digits joined by hyphens: "Gaten in 't fietspad!" → "gaten-in-t-fietspad". */
export function slug(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  let result = '';
  for (const word of words) {
    const next = result === '' ? word : `${result}-${word}`;
    if (next.length > MAX_SLUG_LENGTH) return result || word.slice(0, MAX_SLUG_LENGTH);
    result = next;
  }
  return result;
}

function localDate(day: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}
