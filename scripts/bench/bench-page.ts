import { chromium, type Page } from '@playwright/test';
import { type BuildOptions, build } from 'esbuild';
import { CHROMIUM_TEST_ARGS, requireBrowser } from '../../e2e/support/browsers';

/** A fixed origin, so the page's IndexedDB is a real one. */
const PAGE_URL = 'https://bench.vliegwiel.test/';

/**
 * Opens a blank page in headless Chromium with the code that `source` bundles (an entry point or
 * stdin, and any loaders it needs) in it, hands it to `work`, and closes the browser.
 */
export async function inBenchPage<T>(
  source: BuildOptions,
  work: (page: Page) => Promise<T>,
): Promise<T> {
  const bundle = await build({
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    ...source,
  });
  const browser = await chromium.launch({
    executablePath: requireBrowser('chromium'),
    headless: true,
    args: CHROMIUM_TEST_ARGS,
  });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) =>
      route.request().url() === PAGE_URL
        ? route.fulfill({
            status: 200,
            contentType: 'text/html',
            body: '<!doctype html><title>vliegwiel bench</title>',
          })
        : route.fulfill({ status: 404, body: '' }),
    );
    await page.goto(PAGE_URL);
    await page.addScriptTag({ content: bundle.outputFiles?.[0]?.text ?? '' });
    return await work(page);
  } finally {
    await browser.close();
  }
}
