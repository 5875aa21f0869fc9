// The export section of `npm run bench`: exporting 100,000 signals to CSV and to JSON (target
// 3 s each) and importing them (target 10 s). Exports and imports run in Node, imports into
// fake-indexeddb; the JSON import runs once more in headless Chromium, into a real IndexedDB
// (kept in memory, as Playwright's fresh context keeps it), as the extension would run it.
// The records are generated as clipping stores them: classifier verdict, category, cues, places
// with a postcode, an author, a 'clipped' event each; 20% of the signals are in one of 500
// initiatives, which have their own events. Every figure is wall time and this process's CPU
// time: on a shared, busy machine the CPU time is the fairer single-thread figure.
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { ownPostTexts } from '../../lib/classify/own-posts';
import { CATEGORY_IDS } from '../../lib/classify/taxonomy';
import { VliegwielDatabase } from '../../lib/db/database';
import type { ImportBatch } from '../../lib/export/batch';
import {
  type ExportCollection,
  type ExportOptions,
  inExportOrder,
} from '../../lib/export/collection';
import { exportSignalsCsv } from '../../lib/export/csv';
import { readSignalsCsv } from '../../lib/export/csv-import';
import { applyImport, type ImportReport, planImport } from '../../lib/export/import';
import { exportJson, readJsonExport } from '../../lib/export/json';
import { type MunicipalityName, municipalityList } from '../../lib/places/municipality-list';
import type { Initiative, Member, Signal, SiteId, TimelineEvent } from '../../lib/schema/records';
import { inBenchPage } from './bench-page';

const INITIATIVES = 500;
const MEMBERS = 30;
const TWO_YEARS_MS = 2 * 365 * 24 * 3600 * 1000;
const NEWEST = Date.parse('2026-11-27T10:00:00.000Z');
const OPTIONS: ExportOptions = { pseudonymiseAuthors: false, includeText: true, language: 'nl' };
/** Exports timed this many times each; the median counts. */
const EXPORT_RUNS = 3;
const PART_LENGTH = 8_000_000;

/** What the generator draws from: the shipped data and the project's own posts. */
interface GeneratorData {
  texts: string[];
  municipalities: MunicipalityName[];
  /** GM code → its 4-digit postcodes. */
  postcodes: Record<string, string[]>;
}

function loadGeneratorData(): GeneratorData {
  const texts = ownPostTexts(['nl-posts.jsonl', 'en-posts.jsonl']);
  const postcodes: Record<string, string[]> = {};
  const pc4 = readFileSync(new URL('../../lib/data/pc4.csv', import.meta.url), 'utf8');
  for (const line of pc4.split('\n').slice(1)) {
    const [postcode, , code] = line.split(',');
    if (postcode && code) postcodes[code] = [...(postcodes[code] ?? []), postcode];
  }
  const municipalities = municipalityList(
    readFileSync(new URL('../../lib/data/municipalities.csv', import.meta.url), 'utf8'),
  );
  return { texts, municipalities, postcodes };
}

/** Mulberry32: the same records on every run. */
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` signals, their events, initiatives with theirs, and the members who did it all. */
function generateCollection(count: number, data: GeneratorData): ExportCollection {
  const random = generator(20261127);
  const below = (n: number) => Math.floor(random() * n);
  // The first items come up far more often, as big cities and common topics do.
  const skewed = <T>(items: readonly T[]) =>
    items[Math.floor(random() * random() * items.length)] as T;
  const hex = (digits: number) =>
    Array.from({ length: digits }, () => below(16).toString(16)).join('');
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`;
  const at = () => new Date(NEWEST - random() * TWO_YEARS_MS).toISOString();
  const text = () => data.texts[below(data.texts.length)] as string;
  const sites: SiteId[] = ['x', 'x', 'facebook', 'reddit', 'mastodon', 'bluesky', 'web'];
  const members: Member[] = Array.from({ length: MEMBERS }, (_, i) => ({
    id: `member-${i}`,
    name: `Bewoner ${i}`,
  }));
  const member = () => skewed(members).id;

  const initiatives: Initiative[] = [];
  const events: TimelineEvent[] = [];
  for (let i = 0; i < INITIATIVES; i++) {
    const createdAt = at();
    const ownerId = member();
    const initiative: Initiative = {
      id: uuid(),
      title: text().split(/\s+/).slice(0, 6).join(' '),
      description: text(),
      category: skewed(CATEGORY_IDS),
      area: { municipality: skewed(data.municipalities).code },
      status: 'gathering',
      ownerId,
      createdAt,
      lastActivityAt: createdAt,
    };
    initiatives.push(initiative);
    const about = { at: createdAt, actorId: ownerId, initiativeId: initiative.id };
    events.push(
      { id: uuid(), ...about, kind: 'created' },
      { id: uuid(), ...about, kind: 'status-changed', from: 'idea', to: 'gathering' },
    );
  }

  const signals: Signal[] = [];
  for (let i = 0; i < count; i++) {
    const municipality = skewed(data.municipalities);
    const postcode = skewed(data.postcodes[municipality.code] ?? ['1011']);
    const category = skewed(CATEGORY_IDS);
    const site = skewed(sites);
    const handle = `bewoner_${below(20_000)}`;
    const clippedAt = at();
    const clippedBy = member();
    const initiativeId = random() < 0.2 ? skewed(initiatives).id : undefined;
    const signal: Signal = {
      id: uuid(),
      text: text(),
      source: {
        site,
        url: `https://${site}.example/${handle}/status/${i}`,
        postId: String(i),
        authorHandle: handle,
        authorName: `Buurtbewoner ${municipality.name}`,
        postedAt: new Date(Date.parse(clippedAt) - below(86_400_000)).toISOString(),
      },
      postKey: `${site}:${i}`,
      ...(random() < 0.3 ? { media: [`https://media.example/${i}.jpg`] } : {}),
      clippedAt,
      clippedBy,
      verdict: 'local-issue',
      category,
      confidence: Math.round(random() * 100) / 100,
      tone: random() < 0.2 ? 'heated' : 'calm',
      evidence: [
        { cue: 'kapot', kind: 'problem', weight: 1.5, category },
        { cue: municipality.name, kind: 'place', weight: 1 },
        { cue: postcode, kind: 'place', weight: 1 },
      ],
      municipality: municipality.code,
      places: [
        { kind: 'place', name: municipality.name, municipality: municipality.code },
        { kind: 'postcode', name: postcode, municipality: municipality.code },
      ],
      triage: 'new',
      ...(initiativeId ? { initiativeId } : {}),
    };
    signals.push(signal);
    events.push({
      id: uuid(),
      at: clippedAt,
      actorId: clippedBy,
      signalId: signal.id,
      kind: 'clipped',
    });
  }
  return inExportOrder({ signals, initiatives, events, groups: [], members });
}

