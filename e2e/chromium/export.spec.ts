import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { TRACKER_PATH } from '../../lib/pages';
import { fixture } from '../support/fixtures';
import { changeSettings, clipButton, clipControl, ExtensionBrowser } from './harness';

/**
 * A Chromium profile with the extension, its member called Anna, that may manage downloads: the
 * tracker asks for that permission on the first export, and a headless browser cannot answer
 * the question, so the build is loaded with it granted (see ExtensionBrowser.launch).
 */
const test = base.extend<{ extension: ExtensionBrowser }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's needs from this pattern
  extension: async ({}, use) => {
    const browser = await ExtensionBrowser.launch(undefined, [], {
      grantedPermissions: ['downloads'],
    });
    await changeSettings(browser, { memberName: 'Anna', language: 'en' });
    await use(browser);
    await browser.close();
  },
});

const home = fixture('x/home');
const clipped = [
  ...new Set(home.posts.filter((post) => post.verdict === 'local-issue').map((post) => post.key)),
].slice(0, 3);
const INITIATIVE = 'Licht op de Biltstraat';
const DAY = String.raw`\d{4}-\d{2}-\d{2}`;

/** Clips three local posts and puts the first two in an initiative, from the tracker's inbox. */
async function fillTracker(browser: ExtensionBrowser): Promise<Page> {
  const tab = await browser.open(home.url);
  for (const key of clipped) {
    await clipButton(tab, key).click();
    await expect(clipControl(tab, key)).toHaveAttribute('data-state', 'clipped');
  }
  await tab.close();
  const tracker = await browser.open(browser.extensionUrl(TRACKER_PATH));
  await expect(tracker.getByTestId('signal-count')).toHaveText(`${clipped.length} signals`);
  await tracker.locator('.row__select').nth(0).check();
  await tracker.locator('.row__select').nth(1).check();
  await tracker.getByTestId('bulk-link').selectOption('__new__');
  await tracker.getByTestId('initiative-title').fill(INITIATIVE);
  await tracker.getByTestId('create-initiative').click();
  await expect(tracker.getByTestId('initiative-heading')).toHaveText(INITIATIVE);
  await tracker.getByTestId('tab-signals').click();
  await expect(tracker.locator('.row__text')).toHaveCount(clipped.length);
  return tracker;
}

interface DownloadItem {
  id: number;
  filename: string;
}

/** The downloads Vliegwiel completed, asked of the downloads API from the tracker page. */
function completedDownloads(tracker: Page): Promise<DownloadItem[]> {
  return tracker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { downloads: { search(query: object): Promise<DownloadItem[]> } };
    };
    const items = await chrome.downloads.search({ state: 'complete' });
    return items.map(({ id, filename }) => ({ id, filename }));
  });
}

interface ExportChoices {
  scope?: 'initiative' | 'shown' | 'everything';
  format: string;
  delimiter?: 'semicolon' | 'comma';
  leaveOutText?: boolean;
}

/**
 * Exports from the panel (opened from the top bar, or already open) as a user does, and returns
 * the file name the panel reports and the text of the file the browser saved.
 */
async function exportFile(tracker: Page, choices: ExportChoices) {
  const before = (await completedDownloads(tracker)).length;
  const panel = tracker.getByTestId('export-panel');
  if (!(await panel.isVisible())) await tracker.getByTestId('open-export').click();
  if (choices.scope) await panel.getByTestId(`export-scope-${choices.scope}`).check();
  await panel.getByTestId(`export-format-${choices.format}`).check();
  if (choices.delimiter) await panel.getByTestId(`export-delimiter-${choices.delimiter}`).check();
  await panel.getByTestId('export-leave-out-text').setChecked(choices.leaveOutText ?? false);
  await panel.getByTestId('export-save').click();
  const line = panel.getByTestId('export-file-line');
  await expect(line).toHaveText(/^Saved to your downloads as vliegwiel-\S+$/);
  const fileName = ((await line.textContent()) ?? '').replace('Saved to your downloads as ', '');
  let items: DownloadItem[] = [];
  await expect
    .poll(async () => {
      items = await completedDownloads(tracker);
      return items.length;
    })
    .toBe(before + 1);
  const newest = items.reduce((last, item) => (item.id > last.id ? item : last));
  const skipped = panel.getByTestId('export-skipped');
  return {
    fileName,
    text: await readFile(newest.filename, 'utf8'),
    skipped: (await skipped.isVisible()) ? ((await skipped.textContent()) ?? '') : '',
  };
}

