import { test as base, expect, type Page } from '@playwright/test';
import { POPUP_PATH, TRACKER_PATH } from '../../lib/pages';
import { fixture } from '../support/fixtures';
import { badgeText, changeSettings, clipButton, clipControl, ExtensionBrowser } from './harness';

/** A Chromium profile with the extension, its member called Anna, for one test. */
const test = base.extend<{ extension: ExtensionBrowser }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's needs from this pattern
  extension: async ({}, use) => {
    const browser = await ExtensionBrowser.launch();
    await changeSettings(browser, { memberName: 'Anna', language: 'en' });
    await use(browser);
    await browser.close();
  },
});

const home = fixture('x/home');
const localPosts = home.posts.filter((post) => post.verdict === 'local-issue');

/** Opens a post's clip dialog, fills it in and clips; resolves when the post shows as clipped. */
async function clipWithDialog(
  tab: Page,
  key: string,
  fill: { note?: string; municipality?: string; newInitiative?: string; initiative?: string },
) {
  const control = clipControl(tab, key);
  await control.hover();
  await control.locator('[data-vliegwiel-adjust]').click();
  const dialog = control.locator('[data-vliegwiel-correction]');
  await expect(dialog).toBeVisible();
  if (fill.note) await dialog.locator('[name="note"]').fill(fill.note);
  if (fill.municipality) await dialog.locator('[name="municipality"]').fill(fill.municipality);
  if (fill.newInitiative) {
    await dialog.locator('[name="initiative"]').selectOption('new');
    await dialog.locator('[name="title"]').fill(fill.newInitiative);
  }
  if (fill.initiative) {
    await expect(
      dialog.locator('[name="initiative"] option', { hasText: fill.initiative }),
    ).toHaveCount(1);
    await dialog.locator('[name="initiative"]').selectOption({ label: fill.initiative });
  }
  await dialog.locator('button[type="submit"]').click();
  await expect(control).toHaveAttribute('data-state', 'clipped');
  await expect(dialog).toBeHidden();
}

async function openInitiative(browser: ExtensionBrowser, title: string) {
  const tracker = await browser.open(browser.extensionUrl(`${TRACKER_PATH}#initiatives`));
  await tracker.getByRole('button', { name: title }).click();
  await expect(tracker.getByTestId('initiative-heading')).toHaveText(title);
  return tracker;
}

test('clip with the dialog into a new initiative, a second clip into it, and a status change in its timeline', async ({
  extension: browser,
}) => {
  const [first, second] = localPosts;
  if (!first || !second) throw new Error('x/home needs two local posts');
  const tab = await browser.open(home.url);
  await clipWithDialog(tab, first.key, {
    note: 'Al drie weken donker',
    municipality: 'Utrecht',
    newInitiative: 'Licht op de Biltstraat',
  });
  await clipWithDialog(tab, second.key, { initiative: 'Licht op de Biltstraat' });

  const tracker = await openInitiative(browser, 'Licht op de Biltstraat');
  await expect(tracker.getByTestId('linked-signals').locator('li')).toHaveCount(2);
  await tracker.locator('[data-status="raised"]').click();
  await expect(tracker.getByTestId('timeline')).toContainText(
    'Anna (you) changed the status from Idea to Raised with the municipality',
  );
  await expect(tracker.getByTestId('contributors')).toContainText('Anna (you)');
});

test('a refused place keeps the dialog open with the reason, and clips nothing', async ({
  extension: browser,
}) => {
  const [post] = localPosts;
  if (!post) throw new Error('x/home has no local post');
  const tab = await browser.open(home.url);
  const control = clipControl(tab, post.key);
  await control.hover();
  await control.locator('[data-vliegwiel-adjust]').click();
  const dialog = control.locator('[data-vliegwiel-correction]');
  await dialog.locator('[name="municipality"]').fill('Atlantis');
  await dialog.locator('button[type="submit"]').click();
  await expect(dialog.getByRole('alert')).toContainText('Choose a municipality');
  await expect(dialog).toBeVisible();
  const popup = await browser.open(browser.extensionUrl(POPUP_PATH));
  await expect(popup.getByTestId('signal-count')).toHaveText('0 signals');
});

