import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build, type Plugin } from 'esbuild';
import { CHROMIUM_TEST_ARGS, requireBrowser } from '../../e2e/support/browsers';
import { fixture } from '../../e2e/support/fixtures';
import { ownPostTexts } from '../../lib/classify/own-posts';

export interface ScanFigures {
  posts: number;
  totalMs: number;
  longestTaskMs: number;
  tasks: number;
  /** The site adapter's share of the total: finding and reading posts, placing controls. */
  adapterMs: number;
  /** The share of the total spent sending posts to be classified and reading the verdicts. */
  messagingMs: number;
  /** Classifying, in the background's stand-in: off the page's main thread, not in the total. */
  backgroundMs: number;
  /** Requests to classify: batches of the posts a task read. */
  requests: number;
}

/** An X timeline of `count` posts, made by repeating the fixture's cells with fresh status ids. */
export function longTimeline(count: number): string {
  const home = fixture('x/home');
  const cells = [
    ...home.html.matchAll(
      /<div data-testid="cellInnerDiv"[\s\S]*?(?=<div data-testid="cellInnerDiv"|<\/section>)/g,
    ),
  ].map((match) => match[0]);
  const ids = home.posts.map((post) => post.key.slice('x:'.length));
  // Cells holding one of the fixture's posts; promoted posts and "who to follow" are left out.
  const postCells = cells.filter(
    (cell) => ids.some((id) => cell.includes(id)) && !cell.includes('placementTracking'),
  );
  if (postCells.length === 0) throw new Error('x/home has no timeline posts to repeat');
  const repeated: string[] = [];
  for (let i = 0; repeated.length < count; i++) {
    let cell = postCells[i % postCells.length] as string;
    for (const id of ids)
      cell = cell.replaceAll(id, `${id.slice(0, -6)}${String(i).padStart(6, '0')}`);
    repeated.push(cell);
  }
  const first = home.html.indexOf(cells[0] as string);
  const last = home.html.indexOf(cells.at(-1) as string) + (cells.at(-1) as string).length;
  return home.html.slice(0, first) + repeated.join('') + home.html.slice(last);
}

/** Vite's `?raw` imports (the background's place data) as esbuild's text loader. */
const rawImports: Plugin = {
  name: 'raw-imports',
  setup(plugin) {
    plugin.onResolve({ filter: /\?raw$/ }, ({ path, resolveDir }) => ({
      path: resolve(resolveDir, path.slice(0, -'?raw'.length)),
      namespace: 'raw',
    }));
    plugin.onLoad({ filter: /.*/, namespace: 'raw' }, async ({ path }) => ({
      contents: await readFile(path, 'utf8'),
      loader: 'text',
    }));
  },
};

/**
 * Main-thread cost of marking a page of `count` posts, measured in headless Chromium, with the
 * classifying done in a worker as the extension does it in its background.
 */
export async function benchScan(count = 500): Promise<ScanFigures> {
  const bundled = async (file: string) => {
    const { outputFiles } = await build({
      entryPoints: [new URL(file, import.meta.url).pathname],
      bundle: true,
      format: 'iife',
      minify: true,
      write: false,
      plugins: [rawImports],
    });
    return outputFiles[0]?.text ?? '';
  };
  const [pageScript, backgroundScript] = await Promise.all([
    bundled('./scan-page.ts'),
    bundled('./scan-background.ts'),
  ]);
  const browser = await chromium.launch({
    executablePath: requireBrowser('chromium'),
    headless: true,
    args: CHROMIUM_TEST_ARGS,
  });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) =>
      route.request().url() === 'https://x.com/home'
        ? route.fulfill({ status: 200, contentType: 'text/html', body: longTimeline(count) })
        : route.fulfill({ status: 404, body: '' }),
    );
    await page.goto('https://x.com/home');
    // Every post gets its own text, so that nothing is classified twice.
    await page.evaluate((texts) => {
      document.querySelectorAll('[data-testid="tweetText"]').forEach((element, i) => {
        element.textContent = texts[i % texts.length] ?? '';
      });
    }, ownPostTexts());
    await page.addScriptTag({ content: pageScript });
    const { posts, tasks, adapterMs, messagingMs, backgroundMs, requests } = await page.evaluate(
      (source) => window.runScanBenchmark(source),
      backgroundScript,
    );
    return {
      posts,
      adapterMs,
      messagingMs,
      backgroundMs,
      requests,
      tasks: tasks.length,
      totalMs: tasks.reduce((sum, ms) => sum + ms, 0),
      longestTaskMs: Math.max(...tasks),
    };
  } finally {
    await browser.close();
  }
}
