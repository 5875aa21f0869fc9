import type { UiLanguage } from '../i18n';

// The signals CSV, shared by export (csv.ts) and import (csv-import.ts) so that an exported file
// imports again as the same values.
//
// - UTF-8 with a byte order mark (without it Excel reads UTF-8 as another encoding: "FryslÃ¢n"),
//   rows ending in CRLF, cells quoted where needed (RFC 4180).
// - Separator ';' (what Excel expects in a Dutch locale) or ','. Import reads either, and tabs,
//   with or without the byte order mark: the header row tells which.
// - One row per signal. The first columns are for people, the last five for machines (an import
//   reads them back, a spreadsheet user can ignore them):
//     initiative        the initiative's title (the import links by "initiative id")
//     category          the category's name in the export's language (import: id or either name)
//     municipality      its name (the import reads it only when "municipality code" is blank)
//     place             the place or neighbourhood
//     site              X, Reddit, Mastodon, Bluesky, Facebook or Web
//     author            the author's handle, or their pseudonym
//     author name       the author's display name (blank when pseudonymised)
//     posted at, clipped at   ISO 8601 with time zone, exactly as stored (2026-11-20T08:15:00.000Z)
//     clipped by        the member's name (the import reads "clipped by id")
//     link              the post's address
//     text, note        the post's text and the clipper's note (blank when text is left out)
//     id, post key, initiative id, municipality code (GM0344), clipped by id
//   The category, municipality and place are the ones that count: the user's corrections win.
//   Headers are Dutch or English, as the export's language; the import reads either.
// - Formula neutralisation: a spreadsheet runs a cell that starts with =, +, -, @, a tab or a
//   carriage return as a formula. Such a cell is written with an apostrophe (') in front (what
//   OWASP recommends; Excel shows the apostrophe). So that the import gets every value back
//   unchanged, a cell that is apostrophes followed by one of those characters ("'=1") gets one
//   more too, and the import takes one apostrophe off exactly the cells that are one or more
//   apostrophes followed by one of them. Other cells are left alone: "'s-Hertogenbosch" stays.

export const CSV_COLUMNS = [
  'initiative',
  'category',
  'municipality',
  'place',
  'site',
  'author',
  'authorName',
  'postedAt',
  'clippedAt',
  'clippedBy',
  'link',
  'text',
  'note',
  'id',
  'postKey',
  'initiativeId',
  'municipalityCode',
  'clippedById',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const CSV_HEADERS: Record<UiLanguage, Record<CsvColumn, string>> = {
  en: {
    initiative: 'initiative',
    category: 'category',
    municipality: 'municipality',
    place: 'place',
    site: 'site',
    author: 'author',
    authorName: 'author name',
    postedAt: 'posted at',
    clippedAt: 'clipped at',
    clippedBy: 'clipped by',
    link: 'link',
    text: 'text',
    note: 'note',
    id: 'id',
    postKey: 'post key',
    initiativeId: 'initiative id',
    municipalityCode: 'municipality code',
    clippedById: 'clipped by id',
  },
  nl: {
    initiative: 'initiatief',
    category: 'categorie',
    municipality: 'gemeente',
    place: 'plaats',
    site: 'site',
    author: 'auteur',
    authorName: 'naam auteur',
    postedAt: 'geplaatst op',
    clippedAt: 'geknipt op',
    clippedBy: 'geknipt door',
    link: 'link',
    text: 'tekst',
    note: 'notitie',
    id: 'id',
    postKey: 'postsleutel',
    initiativeId: 'initiatief-id',
    municipalityCode: 'gemeentecode',
    clippedById: 'geknipt door (id)',
  },
};

export type CsvDelimiter = ';' | ',';

/** What a spreadsheet in that language expects: Dutch Excel splits on ';', English on ','. */
export function defaultDelimiter(language: UiLanguage): CsvDelimiter {
  return language === 'nl' ? ';' : ',';
}

const COLUMN_BY_HEADER: ReadonlyMap<string, CsvColumn> = new Map(
  Object.values(CSV_HEADERS).flatMap((headers) =>
    CSV_COLUMNS.map((column) => [headerKey(headers[column]), column] as const),
  ),
);

export function columnOfHeader(header: string): CsvColumn | undefined {
  return COLUMN_BY_HEADER.get(headerKey(header));
}

function headerKey(header: string): string {
  return header.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
}

const FORMULA_AFTER_APOSTROPHES = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;
const NEUTRALISER = "'";

export function neutraliseCell(cell: string): string {
  return FORMULA_AFTER_APOSTROPHES.test(cell) ? `${NEUTRALISER}${cell}` : cell;
}

export function restoreCell(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(NEUTRALISER.length) : cell;
}
