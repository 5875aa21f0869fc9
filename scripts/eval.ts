/**
 * Measures the classifier, or the suggestions, on a labelled file.
 *
 * A classifier file is in the format of ../shared/eval/dev.jsonl:
 *   {"id", "text", "lang", "label": "local" | "other", "accept": [category ids] | null, "source"?,
 *    "municipality"?: "GM…" | null}
 * and prints precision, recall and F1 per source and language, category accuracy (a prediction
 * counts when it is in `accept`), the confusion between categories, and, for files that say which
 * municipality a post names, how often place resolution finds it.
 *
 *   npm run eval -- ../shared/eval/dev.jsonl
 *
 * A suggestion file (rows with `kinds`, lib/suggest/testdata/cases.jsonl) is run through
 * `suggest` with the real contacts of lib/data: top-1 municipality where the text names a place,
 * overall, and how often each expected contact kind is among the first three suggested.
 *
 *   npm run eval -- lib/suggest/testdata/cases.jsonl
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CATEGORY_IDS, type CategoryId } from '../lib/classify/taxonomy';
import { analysePost } from '../lib/places/analyse';
import type { Gazetteer } from '../lib/places/gazetteer';
import { loadGazetteerFromDirectory } from '../lib/places/load-node';
import { loadContacts } from '../lib/suggest/contacts';
import {
  evaluateSuggestionCases,
  type SuggestionCase,
  suggestionCaseSchema,
  type Tally,
  TOP_CONTACTS,
} from '../lib/suggest/evaluate';
import { prepareSuggestions } from '../lib/suggest/suggest';

const DATA_DIRECTORY = fileURLToPath(new URL('../lib/data/', import.meta.url));

const rowSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  lang: z.string(),
  label: z.enum(['local', 'other']),
  accept: z.array(z.enum(CATEGORY_IDS)).nullable(),
  source: z.string().optional(),
  municipality: z.string().nullable().optional(),
});
type Row = z.infer<typeof rowSchema>;

interface Outcome {
  row: Row;
  group: string;
  local: boolean;
  category: CategoryId | null;
  municipality: string | null;
}

interface Counts {
  rows: number;
  positives: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
}

function count(outcomes: readonly Outcome[]): Counts {
  const counts: Counts = {
    rows: outcomes.length,
    positives: 0,
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    trueNegatives: 0,
  };
  for (const { row, local } of outcomes) {
    const gold = row.label === 'local';
    if (gold) counts.positives += 1;
    if (gold && local) counts.truePositives += 1;
    else if (local) counts.falsePositives += 1;
    else if (gold) counts.falseNegatives += 1;
    else counts.trueNegatives += 1;
  }
  return counts;
}

/** A ratio, or "-" where it is undefined (no positives, no predictions). */
function ratio(numerator: number, denominator: number): string {
  return denominator === 0 ? '-' : (numerator / denominator).toFixed(3);
}

function detectionLine(name: string, c: Counts): string {
  const precision = c.truePositives / (c.truePositives + c.falsePositives);
  const recall = c.truePositives / (c.truePositives + c.falseNegatives);
  const f1 =
    c.truePositives === 0 ? '-' : ((2 * precision * recall) / (precision + recall)).toFixed(3);
  return [
    name.padEnd(36),
    String(c.rows).padStart(5),
    String(c.positives).padStart(6),
    String(c.truePositives).padStart(5),
    String(c.falsePositives).padStart(5),
    String(c.falseNegatives).padStart(5),
    String(c.trueNegatives).padStart(5),
    ratio(c.truePositives, c.truePositives + c.falsePositives).padStart(10),
    ratio(c.truePositives, c.truePositives + c.falseNegatives).padStart(7),
    f1.padStart(6),
    ratio(c.falsePositives, c.falsePositives + c.trueNegatives).padStart(8),
  ].join(' ');
}

function readRows(path: string): { rows: Row[]; invalid: number } {
  const rows: Row[] = [];
  let invalid = 0;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    try {
      const parsed = rowSchema.safeParse(JSON.parse(line));
      if (parsed.success) rows.push(parsed.data);
      else invalid += 1;
    } catch {
      invalid += 1;
    }
  }
  return { rows, invalid };
}

