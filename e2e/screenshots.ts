// `npm run screenshots`: pictures of every screen (the export and import panels too) in both
// languages and both colour schemes, and the narrow (360 px) layouts, for looking at changes by
// eye. Needs a build (`npm run build`); writes PNGs to screenshots/ (not committed).

import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { OPTIONS_PATH, POPUP_PATH, TRACKER_PATH, WELCOME_PATH } from '../lib/pages';
import { changeSettings, clipButton, clipControl, ExtensionBrowser } from './chromium/harness';
import { fixture, loadFixtures, needsGrant } from './support/fixtures';

const OUT = 'screenshots';
await mkdir(OUT, { recursive: true });

/** Clips the local issues of every built-in site's fixture pages, and makes an initiative. */
async function fill(browser: ExtensionBrowser) {
  for (const page of loadFixtures().filter((candidate) => !needsGrant(candidate))) {
    const tab = await browser.open(page.url);
    await tab.locator('[data-vliegwiel-post]').first().waitFor();
    for (const key of new Set(
      page.posts.filter((post) => post.verdict === 'local-issue').map((post) => post.key),
    )) {
      await clipButton(tab, key).click();
      await clipControl(tab, key).and(tab.locator('[data-state$="clipped"]')).waitFor();
    }
    await tab.close();
  }
  const tracker = await browser.open(browser.extensionUrl(TRACKER_PATH));
  await tracker.locator('.row__select').nth(1).click();
  await tracker.locator('.row__select').nth(2).click();
  await tracker.getByTestId('bulk-link').selectOption('__new__');
  await tracker.getByTestId('initiative-title').fill('Licht op de Biltstraat');
  await tracker.getByTestId('create-initiative').click();
  await tracker.getByTestId('initiative-page').waitFor();
  await tracker.locator('[data-status="raised"]').click();
  await tracker.getByTestId('comment-text').fill('De gemeente komt volgende week kijken.');
  await tracker.getByTestId('comment-text').press('Tab');
  await tracker.locator('.timeline__add button[type="submit"]').click();
  await tracker.close();
}

async function shoot(page: Page, name: string) {
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });
}

/** A signals CSV to import: one new row, two refused ones and a column that is not read. */
const IMPORT_SAMPLE = [
  'link;geknipt op;tekst;categorie;gemeente;kleur',
  'https://x.com/buurt/status/1790000000000000001;2026-11-20T08:15:00Z;Stoeptegels liggen los bij de bushalte;Wegen en straatmeubilair;Utrecht;rood',
  'niet-een-link;2026-11-20T08:15:00Z;Gat in de weg;;;',
  'https://x.com/buurt/status/1790000000000000002;gisteren;Losse putdeksel;;Atlantis;',
].join('\r\n');

/** The export panel after a CSV was saved, and the import panel with a file's plan. */
async function shootPanels(tracker: Page, suffix: string) {
  await tracker.getByTestId('open-export').click();
  const exportPanel = tracker.getByTestId('export-panel');
  await exportPanel.getByTestId('export-save').click();
  await exportPanel.getByTestId('export-result').waitFor();
  await shoot(tracker, `tracker-export-${suffix}`);
  await exportPanel.getByTestId('close-panel').click();
  await tracker.getByTestId('open-import').click();
  const importPanel = tracker.getByTestId('import-panel');
  await importPanel.getByTestId('import-file').setInputFiles({
    name: 'signalen.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(IMPORT_SAMPLE),
  });
  await importPanel.getByTestId('import-plan').waitFor();
  await shoot(tracker, `tracker-import-${suffix}`);
  await importPanel.getByTestId('close-panel').click();
}

