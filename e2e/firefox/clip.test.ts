import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixture, loadFixtures, needsGrant } from '../support/fixtures';
import { clickInControl, controlSelector, FirefoxWithExtension, waitForClipState } from './harness';

describe('Firefox', () => {
  let firefox: FirefoxWithExtension;
  before(async () => {
    firefox = await FirefoxWithExtension.launch();
  });
  after(async () => {
    await firefox?.close();
  });

  for (const page of loadFixtures()) {
    it(`${page.name}: marks every post with its key and the verdict its fixture expects`, async () => {
      if (needsGrant(page)) await firefox.grantSite(page.url);
      const tab = await firefox.open(page.url);
      await tab.waitForFunction(
        (count) => document.querySelectorAll('[data-vliegwiel-post]').length === count,
        { timeout: 10_000 },
        page.posts.length,
      );
      const marks = await tab.$$eval('[data-vliegwiel-post]', (els) =>
        els.map((e) => [
          e.getAttribute('data-vliegwiel-post'),
          e.getAttribute('data-vliegwiel-verdict'),
        ]),
      );
      assert.deepEqual(
        marks.map(([key]) => key),
        page.posts.map((post) => post.key),
      );
      // Each post's verdict is the one its fixture expects, as in Chromium.
      assert.deepEqual(
        marks.map(([, verdict]) => verdict),
        page.posts.map((post) => post.verdict),
      );
      // The control's own styles reach its shadow root (Firefox limits what content scripts
      // may do with constructed stylesheets).
      const radius = await tab.$eval('vliegwiel-clip', (host) => {
        const button = host.shadowRoot?.querySelector('button[data-vliegwiel-clip]');
        return button ? getComputedStyle(button).borderTopLeftRadius : null;
      });
      assert.equal(radius, '999px');
      await tab.close();
    });
  }

  it('explains a verdict with the words and the places the background found', async () => {
    const home = fixture('mastodon/home');
    /** "Geluidsoverlast café Hertogstraat, Nijmegen: …". */
    const noise = 'mastodon:mastodon.nl/@fenna_nijmegen/117311108808715278';
    const tab = await firefox.open(home.url);
    await waitForClipState(tab, noise, 'idle');
    await clickInControl(tab, noise, 'why');
    const cues = await tab.waitForFunction(
      (selector) => {
        const panel = document
          .querySelector(selector)
          ?.shadowRoot?.querySelector('[data-vliegwiel-explanation]');
        if (!panel || panel.hasAttribute('aria-busy')) return null;
        return [...panel.querySelectorAll('li')].map((item) => item.textContent);
      },
      { timeout: 10_000 },
      controlSelector(noise),
    );
    const shown = (await cues.jsonValue()) as string[];
    assert.match(shown[0] ?? '', /^geluidsoverlast \(/);
    assert.ok(shown.includes('Nijmegen'), `no place among ${shown.join(', ')}`);
    await tab.close();
  });
});

describe('Firefox: clip end to end', () => {
  it('clips, refuses a duplicate, shows it in tracker and popup, and keeps it across a restart', async () => {
    const home = fixture('x/home');
    const post = home.posts[0];
    assert.ok(post, 'x/home has no posts');
    let firefox = await FirefoxWithExtension.launch();
    try {
      const tab = await firefox.open(home.url);
      await waitForClipState(tab, post.key, 'idle');
      await clickInControl(tab, post.key, 'clip');
      await waitForClipState(tab, post.key, 'clipped');
      await clickInControl(tab, post.key, 'clip');
      await waitForClipState(tab, post.key, 'already-clipped');

      await clickInControl(tab, post.key, 'open');
      const tracker = await firefox.extensionPage('/tracker.html');
      await tracker.waitForSelector('.row--open');
      assert.equal(
        await tracker.$eval('[data-testid="signal-count"]', (e) => e.textContent),
        '1 signal',
      );
      assert.ok(
        (await tracker.$eval('[data-testid="detail-text"]', (e) => e.textContent ?? '')).includes(
          post.textIncludes,
        ),
      );

      // The popup is an extension page too: reach it from the tracker tab, which may navigate to it.
      await tracker.evaluate(() => location.assign('/popup.html'));
      const popup = await firefox.extensionPage('/popup.html');
      await popup.waitForSelector('.monitor-signal');
      assert.equal(
        await popup.$eval('[data-testid="signal-count"]', (e) => e.textContent),
        '1 signal',
      );
      assert.ok(
        (await popup.$eval('.monitor-signal__text', (e) => e.textContent ?? '')).includes(
          post.textIncludes,
        ),
      );

      await firefox.close({ keepProfile: true });
      firefox = await FirefoxWithExtension.launch(firefox.profile);
      const again = await firefox.open(home.url);
      await waitForClipState(again, post.key, 'clipped');
      await clickInControl(again, post.key, 'clip');
      await waitForClipState(again, post.key, 'already-clipped');
    } finally {
      await firefox.close();
    }
  });
});
