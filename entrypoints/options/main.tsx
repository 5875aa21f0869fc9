import { browser } from 'wxt/browser';
import { Options } from '../../components/Options';
import { mountPage } from '../../components/page';
import type { SiteAccessApi } from '../../components/SiteAccess';
import municipalitiesCsv from '../../lib/data/municipalities.csv?raw';
import { WELCOME_PATH } from '../../lib/pages';
import { municipalityList } from '../../lib/places/municipality-list';
import '../../components/styles.css';
import { VliegwielDatabase } from '../../lib/db/database';
import { eraseLocalData } from '../../lib/db/erase';
import { updateSettings } from '../../lib/settings-store';
import { SITE_ADAPTERS, SOCIAL_SITE_MATCHES } from '../../lib/sites';
import { userGrantedPatterns } from '../../lib/sites/access';
import { SITE_NAMES } from '../../lib/sites/names';
import { optionalDataCollection } from '../../lib/sync/consent';
import { workspaceControls } from '../../lib/sync/controls';

const builtInSites = SITE_ADAPTERS.filter((adapter) => adapter.matches.length > 0).map(
  (adapter) => ({
    name: SITE_NAMES[adapter.site],
    hosts: adapter.matches.map((pattern) =>
      pattern.replace(/^https:\/\//, '').replace(/\/\*$/, ''),
    ),
  }),
);

const newId = () => crypto.randomUUID();
const now = () => new Date();
const municipalities = municipalityList(municipalitiesCsv);

// The page is in the extension origin: it opens the database and talks to the server itself.
const db = new VliegwielDatabase();
const workspace = workspaceControls({
  db,
  fetch: (input, init) => fetch(input, init),
  now,
  newId,
  settings: browser.storage.local,
});

const dataCollection = optionalDataCollection(browser.runtime.getManifest());

/** Sharing with a workspace sends clipped posts and the user's name: Firefox asks first. */
const requestDataSharing = () =>
  dataCollection.length === 0
    ? Promise.resolve(true)
    : browser.permissions.request({
        data_collection: dataCollection,
      } as Parameters<typeof browser.permissions.request>[0]);

const siteAccess: SiteAccessApi = {
  granted: async () =>
    userGrantedPatterns((await browser.permissions.getAll()).origins ?? [], SOCIAL_SITE_MATCHES),
  request: (pattern) => browser.permissions.request({ origins: [pattern] }),
  remove: (pattern) => browser.permissions.remove({ origins: [pattern] }),
  onChange: (listener) => {
    browser.permissions.onAdded.addListener(listener);
    browser.permissions.onRemoved.addListener(listener);
    return () => {
      browser.permissions.onAdded.removeListener(listener);
      browser.permissions.onRemoved.removeListener(listener);
    };
  },
};

void mountPage(
  ({ t, language, settings }) => (
    <Options
      t={t}
      language={language}
      settings={settings}
      municipalities={municipalities}
      onSettingsChange={(change) => updateSettings(browser.storage.local, newId, change)}
      requestNotifications={() => browser.permissions.request({ permissions: ['notifications'] })}
      builtInSites={builtInSites}
      siteAccess={siteAccess}
      openWelcome={() => void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) })}
      eraseLocalData={() => eraseLocalData(db, browser.storage.local)}
      now={now}
      workspace={workspace}
      requestDataSharing={requestDataSharing}
    />
  ),
  ({ t }) => t('optionsTitle'),
);
