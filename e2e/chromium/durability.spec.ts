import { expect, test } from '@playwright/test';
import { TRACKER_PATH } from '../../lib/pages';
import { fixture } from '../support/fixtures';
import { clipButton, clipControl, ExtensionBrowser } from './harness';

test('the service worker stopped while a clip waits in it: the clip is sent again and stored once', async () => {
  const home = fixture('x/home');
  const [first, second] = [...new Set(home.posts.map((post) => post.key))];
  if (!first || !second) throw new Error('x/home needs two posts');
  const browser = await ExtensionBrowser.launch();
  try {
    const tab = await browser.open(home.url);
    // Chromium's own page for service workers stops one the way the browser does when it is idle
    // or short of memory: at any moment.
    const internals = await browser.open('chrome://serviceworker-internals/');
    const worker = browser.context.serviceWorkers()[0];
    if (!worker) throw new Error('no service worker');
    await expect(clipControl(tab, first)).toHaveAttribute('data-state', 'idle');

    // The background is busy, so the clip message waits in it; the browser stops it then (once its
    // current task is done), and the message is never read: the page hears no answer.
    const busy = worker
      .evaluate(() => {
        const until = Date.now() + 3_000;
        while (Date.now() < until) {}
      })
      .catch(() => 'stopped');
    await tab.bringToFront();
    await clipButton(tab, first).click();
    await expect(clipControl(tab, first)).toHaveAttribute('data-state', 'busy');
    await internals.getByRole('button', { name: 'Stop' }).click();
    await busy;
    await expect(clipControl(tab, first)).not.toHaveAttribute('data-state', 'failed');

    // Said only once the clip is stored: sent again to the background started anew.
    await expect(clipControl(tab, first)).toHaveAttribute('data-state', 'clipped', {
      timeout: 15_000,
    });
    await clipButton(tab, second).click();
    await expect(clipControl(tab, second)).toHaveAttribute('data-state', 'clipped');
    const tracker = await browser.open(browser.extensionUrl(TRACKER_PATH));
    await expect(tracker.getByTestId('signal-count')).toHaveText('2 signals');
  } finally {
    await browser.close();
  }
});
