// The contacts directory: the national and regional bodies of lib/data/contacts.json, and a
// contact for every municipality, built from lib/data/municipalities.csv with the desks of
// lib/data/municipal-desks.json (a reporting page, phone number or corrected website, each with
// its source). lib/data/SOURCES.md says where every fact comes from and how to update the data.

import { z } from 'zod';
import { CATEGORY_IDS } from '../classify/taxonomy';
import { parseCsv } from '../places/gazetteer';
import {
  type Contact,
  type ContactChannel,
  contactSchema,
  contactSourceSchema,
  phoneNumberSchema,
} from '../schema/contacts';
import { httpUrlSchema, municipalityCodeSchema } from '../schema/records';

/** The twelve provinces, spelled as lib/data/municipalities.csv spells them. */
export const PROVINCES = [
  'Drenthe',
  'Flevoland',
  'Fryslân',
  'Gelderland',
  'Groningen',
  'Limburg',
  'Noord-Brabant',
  'Noord-Holland',
  'Overijssel',
  'Utrecht',
  'Zeeland',
  'Zuid-Holland',
] as const;

export const MUNICIPALITY_COLUMNS = [
  'gm_code',
  'name',
  'province',
  'website',
  'email',
  'postal_address',
] as const;

/**
 * Where the municipality rows come from (lib/data/SOURCES.md). The data's edition is known to the
 * month (March 2024), so its first day stands for the date; set it anew with each new edition.
 */
export const MUNICIPALITY_DATA_SOURCES = [
  { url: 'https://organisaties.overheid.nl/Gemeenten/', checked: '2024-03-01' },
] as const;

/**
 * A municipality is the first desk for nearly every local issue; public transport is the
 * concession of the province or transport region, so the municipality is not suggested for it.
 */
export const MUNICIPALITY_CATEGORIES = CATEGORY_IDS.filter((id) => id !== 'transit');

const MUNICIPALITY_HANDLES = {
  nl: 'gemeente: openbare ruimte, afval, groen, overlast en plannen',
  en: 'municipality: public space, waste, green space, nuisance and plans',
};

/** "NVT" (niet van toepassing, "not applicable") is how the source writes that there is no address. */
const NOT_APPLICABLE = /^n\.?v\.?t\.?$/i;

/** The addresses in an email cell: none, one, or several separated by commas or semicolons. */
export function emailAddresses(cell: string): string[] {
  const trimmed = cell.trim();
  if (trimmed === '' || NOT_APPLICABLE.test(trimmed)) return [];
  return trimmed
    .split(/[,;]/)
    .map((address) => address.trim())
    .filter((address) => address !== '');
}

export const municipalityRowSchema = z.object({
  gm_code: municipalityCodeSchema,
  name: z.string().trim().min(1, 'a name is required').max(200),
  province: z.enum(PROVINCES, { error: `expected one of ${PROVINCES.join(', ')}` }),
  website: httpUrlSchema,
  email: z
    .string()
    .transform(emailAddresses)
    .pipe(z.array(z.email({ error: 'not an email address' }))),
  postal_address: z.string().trim().min(1, 'a postal address is required').max(300),
});
export type MunicipalityRow = z.output<typeof municipalityRowSchema>;

/** A data file that cannot be used; `problems` says which record and why, one line each. */
export class ContactDataError extends Error {
  override readonly name = 'ContactDataError';