function printDetection(outcomes: readonly Outcome[]): void {
  console.log('Local-issue detection');
  console.log(
    `${'source / language'.padEnd(36)}  rows  local   TP    FP    FN    TN  precision  recall     F1  FP rate`,
  );
  const groups = [...new Set(outcomes.map((o) => o.group))].sort();
  for (const group of groups) {
    console.log(detectionLine(group, count(outcomes.filter((o) => o.group === group))));
  }
  const languages = [...new Set(outcomes.map((o) => o.row.lang))].sort();
  if (groups.length > 1) {
    for (const lang of languages) {
      console.log(
        detectionLine(`all / ${lang}`, count(outcomes.filter((o) => o.row.lang === lang))),
      );
    }
  }
  console.log(detectionLine('all', count(outcomes)));
}

function printCategories(outcomes: readonly Outcome[]): void {
  const withAccept = outcomes.filter((o) => o.row.accept !== null);
  if (withAccept.length === 0) return;
  const isRight = (o: Outcome) => o.category !== null && (o.row.accept ?? []).includes(o.category);
  const judgedLocal = withAccept.filter((o) => o.local);
  // A post judged not local has a category too (its topic), so the rows judged local are counted
  // apart: both figures, and neither taken from the other.
  const right = withAccept.filter(isRight).length;
  const rightOfJudgedLocal = judgedLocal.filter(isRight).length;
  console.log(`\nCategory (rows with accept: ${withAccept.length})`);
  console.log(
    `  accuracy on all of them, whatever the verdict:   ${ratio(right, withAccept.length)} (${right}/${withAccept.length})`,
  );
  console.log(
    `  accuracy on the rows judged local:               ${ratio(rightOfJudgedLocal, judgedLocal.length)} (${rightOfJudgedLocal}/${judgedLocal.length})`,
  );
  for (const lang of [...new Set(withAccept.map((o) => o.row.lang))].sort()) {
    const inLanguage = withAccept.filter((o) => o.row.lang === lang);
    const local = inLanguage.filter((o) => o.local);
    console.log(
      `  ${lang}: ${ratio(inLanguage.filter(isRight).length, inLanguage.length)} of all, ${ratio(local.filter(isRight).length, local.length)} of judged local`,
    );
  }

  // Rows: the first accepted category (or the predicted one, when it is accepted too); columns:
  // what the classifier said, over the rows it judged local.
  const used = CATEGORY_IDS.filter((id) =>
    judgedLocal.some((o) => o.category === id || o.row.accept?.[0] === id),
  );
  const cell = (text: string) => text.slice(0, 7).padStart(8);
  console.log('\nConfusion on the rows judged local (rows: accepted category; columns: predicted)');
  console.log(`${''.padEnd(12)}${used.map(cell).join('')}`);
  for (const gold of used) {
    const row = judgedLocal.filter((o) =>
      isRight(o) ? o.category === gold : o.row.accept?.[0] === gold,
    );
    if (row.length === 0) continue;
    const cells = used.map((predicted) =>
      cell(String(row.filter((o) => o.category === predicted).length)),
    );
    console.log(`${gold.slice(0, 11).padEnd(12)}${cells.join('')}`);
  }
}

function printMunicipalities(outcomes: readonly Outcome[]): void {
  const naming = outcomes.filter((o) => typeof o.row.municipality === 'string');
  if (naming.length === 0) return;
  const found = naming.filter((o) => o.municipality === o.row.municipality).length;
  const notNaming = outcomes.filter((o) => o.row.municipality === null);
  const spurious = notNaming.filter((o) => o.municipality !== null).length;
  console.log(`\nMunicipality (rows that name one: ${naming.length})`);
  console.log(`  found: ${ratio(found, naming.length)} (${found}/${naming.length})`);
  console.log(
    `  a municipality given where the row names none: ${spurious}/${notNaming.length} rows`,
  );
}

/** The parsed JSON lines of a file, and how many could not be read as JSON. */
function readJsonLines(path: string): { values: unknown[]; unreadable: number } {
  const values: unknown[] = [];
  let unreadable = 0;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    try {
      values.push(JSON.parse(line));
    } catch {
      unreadable += 1;
    }
  }
  return { values, unreadable };
}

function isSuggestionFile(values: readonly unknown[]): boolean {
  const [first] = values;
  return typeof first === 'object' && first !== null && 'kinds' in first;
}

