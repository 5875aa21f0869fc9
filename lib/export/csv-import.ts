import Papa from 'papaparse';
import { z } from 'zod';
import { type MunicipalityName, municipalityByName } from '../places/municipality-list';
import {
  httpUrlSchema,
  postKeySchema,
  SITE_IDS,
  type Signal,
  type SiteId,
  signalSchema,
} from '../schema/records';
import { siteOfUrl } from '../sites/index';
import { SITE_NAMES } from '../sites/names';
import { type Candidate, type ImportBatch, issuesText, type RejectedRecord } from './batch';
import {
  CSV_COLUMNS,
  CSV_HEADERS,
  type CsvColumn,
  columnOfHeader,
  restoreCell,
} from './csv-format';
import { ImportError } from './errors';
import { categoryByName } from './labels';

export interface CsvImportContext {
  municipalities: readonly MunicipalityName[];
  /** An id for a row whose id cell is blank (a signal typed into a spreadsheet). */
  newId(): string;
}

/** Columns without which a row cannot be a signal. */
const REQUIRED_COLUMNS: readonly CsvColumn[] = ['link', 'clippedAt'];

/**
 * Reads a signals CSV (lib/export/csv-format.ts) into signals, row by row. A file that cannot be
 * read as a whole (no header naming the link and clip time) throws an ImportError; a bad row is
 * rejected with every reason. Rows say what the file says: whether a signal is already in the
 * tracker, or its initiative is, is for planImport to find out.
 */
export function readSignalsCsv(text: string, context: CsvImportContext): ImportBatch {
  const withoutBom = text.replace(/^\uFEFF/, '');
  if (withoutBom.trim() === '') throw new ImportError('invalid-file', 'the file is empty');
  const delimiter = headerDelimiter(withoutBom);
  const { data, errors } = Papa.parse<string[]>(withoutBom, { delimiter, skipEmptyLines: false });
  const [header = [], ...records] = data;
  const columns = header.map(columnOfHeader);
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    const names = missing.map((column) => `"${CSV_HEADERS.en[column]}"`).join(' and ');
    throw new ImportError(
      'invalid-file',
      `the file has no ${names} column; its first row should name the columns (${CSV_COLUMNS.map((column) => CSV_HEADERS.en[column]).join(', ')}, or their Dutch names), but it is: ${header.join(delimiter)}`,
    );
  }
  const repeated = columns.find(
    (column, index) => column !== undefined && columns.indexOf(column) !== index,
  );
  if (repeated) {
    throw new ImportError(
      'invalid-file',
      `the column "${CSV_HEADERS.en[repeated]}" appears more than once`,
    );
  }
  const errorRows = new Map(errors.map((error) => [error.row, error]));
  const signals: Candidate<Signal>[] = [];
  const rejected: RejectedRecord[] = [];
  records.forEach((cells, index) => {
    const where = index + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    const error = errorRows.get(index + 1);
    if (error) {
      rejected.push({ table: 'signals', where, reason: quoteProblem(error) });
      return;
    }
    if (cells.slice(header.length).some((cell) => cell.trim() !== '')) {
      rejected.push({
        table: 'signals',
        where,
        reason: `the row has ${cells.length} values but the header names ${header.length} columns (a "${delimiter}" inside a value that is not in quotes?)`,
      });
      return;
    }
    const row: Partial<Record<CsvColumn, string>> = {};
    columns.forEach((column, position) => {
      if (column !== undefined) row[column] = restoreCell(cells[position] ?? '');
    });
    const read = readRow(row, context);
    if ('reasons' in read)
      rejected.push({ table: 'signals', where, reason: read.reasons.join('; ') });
    else signals.push({ where, record: read.signal });
  });
  return {
    format: 'csv',
    signals,
    initiatives: [],
    events: [],
    groups: [],
    rejected,
    ignoredColumns: header.filter(
      (name, index) => columns[index] === undefined && name.trim() !== '',
    ),
  };
}

const DELIMITERS = [';', ',', '\t'] as const;

/** The separator that splits the header into the most known column names. */
function headerDelimiter(text: string): string {
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const known = (delimiter: string) =>
    firstLine.split(delimiter).filter((name) => columnOfHeader(name.replaceAll('"', ''))).length;
  return DELIMITERS.reduce((best, delimiter) =>
    known(delimiter) > known(best) ? delimiter : best,
  );
}

function quoteProblem(error: Papa.ParseError): string {
  return error.code === 'MissingQuotes'
    ? 'a quote (") opens a value but never closes it, so the rest of the file was read as that value'
    : `the quotes (") in this row are malformed: ${error.message}`;
}

const SITE_BY_NAME: ReadonlyMap<string, SiteId> = new Map(
  SITE_IDS.flatMap((site) => [
    [site, site],
    [SITE_NAMES[site].toLowerCase(), site],
  ]),
);

