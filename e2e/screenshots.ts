// `npm run screenshots`: pictures of every screen, for looking at changes by eye. Needs a build
// (`npm run build`); writes PNGs to screenshots/ (not committed).

import { mkdir } from 'node:fs/promises';
import { POPUP_PATH, TRACKER_PATH } from '../lib/pages';
import { clipButton, clipControl, ExtensionBrowser } from './chromium/harness';
import { loadFixtures, needsGrant } from './support/fixtures';

const OUT = 'screenshots';
await mkdir(OUT, { recursive: true });
const browser = await ExtensionBrowser.launch();
try {
  for (const fixture of loadFixtures().filter((candidate) => !needsGrant(candidate))) {
    const tab = await browser.open(fixture.url);
    await tab.setViewportSize({ width: 1280, height: 1000 });
    await tab.locator('[data-vliegwiel-post]').first().waitFor();
    // Clip the first local issue on each page, so both control states show.
    const local = fixture.posts.find((post) => post.verdict === 'local-issue');
    if (local) {
      await clipButton(tab, local.key).click();
      await clipControl(tab, local.key)
        .locator('[data-state="clipped"]')
        .or(clipControl(tab, local.key))
        .first()
        .waitFor();
    }
    await tab.screenshot({ path: `${OUT}/${fixture.name.replace('/', '-')}.png` });
    if (local) {
      // The explanation and the correction form, open, on the clipped post.
      const control = clipControl(tab, local.key);
      await control.locator('[data-vliegwiel-why]').click();
      await control.locator('[data-vliegwiel-adjust]').click();
      const post = tab.locator(`[data-vliegwiel-post="${local.key}"]`).first();
      await post.screenshot({ path: `${OUT}/${fixture.name.replace('/', '-')}-explained.png` });
    }
    await tab.close();
  }
  const popup = await browser.open(browser.extensionUrl(POPUP_PATH));
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.locator('.monitor-signal').first().waitFor();
  await popup.screenshot({ path: `${OUT}/popup.png` });
  const tracker = await browser.open(browser.extensionUrl(TRACKER_PATH));
  await tracker.setViewportSize({ width: 1100, height: 900 });
  await tracker.locator('.row__text').first().waitFor();
  await tracker.screenshot({ path: `${OUT}/tracker.png` });
  const options = await browser.open(browser.extensionUrl('/options.html'));
  await options.setViewportSize({ width: 900, height: 700 });
  await options.getByTestId('built-in-sites').waitFor();
  await options.screenshot({ path: `${OUT}/options.png` });
  console.log(`Screenshots in ${OUT}/`);
} finally {
  await browser.close();
}
