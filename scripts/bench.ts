/**
 * Benchmarks, one named section each; a benchmark, not a timed test. Run all with `npm run bench`,
 * or some with `npm run bench -- classifier places`.
 *
 * The classifier section times `classifyPost` on the project's own test posts, as they are and
 * joined into full tweets of up to 280 characters, single-threaded: throughput, and the median and
 * 99th percentile per post. The lexicon is set up on the first post and remembers words it has
 * looked up, as it does on a real feed; the first post and the first pass are reported apart. The
 * posts come round in turn, more of them than the classifier remembers verdicts for, so every
 * post is classified afresh.
 *
 * The scan section loads an X timeline of 500 posts in headless Chromium and runs the content
 * script's scanner (adapter, marks and clip controls) on it, with a worker classifying the posts as
 * the extension's background does: the main-thread time of all the page's tasks together (the
 * messaging to and from the worker included), the longest single task, and apart from those the
 * worker's time classifying.
 *
 * The tracker section fills the extension's database in headless Chromium with 100,000 generated
 * signals and times the tracker inbox's in-memory snapshot on it (lib/db/inbox-snapshot.ts): its
 * load without a checkpoint (every index entry and word read) and from one (what a tracker page
 * opened after another pays), then each filter alone, some together, and searches, for every matching id in order (what
 * the virtual list needs) and with the full signals of the first 20 rows (what the list shows
 * first); the rows of a screenful deep in the list; and how soon a write made through another
 * connection reaches the snapshot.
 *
 * The popup section fills it with 10,000 signals and renders the real Popup component (not the
 * built popup.html: settings come as props, so no extension is needed) for a few watched areas and
 * topics, from mounting with a new database connection until its first signals are in the page.
 *
 * The suggest section times `suggest` (locate, cues, ranking) per signal on the labelled
 * suggestion cases as clipping stores them, with the real contacts (every municipality and the
 * national bodies), 200 generated groups and 200 generated initiatives, in Node.
 *
 * Playwright's fresh context keeps IndexedDB in memory; an on-disk profile reads records
 * several times slower, so these are best-case figures.
 *
 * The export section generates 100,000 signals (with initiatives and events) and times the CSV and
 * JSON exports and the import of the JSON export into a database (lib/export), in Node on
 * fake-indexeddb and the import also in headless Chromium's IndexedDB.
 */
import { arch, cpus, loadavg, platform } from 'node:os';
import { fileURLToPath } from 'node:url';
import { classifyPost } from '../lib/classify/index';
import { ownPostTexts } from '../lib/classify/own-posts';
import { analysePost } from '../lib/places/analyse';
import { loadGazetteerFromDirectory } from '../lib/places/load-node';
import { suggest } from '../lib/suggest/suggest';
import { benchExport } from './bench/export';
import { benchScan } from './bench/scan';
import { suggestBenchInput } from './bench/suggest';
import { benchPopup, benchTracker } from './bench/tracker';

interface Section {
  name: string;
  describe: string;
  run(): string[] | Promise<string[]>;
}

const DATA_DIRECTORY = fileURLToPath(new URL('../lib/data/', import.meta.url));
const SUGGESTION_CASES = fileURLToPath(
  new URL('../lib/suggest/testdata/cases.jsonl', import.meta.url),
);
/** Suggestions per timing run of the suggest section. */
const MEASURED_SUGGESTIONS = 20_000;
/** Posts per timing run: enough for a stable median and 99th percentile. */
const MEASURED_POSTS = 200_000;
const WARM_UP_POSTS = 20_000;

