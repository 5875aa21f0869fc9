import { test as base, expect } from '@playwright/test';
import { TRACKER_PATH } from '../../lib/pages';
import { fixture } from '../support/fixtures';
import { changeSettings, clipControl, ExtensionBrowser } from './harness';

const test = base.extend<{ extension: ExtensionBrowser }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's needs from this pattern
  extension: async ({}, use) => {
    const browser = await ExtensionBrowser.launch();
    await changeSettings(browser, { memberName: 'Anna', language: 'nl' });
    await use(browser);
    await browser.close();
  },
});

const home = fixture('mastodon/home');
/** "Geluidsoverlast café Hertogstraat, Nijmegen: …": a street and a town. */
const NOISE = 'mastodon:mastodon.nl/@fenna_nijmegen/117311108808715278';

async function openDialog(browser: ExtensionBrowser) {
  const tab = await browser.open(home.url);
  const control = clipControl(tab, NOISE);
  await control.hover();
  await control.locator('[data-vliegwiel-adjust]').click();
  return control.locator('[data-vliegwiel-correction]');
}

test('the clip dialog names the municipality and the body to contact first, and a group registered in that town', async ({
  extension: browser,
}) => {
  const dialog = await openDialog(browser);
  const suggested = dialog.locator('[data-vliegwiel-suggestions]');
  await expect(suggested).toContainText('Hertogstraat, Nijmegen (genoemd in het bericht)');
  // Noise from a café is the municipality's to act on (its enforcement officers).
  await expect(suggested.locator('li[data-contact-kind]').first()).toContainText(
    'Gemeente Nijmegen',
  );
  await expect(suggested.locator('li[data-contact-kind]').first()).toContainText(
    'behandelt Overlast in Nijmegen',
  );
  await expect(dialog.locator('[name="municipality"]')).toHaveAttribute('placeholder', 'Nijmegen');

  const tracker = await browser.open(browser.extensionUrl(`${TRACKER_PATH}#groups`));
  await tracker.getByText('Groep aanmelden').first().click();
  await tracker.getByTestId('group-name').fill('Bewonersgroep Benedenstad');
  await tracker.getByTestId('group-municipality').fill('Nijmegen');
  await tracker.getByLabel('Overlast').check();
  await tracker.getByTestId('save-group').click();
  await expect(tracker.getByTestId('group-list')).toContainText('Bewonersgroep Benedenstad');

  const again = await openDialog(browser);
  await expect(again.locator('[data-vliegwiel-groups]')).toContainText('Bewonersgroep Benedenstad');
});

test('the explanation gives the verdict at once and the words behind it from the background', async ({
  extension: browser,
}) => {
  const tab = await browser.open(home.url);
  const control = clipControl(tab, NOISE);
  await control.hover();
  await control.locator('[data-vliegwiel-why]').click();
  const explanation = control.locator('[data-vliegwiel-explanation]');
  await expect(explanation).toContainText('Lokaal probleem');
  await expect(explanation).not.toHaveAttribute('aria-busy', 'true');
  await expect(explanation.locator('li').first()).toHaveText('geluidsoverlast (Overlast)');
  await expect(explanation).toContainText('hertogstraat');
  // The page's verdict knows the places the post names, as its clip does.
  await expect(explanation.locator('li')).toContainText(['Nijmegen']);
});