/** How many signals the result line says were left out for want of a place. */
function leftOutSignals(skipped: string): number {
  const found = /(\d+) signals?/.exec(skipped);
  return found ? Number(found[1]) : 0;
}

test('exports every format from the tracker into the downloads, and the report to print', async ({
  extension: browser,
}) => {
  const tracker = await fillTracker(browser);
  const total = clipped.length;

  const csv = await exportFile(tracker, { scope: 'everything', format: 'csv' });
  expect(csv.fileName).toMatch(new RegExp(`^vliegwiel-all-${DAY}\\.csv$`));
  expect(csv.text.startsWith('\uFEFFinitiative,category,municipality,place,site,')).toBe(true);
  expect(csv.text).toContain(INITIATIVE);
  expect(csv.text).toContain('lotte_vdberg');

  const semicolons = await exportFile(tracker, {
    format: 'csv',
    delimiter: 'semicolon',
    leaveOutText: true,
  });
  expect(semicolons.text.startsWith('\uFEFFinitiative;category;municipality;')).toBe(true);
  for (const post of home.posts) expect(semicolons.text).not.toContain(post.textIncludes);

  const json = await exportFile(tracker, { format: 'json' });
  expect(json.fileName).toMatch(new RegExp(`^vliegwiel-all-${DAY}\\.json$`));
  const document = JSON.parse(json.text);
  expect(document).toMatchObject({ format: 'vliegwiel-export', version: 1, includesText: true });
  expect(document.signals).toHaveLength(total);
  expect(document.initiatives.map((initiative: { title: string }) => initiative.title)).toEqual([
    INITIATIVE,
  ]);

  const geojson = await exportFile(tracker, { format: 'geojson' });
  expect(geojson.fileName).toMatch(new RegExp(`^vliegwiel-all-${DAY}\\.geojson$`));
  const map = JSON.parse(geojson.text);
  expect(map.type).toBe('FeatureCollection');
  const signalPoints = map.features.filter(
    (feature: { properties: { kind: string } }) => feature.properties.kind === 'signal',
  );
  expect(signalPoints.length).toBeGreaterThan(0);
  expect(signalPoints.length + leftOutSignals(geojson.skipped)).toBe(total);
  for (const feature of map.features) {
    const [longitude, latitude] = feature.geometry.coordinates;
    // In the Netherlands.
    expect(longitude).toBeGreaterThan(3);
    expect(longitude).toBeLessThan(8);
    expect(latitude).toBeGreaterThan(50);
    expect(latitude).toBeLessThan(54);
  }

  const report = await exportFile(tracker, { format: 'report' });
  expect(report.fileName).toMatch(new RegExp(`^vliegwiel-all-${DAY}\\.html$`));
  expect(report.text.startsWith('<!DOCTYPE html>')).toBe(true);
  expect(report.text).toContain('<h1>Vliegwiel report</h1>');
  expect(report.text).toContain(`<h3><bdi>${INITIATIVE}</bdi></h3>`);

  const signalen = await exportFile(tracker, { format: 'signalen' });
  expect(signalen.fileName).toMatch(new RegExp(`^vliegwiel-all-signalen-${DAY}\\.json$`));
  const signalenRequests = JSON.parse(signalen.text);
  expect(signalenRequests.length + leftOutSignals(signalen.skipped)).toBe(total);
  for (const { payload } of signalenRequests) {
    expect(payload.source).toBe('online');
    expect(payload.category.sub_category).toMatch(/^\/signals\/v1\/public\/terms\/categories\//);
    expect(payload.location.geometrie.type).toBe('Point');
  }

  const open311 = await exportFile(tracker, { format: 'open311' });
  expect(open311.fileName).toMatch(new RegExp(`^vliegwiel-all-open311-${DAY}\\.json$`));
  const serviceRequests = JSON.parse(open311.text);
  expect(serviceRequests.length + leftOutSignals(open311.skipped)).toBe(total);
  for (const { signalId, payload } of serviceRequests) {
    expect(document.signals.map((signal: { id: string }) => signal.id)).toContain(signalId);
    expect(payload.service_code).not.toBe('');
    expect(payload.description).toContain('Collected with Vliegwiel.');
  }

  const panel = tracker.getByTestId('export-panel');
  await panel.getByTestId('export-format-report').check();
  const opened = browser.context.waitForEvent('page');
  await panel.getByTestId('export-open-report').click();
  const printable = await opened;
  await expect(printable.locator('h1')).toHaveText('Vliegwiel report');
  expect(printable.url()).toMatch(/^blob:chrome-extension:\/\//);
  await expect(panel.getByTestId('export-file-line')).toHaveText(
    'The report is open in a new tab: print it there or save it as PDF.',
  );
});

test('exports what the filter shows, and an initiative from its page', async ({
  extension: browser,
}) => {
  const tracker = await fillTracker(browser);
  await tracker.getByTestId('search').fill('biltstraat');
  await expect(tracker.getByTestId('signal-count')).toHaveText('1 signal');
  await tracker.getByTestId('open-export').click();
  await expect(tracker.getByTestId('export-scope-shown')).toBeChecked();
  await expect(
    tracker.getByTestId('export-panel').getByText('The signals the filter shows now: 1 signal'),
  ).toBeVisible();
  const shown = await exportFile(tracker, { format: 'csv' });
  expect(shown.fileName).toMatch(new RegExp(`^vliegwiel-selection-${DAY}\\.csv$`));
  expect(shown.text.trim().split('\r\n')).toHaveLength(2);
  expect(shown.text).toContain('Biltstraat');
  await tracker.getByTestId('close-panel').click();
  await expect(tracker.getByTestId('export-panel')).toBeHidden();
  // The inbox kept its filter behind the panel.
  await expect(tracker.getByTestId('signal-count')).toHaveText('1 signal');

  await tracker.getByTestId('tab-initiatives').click();
  await tracker.getByRole('button', { name: INITIATIVE }).click();
  await tracker.getByTestId('export-initiative').click();
  await expect(tracker.getByTestId('export-scope-initiative')).toBeChecked();
  const initiative = await exportFile(tracker, { format: 'json' });
  expect(initiative.fileName).toMatch(
    new RegExp(`^vliegwiel-licht-op-de-biltstraat-${DAY}\\.json$`),
  );
  const document = JSON.parse(initiative.text);
  expect(document.signals).toHaveLength(2);
  expect(document.initiatives).toHaveLength(1);
  expect(document.groups).toEqual([]);
});

test('a JSON export imported into a fresh profile gives the same tracker', async ({
  extension: browser,
}) => {
  const tracker = await fillTracker(browser);
  const texts = await tracker.locator('.row__text').allTextContents();
  const { text } = await exportFile(tracker, { scope: 'everything', format: 'json' });
  const folder = await mkdtemp(join(tmpdir(), 'vliegwiel-export-'));
  const file = join(folder, 'vliegwiel-all.json');
  await writeFile(file, text);

  const fresh = await ExtensionBrowser.launch();
  try {
    await changeSettings(fresh, { memberName: 'Bram', language: 'en' });
    const other = await fresh.open(fresh.extensionUrl(TRACKER_PATH));
    await expect(other.getByTestId('signal-count')).toHaveText('0 signals');
    await other.getByTestId('open-import').click();
    const panel = other.getByTestId('import-panel');
    await panel.getByTestId('import-file').setInputFiles(file);
    const plan = panel.getByTestId('import-plan');
    await expect(plan.locator('tr[data-table="signals"] td').first()).toHaveText(
      String(clipped.length),
    );
    await expect(plan.locator('tr[data-table="initiatives"] td').first()).toHaveText('1');
    await expect(other.getByTestId('signal-count')).toHaveText('0 signals');
    await panel.getByTestId('import-apply').click();
    await expect(panel.getByTestId('import-done')).toContainText('vliegwiel-all.json is imported');
    await panel.getByTestId('close-panel').click();

    await expect(other.getByTestId('signal-count')).toHaveText(`${clipped.length} signals`);
    expect((await other.locator('.row__text').allTextContents()).sort()).toEqual(texts.sort());
    await other.getByTestId('tab-initiatives').click();
    await other.getByRole('button', { name: INITIATIVE }).click();
    await expect(other.getByTestId('linked-signals').locator('li')).toHaveCount(2);
    await expect(other.getByTestId('timeline')).toContainText('Anna started this initiative');
  } finally {
    await fresh.close();
    await rm(folder, { recursive: true, force: true });
  }
});
