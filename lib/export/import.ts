import type { VliegwielDatabase } from '../db/database';
import { appendEvents, saveSignals, signalTables } from '../db/store';
import { groupIdentity } from '../groups/registry';
import type { Group } from '../schema/contacts';
import type { Initiative, Signal, TimelineEvent } from '../schema/records';
import {
  type Candidate,
  IMPORT_TABLES,
  type ImportBatch,
  type ImportTable,
  type RecordPlace,
  type RejectedRecord,
} from './batch';
import { type CsvImportContext, readSignalsCsv } from './csv-import';
import { readJsonExport } from './json';

// Importing a read file (lib/export/json.ts, lib/export/csv-import.ts) into the tracker: first a
// plan that says what would happen, for the user to confirm; then the import itself, which plans
// again inside its one transaction (the tracker may have changed meanwhile) and writes every
// record it adds there, or none. A record the tracker already has is left as it is: an import
// adds, it never overwrites.

/** Why a record counts as already there, and which stored record it is. */
export type AlreadyThereBecause =
  /** a record with the same id */
  | 'same-id'
  /** a signal of the same post (post key) */
  | 'same-post'
  /** a signal of the same selection: no post key, the same page and the same text */
  | 'same-selection'
  /** a group with the same name in the same municipality */
  | 'same-group'
  /** an event of a signal that is already there as another signal (same post or selection) */
  | 'same-signal';

export interface AlreadyThere extends RecordPlace {
  id: string;
  because: AlreadyThereBecause;
  /** The stored record it matches (for an event of a signal: that signal). */
  existingId: string;
}

export interface ImportReport {
  format: ImportBatch['format'];
  added: Record<ImportTable, number>;
  alreadyThere: AlreadyThere[];
  rejected: RejectedRecord[];
  ignoredColumns: string[];
}

export interface ImportRecords {
  signals: Signal[];
  initiatives: Initiative[];
  events: TimelineEvent[];
  groups: Group[];
}

export interface ImportPlan {
  report: ImportReport;
  /** What the import would add. */
  records: ImportRecords;
  /** The file as read, which applyImport plans again against the tracker as it is then. */
  batch: ImportBatch;
}

/**
 * A file's bytes as text: UTF-8, as Vliegwiel writes its exports, else Windows-1252, as Dutch
 * Excel saves a CSV ("CSV (gescheiden door lijstscheidingsteken)"), so that an export edited in
 * a spreadsheet keeps its accents on the way back.
 */
export function importFileText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Reads a file to import, a JSON export or a signals CSV, telling them apart by their first
 * character: a JSON export is an object.
 */
export function readImportFile(text: string, context: CsvImportContext): ImportBatch {
  return text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('{')
    ? readJsonExport(text)
    : readSignalsCsv(text, context);
}

/** What importing the batch would do, read in one transaction; writes nothing. */
export function planImport(db: VliegwielDatabase, batch: ImportBatch): Promise<ImportPlan> {
  return db.transaction('r', importTables(db), () => planAgainst(db, batch));
}

/** How many records an import adds (or added), of every kind together. */
export function addedCount(report: ImportReport): number {
  return IMPORT_TABLES.reduce((sum, table) => sum + report.added[table], 0);
}

/** How far an import's writing is: records written of those it adds. */
export interface ImportProgress {
  written: number;
  total: number;
}

/**
 * Imports what the plan's file holds, in one transaction: every record that can be added is, or
 * (when a write fails) none is. Signals and events go through the tracker's writers
 * (lib/db/store.ts), so the signal index, words and change log stay right. A large file takes a
 * while (Chromium's IndexedDB pays per record), so `onProgress` hears how far it is: once before
 * the first write and after every slice. Returns what it did.
 */
export function applyImport(
  db: VliegwielDatabase,
  plan: ImportPlan,
  onProgress: (progress: ImportProgress) => void = () => {},
): Promise<ImportReport> {
  return db.transaction('rw', importTables(db), async () => {
    const { report, records } = await planAgainst(db, plan.batch);
    const total = addedCount(report);
    let written = 0;
    const wrote = (count: number) => {
      written += count;
      onProgress({ written, total });
    };
    onProgress({ written, total });
    await db.groups.bulkAdd(records.groups);
    await db.initiatives.bulkAdd(records.initiatives);
    wrote(records.groups.length + records.initiatives.length);
    for (const slice of slices(records.signals)) {
      await saveSignals(db, slice);
      wrote(slice.length);
    }
    for (const slice of slices(records.events)) {
      await appendEvents(db, slice);
      wrote(slice.length);
    }
    return report;
  });
}