  constructor(
    summary: string,
    readonly problems: readonly string[],
  ) {
    super(`${summary}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;
      return index === 0 ? String(key) : `.${String(key)}`;
    })
    .join('');
}

/**
 * Reads lib/data/municipalities.csv: the valid rows, and a line for every problem (missing
 * columns, invalid fields, a GM code or name that occurs twice). Rows are counted from 1 after
 * the header.
 */
export function readMunicipalities(csv: string): { rows: MunicipalityRow[]; problems: string[] } {
  const records = parseCsv(csv);
  const first = records[0];
  if (!first)
    return { rows: [], problems: ['no municipalities (an empty file, or a header only)'] };
  const missing = MUNICIPALITY_COLUMNS.filter((column) => !(column in first));
  if (missing.length > 0) {
    return { rows: [], problems: [`missing column(s): ${missing.join(', ')}`] };
  }

  const rows: MunicipalityRow[] = [];
  const problems: string[] = [];
  const rowOfCode = new Map<string, number>();
  const rowOfName = new Map<string, number>();
  records.forEach((record, index) => {
    const rowNumber = index + 1;
    const label = `row ${rowNumber} (${record.gm_code || 'no code'} ${record.name || 'no name'})`;
    const parsed = municipalityRowSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(`${label}: ${pathText(issue.path)}: ${issue.message}`);
      }
      return;
    }
    const row = parsed.data;
    const codeRow = rowOfCode.get(row.gm_code);
    const nameRow = rowOfName.get(row.name);
    if (codeRow !== undefined) problems.push(`${label}: gm_code also on row ${codeRow}`);
    if (nameRow !== undefined) problems.push(`${label}: name also on row ${nameRow}`);
    if (codeRow !== undefined || nameRow !== undefined) return;
    rowOfCode.set(row.gm_code, rowNumber);
    rowOfName.set(row.name, rowNumber);
    rows.push(row);
  });
  return { rows, problems };
}

/** What lib/data/municipal-desks.json adds to one municipality's row. */
export const municipalDeskSchema = z
  .object({
    /** The municipality's name, so the file can be read (and merged municipalities found). */
    name: z.string().trim().min(1),
    reportingPage: httpUrlSchema.optional(),
    phone: phoneNumberSchema.optional(),
    /** Replaces the row's website where the source data has a wrong one. */
    website: httpUrlSchema.optional(),
    sources: z.array(contactSourceSchema).min(1),
  })
  .refine((desk) => desk.reportingPage || desk.phone || desk.website, {
    error: 'a desk adds a reporting page, a phone number or a website',
  });
export type MunicipalDesk = z.infer<typeof municipalDeskSchema>;

/** lib/data/municipal-desks.json: desks by GM code. */
export const municipalDesksSchema = z.record(municipalityCodeSchema, municipalDeskSchema);
export type MunicipalDesks = z.infer<typeof municipalDesksSchema>;

/** The desks whose GM code is no municipality (any more): after a merger, move them by hand. */
export function desksWithoutMunicipality(
  municipalityCodes: ReadonlySet<string>,
  desks: MunicipalDesks,
): Array<{ code: string; name: string }> {
  return Object.entries(desks)
    .filter(([code]) => !municipalityCodes.has(code))
    .map(([code, desk]) => ({ code, name: desk.name }));
}

function municipalContact(row: MunicipalityRow, desk: MunicipalDesk | undefined): Contact {
  const channels: ContactChannel[] = [];
  if (desk?.reportingPage) channels.push({ kind: 'reporting-page', url: desk.reportingPage });
  channels.push({ kind: 'website', url: desk?.website ?? row.website });
  if (desk?.phone) channels.push({ kind: 'phone', number: desk.phone });
  for (const address of row.email) channels.push({ kind: 'email', address });
  channels.push({ kind: 'postal', address: row.postal_address });
  return {
    id: `municipality-${row.gm_code.toLowerCase()}`,
    kind: 'municipality',
    name: { nl: `Gemeente ${row.name}`, en: `Municipality of ${row.name}` },
    handles: { ...MUNICIPALITY_HANDLES },
    categories: [...MUNICIPALITY_CATEGORIES],
    area: { scope: 'municipality', municipality: row.gm_code },
    channels,
    sources: [
      ...MUNICIPALITY_DATA_SOURCES.map((source) => ({ ...source })),
      ...(desk?.sources ?? []),
    ],
  };
}

/**
 * A contact for every municipality of lib/data/municipalities.csv, in the file's order, with the
 * desks of lib/data/municipal-desks.json where there are any. Throws ContactDataError if a row
 * is invalid.
 */
export function municipalContacts(
  municipalitiesCsv: string,
  desks: MunicipalDesks = {},
): Contact[] {
  const { rows, problems } = readMunicipalities(municipalitiesCsv);
  if (problems.length > 0) throw new ContactDataError('municipalities.csv is invalid', problems);
  return rows.map((row) => municipalContact(row, desks[row.gm_code]));
}

function schemaProblems(file: string, records: unknown, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const [index, ...rest] = issue.path;
    const record = Array.isArray(records) && typeof index === 'number' ? records[index] : null;
    const id =
      record && typeof record === 'object' && 'id' in record && typeof record.id === 'string'
        ? ` (${record.id})`
        : '';
    const where =
      typeof index === 'number' ? `[${index}]${id} ${pathText(rest)}` : pathText(issue.path);
    return `${file} ${where.trim() || '(whole file)'}: ${issue.message}`;
  });
}

/**
 * The whole directory: the national contacts (the parsed lib/data/contacts.json), then one
 * contact a municipality. Everything is checked against the schemas; a bad file throws
 * ContactDataError naming the file, the record and the field.
 */
export function loadContacts(
  municipalitiesCsv: string,
  nationalJson: unknown,
  desksJson: unknown = {},
): Contact[] {
  const national = z.array(contactSchema).safeParse(nationalJson);
  if (!national.success) {
    throw new ContactDataError(
      'contacts.json is invalid',
      schemaProblems('contacts.json', nationalJson, national.error),
    );
  }
  const desks = municipalDesksSchema.safeParse(desksJson);
  if (!desks.success) {
    throw new ContactDataError(
      'municipal-desks.json is invalid',
      schemaProblems('municipal-desks.json', desksJson, desks.error),
    );
  }
  const municipal = municipalContacts(municipalitiesCsv, desks.data);
  const problems: string[] = [];
  for (const contact of municipal) {
    const checked = contactSchema.safeParse(contact);
    if (!checked.success) {
      problems.push(...schemaProblems(contact.id, undefined, checked.error));
    }
  }
  const seen = new Set<string>();
  for (const { id } of [...national.data, ...municipal]) {
    if (seen.has(id)) problems.push(`contact id ${id} occurs twice`);
    seen.add(id);
  }
  if (problems.length > 0) throw new ContactDataError('the contacts do not add up', problems);
  return [...national.data, ...municipal];
}
