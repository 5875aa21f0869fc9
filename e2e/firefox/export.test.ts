import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { fixture } from '../support/fixtures';
import { clickInControl, FirefoxWithExtension, waitForClipState } from './harness';

const home = fixture('x/home');
const clipped = [
  ...new Set(home.posts.filter((post) => post.verdict === 'local-issue').map((post) => post.key)),
].slice(0, 3);
const INITIATIVE = 'Licht op de Biltstraat';

async function waitForText(page: Page, selector: string, expected: string) {
  await page.waitForFunction(
    (sel, text) => document.querySelector(sel)?.textContent?.includes(text) ?? false,
    { timeout: 10_000 },
    selector,
    expected,
  );
}

/** Sets a select's value as a user's choice does (puppeteer over BiDi cannot pick an option). */
async function choose(page: Page, selector: string, value: string) {
  await page.$eval(
    selector,
    (select, chosen) => {
      (select as HTMLSelectElement).value = chosen;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
    value,
  );
}

/**
 * The tab whose address starts with `prefix`, once there is one; its address is asked of the
 * page itself, as puppeteer over BiDi keeps "about:blank" for a tab the extension opened.
 */
async function tabAt(firefox: FirefoxWithExtension, prefix: string): Promise<Page> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    for (const page of await firefox.browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(prefix)) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No tab at ${prefix}… appeared within 10 s`);
}

/** Whether Vliegwiel has the optional downloads permission. */
function mayDownload(tracker: Page): Promise<boolean> {
  return tracker.evaluate(() => {
    const { browser } = globalThis as unknown as {
      browser: { permissions: { contains(permissions: object): Promise<boolean> } };
    };
    return browser.permissions.contains({ permissions: ['downloads'] });
  });
}

interface DownloadItem {
  id: number;
  filename: string;
}

/**
 * The downloads Vliegwiel completed, asked of the downloads API from the tracker page; none
 * before the first export, which asks for the permission that brings the API.
 */
function completedDownloads(tracker: Page): Promise<DownloadItem[]> {
  return tracker.evaluate(async () => {
    const { browser } = globalThis as unknown as {
      browser: { downloads?: { search(query: object): Promise<DownloadItem[]> } };
    };
    if (!browser.downloads) return [];
    const items = await browser.downloads.search({ state: 'complete' });
    return items.map(({ id, filename }) => ({ id, filename }));
  });
}

/**
 * Exports with the panel from the top bar and returns the file name the panel reports and the
 * text of the file Firefox saved (which is then removed from the tests' downloads folder).
 */
async function exportFile(tracker: Page, format: string) {
  const before = (await completedDownloads(tracker)).length;
  await tracker.locator('[data-testid="open-export"]').click();
  await tracker.locator('[data-testid="export-scope-everything"]').click();
  await tracker.locator(`[data-testid="export-format-${format}"]`).click();
  await tracker.locator('[data-testid="export-save"]').click();
  await waitForText(tracker, '[data-testid="export-file-line"]', 'Saved to your downloads as');
  const line = await tracker.$eval('[data-testid="export-file-line"]', (p) => p.textContent ?? '');
  const deadline = Date.now() + 10_000;
  let items: DownloadItem[] = [];
  while (items.length <= before && Date.now() < deadline) {
    items = await completedDownloads(tracker);
    if (items.length <= before) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.equal(items.length, before + 1, 'one more download, complete');
  const newest = items.reduce((last, item) => (item.id > last.id ? item : last));
  const text = await readFile(newest.filename, 'utf8');
  await rm(newest.filename, { force: true });
  await tracker.locator('[data-testid="close-panel"]').click();
  return { fileName: line.replace('Saved to your downloads as ', ''), text };
}

describe('Firefox: export and import', () => {
  let firefox: FirefoxWithExtension;
  let tracker: Page;
  let exported = '';
  let texts: string[] = [];
  before(async () => {
    firefox = await FirefoxWithExtension.launch();
    const tab = await firefox.open(home.url);
    for (const key of clipped) {
      await clickInControl(tab, key, 'clip');
      await waitForClipState(tab, key, 'clipped');
    }
    // The tracker is reached the way a user reaches it: from a clipped post.
    await clickInControl(tab, clipped[0] as string, 'open');
    tracker = await firefox.extensionPage('/tracker.html');
    await tracker.evaluate(async () => {
      const { browser } = globalThis as unknown as {
        browser: { storage: { local: { set(items: object): Promise<void> } } };
      };
      await browser.storage.local.set({ settings: { memberName: 'Anna', language: 'en' } });
    });
    await tracker.bringToFront();
    await tracker.evaluate(() => location.assign('#signals'));
    await waitForText(tracker, '[data-testid="signal-count"]', `${clipped.length} signals`);
    for (const index of [0, 1]) {
      await tracker.locator(`[data-row-index="${index}"] .row__select`).click();
    }
    await choose(tracker, '[data-testid="bulk-link"]', '__new__');
    await tracker.locator('[data-testid="initiative-title"]').fill(INITIATIVE);
    await tracker.locator('[data-testid="create-initiative"]').click();
    await waitForText(tracker, '[data-testid="initiative-heading"]', INITIATIVE);
    await tracker.evaluate(() => location.assign('#signals'));
    await waitForText(tracker, '[data-testid="signal-count"]', `${clipped.length} signals`);
    texts = await tracker.$$eval('.row__text', (rows) => rows.map((row) => row.textContent ?? ''));
  });
  after(async () => {
    await firefox?.close();
  });

  it('exports a CSV into the downloads, asking for the permission from the click', async () => {
    assert.equal(await mayDownload(tracker), false);
    const csv = await exportFile(tracker, 'csv');
    assert.equal(await mayDownload(tracker), true);
    assert.match(csv.fileName, /^vliegwiel-all-\d{4}-\d{2}-\d{2}\.csv$/);
    assert.ok(csv.text.startsWith('\uFEFFinitiative,category,municipality,place,site,'));
    const rows = csv.text.trim().split('\r\n');
    assert.equal(rows.length, clipped.length + 1);
    assert.ok(csv.text.includes(INITIATIVE));
  });

  it('exports a JSON export with every signal and the initiative', async () => {
    const json = await exportFile(tracker, 'json');
    assert.match(json.fileName, /^vliegwiel-all-\d{4}-\d{2}-\d{2}\.json$/);
    const document = JSON.parse(json.text);
    assert.equal(document.format, 'vliegwiel-export');
    assert.equal(document.signals.length, clipped.length);
    assert.deepEqual(
      document.initiatives.map((initiative: { title: string }) => initiative.title),
      [INITIATIVE],
    );
    exported = json.text;
  });

  it('opens the report in a tab to print', async () => {
    await tracker.locator('[data-testid="open-export"]').click();
    await tracker.locator('[data-testid="export-format-report"]').click();
    await tracker.locator('[data-testid="export-open-report"]').click();
    await waitForText(
      tracker,
      '[data-testid="export-file-line"]',
      'The report is open in a new tab',
    );
    const report = await tabAt(firefox, 'blob:moz-extension://');
    await waitForText(report, 'h1', 'Vliegwiel report');
    await waitForText(report, '#initiatives', INITIATIVE);
    await report.close();
    await tracker.bringToFront();
    await tracker.locator('[data-testid="close-panel"]').click();
  });

  it('imports the JSON export into a fresh profile, which then shows the same tracker', async () => {
    assert.ok(exported, 'the JSON export test ran first');
    const folder = await mkdtemp(join(tmpdir(), 'vliegwiel-export-'));
    const file = join(folder, 'vliegwiel-all.json');
    await writeFile(file, exported);
    // A profile of its own, not agreed to yet: the welcome page the extension opened on install
    // is the way to its other pages.
    const fresh = await FirefoxWithExtension.launch(
      await mkdtemp(join(tmpdir(), 'vliegwiel-firefox-')),
    );
    try {
      const welcome = await fresh.extensionPage('/welcome.html');
      await welcome.evaluate(() => location.assign('/tracker.html'));
      const other = await fresh.extensionPage('/tracker.html');
      await other.bringToFront();
      await waitForText(other, '[data-testid="signal-count"]', '0 signals');
      await other.locator('[data-testid="open-import"]').click();
      const input = await other.waitForSelector('input[data-testid="import-file"]');
      await input?.uploadFile(file);
      await waitForText(
        other,
        '[data-testid="import-counts"] tr[data-table="signals"] td',
        String(clipped.length),
      );
      await waitForText(other, '[data-testid="signal-count"]', '0 signals');
      await other.locator('[data-testid="import-apply"]').click();
      await waitForText(other, '[data-testid="import-done"]', 'vliegwiel-all.json is imported');
      await other.locator('[data-testid="close-panel"]').click();
      await waitForText(other, '[data-testid="signal-count"]', `${clipped.length} signals`);
      const imported = await other.$$eval('.row__text', (rows) =>
        rows.map((row) => row.textContent ?? ''),
      );
      assert.deepEqual([...imported].sort(), [...texts].sort());
      await other.evaluate(() => location.assign('#initiatives'));
      await waitForText(other, '[data-testid="initiative-list"]', INITIATIVE);
      await other.locator('.initiative-card__open').click();
      await other.waitForFunction(
        () => document.querySelectorAll('[data-testid="linked-signals"] li').length === 2,
        { timeout: 10_000 },
      );
      await waitForText(other, '[data-testid="timeline"]', 'Anna started this initiative');
    } finally {
      await fresh.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});
