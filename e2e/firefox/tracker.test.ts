import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { fixture } from '../support/fixtures';
import { clickInControl, controlSelector, FirefoxWithExtension, waitForClipState } from './harness';

const home = fixture('x/home');
const localPosts = home.posts.filter((post) => post.verdict === 'local-issue');

/** Text of the first element matching `selector`, once it contains `expected`. */
async function waitForText(page: Page, selector: string, expected: string) {
  await page.waitForFunction(
    (sel, text) => document.querySelector(sel)?.textContent?.includes(text) ?? false,
    { timeout: 10_000 },
    selector,
    expected,
  );
}

async function waitForCount(page: Page, selector: string, count: number) {
  await page.waitForFunction(
    (sel, n) => document.querySelectorAll(sel).length === n,
    { timeout: 10_000 },
    selector,
    count,
  );
}

/** Opens a post's clip dialog, fills it in and clips. */
async function clipWithDialog(
  tab: Page,
  key: string,
  fill: { municipality?: string; newInitiative?: string; initiative?: string },
) {
  const inControl = (selector: string) => tab.locator(`${controlSelector(key)} >>> ${selector}`);
  // Input goes to the tab in front; the tracker tab may be in front of the page.
  await tab.bringToFront();
  await tab.locator(controlSelector(key)).hover();
  await inControl('[data-vliegwiel-adjust]').click();
  if (fill.municipality) await inControl('[name="municipality"]').fill(fill.municipality);
  const choice = await tab.waitForFunction(
    (selector, title) => {
      const select = document
        .querySelector(selector)
        ?.shadowRoot?.querySelector<HTMLSelectElement>('[name="initiative"]');
      if (!select) return null;
      if (!title) return 'new';
      return [...select.options].find((option) => option.text === title)?.value ?? null;
    },
    { timeout: 10_000 },
    controlSelector(key),
    fill.initiative ?? '',
  );
  const value = (await choice.jsonValue()) as string;
  await tab.$eval(
    controlSelector(key),
    (host, chosen) => {
      const select = host.shadowRoot?.querySelector<HTMLSelectElement>('[name="initiative"]');
      if (!select) return;
      select.value = chosen;
      select.dispatchEvent(new Event('change'));
    },
    value,
  );
  if (fill.newInitiative) await inControl('[name="title"]').fill(fill.newInitiative);
  await inControl('[data-vliegwiel-correction] button[type="submit"]').click();
  await waitForClipState(tab, key, 'clipped');
}

/** The text on the toolbar button's badge, read from an extension page. */
function badgeText(extensionPage: Page): Promise<string> {
  return extensionPage.evaluate(() => {
    const { browser } = globalThis as unknown as {
      browser: { action: { getBadgeText(details: object): Promise<string> } };
    };
    return browser.action.getBadgeText({});
  });
}

async function waitForBadge(extensionPage: Page, expected: string) {
  const deadline = Date.now() + 10_000;
  let seen = '';
  while (Date.now() < deadline) {
    seen = await badgeText(extensionPage);
    if (seen === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.equal(seen, expected);
}

describe('Firefox: the tracker', () => {
  let firefox: FirefoxWithExtension;
  let tab: Page;
  let tracker: Page;
  before(async () => {
    firefox = await FirefoxWithExtension.launch();
    tab = await firefox.open(home.url);
    const [first] = localPosts;
    assert.ok(first, 'x/home has no local post');
    // The tracker is reached the way a user reaches it: from a clipped post.
    await clickInControl(tab, first.key, 'clip');
    await waitForClipState(tab, first.key, 'clipped');
    await clickInControl(tab, first.key, 'open');
    tracker = await firefox.extensionPage('/tracker.html');
    await tracker.evaluate(async () => {
      const { browser } = globalThis as unknown as {
        browser: { storage: { local: { set(items: object): Promise<void> } } };
      };
      await browser.storage.local.set({ settings: { memberName: 'Anna', language: 'en' } });
    });
  });
  after(async () => {
    await firefox?.close();
  });

  it('clips with the dialog into a new initiative and a second clip into it; a status change shows in the timeline with its actor', async () => {
    const [, second, third] = localPosts;
    assert.ok(second && third, 'x/home needs three local posts');
    await clipWithDialog(tab, second.key, {
      municipality: 'Utrecht',
      newInitiative: 'Licht op de Biltstraat',
    });
    await clipWithDialog(tab, third.key, { initiative: 'Licht op de Biltstraat' });
    await tracker.bringToFront();
    await tracker.evaluate(() => location.assign('#initiatives'));
    await waitForText(tracker, '[data-testid="initiative-list"]', 'Licht op de Biltstraat');
    await tracker.locator('.initiative-card__open').click();
    await waitForCount(tracker, '[data-testid="linked-signals"] li', 2);
    await tracker.locator('[data-status="raised"]').click();
    await waitForText(
      tracker,
      '[data-testid="timeline"]',
      'Anna (you) changed the status from Idea to Raised with the municipality',
    );
  });

  it('merges two initiatives', async () => {
    const [, , , fourth] = localPosts;
    assert.ok(fourth, 'x/home needs four local posts');
    await clipWithDialog(tab, fourth.key, { newInitiative: 'Ratten bij de school' });
    await tracker.bringToFront();
    await tracker.evaluate(() => location.assign('#initiatives'));
    await waitForCount(tracker, '.initiative-card', 2);
    await tracker.evaluate(() => {
      const card = [...document.querySelectorAll<HTMLButtonElement>('.initiative-card__open')].find(
        (button) => button.textContent?.includes('Ratten bij de school'),
      );
      card?.click();
    });
    await waitForText(tracker, '[data-testid="initiative-heading"]', 'Ratten bij de school');
    await tracker.$eval('[data-testid="merge-target"]', (select) => {
      const element = select as HTMLSelectElement;
      const option = [...element.options].find((o) => o.text === 'Licht op de Biltstraat');
      element.value = option?.value ?? '';
      element.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await tracker.locator('[data-testid="merge"]').click();
    await waitForText(tracker, '[data-testid="initiative-heading"]', 'Licht op de Biltstraat');
    await waitForCount(tracker, '[data-testid="linked-signals"] li', 3);
    await waitForText(
      tracker,
      '[data-testid="timeline"]',
      'Anna (you) merged "Ratten bij de school" into this initiative',
    );
  });

  it('filters and searches the inbox', async () => {
    await tracker.evaluate(() => location.assign('#signals'));
    await waitForText(tracker, '[data-testid="signal-count"]', '4 signals');
    await tracker.locator('[data-testid="search"]').fill('biltstraat');
    await waitForText(tracker, '[data-testid="signal-count"]', '1 signal');
    await tracker.locator('[data-testid="search"]').fill('');
    await tracker.$eval('[data-testid="filter-triage"]', (select) => {
      (select as HTMLSelectElement).value = 'done';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitForText(tracker, '[data-testid="signal-count"]', '0 signals');
  });

  it('triage from the popup updates the badge', async () => {
    await waitForBadge(tracker, '4');
    await tracker.evaluate(() => location.assign('/popup.html'));
    const popup = await firefox.extensionPage('/popup.html');
    await popup.bringToFront();
    await waitForCount(popup, '[data-testid="popup-signals"] li', 4);
    await popup.locator('[data-testid="acknowledge"]').click();
    await waitForCount(popup, '[data-testid="popup-signals"] li', 3);
    await waitForBadge(popup, '3');
  });
});