interface Timing {
  wallMs: number;
  /** This process's CPU time; in the browser page, where there is none to read, the wall time. */
  cpuMs: number;
}

function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

async function timed<T>(work: () => T | Promise<T>): Promise<[Timing, T]> {
  const [wallBefore, cpuBefore] = [performance.now(), cpuNow()];
  const result = await work();
  return [{ wallMs: performance.now() - wallBefore, cpuMs: cpuNow() - cpuBefore }, result];
}

function sum(...timings: Timing[]): Timing {
  return timings.reduce((a, b) => ({ wallMs: a.wallMs + b.wallMs, cpuMs: a.cpuMs + b.cpuMs }));
}

interface ImportFigures {
  read: Timing;
  plan: Timing;
  write: Timing;
  report: ImportReport;
  /** In Chromium: the file's signals and events alone, put into IndexedDB directly. */
  floorMs?: number;
}

/** Reads a file and imports it into a new database holding `seed`: each step timed. */
async function timeImport(
  name: string,
  read: () => ImportBatch,
  seed: Initiative[],
): Promise<ImportFigures> {
  const db = new VliegwielDatabase(name);
  await db.initiatives.bulkAdd(seed);
  const [readTime, batch] = await timed(read);
  const [plan, planned] = await timed(() => planImport(db, batch));
  const [write, report] = await timed(() => applyImport(db, planned));
  db.close();
  await db.delete();
  return { read: readTime, plan, write, report };
}

/** What the benchmark page's bundle puts on its window: the import, and a database to import into. */
interface PageLibrary {
  /** The file's text, sent in parts: one message of 100 MB is more than the page takes. */
  parts: string[];
  readJsonExport: typeof readJsonExport;
  planImport: typeof planImport;
  applyImport: typeof applyImport;
  openDatabase(name: string): VliegwielDatabase;
}

declare global {
  interface Window {
    exportBench: PageLibrary;
  }
}

const PAGE_ENTRY = `
import { VliegwielDatabase } from '../../lib/db/database';
import { applyImport, planImport } from '../../lib/export/import';
import { readJsonExport } from '../../lib/export/json';
window.exportBench = {
  parts: [],
  readJsonExport,
  planImport,
  applyImport,
  openDatabase: (name) => new VliegwielDatabase(name),
};
`;

/**
 * Runs in the benchmark page: Playwright sends its source, so it names nothing outside itself
 * (no helper functions either). Imports the JSON text into a new database, each step timed in the
 * page's wall time. Then times the floor under any import that keeps a signal and an event as
 * a record each: the same signals and events put straight into IndexedDB, with the indexes the
 * database gives them but without Dexie, index entries or change log, in one transaction.
 */
