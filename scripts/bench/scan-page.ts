// Runs in the benchmark page (bundled by scripts/bench/scan.ts): the content script's scanner,
// X adapter and classifier on a long timeline, timing every task the scanner runs.
import { classifyPost } from '../../lib/classify';
import { startScanner } from '../../lib/content/scanner';
import { xAdapter } from '../../lib/sites/x';

declare global {
  interface Window {
    runScanBenchmark(): Promise<{ posts: number; tasks: number[] }>;
  }
}

window.runScanBenchmark = async () => {
  const tasks: number[] = [];
  const timed = (task: () => void) => (): void => {
    const started = performance.now();
    task();
    tasks.push(performance.now() - started);
  };
  const scanner = startScanner({
    adapter: xAdapter,
    document,
    pageUrl: () => new URL('https://x.com/home'),
    classify: (capture) => classifyPost(capture.text),
    t: (key) => key,
    clip: async () => ({ ok: true, result: { status: 'clipped', signalId: '' } }),
    clipStatus: async () => ({ ok: true, result: { clipped: [] } }),
    openTracker: () => {},
    log: () => {},
    defer: (task) => setTimeout(timed(task), 0),
    now: () => performance.now(),
  });
  await scanner.flush();
  scanner.stop();
  return { posts: document.querySelectorAll('[data-vliegwiel-post]').length, tasks };
};