test('triage from the popup updates the badge', async ({ extension: browser }) => {
  const tab = await browser.open(home.url);
  for (const post of localPosts.slice(0, 3)) {
    await clipButton(tab, post.key).click();
    await expect(clipControl(tab, post.key)).toHaveAttribute('data-state', 'clipped');
  }
  await expect.poll(() => badgeText(browser)).toBe('3');
  const popup = await browser.open(browser.extensionUrl(POPUP_PATH));
  await expect(popup.getByTestId('popup-signals').locator('li')).toHaveCount(3);
  await popup.getByTestId('acknowledge').first().click();
  await expect(popup.getByTestId('popup-signals').locator('li')).toHaveCount(2);
  await expect.poll(() => badgeText(browser)).toBe('2');
  await popup.getByTestId('assign-to-me').first().click();
  await expect.poll(() => badgeText(browser)).toBe('1');
});

test('filters and search in the tracker', async ({ extension: browser }) => {
  const tab = await browser.open(home.url);
  // A repost shows the same post twice; it is one signal.
  const keys = [...new Set(home.posts.map((post) => post.key))];
  for (const key of keys) {
    await clipButton(tab, key).click();
    await expect(clipControl(tab, key)).toHaveAttribute('data-state', 'clipped');
  }
  const thread = fixture('reddit/post');
  const reddit = await browser.open(thread.url);
  const [redditPost] = thread.posts;
  if (!redditPost) throw new Error('reddit/post has no post');
  await clipButton(reddit, redditPost.key).click();
  await expect(clipControl(reddit, redditPost.key)).toHaveAttribute('data-state', 'clipped');

  const tracker = await browser.open(browser.extensionUrl(TRACKER_PATH));
  const rows = tracker.locator('.row__text');
  const total = keys.length + 1;
  await expect(tracker.getByTestId('signal-count')).toHaveText(`${total} signals`);

  await tracker.getByTestId('search').fill('biltstraat');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Biltstraat');

  await tracker.getByTestId('search').fill('');
  await tracker.getByText('More filters').click();
  await tracker.getByTestId('filter-site').selectOption('reddit');
  await expect(rows).toHaveCount(1);
  await expect(tracker.getByTestId('signal-count')).toHaveText('1 signal');

  await tracker.getByTestId('filter-site').selectOption('');
  await tracker.getByTestId('filter-verdict').selectOption('other');
  const others = new Set(
    home.posts.filter((post) => post.verdict === 'other').map((post) => post.key),
  ).size;
  await expect(tracker.getByTestId('signal-count')).toHaveText(
    others === 1 ? '1 signal' : `${others} signals`,
  );
  await tracker.getByRole('button', { name: 'Clear filters' }).click();
  await expect(tracker.getByTestId('signal-count')).toHaveText(`${total} signals`);
});

test('merge of two initiatives', async ({ extension: browser }) => {
  const [first, second] = localPosts;
  if (!first || !second) throw new Error('x/home needs two local posts');
  const tab = await browser.open(home.url);
  await clipWithDialog(tab, first.key, { newInitiative: 'Donkere Biltstraat' });
  await clipWithDialog(tab, second.key, { newInitiative: 'Licht in Utrecht-Oost' });

  const tracker = await openInitiative(browser, 'Donkere Biltstraat');
  await tracker.getByTestId('merge-target').selectOption({ label: 'Licht in Utrecht-Oost' });
  await tracker.getByTestId('merge').click();
  await expect(tracker.getByTestId('initiative-heading')).toHaveText('Licht in Utrecht-Oost');
  await expect(tracker.getByTestId('linked-signals').locator('li')).toHaveCount(2);
  await expect(tracker.getByTestId('timeline')).toContainText(
    'Anna (you) merged "Donkere Biltstraat" into this initiative',
  );
  await tracker.getByTestId('tab-initiatives').click();
  await expect(tracker.getByTestId('initiative-list').locator('li')).toHaveCount(1);
});

test('the language chosen in the options shows on social pages and in the popup', async ({
  extension: browser,
}) => {
  const [post] = localPosts;
  if (!post) throw new Error('x/home has no local post');
  await changeSettings(browser, { language: 'nl' });
  const tab = await browser.open(home.url);
  await expect(clipButton(tab, post.key)).toHaveText('Knip');
  const popup = await browser.open(browser.extensionUrl(POPUP_PATH));
  await expect(popup.getByTestId('signal-count')).toHaveText('0 signalen');
  await changeSettings(browser, { language: 'en' });
  await expect(popup.getByTestId('signal-count')).toHaveText('0 signals');
});
