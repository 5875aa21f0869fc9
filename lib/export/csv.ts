import Papa from 'papaparse';
import type { MunicipalityName } from '../places/municipality-list';
import type { Signal } from '../schema/records';
import { SITE_NAMES } from '../sites/names';
import { municipalityName } from '../suggest/reason-words';
import { applyExportOptions, type ExportCollection, type ExportOptions } from './collection';
import {
  CSV_COLUMNS,
  CSV_HEADERS,
  type CsvColumn,
  type CsvDelimiter,
  neutraliseCell,
} from './csv-format';
import {
  categoryName,
  memberName,
  memberNames,
  signalCategory,
  signalMunicipality,
  signalPlace,
} from './labels';

export interface CsvExportOptions extends ExportOptions {
  delimiter: CsvDelimiter;
}

/** What a signal's row says, by column, before cells are neutralised (lib/export/csv-format.ts). */
export type SignalCsvRow = Record<CsvColumn, string>;

/** Names the rows need that the signals do not carry. */
export interface CsvRowContext {
  municipalities: readonly MunicipalityName[];
  initiativeTitles: ReadonlyMap<string, string>;
  memberNames: ReadonlyMap<string, string>;
  language: ExportOptions['language'];
}

/** The signals as a CSV file's text, byte order mark first (lib/export/csv-format.ts). */
export function exportSignalsCsv(
  collection: ExportCollection,
  options: CsvExportOptions,
  municipalities: readonly MunicipalityName[],
): string {
  const prepared = applyExportOptions(collection, options);
  const context = csvRowContext(prepared, options.language, municipalities);
  const headers = CSV_HEADERS[options.language];
  const csv = Papa.unparse(
    {
      fields: CSV_COLUMNS.map((column) => headers[column]),
      data: prepared.signals.map((signal) => {
        const row = signalCsvRow(signal, context);
        return CSV_COLUMNS.map((column) => neutraliseCell(row[column]));
      }),
    },
    { delimiter: options.delimiter, newline: '\r\n' },
  );
  return `\uFEFF${csv}\r\n`;
}

export function csvRowContext(
  collection: ExportCollection,
  language: ExportOptions['language'],
  municipalities: readonly MunicipalityName[],
): CsvRowContext {
  return {
    municipalities,
    initiativeTitles: new Map(
      collection.initiatives.map((initiative) => [initiative.id, initiative.title]),
    ),
    memberNames: memberNames(collection),
    language,
  };
}

export function signalCsvRow(signal: Signal, context: CsvRowContext): SignalCsvRow {
  const category = signalCategory(signal);
  const municipality = signalMunicipality(signal);
  const initiativeId = signal.initiativeId;
  return {
    initiative:
      initiativeId === undefined ? '' : (context.initiativeTitles.get(initiativeId) ?? ''),
    category: category === undefined ? '' : categoryName(category, context.language),
    municipality: municipalityName(context.municipalities, municipality) ?? '',
    place: signalPlace(signal) ?? '',
    site: SITE_NAMES[signal.source.site],
    author: signal.source.authorHandle ?? '',
    authorName: signal.source.authorName ?? '',
    postedAt: signal.source.postedAt ?? '',
    clippedAt: signal.clippedAt,
    clippedBy:
      signal.clippedBy === undefined ? '' : memberName(context.memberNames, signal.clippedBy),
    link: signal.source.url,
    text: signal.text,
    note: signal.note ?? '',
    id: signal.id,
    postKey: signal.postKey ?? '',
    initiativeId: initiativeId ?? '',
    municipalityCode: municipality ?? '',
    clippedById: signal.clippedBy ?? '',
  };
}