/**
 * Records per write within the import's one transaction. A bulk write queues a request per
 * record at once; a slice at a time keeps that queue, and the memory it holds, small
 * (fake-indexeddb, which the tests and the benchmark use, slows down with its square).
 */
const WRITE_SLICE = 2000;

function* slices<T>(records: readonly T[]): Generator<T[]> {
  for (let start = 0; start < records.length; start += WRITE_SLICE) {
    yield records.slice(start, start + WRITE_SLICE);
  }
}

function importTables(db: VliegwielDatabase) {
  return [...signalTables(db), db.initiatives, db.groups];
}

/** What became of a record of the file, for the records that refer to it. */
type Outcome =
  | { status: 'added' }
  | { status: 'already-there'; existingId: string }
  | { status: 'rejected'; where: number };

type Reject = (table: ImportTable, where: number, reason: string) => void;
type There = (
  table: ImportTable,
  candidate: Candidate<{ id: string }>,
  because: AlreadyThereBecause,
  existingId: string,
) => void;

interface Findings {
  reject: Reject;
  there: There;
}

async function planAgainst(db: VliegwielDatabase, batch: ImportBatch): Promise<ImportPlan> {
  const rejected: RejectedRecord[] = [...batch.rejected];
  const alreadyThere: AlreadyThere[] = [];
  const findings: Findings = {
    reject: (table, where, reason) => rejected.push({ table, where, reason }),
    there: (table, candidate, because, existingId) =>
      alreadyThere.push({
        table,
        where: candidate.where,
        id: candidate.record.id,
        because,
        existingId,
      }),
  };

  const groups = await planGroups(db, batch.groups, findings);
  const initiatives = await planInitiatives(db, batch.initiatives, findings);
  const signals = await planSignals(db, batch.signals, initiatives.outcomes, findings);
  const events = planEvents(
    await notStored(db.events, 'events', batch.events, findings),
    signals.outcomes,
    initiatives.outcomes,
    findings,
  );

  const records: ImportRecords = {
    signals: signals.added,
    initiatives: initiatives.added,
    events: events.map((candidate) => candidate.record),
    groups: groups.map((candidate) => candidate.record),
  };
  const byPlace = (a: RecordPlace, b: RecordPlace) =>
    IMPORT_TABLES.indexOf(a.table) - IMPORT_TABLES.indexOf(b.table) || a.where - b.where;
  return {
    batch,
    records,
    report: {
      format: batch.format,
      added: {
        signals: records.signals.length,
        initiatives: records.initiatives.length,
        events: records.events.length,
        groups: records.groups.length,
      },
      alreadyThere: alreadyThere.sort(byPlace),
      rejected: rejected.sort(byPlace),
      ignoredColumns: batch.ignoredColumns,
    },
  };
}

interface StoredTable {
  toCollection(): { primaryKeys(): Promise<unknown[]> };
}

/**
 * The file's records that the table does not hold yet: each id once (a later record with an id
 * already seen in the file is rejected), and one whose id is stored is already there. The stored
 * ids are read as keys alone, in one pass, which for a big file costs far less than a lookup
 * per record.
 */
async function notStored<T extends { id: string }>(
  table: StoredTable,
  name: ImportTable,
  candidates: readonly Candidate<T>[],
  { reject, there }: Findings,
): Promise<Candidate<T>[]> {
  const first = new Map<string, number>();
  const unique = candidates.filter((candidate) => {
    const earlier = first.get(candidate.record.id);
    if (earlier === undefined) {
      first.set(candidate.record.id, candidate.where);
      return true;
    }
    reject(name, candidate.where, `it has the same id as ${name} record ${earlier}`);
    return false;
  });
  const stored = new Set(await table.toCollection().primaryKeys());
  return unique.filter((candidate) => {
    if (!stored.has(candidate.record.id)) return true;
    there(name, candidate, 'same-id', candidate.record.id);
    return false;
  });
}

