import type { z } from 'zod';
import type { Group } from '../schema/contacts';
import type { Initiative, Signal, TimelineEvent } from '../schema/records';

// What a file to import holds once it is read (lib/export/json.ts, lib/export/csv-import.ts) and
// before it is checked against the tracker (lib/export/import.ts).

/**
 * What an import adds to. Members are not among them: the tracker's members are its workspace's
 * people, so an export's members are there for their names only.
 */
export const IMPORT_TABLES = ['signals', 'initiatives', 'events', 'groups'] as const;
export type ImportTable = (typeof IMPORT_TABLES)[number];

/**
 * Where a record is, as the user finds it: in a CSV the spreadsheet row (the header is row 1, a
 * cell over several lines is one row); in JSON the record's position in its list (the first is 1).
 */
export interface RecordPlace {
  table: ImportTable;
  where: number;
}

export interface Candidate<T> {
  where: number;
  record: T;
}

export interface RejectedRecord extends RecordPlace {
  reason: string;
}

export interface ImportBatch {
  format: 'json' | 'csv';
  signals: Candidate<Signal>[];
  initiatives: Candidate<Initiative>[];
  events: Candidate<TimelineEvent>[];
  groups: Candidate<Group>[];
  /** Records that are not valid on their own, with every reason. */
  rejected: RejectedRecord[];
  /** CSV columns that were not read, so a misspelt header does not go unnoticed. */
  ignoredColumns: string[];
}

/** A schema's complaints about a record, on one line: "source.url: Invalid URL; clippedAt: …". */
export function issuesText(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      return path === '' ? issue.message : `${path}: ${issue.message}`;
    })
    .join('; ');
}
