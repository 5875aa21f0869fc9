import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t, uiLanguage } from '../../components/i18n';
import { Options } from '../../components/Options';
import '../../components/styles.css';
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

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
const app = document.getElementById('app');
if (app) {
  render(
    <Options
      t={t}
      builtInSites={builtInSites}
      siteAccess={{
        granted: async () =>
          userGrantedPatterns(
            (await browser.permissions.getAll()).origins ?? [],
            SOCIAL_SITE_MATCHES,
          ),
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
      }}
    />,
    app,
  );
}
