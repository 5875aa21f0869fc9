import Papa from 'papaparse';
import { z } from 'zod';
import { CATEGORY_IDS, type CategoryId } from '../classify/taxonomy';
import taxonomy from '../data/taxonomy.json';
import type { VliegwielDatabase } from '../db/database';
import type { Clock } from '../db/signals';
import { type MunicipalityName, municipalityByName } from '../places/municipality-list';
import { type Group, groupSchema } from '../schema/contacts';
import { httpUrlSchema } from '../schema/records';
import { GroupError } from './errors';
import {
  COLUMN_ALIASES,
  FORMULA_ESCAPE,
  FORMULA_START,
  GROUP_COLUMNS,
  type GroupColumn,
  type GroupFileFormat,
} from './file-format';
import { groupIdentity, validGroup } from './registry';

/**
 * Where a row is, as the user finds it: in a CSV the spreadsheet row (the header is row 1, a
 * multi-line cell is one row), in JSON the record's position in the array (the first is 1).
 */
export interface RejectedRow {
  row: number;
  reason: string;
}

export interface AcceptedRow {
  row: number;
  group: Group;
}

export interface ParsedGroups {
  accepted: AcceptedRow[];
  rejected: RejectedRow[];
  /** Columns (CSV) or fields (JSON) that were not read, so a misspelt header does not go unnoticed. */
  ignoredColumns: string[];
}

/** What an import would do, or did: the groups it adds and the rows it leaves out, by row. */
export interface GroupImportReport {
  accepted: AcceptedRow[];
  rejected: RejectedRow[];
}

export interface GroupImportOutcome {
  imported: Group[];
  rejected: RejectedRow[];
}

/**
 * What to do when rows were rejected: import the accepted ones anyway ('skip'), or nothing at all
 * ('abort'). Either way one transaction writes all of them or none.
 */
export type RejectedRowsPolicy = 'skip' | 'abort';

/**
 * Reads a groups file (lib/groups/file-format.ts) and checks every row. A file that cannot be read
 * as a whole (not CSV with a name column, not a JSON array) throws a GroupError 'invalid-file';
 * a bad row is only rejected, with the reason. Two rows for the same group: the later is rejected.
 */
export function parseGroupsFile(
  text: string,
  format: GroupFileFormat,
  municipalities: readonly MunicipalityName[],
  clock: Pick<Clock, 'newId'>,
): ParsedGroups {
  const withoutBom = text.replace(/^\uFEFF/, '');
  if (withoutBom.trim() === '') throw new GroupError('invalid-file', 'the file is empty');
  const file = format === 'csv' ? readCsv(withoutBom) : readJson(withoutBom);
  const context: RowContext = { municipalities, newId: () => clock.newId() };
  const accepted: AcceptedRow[] = [];
  const rejected: RejectedRow[] = [...file.unreadable];
  const rowOfIdentity = new Map<string, number>();
  const rowOfId = new Map<string, number>();
  for (const { row, fields } of file.rows) {
    const read = readGroup(fields, context);
    if ('reasons' in read) {
      rejected.push({ row, reason: read.reasons.join('; ') });
      continue;
    }
    const identity = groupIdentity(read.group);
    const sameGroupRow = rowOfIdentity.get(identity);
    const sameIdRow = rowOfId.get(read.group.id);
    if (sameGroupRow !== undefined) {
      rejected.push({ row, reason: `same name and municipality as row ${sameGroupRow}` });
    } else if (sameIdRow !== undefined) {
      rejected.push({ row, reason: `same id as row ${sameIdRow}` });
    } else {
      rowOfIdentity.set(identity, row);
      rowOfId.set(read.group.id, row);
      accepted.push({ row, group: read.group });
    }
  }
  return { accepted, rejected: byRow(rejected), ignoredColumns: file.ignoredColumns };
}

/**
 * The import as it would be now, without writing: the parsed file's rejections plus the groups
 * that the directory already has (same name and municipality, or same id). For the report the
 * user confirms.
 */
export async function reviewGroupImport(
  db: VliegwielDatabase,
  parsed: Pick<ParsedGroups, 'accepted' | 'rejected'>,
): Promise<GroupImportReport> {
  return db.transaction('r', db.groups, () => reviewAgainstDirectory(db, parsed));
}

