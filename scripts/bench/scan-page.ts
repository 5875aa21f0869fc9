// Runs in the benchmark page (bundled by scripts/bench/scan.ts): the content script's scanner,
// X adapter and classifier on a long timeline, timing every task the scanner runs and, within
// them, the adapter's and the classifier's share.
import { classifyPost } from '../../lib/classify';
import { startScanner } from '../../lib/content/scanner';
import type { SiteAdapter } from '../../lib/sites/types';
import { xAdapter } from '../../lib/sites/x';

export interface ScanRun {
  posts: number;
  tasks: number[];
  adapterMs: number;
  classifierMs: number;
}

declare global {
  interface Window {
    runScanBenchmark(): Promise<ScanRun>;
  }
}

window.runScanBenchmark = async () => {
  const tasks: number[] = [];
  let adapterMs = 0;
  let classifierMs = 0;
  const timed =
    <A extends unknown[], R>(work: (...args: A) => R, add: (ms: number) => void) =>
    (...args: A): R => {
      const started = performance.now();
      try {
        return work(...args);
      } finally {
        add(performance.now() - started);
      }
    };
  const inAdapter = (ms: number) => {
    adapterMs += ms;
  };
  const adapter: SiteAdapter = {
    ...xAdapter,
    findPosts: timed(xAdapter.findPosts, inAdapter),
    readPost: timed(xAdapter.readPost, inAdapter),
    controlAnchor: timed(xAdapter.controlAnchor, inAdapter),
  };
  const scanner = startScanner({
    adapter,
    document,
    pageUrl: () => new URL('https://x.com/home'),
    classify: timed(
      (capture) => classifyPost(capture.text),
      (ms) => {
        classifierMs += ms;
      },
    ),
    t: (key) => key,
    clip: async () => ({ ok: true, result: { status: 'clipped', signalId: '' } }),
    clipStatus: async () => ({ ok: true, result: { clipped: [] } }),
    listInitiatives: async () => ({ ok: true, result: { initiatives: [] } }),
    postSuggestions: async () => ({
      ok: true,
      result: { municipality: null, where: null, contacts: [], groups: [] },
    }),
    openTracker: () => {},
    log: () => {},
    defer: (task, delayMs) =>
      setTimeout(
        timed(task, (ms) => tasks.push(ms)),
        delayMs,
      ),
    now: () => performance.now(),
  });
  await scanner.flush();
  scanner.stop();
  return {
    posts: document.querySelectorAll('[data-vliegwiel-post]').length,
    tasks,
    adapterMs,
    classifierMs,
  };
};
