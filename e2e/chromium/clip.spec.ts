import { test as base, expect } from '@playwright/test';
import { POPUP_PATH, TRACKER_PATH } from '../../lib/pages';
import { fixture, loadFixtures, needsGrant } from '../support/fixtures';
import { clipButton, clipControl, ExtensionBrowser, isWebUrl } from './harness';

/** A Chromium profile with the extension for one test, closed and removed after it. */
const test = base.extend<{ extension: ExtensionBrowser }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's needs from this pattern
  extension: async ({}, use) => {
    const browser = await ExtensionBrowser.launch();
    await use(browser);
    await browser.close();
  },
});

for (const page of loadFixtures()) {
  test(`${page.name}: every post is marked with its key and the verdict its fixture expects, with one clip control`, async () => {
    const granted = needsGrant(page) ? [`${new URL(page.url).origin}/*`] : [];
    const browser = await ExtensionBrowser.launch(undefined, granted);
    try {
      const tab = await browser.open(page.url);
      const marked = tab.locator('[data-vliegwiel-post]');
      await expect(marked).toHaveCount(page.posts.length);
      expect(
        await marked.evaluateAll((els) => els.map((e) => e.getAttribute('data-vliegwiel-post'))),
      ).toEqual(page.posts.map((post) => post.key));
      // Each post's verdict is the one its fixture expects: the classifier as the page reaches it.
      expect(
        await marked.evaluateAll((els) => els.map((e) => e.getAttribute('data-vliegwiel-verdict'))),
      ).toEqual(page.posts.map((post) => post.verdict));
      for (const post of page.posts) {
        await expect(tab.locator(`vliegwiel-clip[data-vliegwiel-for="${post.key}"]`)).toHaveCount(
          page.posts.filter((p) => p.key === post.key).length,
        );
        expect(await clipControl(tab, post.key).evaluate((host) => host.shadowRoot?.mode)).toBe(
          'open',
        );
      }
    } finally {
      await browser.close();
    }
  });
}

test('x: clip, clip again, see it in the popup and tracker, and keep it across a restart', async () => {
  const home = fixture('x/home');
  const post = home.posts[0];
  if (!post) throw new Error('x/home has no posts');
  let browser = await ExtensionBrowser.launch();
  try {
    const tab = await browser.open(home.url);
    await expect(clipControl(tab, post.key)).toHaveAttribute('data-state', 'idle');
    await clipButton(tab, post.key).click();
    await expect(clipControl(tab, post.key)).toHaveAttribute('data-state', 'clipped');
    await expect(clipButton(tab, post.key)).toHaveText('Clipped');
    // The page did not navigate away: the control's click stayed with the control.
    expect(tab.url()).toBe(home.url);

    await clipButton(tab, post.key).click();
    await expect(clipControl(tab, post.key)).toHaveAttribute('data-state', 'already-clipped');
    await expect(clipButton(tab, post.key)).toHaveText('Already clipped');

    const popup = await browser.open(browser.extensionUrl(POPUP_PATH));
    await expect(popup.getByTestId('signal-count')).toHaveText('1 signal');
    await expect(popup.locator('.monitor-signal')).toHaveCount(1);
    await expect(popup.locator('.monitor-signal__text')).toContainText(post.textIncludes);
    await expect(popup.locator('.monitor-signal .site')).toHaveText('X');

    const trackerOpened = browser.context.waitForEvent('page');
    await popup.getByTestId('open-tracker').click();
    const tracker = await trackerOpened;
    await tracker.waitForLoadState();
    expect(tracker.url()).toBe(browser.extensionUrl(TRACKER_PATH));
    await expect(tracker.locator('.row__text')).toContainText(post.textIncludes);
    // The background found the places the post names.
    await expect(tracker.locator('.row__place')).toContainText('Biltstraat');
    await tracker.locator('.row__open').click();
    await expect(tracker.getByTestId('original-link')).toHaveAttribute(
      'href',
      /^https:\/\/x\.com\/.+\/status\/\d+$/,
    );

    await tab.reload();
    await expect(clipControl(tab, post.key)).toHaveAttribute('data-state', 'clipped');

    await browser.close({ keepProfile: true });
    browser = await ExtensionBrowser.launch(browser.profile);
    const again = await browser.open(browser.extensionUrl(TRACKER_PATH));
    await expect(again.getByTestId('signal-count')).toHaveText('1 signal');
    await expect(again.locator('.row__text')).toContainText(post.textIncludes);
    const reopened = await browser.open(home.url);
    await expect(clipControl(reopened, post.key)).toHaveAttribute('data-state', 'clipped');
  } finally {
    await browser.close();
  }
});

