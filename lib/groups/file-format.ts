// The groups file, shared by import and export so that an exported file imports again unchanged.
//
// CSV: a header row, then one group a row, with these columns (any order, any case; the Dutch
// names in COLUMN_ALIASES are read too, other columns are ignored and reported):
//   name          required
//   municipality  GM code ("GM0344") or name ("Utrecht")
//   place, neighbourhood
//   postcode      four digits ("3511"); a full postcode ("3511 AB") keeps its digits
//   topics        category ids or their Dutch or English names, separated by ';', '|' or ','
//   website       http(s) address; one without a scheme ("www.example.nl") gets https://
//   contact, description
//   id            the group's id, so that an export imports as the same groups; blank for new ones
// The separator is ',', ';' (what Dutch Excel writes) or a tab.
//
// JSON: an array of group records as lib/schema/contacts.ts defines them (what the export
// writes), with the same leniency per field as the CSV; the CSV's column names may also be used
// as flat fields instead of `area`.

export type GroupFileFormat = 'csv' | 'json';

export const GROUP_COLUMNS = [
  'name',
  'municipality',
  'place',
  'neighbourhood',
  'postcode',
  'topics',
  'website',
  'contact',
  'description',
  'id',
] as const;

export type GroupColumn = (typeof GROUP_COLUMNS)[number];

/** Other names an organiser's own spreadsheet is likely to give the columns: Dutch, or American. */
export const COLUMN_ALIASES: ReadonlyMap<string, GroupColumn> = new Map([
  ['naam', 'name'],
  ['gemeente', 'municipality'],
  ['plaats', 'place'],
  ['woonplaats', 'place'],
  ['wijk', 'neighbourhood'],
  ['buurt', 'neighbourhood'],
  ['onderwerpen', 'topics'],
  ['onderwerp', 'topics'],
  ['thema’s', 'topics'],
  ["thema's", 'topics'],
  ['themas', 'topics'],
  ['beschrijving', 'description'],
  ['omschrijving', 'description'],
  ['contactgegevens', 'contact'],
  ['e-mail', 'contact'],
  ['email', 'contact'],
  ['neighborhood', 'neighbourhood'],
]);

/**
 * Spreadsheets run a cell that starts with one of these as a formula, so the export writes such
 * cells after an apostrophe and the import takes it off again.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;
export const FORMULA_ESCAPE = "'";

export const TOPIC_SEPARATOR = '; ';