const isoTimeSchema = z.iso.datetime({ offset: true });
const ISO_TIME_HINT = 'a date and time in ISO 8601 with a time zone, like 2026-11-20T08:15:00Z';

type ReadRow = { signal: Signal } | { reasons: string[] };

/**
 * One row as a signal, or every reason it is not one. Blank cells are absent values. The
 * category, municipality and place become the signal's category and its corrected area (what a
 * person states about a signal wins over what the classifier found, as the user's corrections do).
 */
function readRow(row: Partial<Record<CsvColumn, string>>, context: CsvImportContext): ReadRow {
  const reasons: string[] = [];
  const cell = (column: CsvColumn): string | undefined => {
    const value = row[column];
    return value === undefined || value === '' ? undefined : value;
  };

  const link = cell('link');
  if (link === undefined) reasons.push('link is missing');
  else if (!httpUrlSchema.safeParse(link).success) {
    reasons.push(`link "${link}" is not a web address (http or https)`);
  }

  const id = cell('id') ?? context.newId();
  if (!z.uuid().safeParse(id).success) {
    reasons.push(`id "${id}" is not a UUID; leave it blank for a new signal`);
  }

  const siteCell = cell('site');
  const site =
    siteCell === undefined
      ? link !== undefined && URL.canParse(link)
        ? siteOfUrl(new URL(link))
        : undefined
      : SITE_BY_NAME.get(siteCell.trim().toLowerCase());
  if (siteCell !== undefined && site === undefined) {
    reasons.push(
      `unknown site "${siteCell}"; a site is one of ${SITE_IDS.map((known) => SITE_NAMES[known]).join(', ')}`,
    );
  }

  const clippedAt = cell('clippedAt');
  if (clippedAt === undefined) reasons.push('clipped at is missing');
  else if (!isoTimeSchema.safeParse(clippedAt).success) {
    reasons.push(`clipped at "${clippedAt}" is not ${ISO_TIME_HINT}`);
  }
  const postedAt = cell('postedAt');
  if (postedAt !== undefined && !isoTimeSchema.safeParse(postedAt).success) {
    reasons.push(`posted at "${postedAt}" is not ${ISO_TIME_HINT}`);
  }

  const categoryCell = cell('category');
  const category = categoryCell === undefined ? undefined : categoryByName(categoryCell);
  if (categoryCell !== undefined && category === undefined) {
    reasons.push(
      `unknown category "${categoryCell}"; a category is an id or name, like roads or "Wegen en straatmeubilair"`,
    );
  }

  const municipality = readMunicipality(cell('municipalityCode'), cell('municipality'), context);
  if ('reason' in municipality) reasons.push(municipality.reason);

  const postKey = cell('postKey');
  if (postKey !== undefined && !postKeySchema.safeParse(postKey).success) {
    reasons.push(`post key "${postKey}" is not "<site>:<id>" without spaces`);
  }
  const initiativeId = cell('initiativeId');
  if (initiativeId !== undefined && !z.uuid().safeParse(initiativeId).success) {
    reasons.push(`initiative id "${initiativeId}" is not a UUID`);
  }
  if (reasons.length > 0) return { reasons };

  const place = cell('place');
  const code = 'code' in municipality ? municipality.code : undefined;
  const authorHandle = cell('author');
  const authorName = cell('authorName');
  const clippedBy = cell('clippedById');
  const note = cell('note');
  const checked = signalSchema.safeParse({
    id,
    text: row.text ?? '',
    source: {
      site,
      url: link,
      ...(authorHandle === undefined ? {} : { authorHandle }),
      ...(authorName === undefined ? {} : { authorName }),
      ...(postedAt === undefined ? {} : { postedAt }),
    },
    ...(postKey === undefined ? {} : { postKey }),
    clippedAt,
    ...(clippedBy === undefined ? {} : { clippedBy }),
    ...(category === undefined ? {} : { category }),
    ...(code === undefined && place === undefined
      ? {}
      : {
          correctedArea: {
            ...(code === undefined ? {} : { municipality: code }),
            ...(place === undefined ? {} : { place }),
          },
        }),
    ...(initiativeId === undefined ? {} : { initiativeId }),
    ...(note === undefined ? {} : { note }),
  });
  return checked.success ? { signal: checked.data } : { reasons: [issuesText(checked.error)] };
}

type MunicipalityCell = { code: string } | { reason: string } | { none: true };

/** The GM code wins; a name is read only when there is no code, as a person would type it. */
function readMunicipality(
  code: string | undefined,
  name: string | undefined,
  context: CsvImportContext,
): MunicipalityCell {
  if (code !== undefined) {
    const upper = code.trim().toUpperCase();
    return context.municipalities.some((municipality) => municipality.code === upper)
      ? { code: upper }
      : { reason: `unknown municipality code "${code}"` };
  }
  if (name === undefined || name.trim() === '') return { none: true };
  const found = municipalityByName(context.municipalities, name);
  return found ? { code: found.code } : { reason: `unknown municipality "${name}"` };
}
