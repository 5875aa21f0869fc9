// Runs in a benchmark page (bundled into it by scripts/bench/tracker.ts): fills the extension's
// database with generated signals through saveSignals, in the page's IndexedDB.
import { CATEGORY_IDS } from '../../lib/classify/taxonomy';
import { VliegwielDatabase } from '../../lib/db/database';
import { saveSignals, signalTables } from '../../lib/db/store';
import type { Signal, SiteId } from '../../lib/schema/records';

export interface FillInput {
  count: number;
  texts: string[];
  municipalities: Array<{ code: string; name: string }>;
  streets: string[];
  /** The newest clippedAt; signals are spread over the two years before it. */
  newest: string;
}

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

/**
 * Fills the database `name` with `input.count` generated signals through saveSignals, in
 * transactions of BATCH as a bulk import would; returns the milliseconds it took.
 */
export async function fillDatabase(name: string, input: FillInput): Promise<number> {
  const db = new VliegwielDatabase(name);
  const next = generate(input);
  const started = performance.now();
  for (let done = 0; done < input.count; done += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, input.count - done) }, (_, i) =>
      next(done + i),
    );
    await db.transaction('rw', signalTables(db), () => saveSignals(db, batch));
  }
  db.close();
  return performance.now() - started;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [performance.now() - started, result];
}
