import { z } from 'zod';
import { groupSchema } from '../schema/contacts';
import { eventSchema, initiativeSchema, memberSchema, signalSchema } from '../schema/records';
import {
  type Candidate,
  type ImportBatch,
  type ImportTable,
  issuesText,
  type RejectedRecord,
} from './batch';
import { applyExportOptions, type ExportCollection, type ExportOptions } from './collection';
import { ImportError } from './errors';

// The JSON export: every record as the tracker stores it, lossless, in a versioned document that
// is published as JSON Schema (lib/export/vliegwiel-export.schema.json, made by json-schema.ts).
// A new version of the document adds an upgrade from the one before to UPGRADES, so that every
// earlier export still imports.

export const EXPORT_FORMAT = 'vliegwiel-export';
export const EXPORT_VERSION = 1;

export const exportDocumentSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT).describe('Always "vliegwiel-export".'),
    version: z
      .literal(EXPORT_VERSION)
      .describe(
        'The version of this document format. Vliegwiel imports every earlier version; a newer one needs a newer Vliegwiel.',
      ),
    exportedAt: z.iso.datetime({ offset: true }).describe('When the export was made (ISO 8601).'),
    pseudonymisedAuthors: z
      .boolean()
      .describe(
        'Whether post authors were replaced by pseudonyms ("Auteur 1", "Author 1"…) and links and post keys that name them left out.',
      ),
    includesText: z
      .boolean()
      .describe(
        'Whether post texts are included; without them every text is empty and notes and evidence are left out.',
      ),
    signals: z.array(signalSchema).describe('Clipped posts and selections.'),
    initiatives: z
      .array(initiativeSchema)
      .describe('Initiatives, merged ones included (they carry mergedInto).'),
    events: z
      .array(eventSchema)
      .describe('The append-only timeline of the initiatives and signals: who did what, when.'),
    groups: z.array(groupSchema).describe('Groups of residents in the directory.'),
    members: z.array(memberSchema).describe('The people the records name, with their names.'),
  })
  .meta({
    title: 'Vliegwiel export',
    description:
      'Signals, initiatives, their timelines, groups and members exported from the Vliegwiel tracker. Records are those of lib/schema in the Vliegwiel source.',
  });

export type ExportDocument = z.infer<typeof exportDocumentSchema>;

const TABLES = ['signals', 'initiatives', 'events', 'groups', 'members'] as const;

export function exportDocument(
  collection: ExportCollection,
  options: ExportOptions,
  exportedAt: Date,
): ExportDocument {
  const prepared = applyExportOptions(collection, options);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    pseudonymisedAuthors: options.pseudonymiseAuthors,
    includesText: options.includeText,
    signals: prepared.signals,
    initiatives: prepared.initiatives,
    events: prepared.events,
    groups: prepared.groups,
    members: prepared.members,
  };
}

/**
 * The export as a file's text: the document laid out over lines with one record a line, so that
 * it reads (and compares) record by record and stays as small as compact JSON.
 */
export function exportJson(
  collection: ExportCollection,
  options: ExportOptions,
  exportedAt: Date,
): string {
  const document = exportDocument(collection, options, exportedAt);
  const head = (
    ['format', 'version', 'exportedAt', 'pseudonymisedAuthors', 'includesText'] as const
  )
    .map((field) => `  ${JSON.stringify(field)}: ${JSON.stringify(document[field])}`)
    .join(',\n');
  const lists = TABLES.map((table) => {
    const records: readonly unknown[] = document[table];
    if (records.length === 0) return `  ${JSON.stringify(table)}: []`;
    const lines = records.map((record) => `    ${JSON.stringify(record)}`).join(',\n');
    return `  ${JSON.stringify(table)}: [\n${lines}\n  ]`;
  }).join(',\n');
  return `{\n${head},\n${lists}\n}\n`;
}

type RawDocument = Record<string, unknown>;

/** Turns a document of one version into one of the next version. */
export type DocumentUpgrade = (document: RawDocument) => RawDocument;

/**
 * UPGRADES[n - 1] turns a version-n document into a version-(n + 1) one; there is only version 1
 * so far.
 */
const UPGRADES: readonly DocumentUpgrade[] = [];

/**
 * A parsed export brought to the current version. A document that is not an export, or was made
 * by a newer Vliegwiel, throws an ImportError that says so.
 */
export function upgradeDocument(
  document: unknown,
  upgrades: readonly DocumentUpgrade[] = UPGRADES,
): RawDocument {
  if (!isObject(document) || document.format !== EXPORT_FORMAT) {
    throw new ImportError(
      'not-an-export',
      `this is not a Vliegwiel export: that is a JSON object with "format": "${EXPORT_FORMAT}"`,
    );
  }
  const current = upgrades.length + 1;
  const version = document.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ImportError(
      'invalid-file',
      `the export's version is ${JSON.stringify(version)}; it should be a whole number from 1`,
    );
  }
  if (version > current) {
    throw new ImportError(
      'unsupported-version',
      `this export is version ${version}, made by a newer Vliegwiel; this one reads versions 1 to ${current}. Update Vliegwiel to import it.`,
    );
  }
  let upgraded: RawDocument = document;
  for (let from = version; from < current; from++) {
    upgraded = { ...(upgrades[from - 1] as DocumentUpgrade)(upgraded), version: from + 1 };
  }
  return upgraded;
}

/**
 * Reads a JSON export of any version into its records, each checked on its own: an invalid
 * record is rejected with its reasons and the rest still import. Its members are not read (see
 * IMPORT_TABLES). A file that is not JSON, not an export, or of a newer version throws an
 * ImportError.
 */
export function readJsonExport(text: string): ImportBatch {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportError(
      'invalid-file',
      `the file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const document = upgradeDocument(parsed);
  const rejected: RejectedRecord[] = [];
  const read = <T>(table: ImportTable, schema: z.ZodType<T>): Candidate<T>[] => {
    const records = document[table] ?? [];
    if (!Array.isArray(records)) {
      throw new ImportError('invalid-file', `"${table}" in the export should be a list`);
    }
    const candidates: Candidate<T>[] = [];
    records.forEach((record: unknown, index) => {
      const checked = schema.safeParse(record);
      if (checked.success) candidates.push({ where: index + 1, record: checked.data });
      else rejected.push({ table, where: index + 1, reason: issuesText(checked.error) });
    });
    return candidates;
  };
  return {
    format: 'json',
    signals: read('signals', signalSchema),
    initiatives: read('initiatives', initiativeSchema),
    events: read('events', eventSchema),
    groups: read('groups', groupSchema),
    rejected,
    ignoredColumns: [],
  };
}

function isObject(value: unknown): value is RawDocument {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