/**
 * Adds the accepted groups to the directory in one transaction, after checking them against the
 * directory again (it may have changed since the review). With 'abort', any rejected row means
 * nothing is written.
 */
export async function importGroups(
  db: VliegwielDatabase,
  parsed: Pick<ParsedGroups, 'accepted' | 'rejected'>,
  { onRejected }: { onRejected: RejectedRowsPolicy },
): Promise<GroupImportOutcome> {
  return db.transaction('rw', db.groups, async () => {
    const report = await reviewAgainstDirectory(db, parsed);
    if (onRejected === 'abort' && report.rejected.length > 0) {
      return { imported: [], rejected: report.rejected };
    }
    const imported = report.accepted.map(({ group }) => validGroup(group));
    await db.groups.bulkAdd(imported);
    return { imported, rejected: report.rejected };
  });
}

async function reviewAgainstDirectory(
  db: VliegwielDatabase,
  parsed: Pick<ParsedGroups, 'accepted' | 'rejected'>,
): Promise<GroupImportReport> {
  const existing = await db.groups.toArray();
  const identities = new Set(existing.map(groupIdentity));
  const ids = new Set(existing.map((group) => group.id));
  const accepted: AcceptedRow[] = [];
  const rejected: RejectedRow[] = [...parsed.rejected];
  for (const entry of parsed.accepted) {
    if (identities.has(groupIdentity(entry.group))) {
      rejected.push({
        row: entry.row,
        reason: 'a group with this name in this municipality is already in the directory',
      });
    } else if (ids.has(entry.group.id)) {
      rejected.push({ row: entry.row, reason: 'a group with this id is already in the directory' });
    } else {
      accepted.push(entry);
    }
  }
  return { accepted, rejected: byRow(rejected) };
}

/** One row's values by column, as the file gave them. */
type RawGroup = Partial<Record<GroupColumn, unknown>>;

interface RawFile {
  rows: Array<{ row: number; fields: RawGroup }>;
  /** Rows rejected before their fields could be read. */
  unreadable: RejectedRow[];
  ignoredColumns: string[];
}

function readCsv(text: string): RawFile {
  const delimiter = headerDelimiter(text);
  const { data, errors } = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const [header = [], ...records] = data;
  const columns = header.map(columnOf);
  if (!columns.includes('name')) {
    throw new GroupError(
      'invalid-file',
      `the file has no "name" column; its first row should name the columns (${GROUP_COLUMNS.join(', ')}), but it is: ${header.join(delimiter)}`,
    );
  }
  const repeated = columns.find(
    (column, index) => column !== undefined && columns.indexOf(column) !== index,
  );
  if (repeated) {
    throw new GroupError('invalid-file', `the column "${repeated}" appears more than once`);
  }
  const rows: RawFile['rows'] = [];
  const unreadable: RejectedRow[] = [];
  records.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    const error = errors.find((candidate) => candidate.row === index + 1);
    if (error) {
      unreadable.push({ row, reason: quoteProblem(error) });
    } else if (cells.slice(header.length).some((cell) => cell.trim() !== '')) {
      unreadable.push({
        row,
        reason: `the row has ${cells.length} values but the header names ${header.length} columns (a "${delimiter}" inside a value that is not in quotes?)`,
      });
    } else {
      const fields: RawGroup = {};
      columns.forEach((column, position) => {
        if (column !== undefined) fields[column] = unescapeFormula(cells[position] ?? '');
      });
      rows.push({ row, fields });
    }
  });
  const ignoredColumns = header.filter(
    (name, index) => columns[index] === undefined && name.trim() !== '',
  );
  return { rows, unreadable, ignoredColumns };
}

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The separator that splits the header into the most known column names. The header tells it
 * surely; guessing from the data rows is misled by descriptions full of commas.
 */
function headerDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n|\r/, 1)[0] ?? '';
  const known = (delimiter: string) =>
    firstLine.split(delimiter).filter((name) => columnOf(name.replaceAll('"', '')) !== undefined)
      .length;
  return DELIMITERS.reduce((best, delimiter) =>
    known(delimiter) > known(best) ? delimiter : best,
  );
}

