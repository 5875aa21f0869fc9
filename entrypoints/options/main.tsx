import { browser } from 'wxt/browser';
import { Options } from '../../components/Options';
import { mountPage } from '../../components/page';
import type { SiteAccessApi } from '../../components/SiteAccess';
import municipalitiesCsv from '../../lib/data/municipalities.csv?raw';
import { WELCOME_PATH } from '../../lib/pages';
import { municipalityList } from '../../lib/places/municipality-list';
import '../../components/styles.css';
import { updateSettings } from '../../lib/settings-store';
import { SITE_ADAPTERS, SOCIAL_SITE_MATCHES } from '../../lib/sites';
import { userGrantedPatterns } from '../../lib/sites/access';
import { SITE_NAMES } from '../../lib/sites/names';

const builtInSites = SITE_ADAPTERS.filter((adapter) => adapter.matches.length > 0).map(
  (adapter) => ({
    name: SITE_NAMES[adapter.site],
    hosts: adapter.matches.map((pattern) =>
      pattern.replace(/^https:\/\//, '').replace(/\/\*$/, ''),
    ),
  }),
);

const newId = () => crypto.randomUUID();
const municipalities = municipalityList(municipalitiesCsv);

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
      now={() => new Date()}
    />
  ),
  ({ t }) => t('optionsTitle'),
);