async function importInPage(): Promise<ImportFigures> {
  const { parts, readJsonExport, planImport, applyImport, openDatabase } = window.exportBench;
  const json = parts.join('');
  parts.length = 0;
  const db = openDatabase('bench-import');
  const started = performance.now();
  const batch = readJsonExport(json);
  const read = performance.now();
  const planned = await planImport(db, batch);
  const plan = performance.now();
  const report = await applyImport(db, planned);
  const written = performance.now();
  const stores = [db.signals, db.events].map((table) => ({
    name: table.name,
    indexes: table.schema.indexes.map(({ name, keyPath, multi }) => ({ name, keyPath, multi })),
  }));
  db.close();
  await db.delete();

  const opening = indexedDB.open('bench-floor', 1);
  opening.onupgradeneeded = () => {
    for (const { name, indexes } of stores) {
      const store = opening.result.createObjectStore(name, { keyPath: 'id' });
      for (const index of indexes) {
        store.createIndex(index.name, index.keyPath ?? '', { multiEntry: index.multi ?? false });
      }
    }
  };
  const floorDb = await new Promise<IDBDatabase>((resolve, reject) => {
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
  const floorStarted = performance.now();
  const transaction = floorDb.transaction(['signals', 'events'], 'readwrite');
  for (const signal of planned.records.signals) transaction.objectStore('signals').put(signal);
  for (const event of planned.records.events) transaction.objectStore('events').put(event);
  await new Promise((resolve, reject) => {
    transaction.oncomplete = resolve;
    transaction.onabort = () => reject(transaction.error);
  });
  const floorMs = performance.now() - floorStarted;
  floorDb.close();
  indexedDB.deleteDatabase('bench-floor');
  return {
    read: { wallMs: read - started, cpuMs: read - started },
    plan: { wallMs: plan - read, cpuMs: plan - read },
    write: { wallMs: written - plan, cpuMs: written - plan },
    report,
    floorMs,
  };
}

async function importInChromium(json: string): Promise<ImportFigures> {
  const source = {
    stdin: {
      contents: PAGE_ENTRY,
      resolveDir: new URL('.', import.meta.url).pathname,
      loader: 'ts',
    },
  } as const;
  return inBenchPage(source, async (page) => {
    for (let start = 0; start < json.length; start += PART_LENGTH) {
      const part = json.slice(start, start + PART_LENGTH);
      await page.evaluate((text) => window.exportBench.parts.push(text), part);
    }
    return page.evaluate(importInPage);
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const figure = (timing: Timing) => `${seconds(timing.wallMs)} (CPU ${seconds(timing.cpuMs)})`;
const against = (timing: Timing, limitMs: number) =>
  `${figure(timing)}, target ≤ ${limitMs / 1000} s: ${Math.min(timing.wallMs, timing.cpuMs) <= limitMs ? 'met' : 'MISSED'}`;
const megabytes = (text: string) => `${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB`;

function importLine(label: string, figures: ImportFigures): string {
  const { added, rejected } = figures.report;
  const floor =
    figures.floorMs === undefined
      ? ''
      : `; floor: these signals and events put straight into IndexedDB ${seconds(figures.floorMs)}`;
  return `${label}: ${against(sum(figures.read, figures.plan, figures.write), 10_000)}; read and check ${figure(figures.read)}, plan ${figure(figures.plan)}, write ${figure(figures.write)}; added ${added.signals.toLocaleString('en')} signals, ${added.events.toLocaleString('en')} events, ${added.initiatives} initiatives, ${rejected.length} rejected${floor}`;
}

async function medianExport(work: () => string): Promise<[Timing, string]> {
  const runs: Array<[Timing, string]> = [];
  for (let i = 0; i < EXPORT_RUNS; i++) runs.push(await timed(work));
  runs.sort((a, b) => a[0].wallMs - b[0].wallMs);
  return runs[Math.floor(runs.length / 2)] as [Timing, string];
}

export async function benchExport(count: number): Promise<string[]> {
  // Dexie is told which IndexedDB to use in Node, whatever loaded first.
  Dexie.dependencies.indexedDB = indexedDB;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  const data = loadGeneratorData();
  const [generated, collection] = await timed(() => generateCollection(count, data));
  const [csvTime, csv] = await medianExport(() =>
    exportSignalsCsv(collection, { ...OPTIONS, delimiter: ';' }, data.municipalities),
  );
  const [jsonTime, json] = await medianExport(() =>
    exportJson(collection, OPTIONS, new Date(NEWEST)),
  );
  const fromJson = await timeImport('bench-export-json', () => readJsonExport(json), []);
  let next = 0;
  const newId = () => `00000000-0000-4000-8000-${String(++next).padStart(12, '0')}`;
  const fromCsv = await timeImport(
    'bench-export-csv',
    () => readSignalsCsv(csv, { municipalities: data.municipalities, newId }),
    collection.initiatives,
  );
  const inChromium = await importInChromium(json);
  return [
    `${count.toLocaleString('en')} signals, ${collection.events.length.toLocaleString('en')} events, ${collection.initiatives.length} initiatives generated in ${figure(generated)}`,
    `CSV export: ${against(csvTime, 3000)}; ${megabytes(csv)} (median of ${EXPORT_RUNS})`,
    `JSON export: ${against(jsonTime, 3000)}; ${megabytes(json)} (median of ${EXPORT_RUNS})`,
    importLine('JSON import, Chromium IndexedDB', inChromium),
    importLine('JSON import, fake-indexeddb', fromJson),
    importLine('CSV import, fake-indexeddb', fromCsv),
    "(write: the tracker's writers, saveSignals and appendEvents; fake-indexeddb's cost per request sets its figure; in Chromium CPU is the page's wall time, and IndexedDB's cost per record and per index key sets it: the floor is what any import pays that keeps a signal and an event as a record each, with their indexes but without the tracker's index entries)",
  ];
}