function columnOf(header: string): GroupColumn | undefined {
  const name = header.trim().toLocaleLowerCase('nl');
  return (GROUP_COLUMNS as readonly string[]).includes(name)
    ? (name as GroupColumn)
    : COLUMN_ALIASES.get(name);
}

function quoteProblem(error: Papa.ParseError): string {
  return error.code === 'MissingQuotes'
    ? 'a quote (") opens a value but never closes it, so the rest of the file was read as that value'
    : `the quotes (") in this row are malformed: ${error.message}`;
}

function unescapeFormula(cell: string): string {
  return cell.startsWith(FORMULA_ESCAPE) && FORMULA_START.test(cell.slice(1))
    ? cell.slice(1)
    : cell;
}

const AREA_FIELDS = ['municipality', 'place', 'neighbourhood', 'postcode'] as const;

function readJson(text: string): RawFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GroupError(
      'invalid-file',
      `the file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!Array.isArray(data)) {
    throw new GroupError(
      'invalid-file',
      `a groups file in JSON is an array of groups ([{"name": …}, …]), but this file holds ${describeJson(data)}`,
    );
  }
  const rows: RawFile['rows'] = [];
  const unreadable: RejectedRow[] = [];
  const ignored = new Set<string>();
  data.forEach((record: unknown, index) => {
    const row = index + 1;
    if (!isObject(record)) {
      unreadable.push({
        row,
        reason: `a group is an object with at least a name, not ${describeJson(record)}`,
      });
      return;
    }
    const { area = {}, ...flat } = record;
    if (!isObject(area)) {
      unreadable.push({ row, reason: `area must be an object, not ${describeJson(area)}` });
      return;
    }
    const fields: RawGroup = {};
    for (const [key, value] of Object.entries(flat)) {
      if ((GROUP_COLUMNS as readonly string[]).includes(key)) fields[key as GroupColumn] = value;
      else ignored.add(key);
    }
    for (const [key, value] of Object.entries(area)) {
      if ((AREA_FIELDS as readonly string[]).includes(key)) fields[key as GroupColumn] = value;
      else ignored.add(`area.${key}`);
    }
    rows.push({ row, fields });
  });
  return { rows, unreadable, ignoredColumns: [...ignored] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value} (${JSON.stringify(value)})`;
}

interface RowContext {
  municipalities: readonly MunicipalityName[];
  newId(): string;
}

type ReadGroup = { group: Group } | { reasons: string[] };

/**
 * One row as a group, or every reason it is not one. Each field is checked on its own, with a
 * reason in the user's terms; the schema then checks what is left (lengths) for the fields that
 * passed.
 */
function readGroup(raw: RawGroup, context: RowContext): ReadGroup {
  const reasons = new Map<GroupColumn, string>();
  const text = (column: GroupColumn): string => {
    const value = raw[column];
    if (value === undefined || value === null) return '';
    if (typeof value === 'string') return value.trim();
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    reasons.set(column, `${column} must be text, not ${describeJson(value)}`);
    return '';
  };
  const record: Record<string, unknown> = { area: {} };
  const area: Record<string, string> = {};

  const name = text('name');
  if (name === '' && !reasons.has('name')) reasons.set('name', 'name is missing');
  record.name = name;

  const id = text('id');
  if (id === '') record.id = context.newId();
  else if (z.uuid().safeParse(id).success) record.id = id.toLowerCase();
  else reasons.set('id', `invalid id "${id}": an id is a UUID; leave it blank for a new group`);

  const municipality = text('municipality');
  if (municipality !== '') {
    const resolved = resolveMunicipality(municipality, context.municipalities);
    if ('code' in resolved) area.municipality = resolved.code;
    else reasons.set('municipality', resolved.reason);
  }
  for (const column of ['place', 'neighbourhood'] as const) {
    const value = text(column);
    if (value !== '') area[column] = value;
  }
  const postcode = text('postcode');
  if (postcode !== '') {
    const digits = /^(\d{4}) ?[A-Za-z]{2}$|^(\d{4})$/.exec(postcode);
    if (digits) area.postcode = digits[1] ?? digits[2] ?? '';
    else
      reasons.set(
        'postcode',
        `invalid postcode "${postcode}": a postcode is four digits, like 3511 (or 3511 AB)`,
      );
  }
  record.area = area;

  const topics = readTopics(raw.topics);
  if ('reason' in topics) reasons.set('topics', topics.reason);
  else record.topics = topics.ids;

  const website = text('website');
  if (website !== '') {
    const address = /^[a-z][a-z0-9+.-]*:/i.test(website) ? website : `https://${website}`;
    if (httpUrlSchema.safeParse(address).success) record.website = address;
    else
      reasons.set(
        'website',
        `invalid website "${website}": give a web address, like https://www.example.nl`,
      );
  }
  for (const column of ['contact', 'description'] as const) {
    const value = text(column);
    if (value !== '') record[column] = value;
  }

  const checked = groupSchema.safeParse(record);
  if (checked.success && reasons.size === 0) return { group: checked.data };
  for (const issue of checked.success ? [] : checked.error.issues) {
    const column = issueColumn(issue.path);
    if (!reasons.has(column)) reasons.set(column, issueReason(column, issue));
  }
  return { reasons: GROUP_COLUMNS.flatMap((column) => reasons.get(column) ?? []) };
}

