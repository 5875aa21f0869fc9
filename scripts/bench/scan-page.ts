// Runs in the benchmark page (bundled by scripts/bench/scan.ts): the content script's scanner and
// X adapter on a long timeline, timing every task the scanner runs on the page's main thread and,
// within them, the adapter's share. Classifying happens where the extension does it, off the main
// thread: here a worker stands in for the background (scripts/bench/scan-background.ts), and the
// page's side of the messaging (JSON out, and JSON back in a task of its own) is timed with the
// scanner's tasks.
import type { Judgement } from '../../lib/classify';
import { startScanner } from '../../lib/content/scanner';
import type { SiteAdapter } from '../../lib/sites/types';
import { xAdapter } from '../../lib/sites/x';

export interface ScanRun {
  posts: number;
  tasks: number[];
  adapterMs: number;
  /** Of the tasks' time, sending the texts and reading the verdicts that came back. */
  messagingMs: number;
  /** Classifying, in the worker that stands in for the background: not on the main thread. */
  backgroundMs: number;
  requests: number;
}

declare global {
  interface Window {
    runScanBenchmark(backgroundSource: string): Promise<ScanRun>;
  }
}

interface ClassifyAnswer {
  id: number;
  verdicts: Judgement[];
  backgroundMs: number;
}

window.runScanBenchmark = async (backgroundSource) => {
  const tasks: number[] = [];
  let adapterMs = 0;
  let messagingMs = 0;
  let backgroundMs = 0;
  let requests = 0;
  const background = new Worker(
    URL.createObjectURL(new Blob([backgroundSource], { type: 'text/javascript' })),
  );
  const waiting = new Map<number, (verdicts: Judgement[]) => void>();
  background.onmessage = (event: MessageEvent<string>) => {
    const started = performance.now();
    const answer = JSON.parse(event.data) as ClassifyAnswer;
    backgroundMs += answer.backgroundMs;
    waiting.get(answer.id)?.(answer.verdicts);
    waiting.delete(answer.id);
    const ms = performance.now() - started;
    messagingMs += ms;
    tasks.push(ms);
  };
  const classify = (texts: string[]) => {
    const started = performance.now();
    const id = requests++;
    const answered = new Promise<Judgement[]>((resolve) => waiting.set(id, resolve));
    background.postMessage(JSON.stringify({ type: 'classify-posts', id, texts }));
    messagingMs += performance.now() - started;
    return answered;
  };
  // The scanner's mutation observer is called at the end of the task whose changes it reports (the
  // scanner's own, writing marks and controls): its time belongs to that task.
  const PageMutationObserver = window.MutationObserver;
  window.MutationObserver = class extends PageMutationObserver {
    constructor(callback: MutationCallback) {
      super((records, observer) => {
        const started = performance.now();
        try {
          callback(records, observer);
        } finally {
          const ms = performance.now() - started;
          if (tasks.length > 0) tasks[tasks.length - 1] = (tasks.at(-1) as number) + ms;
          else tasks.push(ms);
        }
      });
    }
  };
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
    readPostForScan: timed(xAdapter.readPostForScan, inAdapter),
    controlAnchor: timed(xAdapter.controlAnchor, inAdapter),
  };
  const scanner = startScanner({
    adapter,
    document,
    pageUrl: () => new URL('https://x.com/home'),
    classify: (posts) => classify(posts.map((post) => post.text)),
    explain: async () => [],
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
  background.terminate();
  window.MutationObserver = PageMutationObserver;
  return {
    posts: document.querySelectorAll('[data-vliegwiel-post]').length,
    tasks,
    adapterMs,
    messagingMs,
    backgroundMs,
    requests,
  };
};
