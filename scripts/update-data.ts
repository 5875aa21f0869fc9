/**
 * Takes a new edition of the municipality data into lib/data, for example after municipal
 * mergers (lib/data/SOURCES.md, "Updating"):
 *
 *   npm run data:update -- [directory]      (default: ../shared/data)
 *
 * Reads municipalities.csv, and pc4.csv if the directory has one, and checks every row. If any
 * row is invalid it writes nothing, lists each problem and exits with 1. Otherwise it copies the
 * files into lib/data and prints what changed: municipalities added, removed and renamed, and the
 * desks of lib/data/municipal-desks.json whose municipality is gone or renamed (those are moved
 * by hand, because a desk's facts need a source).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseCsv } from '../lib/places/gazetteer';
import {
  type MunicipalityRow,
  municipalDesksSchema,
  readMunicipalities,
} from '../lib/suggest/contacts';

const PROJECT_DATA_DIRECTORY = fileURLToPath(new URL('../lib/data/', import.meta.url));
const SHARED_DATA_DIRECTORY = fileURLToPath(new URL('../../shared/data/', import.meta.url));

const MUNICIPALITIES_FILE = 'municipalities.csv';
const POSTCODES_FILE = 'pc4.csv';
const DESKS_FILE = 'municipal-desks.json';

const POSTCODE_COLUMNS = ['pc4', 'place', 'gm_code', 'municipality', 'province', 'lat', 'lon'];

/** The European Netherlands with a margin: a coordinate outside it is a swapped or broken one. */
const LATITUDE = { min: 50.5, max: 53.8 };
const LONGITUDE = { min: 3.0, max: 7.5 };

export interface MunicipalityName {
  code: string;
  name: string;
}

export interface DeskToReview extends MunicipalityName {
  reason: string;
}

export interface DataUpdateReport {
  municipalities: { before: number; after: number };
  added: MunicipalityName[];
  removed: MunicipalityName[];
  renamed: Array<{ code: string; from: string; to: string }>;
  /** Same code and name, other province, website, email or postal address. */
  details: Array<MunicipalityName & { fields: string[] }>;
  /** Row counts of pc4.csv, or null when the directory has none and lib/data keeps its own. */
  postcodes: { before: number; after: number } | null;
  desksToReview: DeskToReview[];
  written: string[];
  unchanged: string[];
}

export type DataUpdateResult =
  | { ok: true; report: DataUpdateReport }
  | { ok: false; problems: string[] };

