import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { requireBrowser } from '../support/browsers';
import { CHROME_BUILD } from '../support/extension';
import { fixtureServer } from '../support/fixtures';

/** A Chromium profile with the built extension, whose network is only the fixture pages. */
export class ExtensionBrowser {
  private constructor(
    readonly profile: string,
    readonly context: BrowserContext,
    readonly extensionId: string,
  ) {}

  static async launch(profile?: string): Promise<ExtensionBrowser> {
    const dir = profile ?? (await mkdtemp(join(tmpdir(), 'vliegwiel-chromium-')));
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: requireBrowser('chromium'),
      headless: true,
      locale: 'en-GB',
      args: [
        `--disable-extensions-except=${CHROME_BUILD}`,
        `--load-extension=${CHROME_BUILD}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
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

export function isWebUrl(url: URL): boolean {
  return url.protocol === 'https:' || url.protocol === 'http:';
}

export function clipControl(page: Page, postKey: string) {
  return page.locator(`vliegwiel-clip[data-vliegwiel-for="${postKey}"]`).first();
}

export function clipButton(page: Page, postKey: string) {
  return clipControl(page, postKey).locator('button[data-vliegwiel-clip]');
}
