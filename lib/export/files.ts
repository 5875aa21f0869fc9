import type { MunicipalityName } from '../places/municipality-list';
import type { Coordinates } from '../suggest/coordinates';
import type { ExportCollection, ExportOptions, ExportScope } from './collection';
import { exportSignalsCsv } from './csv';
import type { CsvDelimiter } from './csv-format';
import { type ExportFormat, type ExportSubject, exportFileName, exportMimeType } from './download';
import { exportGeoJson, geoJsonText } from './geojson';
import { exportJson } from './json';
import type { MunicipalExport } from './municipal';
import { open311Requests } from './open311';
import { renderReport } from './report';
import { signalenPayloads } from './signalen';

// An export as a file to save: the tracker reads the collection of a scope (readCollection), the
// user picks a format and options, and this makes the file's text with that format's module and
// names it (download.ts), so that the page only has to hand the file to the browser.

export interface ExportRequest {
  format: ExportFormat;
  /** What the collection was read for: it names the file and heads the report. */
  scope: ExportScope;
  options: ExportOptions;
  /** The CSV's separator; the other formats have none. */
  delimiter: CsvDelimiter;
}

export interface ExportFileContext {
  municipalities: readonly MunicipalityName[];
  /**
   * Where postcodes and places lie, asked for only by the formats that place signals (GeoJSON,
   * Signalen, Open311): the postcode data is large, so a page loads it when first needed.
   */
  coordinates(): Promise<Coordinates>;
  /** When the export is made: the file name's date, the JSON's exportedAt, the report's date. */
  now: Date;
}

/** How many records a format left out because it needs a location that is not known. */
export interface LeftOut {
  signals: number;
  initiatives: number;
}

export interface ExportFile {
  text: string;
  fileName: string;
  mimeType: string;
  /** Only for the formats that need a location (GeoJSON, Signalen, Open311). */
  skipped?: LeftOut;
}

/** The formats that need to know where signals are, and so the coordinates. */
export const PLACED_FORMATS: ReadonlySet<ExportFormat> = new Set([
  'geojson',
  'signalen',
  'open311',
]);

export async function exportFile(
  collection: ExportCollection,
  request: ExportRequest,
  context: ExportFileContext,
): Promise<ExportFile> {
  const { format, options } = request;
  const subject = exportSubject(request.scope, collection);
  const file = (text: string, skipped?: LeftOut): ExportFile => ({
    text,
    fileName: exportFileName(format, subject, context.now, options.language),
    mimeType: exportMimeType(format),
    ...(skipped === undefined ? {} : { skipped }),
  });
  switch (format) {
    case 'csv':
      return file(
        exportSignalsCsv(
          collection,
          { ...options, delimiter: request.delimiter },
          context.municipalities,
        ),
      );
    case 'json':
      return file(exportJson(collection, options, context.now));
    case 'report':
      return file(
        renderReport(collection, options, {
          municipalities: context.municipalities,
          generatedAt: context.now,
          subject,
        }),
      );
    case 'geojson': {
      const placed = {
        municipalities: context.municipalities,
        coordinates: await context.coordinates(),
      };
      const result = exportGeoJson(collection, options, placed);
      return file(geoJsonText(result), result.skipped);
    }
    case 'signalen':
    case 'open311': {
      const placed = {
        municipalities: context.municipalities,
        coordinates: await context.coordinates(),
      };
      const result =
        format === 'signalen'
          ? signalenPayloads(collection, options, placed)
          : open311Requests(collection, options, placed);
      return file(payloadsText(result), { signals: result.skipped.length, initiatives: 0 });
    }
  }
}

/** What the file is about, for its name and the report's heading. */
export function exportSubject(scope: ExportScope, collection: ExportCollection): ExportSubject {
  if (scope.kind !== 'initiative') return { kind: scope.kind };
  const initiative = collection.initiatives.find((known) => known.id === scope.initiativeId);
  return { kind: 'initiative', title: initiative?.title ?? '' };
}

/**
 * Municipal payloads as a file: a JSON list of `{signalId, payload}`, one a line, each payload
 * the body of one request to the system (which signal it came from, to trace an answer back).
 */
function payloadsText(result: MunicipalExport<object>): string {
  if (result.payloads.length === 0) return '[]\n';
  const lines = result.payloads.map((entry) => `  ${JSON.stringify(entry)}`).join(',\n');
  return `[\n${lines}\n]\n`;
}