test('reddit: clip a post and a comment; both land in the tracker', async ({
  extension: browser,
}) => {
  const thread = fixture('reddit/post');
  const [post, comment] = [
    thread.posts[0],
    thread.posts.find((p) => p.key.startsWith('reddit:t1_')),
  ];
  if (!post || !comment) throw new Error('reddit/post needs a post and a comment');
  const tab = await browser.open(thread.url);
  for (const key of [post.key, comment.key]) {
    await clipButton(tab, key).click();
    await expect(clipControl(tab, key)).toHaveAttribute('data-state', 'clipped');
  }
  const trackerOpened = browser.context.waitForEvent('page');
  await clipControl(tab, comment.key).locator('button[data-vliegwiel-open]').click();
  const tracker = await trackerOpened;
  await expect(tracker.getByTestId('signal-count')).toHaveText('2 signals');
  await expect(tracker.locator('.row--open .row__text')).toContainText(comment.textIncludes);
  await expect(tracker.getByTestId('detail-text')).toContainText(comment.textIncludes);
});

test('the same post on twitter.com is the same signal as on x.com', async ({
  extension: browser,
}) => {
  const home = fixture('x/home');
  const post = home.posts[0];
  if (!post) throw new Error('x/home has no posts');
  const tab = await browser.open(home.url);
  await clipButton(tab, post.key).click();
  await expect(clipControl(tab, post.key)).toHaveAttribute('data-state', 'clipped');
  await browser.context.unroute(isWebUrl);
  await browser.context.route(isWebUrl, (route) =>
    route.request().url().startsWith('https://twitter.com/home')
      ? route.fulfill({ status: 200, contentType: 'text/html', body: home.html })
      : route.fulfill({ status: 404, body: '' }),
  );
  const twitter = await browser.open('https://twitter.com/home');
  await expect(clipControl(twitter, post.key)).toHaveAttribute('data-state', 'clipped');
});

test('page styles do not reach the clip control, and its styles do not reach the page', async ({
  extension: browser,
}) => {
  const home = fixture('x/home');
  const post = home.posts[0];
  if (!post) throw new Error('x/home has no posts');
  const tab = await browser.open(home.url);
  await expect(clipControl(tab, post.key)).toHaveAttribute('data-state', 'idle');
  const pageButtonBefore = await tab.evaluate(() => {
    const button = document.body.appendChild(document.createElement('button'));
    button.id = 'page-button';
    const style = getComputedStyle(button);
    return { border: style.borderTopColor, radius: style.borderTopLeftRadius };
  });
  await tab.addStyleTag({
    content:
      'button { background: rgb(255, 0, 0) !important; font-size: 40px !important; }' +
      'body { font-family: serif !important; letter-spacing: 3px !important; }',
  });
  const clip = await clipButton(tab, post.key).evaluate((button) => {
    const style = getComputedStyle(button);
    return {
      background: style.backgroundColor,
      fontSize: style.fontSize,
      letterSpacing: style.letterSpacing,
    };
  });
  expect(clip.background).not.toBe('rgb(255, 0, 0)');
  expect(clip.fontSize).toBe('12px');
  expect(clip.letterSpacing).toBe('normal');
  const pageButtonAfter = await tab.evaluate(() => {
    const style = getComputedStyle(document.getElementById('page-button') as Element);
    return { border: style.borderTopColor, radius: style.borderTopLeftRadius };
  });
  expect(pageButtonAfter).toEqual(pageButtonBefore);
});

test('x: posts that arrive later (infinite scroll) are marked once, and leave with their page', async ({
  extension: browser,
}) => {
  const home = fixture('x/home');
  const first = home.posts[0];
  if (!first) throw new Error('x/home has no posts');
  const tab = await browser.open(home.url);
  const marked = tab.locator('[data-vliegwiel-post]');
  await expect(marked).toHaveCount(home.posts.length);
  const firstId = first.key.slice('x:'.length);
  const newIds = ['2101999999999999001', '2101999999999999002', '2101999999999999003'];
  // The site renders a few more timeline cells, a while apart, as it does on scrolling.
  for (const id of newIds) {
    await tab.evaluate(
      ({ from, to }) => {
        const cell = document
          .querySelector(`[data-vliegwiel-post="x:${from}"]`)
          ?.closest('[data-testid="cellInnerDiv"]');
        if (!cell?.parentElement) throw new Error('no timeline cell');
        const copy = cell.cloneNode(true) as Element;
        for (const control of copy.querySelectorAll('vliegwiel-clip')) control.remove();
        copy.querySelector('[data-vliegwiel-post]')?.removeAttribute('data-vliegwiel-post');
        copy.innerHTML = copy.innerHTML.replaceAll(from, to);
        cell.parentElement.append(copy);
      },
      { from: firstId, to: id },
    );
  }
  await expect(marked).toHaveCount(home.posts.length + newIds.length);
  for (const id of newIds) {
    await expect(tab.locator(`vliegwiel-clip[data-vliegwiel-for="x:${id}"]`)).toHaveCount(1);
  }
  await tab.evaluate((id) => {
    document
      .querySelector(`[data-vliegwiel-post="x:${id}"]`)
      ?.closest('[data-testid="cellInnerDiv"]')
      ?.remove();
  }, newIds[0]);
  await expect(marked).toHaveCount(home.posts.length + newIds.length - 1);
  await expect(tab.locator('vliegwiel-clip')).toHaveCount(home.posts.length + newIds.length - 1);
});