function readIfPresent(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

function postcodeProblems(
  csv: string,
  municipalities: ReadonlyMap<string, MunicipalityRow>,
): string[] {
  const records = parseCsv(csv);
  const first = records[0];
  if (!first) return [`${POSTCODES_FILE}: no postcodes (an empty file, or a header only)`];
  const missing = POSTCODE_COLUMNS.filter((column) => !(column in first));
  if (missing.length > 0) return [`${POSTCODES_FILE}: missing column(s): ${missing.join(', ')}`];

  const problems: string[] = [];
  records.forEach((record, index) => {
    const label = `${POSTCODES_FILE} row ${index + 1} (${record.pc4 || 'no postcode'} ${record.place || 'no place'})`;
    const fail = (why: string) => problems.push(`${label}: ${why}`);
    if (!/^\d{4}$/.test(record.pc4 ?? '')) fail('pc4: expected four digits');
    if (!record.place?.trim()) fail('place: a place name is required');
    const municipality = municipalities.get(record.gm_code ?? '');
    if (!municipality) {
      fail(`gm_code: ${record.gm_code || '(empty)'} is not in ${MUNICIPALITIES_FILE}`);
    } else {
      if (record.municipality !== municipality.name) {
        fail(
          `municipality: "${record.municipality}", but ${municipality.gm_code} is "${municipality.name}"`,
        );
      }
      if (record.province !== municipality.province) {
        fail(
          `province: "${record.province}", but ${municipality.gm_code} lies in ${municipality.province}`,
        );
      }
    }
    const lat = Number(record.lat);
    const lon = Number(record.lon);
    if (record.lat === '' || !(lat >= LATITUDE.min && lat <= LATITUDE.max)) {
      fail(`lat: "${record.lat}" is not a latitude in the Netherlands`);
    }
    if (record.lon === '' || !(lon >= LONGITUDE.min && lon <= LONGITUDE.max)) {
      fail(`lon: "${record.lon}" is not a longitude in the Netherlands`);
    }
  });
  return problems;
}

/** Codes the kept pc4.csv refers to that the new municipalities.csv lacks. */
function keptPostcodeProblems(
  csv: string,
  municipalities: ReadonlyMap<string, MunicipalityRow>,
): string[] {
  const unknown = new Set(
    parseCsv(csv)
      .map((record) => record.gm_code ?? '')
      .filter((code) => !municipalities.has(code)),
  );
  return [...unknown].map(
    (code) =>
      `lib/data/${POSTCODES_FILE} (kept, as the directory has none) refers to ${code}, which the new ${MUNICIPALITIES_FILE} lacks: supply a ${POSTCODES_FILE} of the same division`,
  );
}

const DETAIL_FIELDS = ['province', 'website', 'email', 'postal_address'] as const;

function compareMunicipalities(
  before: ReadonlyMap<string, MunicipalityRow>,
  after: ReadonlyMap<string, MunicipalityRow>,
): Pick<DataUpdateReport, 'added' | 'removed' | 'renamed' | 'details'> {
  const added: MunicipalityName[] = [];
  const renamed: DataUpdateReport['renamed'] = [];
  const details: DataUpdateReport['details'] = [];
  for (const [code, row] of after) {
    const old = before.get(code);
    if (!old) {
      added.push({ code, name: row.name });
      continue;
    }
    if (old.name !== row.name) renamed.push({ code, from: old.name, to: row.name });
    const fields = DETAIL_FIELDS.filter(
      (field) => JSON.stringify(old[field]) !== JSON.stringify(row[field]),
    );
    if (fields.length > 0) details.push({ code, name: row.name, fields: [...fields] });
  }
  const removed = [...before]
    .filter(([code]) => !after.has(code))
    .map(([code, row]) => ({ code, name: row.name }));
  return { added, removed, renamed, details };
}

function desksToReview(
  desksJson: string | null,
  municipalities: ReadonlyMap<string, MunicipalityRow>,
): { desks: DeskToReview[]; problems: string[] } {
  if (desksJson === null) return { desks: [], problems: [] };
  let parsedJson: unknown;
  try {
    parsedJson = JSON.parse(desksJson);
  } catch (error) {
    return {
      desks: [],
      problems: [`lib/data/${DESKS_FILE}: not JSON (${(error as Error).message})`],
    };
  }
  const parsed = municipalDesksSchema.safeParse(parsedJson);
  if (!parsed.success) {
    return {
      desks: [],
      problems: parsed.error.issues.map(
        (issue) => `lib/data/${DESKS_FILE} ${issue.path.map(String).join('.')}: ${issue.message}`,
      ),
    };
  }
  const desks: DeskToReview[] = [];
  for (const [code, desk] of Object.entries(parsed.data)) {
    const municipality = municipalities.get(code);
    if (!municipality) {
      desks.push({
        code,
        name: desk.name,
        reason: 'the municipality is gone: move the desk to its successor, or remove it',
      });
    } else if (municipality.name !== desk.name) {
      desks.push({
        code,
        name: desk.name,
        reason: `the municipality is now called ${municipality.name}`,
      });
    }
  }
  return { desks, problems: [] };
}

function byCode(rows: readonly MunicipalityRow[]): Map<string, MunicipalityRow> {
  return new Map(rows.map((row) => [row.gm_code, row]));
}

/**
 * Checks the files of `sourceDirectory` and, only if every row is valid, writes them into
 * `dataDirectory`. The result lists the problems (nothing written) or what changed.
 */
export function updateData(sourceDirectory: string, dataDirectory: string): DataUpdateResult {
  const newMunicipalitiesCsv = readIfPresent(join(sourceDirectory, MUNICIPALITIES_FILE));
  if (newMunicipalitiesCsv === null) {
    return {
      ok: false,
      problems: [`${join(sourceDirectory, MUNICIPALITIES_FILE)} does not exist`],
    };
  }
  const newPostcodesCsv = readIfPresent(join(sourceDirectory, POSTCODES_FILE));
  const oldMunicipalitiesCsv = readIfPresent(join(dataDirectory, MUNICIPALITIES_FILE));
  const oldPostcodesCsv = readIfPresent(join(dataDirectory, POSTCODES_FILE));

  const fresh = readMunicipalities(newMunicipalitiesCsv);
  const problems = fresh.problems.map((problem) => `${MUNICIPALITIES_FILE} ${problem}`);
  const after = byCode(fresh.rows);
  if (problems.length === 0) {
    if (newPostcodesCsv !== null) problems.push(...postcodeProblems(newPostcodesCsv, after));
    else if (oldPostcodesCsv !== null)
      problems.push(...keptPostcodeProblems(oldPostcodesCsv, after));
  }
  const review = desksToReview(readIfPresent(join(dataDirectory, DESKS_FILE)), after);
  problems.push(...review.problems);
  if (problems.length > 0) return { ok: false, problems };

  // The data now in lib/data passed this same check when it was taken in; rows it cannot read
  // any more simply count as removed.
  const before = byCode(
    oldMunicipalitiesCsv === null ? [] : readMunicipalities(oldMunicipalitiesCsv).rows,
  );
  const written: string[] = [];
  const unchanged: string[] = [];
  const files: Array<[string, string, string | null]> = [
    [MUNICIPALITIES_FILE, newMunicipalitiesCsv, oldMunicipalitiesCsv],
  ];
  if (newPostcodesCsv !== null) files.push([POSTCODES_FILE, newPostcodesCsv, oldPostcodesCsv]);
  for (const [name, content, previous] of files) {
    if (content === previous) {
      unchanged.push(name);
    } else {
      writeFileSync(join(dataDirectory, name), content);
      written.push(name);
    }
  }

  const countRows = (csv: string | null) => (csv === null ? 0 : parseCsv(csv).length);
  return {
    ok: true,
    report: {
      municipalities: { before: before.size, after: after.size },
      ...compareMunicipalities(before, after),
      postcodes:
        newPostcodesCsv === null
          ? null
          : { before: countRows(oldPostcodesCsv), after: countRows(newPostcodesCsv) },
      desksToReview: review.desks,
      written,
      unchanged,
    },
  };
}

const names = (list: readonly MunicipalityName[]) =>
  list.map(({ code, name }) => `${code} ${name}`).join(', ');

/** The change report as printed, a line a fact. */
export function formatReport(report: DataUpdateReport): string {
  const lines = [
    `Municipalities: ${report.municipalities.before} → ${report.municipalities.after}`,
  ];
  if (report.added.length > 0) lines.push(`  added: ${names(report.added)}`);
  if (report.removed.length > 0) lines.push(`  removed: ${names(report.removed)}`);
  for (const { code, from, to } of report.renamed) lines.push(`  renamed: ${code} ${from} → ${to}`);
  for (const { code, name, fields } of report.details) {
    lines.push(`  changed: ${code} ${name} (${fields.join(', ')})`);
  }
  if (
    report.added.length + report.removed.length + report.renamed.length + report.details.length ===
    0
  ) {
    lines.push('  no municipality changed');
  }
  lines.push(
    report.postcodes === null
      ? `Postcodes: no ${POSTCODES_FILE} given; lib/data keeps its own`
      : `Postcodes: ${report.postcodes.before} → ${report.postcodes.after} rows`,
  );
  if (report.desksToReview.length > 0) {
    lines.push(`Desks to review in lib/data/${DESKS_FILE}:`);
    for (const { code, name, reason } of report.desksToReview) {
      lines.push(`  ${code} ${name}: ${reason}`);
    }
  }
  if (report.written.length > 0) lines.push(`Written to lib/data: ${report.written.join(', ')}`);
  if (report.unchanged.length > 0) lines.push(`Unchanged: ${report.unchanged.join(', ')}`);
  if (report.written.length > 0) {
    lines.push(
      'Next: set the edition in MUNICIPALITY_DATA_SOURCES (lib/suggest/contacts.ts) and in lib/data/SOURCES.md, then run npx vitest run lib/places lib/classify lib/suggest',
    );
  }
  return lines.join('\n');
}

function main(argv: readonly string[]): number {
  const [directoryArgument, ...rest] = argv;
  if (rest.length > 0 || directoryArgument === '--help' || directoryArgument === '-h') {
    process.stderr.write('usage: npm run data:update -- [directory with municipalities.csv]\n');
    return 2;
  }
  const sourceDirectory =
    directoryArgument === undefined
      ? SHARED_DATA_DIRECTORY
      : resolve(process.env.INIT_CWD ?? process.cwd(), directoryArgument);
  process.stdout.write(`data:update: reading ${sourceDirectory}\n`);
  const result = updateData(sourceDirectory, PROJECT_DATA_DIRECTORY);
  if (!result.ok) {
    process.stderr.write(
      `data:update: nothing written; ${result.problems.length} problem(s):\n${result.problems
        .map((problem) => `  ${problem}`)
        .join('\n')}\n`,
    );
    return 1;
  }
  process.stdout.write(`${formatReport(result.report)}\n`);
  return 0;
}

const invokedPath = process.argv[1];
if (invokedPath && import.meta.url === pathToFileURL(resolve(invokedPath)).href) {
  process.exitCode = main(process.argv.slice(2));
}
