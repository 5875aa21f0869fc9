// Runs in the benchmark page (bundled by scripts/bench/tracker.ts): fills the extension's database
// with generated signals through saveSignals, then times the inbox queries in this page's
// IndexedDB.
import { CATEGORY_IDS } from '../../lib/classify/taxonomy';
import { VliegwielDatabase } from '../../lib/db/database';
import { type InboxFilter, queryInbox, signalsByIds } from '../../lib/db/inbox';
import { saveSignals } from '../../lib/db/store';
import type { Signal, SiteId } from '../../lib/schema/records';

export interface FillInput {
  count: number;
  texts: string[];
  municipalities: Array<{ code: string; name: string }>;
  streets: string[];
  /** The newest clippedAt; signals are spread over the two years before it. */
  newest: string;
}

export interface QueryCase {
  name: string;
  filter: InboxFilter;
}

export interface QueryFigures {
  name: string;
  total: number;
  /** Median milliseconds for the first 100 ids and the total (what a virtual list shows first). */
  windowMs: number;
  /** Median milliseconds for all matching ids. */
  allMs: number;
}

declare global {
  interface Window {
    fillInbox(input: FillInput): Promise<number>;
    timeInbox(cases: QueryCase[], runs: number): Promise<QueryFigures[]>;
    timeSignalsByIds(count: number, runs: number): Promise<number>;
  }
}

const DATABASE = 'vliegwiel-bench';
const BATCH = 2000;
const SITES: Array<[SiteId, number]> = [
  ['x', 0.35],
  ['facebook', 0.25],
  ['reddit', 0.15],
  ['mastodon', 0.1],
  ['bluesky', 0.1],
  ['web', 0.05],
];
const TRIAGE = [
  ['new', 0.45],
  ['acknowledged', 0.2],
  ['assigned', 0.15],
  ['done', 0.2],
] as const;
const MEMBERS = 30;
const INITIATIVES = 500;
const TWO_YEARS_MS = 2 * 365 * 24 * 3600 * 1000;

/** Mulberry32: the same signals on every run. */
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

function generate(input: FillInput) {
  const random = generator(20261127);
  const below = (n: number) => Math.floor(random() * n);
  // Skewed choice: the first items of a list come up far more often, as big cities and common
  // topics do.
  const skewed = <T>(items: readonly T[]) =>
    items[Math.floor(random() * random() * items.length)] as T;
  const weighted = <T>(items: ReadonlyArray<readonly [T, number]>) => {
    let left = random();
    for (const [item, weight] of items) {
      left -= weight;
      if (left < 0) return item;
    }
    return (items.at(-1) as readonly [T, number])[0];
  };
  const hex = (digits: number) =>
    Array.from({ length: digits }, () => below(16).toString(16)).join('');
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`;
  const initiatives = Array.from({ length: INITIATIVES }, uuid);
  const newest = Date.parse(input.newest);
  return (index: number): Signal => {
    const municipality = skewed(input.municipalities);
    const street = skewed(input.streets);
    const category = random() < 0.08 ? undefined : skewed(CATEGORY_IDS);
    const site = weighted(SITES);
    const id = uuid();
    return {
      id,
      text: `${input.texts[below(input.texts.length)]} ${street}, ${municipality.name}`,
      source: {
        site,
        url: `https://example.org/${site}/${index}`,
        authorHandle: `bewoner${below(20000)}`,
      },
      postKey: `${site}:${index}`,
      clippedAt: new Date(newest - random() * TWO_YEARS_MS).toISOString(),
      clippedBy: `member-${Math.floor(random() * random() * MEMBERS)}`,
      verdict: random() < 0.8 ? 'local-issue' : 'other',
      ...(category ? { category } : {}),
      ...(random() < 0.05 ? { correctedCategory: skewed(CATEGORY_IDS) } : {}),
      municipality: municipality.code as Signal['municipality'],
      places: [
        { kind: 'street', name: street },
        { kind: 'place', name: municipality.name },
      ],
      triage: weighted(TRIAGE),
      ...(random() < 0.2 ? { initiativeId: skewed(initiatives) } : {}),
    };
  };
}

window.fillInbox = async (input) => {
  const db = new VliegwielDatabase(DATABASE);
  const next = generate(input);
  const started = performance.now();
  for (let done = 0; done < input.count; done += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, input.count - done) }, (_, i) =>
      next(done + i),
    );
    await db.transaction('rw', [db.signals, db.signalIndex], () => saveSignals(db, batch));
  }
  db.close();
  return performance.now() - started;
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [performance.now() - started, result];
}

window.timeInbox = async (cases, runs) => {
  const db = new VliegwielDatabase(DATABASE);
  await db.open();
  const figures: QueryFigures[] = [];
  for (const { name, filter } of cases) {
    const windowMs: number[] = [];
    const allMs: number[] = [];
    let total = 0;
    for (let run = 0; run < runs; run++) {
      const [ms, result] = await timed(() =>
        queryInbox(db, filter, run % 2 === 0 ? 'newest' : 'oldest', { offset: 0, limit: 100 }),
      );
      windowMs.push(ms);
      total = result.total;
      allMs.push((await timed(() => queryInbox(db, filter, 'newest')))[0]);
    }
    figures.push({ name, total, windowMs: median(windowMs), allMs: median(allMs) });
  }
  db.close();
  return figures;
};

window.timeSignalsByIds = async (count, runs) => {
  const db = new VliegwielDatabase(DATABASE);
  await db.open();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { ids } = await queryInbox(db, {}, 'newest', { offset: run * count, limit: count });
    times.push((await timed(() => signalsByIds(db, ids)))[0]);
  }
  db.close();
  return median(times);
};