// Downloads granted as the tracker asks on its first export (see ExtensionBrowser.launch).
const browser = await ExtensionBrowser.launch(undefined, [], { grantedPermissions: ['downloads'] });
try {
  await changeSettings(browser, { memberName: 'Anna' });
  await fill(browser);
  const home = fixture('x/home');
  const local = home.posts.find((post) => post.verdict === 'local-issue');
  for (const language of ['nl', 'en'] as const) {
    await changeSettings(browser, { language });
    for (const scheme of ['light', 'dark'] as const) {
      const suffix = `${language}-${scheme}`;
      const open = async (path: string, width: number, height: number) => {
        const page = await browser.open(browser.extensionUrl(path));
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height });
        return page;
      };
      const social = await browser.open(home.url);
      await social.setViewportSize({ width: 1280, height: 1000 });
      if (local) {
        const control = clipControl(social, local.key);
        await control.hover();
        await control.locator('[data-vliegwiel-why]').click();
        await control.locator('[data-vliegwiel-explanation]:not([aria-busy])').waitFor();
        await control.locator('[data-vliegwiel-adjust]').click();
        await social
          .locator(`[data-vliegwiel-post="${local.key}"]`)
          .first()
          .screenshot({ path: `${OUT}/x-dialog-${language}.png` });
      }
      await social.close();

      const popup = await open(POPUP_PATH, 360, 600);
      await popup.locator('.monitor-signal').first().waitFor();
      await shoot(popup, `popup-${suffix}`);
      await popup.close();

      const tracker = await open(TRACKER_PATH, 1280, 900);
      await tracker.locator('.row__text').first().waitFor();
      await shoot(tracker, `tracker-inbox-${suffix}`);
      await shootPanels(tracker, suffix);
      await tracker.locator('.row__open').first().click();
      await tracker.getByTestId('signal-detail').waitFor();
      await shoot(tracker, `tracker-detail-${suffix}`);
      await tracker.getByTestId('tab-initiatives').click();
      await tracker.getByTestId('initiative-list').waitFor();
      await shoot(tracker, `tracker-initiatives-${suffix}`);
      await tracker.locator('.initiative-card__open').first().click();
      await tracker.getByTestId('initiative-page').waitFor();
      await shoot(tracker, `tracker-initiative-${suffix}`);
      await tracker.setViewportSize({ width: 360, height: 740 });
      await shoot(tracker, `tracker-initiative-360-${suffix}`);
      await tracker.setViewportSize({ width: 1280, height: 900 });
      await tracker.getByTestId('tab-groups').click();
      await tracker.getByTestId('register-group').locator('..').locator('summary').click();
      await shoot(tracker, `tracker-groups-${suffix}`);
      await tracker.setViewportSize({ width: 360, height: 740 });
      await tracker.getByTestId('tab-signals').click();
      await tracker.locator('.row__text').first().waitFor();
      await shoot(tracker, `tracker-inbox-360-${suffix}`);
      await shootPanels(tracker, `360-${suffix}`);
      await tracker.close();

      const options = await open(OPTIONS_PATH, 900, 900);
      await options.getByTestId('built-in-sites').waitFor();
      await shoot(options, `options-${suffix}`);
      await options.setViewportSize({ width: 360, height: 740 });
      await shoot(options, `options-360-${suffix}`);
      await options.close();
    }
  }
} finally {
  await browser.close();
}

// A new install, before the user agreed: the welcome page and the popup's notice.
const newUser = await ExtensionBrowser.launch(undefined, [], { consent: false });
try {
  for (const language of ['nl', 'en'] as const) {
    await changeSettings(newUser, { language });
    for (const scheme of ['light', 'dark'] as const) {
      for (const [path, name, width, height] of [
        [WELCOME_PATH, 'welcome', 900, 900],
        [WELCOME_PATH, 'welcome-360', 360, 740],
        [POPUP_PATH, 'popup-no-consent', 360, 600],
      ] as const) {
        const page = await newUser.open(newUser.extensionUrl(path));
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height });
        await shoot(page, `${name}-${language}-${scheme}`);
        await page.close();
      }
    }
  }
} finally {
  await newUser.close();
}
console.log(`Screenshots in ${OUT}/`);