function percentile(sorted: Float64Array, fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

/**
 * Times `work` once per post: per-post microseconds, and the whole run in wall time and in this
 * process's CPU time (on a shared, busy machine the CPU time is the fairer single-thread figure).
 */
function time(posts: readonly string[], count: number, work: (text: string) => unknown) {
  const micros = new Float64Array(count);
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    const text = posts[i % posts.length] as string;
    const before = process.hrtime.bigint();
    work(text);
    micros[i] = Number(process.hrtime.bigint() - before) / 1000;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  micros.sort();
  return { micros, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

function report(label: string, count: number, result: ReturnType<typeof time>): string {
  const perSecond = (seconds: number) => Math.round(count / seconds).toLocaleString('en');
  const median = percentile(result.micros, 0.5).toFixed(1);
  const p99 = percentile(result.micros, 0.99).toFixed(1);
  return [
    label.padEnd(18),
    `${perSecond(result.seconds).padStart(8)} posts/s wall`,
    `${perSecond(result.cpuSeconds).padStart(8)} posts/s CPU`,
    `median ${median.padStart(5)} µs`,
    `p99 ${p99.padStart(7)} µs`,
  ].join('  ');
}

const posts = ownPostTexts();
/** Posts joined and cut at a word to a full tweet's length: 280 characters at most. */
const TWEET_LENGTH = 280;
const longPosts = posts.map((_, i) => {
  let text = '';
  for (let k = i; text.length < TWEET_LENGTH; k++) text += `${posts[k % posts.length]} `;
  const end = text.lastIndexOf(' ', TWEET_LENGTH);
  return text.slice(0, end > 0 ? end : TWEET_LENGTH);
});
const meanLength = (texts: readonly string[]) =>
  Math.round(texts.reduce((sum, text) => sum + text.length, 0) / texts.length);

const sections: Section[] = [
  {
    name: 'classifier',
    describe: `classifyPost on ${posts.length} posts (mean ${meanLength(posts)} characters), and on them joined into full tweets (mean ${meanLength(longPosts)}, at most ${TWEET_LENGTH})`,
    run() {
      // The first post sets the lexicon up (its items are read bit by bit as words need them).
      const firstPost = time(posts, 1, (text) => classifyPost(text));
      const firstPass = time(posts, posts.length, (text) => classifyPost(text));
      time(posts, WARM_UP_POSTS, (text) => classifyPost(text));
      const steady = time(posts, MEASURED_POSTS, (text) => classifyPost(text));
      const long = time(longPosts, MEASURED_POSTS / 2, (text) => classifyPost(text));
      return [
        `first post (sets the lexicon up): ${(firstPost.seconds * 1000).toFixed(1)} ms wall, ${(firstPost.cpuSeconds * 1000).toFixed(1)} ms CPU`,
        report('first pass (cold)', posts.length, firstPass),
        report('steady state', MEASURED_POSTS, steady),
        report('full tweets', MEASURED_POSTS / 2, long),
      ];
    },
  },
  {
    name: 'places',
    describe: 'analysePost: gazetteer lookup, municipality and classification (background, CLI)',
    run() {
      const started = process.hrtime.bigint();
      const gazetteer = loadGazetteerFromDirectory(DATA_DIRECTORY);
      const buildMs = Number(process.hrtime.bigint() - started) / 1e6;
      const count = MEASURED_POSTS / 4;
      time(posts, WARM_UP_POSTS, (text) => analysePost(text, gazetteer));
      const steady = time(posts, count, (text) => analysePost(text, gazetteer));
      return [`gazetteer built in ${buildMs.toFixed(1)} ms`, report('steady state', count, steady)];
    },
  },
  {
    name: 'suggest',
    describe:
      'suggest per signal on the labelled suggestion cases: real contacts, 200 groups, 200 initiatives (Node)',
    run() {
      const gazetteer = loadGazetteerFromDirectory(DATA_DIRECTORY);
      const input = suggestBenchInput(SUGGESTION_CASES, DATA_DIRECTORY, gazetteer);
      const texts = input.signals.map((_, i) => String(i));
      const suggestFor = (index: string) => {
        const { signal, homeArea } = input.signals[Number(index)] as (typeof input.signals)[number];
        return suggest(signal, { ...input.prepared, homeArea });
      };
      time(texts, texts.length * 5, suggestFor);
      const steady = time(texts, MEASURED_SUGGESTIONS, suggestFor);
      const perSignal = (fraction: number) =>
        `${percentile(steady.micros, fraction).toFixed(1)} µs`;
      return [
        `${input.signals.length} signals, ${input.contacts} contacts, 200 groups, 200 initiatives; prepareSuggestions ${input.prepareMs.toFixed(2)} ms`,
        `per signal: median ${perSignal(0.5)}, p99 ${perSignal(0.99)}, max ${perSignal(1)} (budget 5,000 µs)`,
        report('steady state', MEASURED_SUGGESTIONS, steady),
      ];
    },
  },
  {
    name: 'scan',
    describe:
      'content script on a 500-post X timeline, each post a different text, in headless Chromium (median of 5 loads)',
    async run() {
      const runs = [];
      for (let i = 0; i < 5; i++) runs.push(await benchScan(500));
      const median = <T>(values: T[], by: (value: T) => number) =>
        values.map(by).sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
      const posts = runs[0]?.posts ?? 0;
      return [
        `${posts} posts marked, in ${median(runs, (r) => r.tasks)} tasks`,
        `main-thread time in total: ${median(runs, (r) => r.totalMs).toFixed(1)} ms (${((median(runs, (r) => r.totalMs) * 1000) / Math.max(posts, 1)).toFixed(0)} µs a post)`,
        `  of which the X adapter ${median(runs, (r) => r.adapterMs).toFixed(1)} ms, messages to and from the background ${median(runs, (r) => r.messagingMs).toFixed(1)} ms (${median(runs, (r) => r.requests)} requests), marks and controls the rest`,
        `longest single task: ${median(runs, (r) => r.longestTaskMs).toFixed(1)} ms`,
        `classifying in the background, off the page's main thread: ${median(runs, (r) => r.backgroundMs).toFixed(1)} ms`,
      ];
    },
  },
  {
    name: 'tracker',
    describe:
      "tracker inbox on 100,000 signals in headless Chromium (fresh, in-memory IndexedDB): the page's snapshot, then queries on it (median of 5 runs, ms)",
    async run() {
      const count = 100_000;
      const figures = await benchTracker(count, 5);
      const cell = (ms: number) => ms.toFixed(1).padStart(10);
      return [
        `${count.toLocaleString('en')} signals stored through saveSignals in ${(figures.fillMs / 1000).toFixed(1)} s`,
        `snapshot: opened without a checkpoint (reads every entry and word) ${figures.fullLoadMs.toFixed(0)} ms (median of 3); checkpoint of ${(figures.checkpointBytes / 1e6).toFixed(1)} MB saved in ${figures.checkpointSaveMs.toFixed(1)} ms, opened from it in ${figures.checkpointLoadMs.toFixed(1)} ms`,
        `${'query'.padEnd(28)}${'matches'.padStart(8)}${'all ids'.padStart(10)}${'+ 20 rows'.padStart(10)}`,
        ...figures.queries.map(
          (query) =>
            `${query.name.padEnd(28)}${String(query.total).padStart(8)}${cell(query.queryMs)}${cell(query.firstRowsMs)}`,
        ),
        `20 rows deep in the list (scrolling): ${figures.scrollRowsMs.toFixed(1)} ms`,
        `a write committed in another connection is in the snapshot after: 1 signal ${figures.followOneMs.toFixed(1)} ms, 2,000 signals ${figures.followBatchMs.toFixed(1)} ms`,
      ];
    },
  },
  {
    name: 'popup',
    describe:
      'the real Popup component on 10,000 signals in headless Chromium (fresh, in-memory IndexedDB), mounted with a new database connection: time to its first signals (median of 5 renders, ms)',
    async run() {
      const count = 10_000;
      const figures = await benchPopup(count, 5);
      return [
        `${count.toLocaleString('en')} signals stored through saveSignals in ${(figures.fillMs / 1000).toFixed(1)} s`,
        `${'watching'.padEnd(36)}${'count'.padStart(7)}${'first content'.padStart(15)}`,
        ...figures.popups.map(
          (popup) =>
            `${popup.name.padEnd(36)}${String(popup.count).padStart(7)}${popup.firstContentMs.toFixed(1).padStart(15)}`,
        ),
        `(the tracker's snapshot of these signals, without a checkpoint, would take ${figures.snapshotLoadMs.toFixed(1)} ms to load)`,
      ];
    },
  },
  {
    name: 'export',
    describe:
      'exporting 100,000 signals to CSV and JSON (target 3 s each) and importing them (target 10 s): Node with fake-indexeddb, and the JSON import in headless Chromium',
    run: () => benchExport(100_000),
  },
];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !sections.some((s) => s.name === name));
  if (unknown.length > 0) {
    console.error(
      `unknown section ${unknown.join(', ')}; sections: ${sections.map((s) => s.name).join(', ')}`,
    );
    process.exit(2);
  }
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const load = loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
  console.log(
    `machine: ${cpu}, ${cpus().length} cores, ${platform()}/${arch()}, Node ${process.version}`,
  );
  console.log(`load average at start: ${load} (other work on the machine slows the wall figures)`);
  for (const section of sections) {
    if (wanted.length > 0 && !wanted.includes(section.name)) continue;
    console.log(`\n[${section.name}] ${section.describe}`);
    for (const line of await section.run()) console.log(`  ${line}`);
  }
}

await main();