/** Groups are the same group by name and municipality, as the directory counts them. */
async function planGroups(
  db: VliegwielDatabase,
  candidates: readonly Candidate<Group>[],
  findings: Findings,
): Promise<Candidate<Group>[]> {
  const fresh = await notStored(db.groups, 'groups', candidates, findings);
  const stored = new Map((await db.groups.toArray()).map((group) => [groupIdentity(group), group]));
  const inFile = new Map<string, number>();
  return fresh.filter((candidate) => {
    const identity = groupIdentity(candidate.record);
    const same = stored.get(identity);
    if (same) {
      findings.there('groups', candidate, 'same-group', same.id);
      return false;
    }
    const earlier = inFile.get(identity);
    if (earlier !== undefined) {
      findings.reject(
        'groups',
        candidate.where,
        `it has the same name and municipality as groups record ${earlier}`,
      );
      return false;
    }
    inFile.set(identity, candidate.where);
    return true;
  });
}

interface Planned<T> {
  added: T[];
  /** By id, for every record of the file that was not a repeated id. */
  outcomes: Map<string, Outcome>;
}

/** Outcomes of the records that notStored found stored: already there under their own id. */
function storedOutcomes(
  candidates: readonly Candidate<{ id: string }>[],
  fresh: readonly Candidate<{ id: string }>[],
): Map<string, Outcome> {
  const outcomes = new Map<string, Outcome>();
  for (const candidate of candidates) {
    outcomes.set(candidate.record.id, { status: 'already-there', existingId: candidate.record.id });
  }
  for (const candidate of fresh) outcomes.set(candidate.record.id, { status: 'added' });
  return outcomes;
}

/**
 * An initiative merged into another needs that one, in the file or in the tracker. Merges can
 * chain, so initiatives whose target cannot be had are dropped until none is left to drop.
 */
async function planInitiatives(
  db: VliegwielDatabase,
  candidates: readonly Candidate<Initiative>[],
  findings: Findings,
): Promise<Planned<Initiative>> {
  const fresh = await notStored(db.initiatives, 'initiatives', candidates, findings);
  const outcomes = storedOutcomes(candidates, fresh);
  const storedTargets = new Set(await db.initiatives.toCollection().primaryKeys());
  let addable = fresh;
  for (;;) {
    const ids = new Set(addable.map((candidate) => candidate.record.id));
    const next = addable.filter(({ record: { mergedInto } }) => {
      return mergedInto === undefined || storedTargets.has(mergedInto) || ids.has(mergedInto);
    });
    if (next.length === addable.length) break;
    addable = next;
  }
  const kept = new Set(addable);
  for (const candidate of fresh) {
    if (kept.has(candidate)) continue;
    findings.reject(
      'initiatives',
      candidate.where,
      `it was merged into initiative ${candidate.record.mergedInto}, which is neither in the file nor in the tracker`,
    );
    outcomes.set(candidate.record.id, { status: 'rejected', where: candidate.where });
  }
  return { added: addable.map((candidate) => candidate.record), outcomes };
}

/**
 * A signal is already there with the same id, or as another signal of the same post (post key)
 * or selection (no post key: the same page and text), as clipping counts them; of two signals of
 * one post in the file, the later is rejected. A signal in an initiative needs that initiative,
 * in the file or in the tracker.
 */
async function planSignals(
  db: VliegwielDatabase,
  candidates: readonly Candidate<Signal>[],
  initiatives: ReadonlyMap<string, Outcome>,
  findings: Findings,
): Promise<Planned<Signal>> {
  const fresh = await notStored(db.signals, 'signals', candidates, findings);
  const outcomes = storedOutcomes(candidates, fresh);
  // Dexie keeps the transaction through the promises its own reads make: an async step that
  // reads nothing would lose it, so storedClips runs only when it has something to read.
  const stored = fresh.length === 0 ? new Map<string, string>() : await storedClips(db, fresh);
  const storedInitiatives = new Set(await db.initiatives.toCollection().primaryKeys());

  const inFile = new Map<string, number>();
  const added: Signal[] = [];
  for (const candidate of fresh) {
    const { record: signal, where } = candidate;
    const key = duplicateKey(signal);
    const existingId = stored.get(key);
    if (existingId !== undefined) {
      findings.there(
        'signals',
        candidate,
        signal.postKey === undefined ? 'same-selection' : 'same-post',
        existingId,
      );
      outcomes.set(signal.id, { status: 'already-there', existingId });
      continue;
    }
    const reason = signalProblem(signal, inFile.get(key), initiatives, storedInitiatives);
    if (reason !== undefined) {
      findings.reject('signals', where, reason);
      outcomes.set(signal.id, { status: 'rejected', where });
      continue;
    }
    inFile.set(key, where);
    added.push(signal);
  }
  return { added, outcomes };
}

