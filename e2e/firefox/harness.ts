import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../lib/manifest';
import { FIREFOX_TEST_PREFS, requireBrowser } from '../support/browsers';
import { FIREFOX_BUILD } from '../support/extension';
import { fixture, fixtureServer } from '../support/fixtures';

/** Pinned so that the extension's pages have a known moz-extension:// origin. */
export const EXTENSION_UUID = '6f1d3c2a-9b8e-4f7a-a1d2-3c4b5a697887';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Firefox with the built extension installed temporarily; its network is only the fixture pages. */
export class FirefoxWithExtension {
  private constructor(
    readonly profile: string,
    readonly browser: Browser,
  ) {}

  static async launch(profile?: string): Promise<FirefoxWithExtension> {
    const dir = profile ?? (await mkdtemp(join(tmpdir(), 'vliegwiel-firefox-')));
    const browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: requireBrowser('firefox'),
      headless: true,
      userDataDir: dir,
      extraPrefsFirefox: {
        ...FIREFOX_TEST_PREFS,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        // A temporary add-on is uninstalled when Firefox quits; keeping its storage lets a test
        // restart the browser and find the clipped signals again, as an installed add-on would.
        'extensions.webextensions.keepStorageOnUninstall': true,
        'extensions.webextensions.keepUuidOnUninstall': true,
        'intl.locale.requested': 'en-GB',
        // Answers the optional-permission prompt of the options page with "allow", as a user would.
        'extensions.webextOptionalPermissionPrompts': false,
      },
    });
    await browser.installExtension(FIREFOX_BUILD);
    const firefox = new FirefoxWithExtension(dir, browser);
    // A new profile opens the welcome page on install, and nothing is read until the user agrees
    // there; a profile used before agreed then (its storage is kept, see above).
    if (!profile) await firefox.agreeOnWelcomePage();
    return firefox;
  }

  async agreeOnWelcomePage() {
    const welcome = await this.extensionPage('/welcome.html');
    await welcome.locator('[data-testid="consent-agree"]').click();
    await welcome.waitForSelector('[data-testid="consent-given"]', { timeout: 10_000 });
    await welcome.close();
  }

  /** A new tab on a fixture page; every request it makes is answered here, never by the network. */
  async open(url: string): Promise<Page> {
    const serve = fixtureServer();
    const page = await this.browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const html = serve(request.url());
      void (html === null
        ? request.respond({ status: 404, body: '' })
        : request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    });
    await page.goto(url);
    return page;
  }

  /** Extension pages cannot be navigated to over BiDi: find the tab the extension opened itself. */
  async extensionPage(path: string, timeoutMs = 10_000): Promise<Page> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      for (const page of await this.browser.pages()) {
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(`${EXTENSION_ORIGIN}${path}`)) return page;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`No tab with ${EXTENSION_ORIGIN}${path} appeared within ${timeoutMs} ms`);
  }

  /**
   * Grants Vliegwiel a site the way a user does: from a clipped post to the tracker, from there
   * to the settings, and "Allow" for the site's address.
   */
  async grantSite(url: string) {
    const host = new URL(url).host;
    const home = fixture('x/home');
    const post = home.posts[0];
    if (!post) throw new Error('x/home has no posts');
    const tab = await this.open(home.url);
    await tab.waitForSelector(controlSelector(post.key));
    await clickInControl(tab, post.key, 'clip');
    // Clipped now, or already by an earlier grant in the same browser.
    await tab.waitForFunction(
      (selector) =>
        /^(already-)?clipped$/.test(
          document.querySelector(selector)?.getAttribute('data-state') ?? '',
        ),
      { timeout: 10_000 },
      controlSelector(post.key),
    );
    await clickInControl(tab, post.key, 'open');
    const tracker = await this.extensionPage('/tracker.html');
    await tracker.locator('.topbar__settings').click();
    const options = await this.extensionPage('/options.html');
    await options.locator('#site-input').fill(host);
    await options.locator('[data-testid="allow-site"]').click();
    await options.waitForFunction(
      (expected) =>
        document.querySelector('[data-testid="granted-sites"]')?.textContent?.includes(expected),
      { timeout: 10_000 },
      host,
    );
    // The background registers the content script for the site once the grant arrives.
    await options.waitForFunction(
      async (expected) => {
        const { browser } = globalThis as unknown as {
          browser: {
            scripting: { getRegisteredContentScripts(): Promise<Array<{ matches?: string[] }>> };
          };
        };
        const scripts = await browser.scripting.getRegisteredContentScripts();
        return scripts.some((script) =>
          script.matches?.some((pattern) => pattern.includes(expected)),
        );
      },
      { timeout: 10_000 },
      host,
    );
    for (const page of [tab, tracker, options]) await page.close();
  }

  async close({ keepProfile = false } = {}) {
    await this.browser.close();
    if (!keepProfile) await rm(this.profile, { recursive: true, force: true });
  }
}

export function controlSelector(postKey: string): string {
  return `vliegwiel-clip[data-vliegwiel-for="${postKey}"]`;
}

export async function waitForClipState(page: Page, postKey: string, state: string) {
  await page.waitForFunction(
    (selector, expected) =>
      document.querySelector(selector)?.getAttribute('data-state') === expected,
    { timeout: 10_000 },
    controlSelector(postKey),
    state,
  );
}

export async function clickInControl(page: Page, postKey: string, button: 'clip' | 'open' | 'why') {
  await page.locator(`${controlSelector(postKey)} >>> button[data-vliegwiel-${button}]`).click();
}
