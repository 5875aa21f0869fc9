import { expect, test } from '@playwright/test';
import { OPTIONS_PATH, POPUP_PATH, TRACKER_PATH, WELCOME_PATH } from '../../lib/pages';
import { fixture } from '../support/fixtures';
import { ExtensionBrowser } from './harness';

test('nothing is read before consent; agreeing starts reading open pages, withdrawing stops it', async () => {
  const home = fixture('x/home');
  const browser = await ExtensionBrowser.launch(undefined, [], { consent: false });
  try {
    // The install opened the welcome page, which explains before it asks.
    await expect
      .poll(() => browser.context.pages().some((p) => p.url().endsWith(WELCOME_PATH)))
      .toBe(true);
    const welcome = browser.context.pages().find((p) => p.url().endsWith(WELCOME_PATH));
    if (!welcome) throw new Error('no welcome page');
    await expect(welcome.getByRole('heading', { name: 'What leaves your browser' })).toBeVisible();

    const popup = await browser.open(browser.extensionUrl(POPUP_PATH));
    await expect(popup.getByTestId('popup-no-consent')).toBeVisible();

    const tab = await browser.open(home.url);
    await tab.waitForLoadState('load');
    // A negative: the content script is there (it starts below without a reload), yet marks nothing.
    await tab.waitForTimeout(1_000);
    await expect(tab.locator('[data-vliegwiel-post]')).toHaveCount(0);
    await expect(tab.locator('vliegwiel-clip')).toHaveCount(0);

    await welcome.getByTestId('consent-agree').click();
    await expect(welcome.getByTestId('consent-given')).toBeVisible();
    await expect(tab.locator('[data-vliegwiel-post]')).toHaveCount(home.posts.length);
    await expect(popup.getByTestId('popup-no-consent')).toHaveCount(0);

    const options = await browser.open(browser.extensionUrl(OPTIONS_PATH));
    await expect(options.getByTestId('privacy-status')).toContainText('reads posts');
    await options.getByTestId('privacy-toggle').click();
    await expect(options.getByTestId('privacy-status')).toHaveText(
      'Vliegwiel reads no pages until you agree.',
    );
    const again = await browser.open(home.url);
    await again.waitForLoadState('load');
    await again.waitForTimeout(1_000);
    await expect(again.locator('[data-vliegwiel-post]')).toHaveCount(0);
  } finally {
    await browser.close();
  }
});

test('deleting all local data empties the tracker and forgets settings and consent', async () => {
  const home = fixture('x/home');
  const post = home.posts[0];
  if (!post) throw new Error('x/home has no posts');
  const browser = await ExtensionBrowser.launch();
  try {
    const tab = await browser.open(home.url);
    await tab
      .locator(`vliegwiel-clip[data-vliegwiel-for="${post.key}"] >> button[data-vliegwiel-clip]`)
      .first()
      .click();
    await expect(
      tab.locator(`vliegwiel-clip[data-vliegwiel-for="${post.key}"]`).first(),
    ).toHaveAttribute('data-state', 'clipped');
    const tracker = await browser.open(browser.extensionUrl(TRACKER_PATH));
    await expect(tracker.getByTestId('signal-count')).toHaveText('1 signal');

    const options = await browser.open(browser.extensionUrl(OPTIONS_PATH));
    await options.getByTestId('erase-all').click();
    await options.getByTestId('erase-confirm').click();
    await expect(options.getByTestId('erase-done')).toBeVisible();
    await expect(tracker.getByTestId('signal-count')).toHaveText('0 signals');
    await expect(options.getByTestId('privacy-status')).toHaveText(
      'Vliegwiel reads no pages until you agree.',
    );
    const popup = await browser.open(browser.extensionUrl(POPUP_PATH));
    await expect(popup.getByTestId('popup-no-consent')).toBeVisible();
  } finally {
    await browser.close();
  }
});