/** What makes two signals the same clip: the post key, or for a selection its page and text. */
function duplicateKey(signal: Signal): string {
  return signal.postKey === undefined
    ? `selection\n${signal.source.url}\n${signal.text}`
    : `post\n${signal.postKey}`;
}

/**
 * The stored signals that are the same clip as one of these, by duplicateKey, each read in one
 * pass over an index: every post key with its signal, and the signals on the pages of the
 * selections, whose texts are then compared.
 */
async function storedClips(
  db: VliegwielDatabase,
  candidates: readonly Candidate<Signal>[],
): Promise<Map<string, string>> {
  const clips = new Map<string, string>();
  if (candidates.some((candidate) => candidate.record.postKey !== undefined)) {
    await db.signals.orderBy('postKey').eachKey((postKey, cursor) => {
      clips.set(`post\n${String(postKey)}`, String(cursor.primaryKey));
    });
  }
  const selectionPages = new Set(
    candidates.flatMap((candidate) =>
      candidate.record.postKey === undefined ? [candidate.record.source.url] : [],
    ),
  );
  if (selectionPages.size > 0) {
    const onThosePages: string[] = [];
    await db.signals.orderBy('source.url').eachKey((url, cursor) => {
      if (selectionPages.has(String(url))) onThosePages.push(String(cursor.primaryKey));
    });
    for (const signal of await db.signals.bulkGet(onThosePages)) {
      if (signal && signal.postKey === undefined) clips.set(duplicateKey(signal), signal.id);
    }
  }
  return clips;
}

function signalProblem(
  signal: Signal,
  sameInFile: number | undefined,
  initiatives: ReadonlyMap<string, Outcome>,
  storedInitiatives: ReadonlySet<string>,
): string | undefined {
  if (sameInFile !== undefined) {
    const what = signal.postKey === undefined ? 'selection' : 'post';
    return `it is the same ${what} as signals record ${sameInFile}`;
  }
  const initiativeId = signal.initiativeId;
  if (initiativeId === undefined || storedInitiatives.has(initiativeId)) return undefined;
  const initiative = initiatives.get(initiativeId);
  if (initiative?.status === 'added') return undefined;
  return initiative?.status === 'rejected'
    ? `its initiative (initiatives record ${initiative.where}) was rejected`
    : `its initiative ${initiativeId} is neither in the file nor in the tracker`;
}

/**
 * Events are history, so they may name signals and initiatives that are gone. But an event of a
 * record of the file that is rejected goes with it, and one of a signal that is already there as
 * another signal is that signal's history, which the tracker has.
 */
function planEvents(
  fresh: readonly Candidate<TimelineEvent>[],
  signals: ReadonlyMap<string, Outcome>,
  initiatives: ReadonlyMap<string, Outcome>,
  findings: Findings,
): Candidate<TimelineEvent>[] {
  return fresh.filter((candidate) => {
    const { signalId, initiativeId } = candidate.record;
    const signal = signalId === undefined ? undefined : signals.get(signalId);
    const initiative = initiativeId === undefined ? undefined : initiatives.get(initiativeId);
    if (signal?.status === 'rejected') {
      findings.reject(
        'events',
        candidate.where,
        `its signal (signals record ${signal.where}) was rejected`,
      );
      return false;
    }
    if (initiative?.status === 'rejected') {
      findings.reject(
        'events',
        candidate.where,
        `its initiative (initiatives record ${initiative.where}) was rejected`,
      );
      return false;
    }
    if (signal?.status === 'already-there' && signal.existingId !== signalId) {
      findings.there('events', candidate, 'same-signal', signal.existingId);
      return false;
    }
    return true;
  });
}