function share({ right, total }: Tally): string {
  return `${ratio(right, total)} (${right}/${total})`;
}

function evaluateSuggestions(path: string, values: readonly unknown[], unreadable: number): void {
  const rows: SuggestionCase[] = [];
  let invalid = unreadable;
  for (const value of values) {
    const parsed = suggestionCaseSchema.safeParse(value);
    if (parsed.success) rows.push(parsed.data);
    else invalid += 1;
  }
  const gazetteer: Gazetteer = loadGazetteerFromDirectory(DATA_DIRECTORY);
  const data = (name: string) => readFileSync(`${DATA_DIRECTORY}${name}`, 'utf8');
  const contacts = loadContacts(
    data('municipalities.csv'),
    JSON.parse(data('contacts.json')),
    JSON.parse(data('municipal-desks.json')),
  );
  const prepared = prepareSuggestions({ contacts, groups: [], initiatives: [], gazetteer });
  const evaluation = evaluateSuggestionCases(rows, prepared);
  console.log(
    `${path}: ${rows.length} suggestion cases${invalid > 0 ? `, ${invalid} unreadable rows skipped` : ''}; ${contacts.length} contacts\n`,
  );
  console.log('Municipality');
  console.log(`  top-1 where the text names a place: ${share(evaluation.textNamed)}`);
  console.log(`  overall (none where none is expected): ${share(evaluation.overall)}`);
  console.log(`  found where expected (text, author, home): ${share(evaluation.foundRight)}`);
  console.log(`\nContacts (expected kind among the first ${TOP_CONTACTS})`);
  console.log(`  expected kind in top ${TOP_CONTACTS}: ${share(evaluation.kindsInTop)}`);
  console.log(
    `  cases with every expected kind in top ${TOP_CONTACTS}: ${share(evaluation.casesWithAllKinds)}`,
  );
  console.log(
    `  unwanted kind in top ${TOP_CONTACTS} (lower is better): ${share(evaluation.unwanted)}`,
  );
  for (const [kind, kindTally] of [...evaluation.perKind].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`    ${kind.padEnd(24)} ${share(kindTally)}`);
  }
  const misses = evaluation.outcomes.filter(
    (o) =>
      o.municipality !== o.row.municipality ||
      o.missingKinds.length > 0 ||
      o.unwantedKinds.length > 0,
  );
  if (misses.length === 0) return;
  console.log(`\nCases with a miss (${misses.length})`);
  for (const o of misses) {
    const where =
      o.municipality === o.row.municipality
        ? ''
        : ` municipality ${o.municipality ?? 'none'} (${o.from ?? '-'}), expected ${o.row.municipality ?? 'none'};`;
    const missing = o.missingKinds.length > 0 ? ` missing ${o.missingKinds.join(', ')};` : '';
    const unwanted = o.unwantedKinds.length > 0 ? ` unwanted ${o.unwantedKinds.join(', ')};` : '';
    console.log(`  ${o.row.id}:${where}${missing}${unwanted} top ${o.topKinds.join(', ') || '-'}`);
    console.log(`    ${o.row.text.slice(0, 110)}`);
  }
}

function main(): void {
  // `npm run eval -- file | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const path = process.argv[2];
  if (!path) {
    console.error('usage: npm run eval -- <file.jsonl>');
    process.exit(2);
  }
  const lines = readJsonLines(path);
  if (isSuggestionFile(lines.values)) {
    evaluateSuggestions(path, lines.values, lines.unreadable);
    return;
  }
  const { rows, invalid } = readRows(path);
  const gazetteer = loadGazetteerFromDirectory(DATA_DIRECTORY);
  const outcomes: Outcome[] = rows.map((row) => {
    const { classification, municipality } = analysePost(row.text, gazetteer);
    return {
      row,
      group: `${row.source ?? basename(path)} / ${row.lang}`,
      local: classification.local,
      category: classification.category,
      municipality: municipality?.code ?? null,
    };
  });
  console.log(
    `${path}: ${rows.length} rows${invalid > 0 ? `, ${invalid} unreadable rows skipped` : ''}\n`,
  );
  printDetection(outcomes);
  printCategories(outcomes);
  printMunicipalities(outcomes);
}

main();