function issueColumn(path: readonly PropertyKey[]): GroupColumn {
  const field = String(path[0] === 'area' ? path[1] : path[0]);
  return (GROUP_COLUMNS as readonly string[]).includes(field) ? (field as GroupColumn) : 'name';
}

function issueReason(column: GroupColumn, issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_big') {
    return `${column} is longer than ${issue.maximum} characters`;
  }
  return `${column}: ${issue.message}`;
}

type MunicipalityResolution = { code: string } | { reason: string };

function resolveMunicipality(
  typed: string,
  municipalities: readonly MunicipalityName[],
): MunicipalityResolution {
  if (/^GM\d{4}$/i.test(typed)) {
    const code = typed.toUpperCase();
    return municipalities.some((municipality) => municipality.code === code)
      ? { code }
      : { reason: `unknown municipality code "${typed}"` };
  }
  const found = municipalityByName(municipalities, typed);
  if (found) return { code: found.code };
  const wanted = typed.toLocaleLowerCase('nl');
  const fitting = municipalities
    .filter((municipality) => municipality.name.toLocaleLowerCase('nl').startsWith(wanted))
    .map((municipality) => municipality.name);
  if (fitting.length > 1) {
    const shown = fitting.slice(0, 5).join(', ');
    const more = fitting.length > 5 ? ` and ${fitting.length - 5} more` : '';
    return {
      reason: `municipality "${typed}" is ambiguous: it fits ${shown}${more}; give the full name or the GM code`,
    };
  }
  return { reason: `unknown municipality "${typed}"` };
}

/** Category ids by every name they may be given by in a file: the id, the Dutch and English name. */
const TOPIC_BY_NAME: ReadonlyMap<string, CategoryId> = new Map(
  taxonomy.categories.flatMap((category) => {
    const id = CATEGORY_IDS.find((known) => known === category.id);
    return id === undefined
      ? []
      : [category.id, category.nl, category.en].map((name) => [topicKey(name), id] as const);
  }),
);

function topicKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
}

function readTopics(value: unknown): { ids: CategoryId[] } | { reason: string } {
  let names: string[];
  if (value === undefined || value === null) names = [];
  else if (typeof value === 'string') names = value.split(/[;|,]/);
  else if (Array.isArray(value) && value.every((name) => typeof name === 'string')) names = value;
  else return { reason: `topics must be a list of topic names, not ${describeJson(value)}` };
  const given = names.map((name) => name.trim()).filter((name) => name !== '');
  const unknown = given.filter((name) => !TOPIC_BY_NAME.has(topicKey(name)));
  if (unknown.length > 0) {
    const listed = unknown.map((name) => `"${name}"`).join(', ');
    return {
      reason: `unknown ${unknown.length === 1 ? 'topic' : 'topics'} ${listed}; a topic is a category id or name, like roads or "Wegen en straatmeubilair"`,
    };
  }
  return { ids: [...new Set(given.flatMap((name) => TOPIC_BY_NAME.get(topicKey(name)) ?? []))] };
}

function byRow(rows: RejectedRow[]): RejectedRow[] {
  return rows.sort((a, b) => a.row - b.row);
}
