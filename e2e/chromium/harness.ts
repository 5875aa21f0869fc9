import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, expect, type Page, type Worker } from '@playwright/test';
import { GRANTED_SITES_SCRIPT } from '../../lib/sites/access';
import { CHROMIUM_TEST_ARGS, requireBrowser } from '../support/browsers';
import { CHROME_BUILD } from '../support/extension';
import { fixtureServer } from '../support/fixtures';

/** A Chromium profile with the built extension, whose network is only the fixture pages. */
export class ExtensionBrowser {
  private constructor(
    readonly profile: string,
    readonly context: BrowserContext,
    readonly extensionId: string,
  ) {}

  /**
   * `grantedSites` are match patterns the user has granted in the options page. The grant itself
   * goes through the browser's permission prompt, which a headless browser cannot answer, so
   * the build is loaded with those hosts already granted; the extension then registers its
   * content script for them exactly as after a real grant. (The Firefox tests go through the
   * options page, where a preference answers the prompt.) `grantedPermissions` are optional
   * permissions granted the same way, such as `downloads`, which the tracker asks for when it
   * first exports.
   */
  static async launch(
    profile?: string,
    grantedSites: string[] = [],
    {
      consent = true,
      grantedPermissions = [],
    }: { consent?: boolean; grantedPermissions?: string[] } = {},
  ): Promise<ExtensionBrowser> {
    const dir = profile ?? (await mkdtemp(join(tmpdir(), 'vliegwiel-chromium-')));
    const build =
      grantedSites.length > 0 || grantedPermissions.length > 0
        ? await buildWithGrants(dir, grantedSites, grantedPermissions)
        : CHROME_BUILD;
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: requireBrowser('chromium'),
      headless: true,
      locale: 'en-GB',
      args: [
        `--disable-extensions-except=${build}`,
        `--load-extension=${build}`,
        ...CHROMIUM_TEST_ARGS,
      ],
    });
    const serve = fixtureServer();
    // Every web request is answered here: fixture pages at their real URLs, 404 for the rest, so
    // no test ever reaches the network. The extension's own pages load from the build as usual.
    await context.route(isWebUrl, (route) => {
      const html = serve(route.request().url());
      return html === null
        ? route.fulfill({ status: 404, body: '' })
        : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    if (grantedSites.length > 0) await waitForGrantedSitesScript(worker);
    if (consent) await agreeOnWelcomePage(context, worker);
    return new ExtensionBrowser(dir, context, new URL(worker.url()).host);
  }

  extensionUrl(path: string): string {
    return `chrome-extension://${this.extensionId}${path}`;
  }

  async open(url: string): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(url);
    return page;
  }

  async close({ keepProfile = false } = {}) {
    await this.context.close();
    if (!keepProfile) await rm(this.profile, { recursive: true, force: true });
  }
}

/**
 * A new profile opens the welcome page on install, and nothing is read until the user agrees
 * there: agrees the way a user does, unless this profile agreed before.
 */
async function agreeOnWelcomePage(context: BrowserContext, worker: Worker) {
  const agreed = await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
    };
    const { settings } = await chrome.storage.local.get('settings');
    return Boolean((settings as { detectionConsent?: unknown } | undefined)?.detectionConsent);
  });
  if (agreed) return;
  const isWelcome = (page: Page) => page.url().endsWith('/welcome.html');
  await expect.poll(() => context.pages().some(isWelcome)).toBe(true);
  const welcome = context.pages().find(isWelcome) as Page;
  await welcome.getByTestId('consent-agree').click();
  await expect(welcome.getByTestId('consent-given')).toBeVisible();
  await welcome.close();
}

/** The background registers the content script for granted sites shortly after it starts. */
async function waitForGrantedSitesScript(worker: Worker) {
  await expect
    .poll(() =>
      worker.evaluate(async (id) => {
        const { chrome } = globalThis as unknown as {
          chrome: {
            scripting: { getRegisteredContentScripts(filter: object): Promise<unknown[]> };
          };
        };
        return (await chrome.scripting.getRegisteredContentScripts({ ids: [id] })).length;
      }, GRANTED_SITES_SCRIPT.id),
    )
    .toBe(1);
}

async function buildWithGrants(
  profile: string,
  patterns: string[],
  permissions: string[],
): Promise<string> {
  const copy = join(profile, 'extension');
  await cp(CHROME_BUILD, copy, { recursive: true });
  const manifestPath = join(copy, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...patterns];
  manifest.permissions = [...(manifest.permissions ?? []), ...permissions];
  await writeFile(manifestPath, JSON.stringify(manifest));
  return copy;
}

export function isWebUrl(url: URL): boolean {
  return url.protocol === 'https:' || url.protocol === 'http:';
}

export function clipControl(page: Page, postKey: string) {
  return page.locator(`vliegwiel-clip[data-vliegwiel-for="${postKey}"]`).first();
}

export function clipButton(page: Page, postKey: string) {
  return clipControl(page, postKey).locator('button[data-vliegwiel-clip]');
}

/** The extension's service worker, where extension APIs can be called directly. */
function extensionWorker(browser: ExtensionBrowser): Worker {
  const worker = browser.context.serviceWorkers()[0];
  if (!worker) throw new Error('the extension has no running service worker');
  return worker;
}

/** Changes the extension's settings as the options page would. */
export async function changeSettings(browser: ExtensionBrowser, change: Record<string, unknown>) {
  await extensionWorker(browser).evaluate(async (change) => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        storage: {
          local: {
            get(key: string): Promise<Record<string, object | undefined>>;
            set(items: object): Promise<void>;
          };
        };
      };
    };
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), ...change } });
  }, change);
}

/** The text on the toolbar button's badge. */
export function badgeText(browser: ExtensionBrowser): Promise<string> {
  return extensionWorker(browser).evaluate(() => {
    const { chrome } = globalThis as unknown as {
      chrome: { action: { getBadgeText(details: object): Promise<string> } };
    };
    return chrome.action.getBadgeText({});
  });
}
