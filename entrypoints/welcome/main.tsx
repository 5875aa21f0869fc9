import { browser } from 'wxt/browser';
import { mountPage } from '../../components/page';
import { Welcome } from '../../components/Welcome';
import '../../components/styles.css';
import { consentChange } from '../../lib/settings';
import { updateSettings } from '../../lib/settings-store';

const newId = () => crypto.randomUUID();

void mountPage(
  ({ t, settings }) => (
    <Welcome
      t={t}
      settings={settings}
      onConsent={(consent) =>
        updateSettings(browser.storage.local, newId, consentChange(consent, new Date()))
      }
      onClose={() => window.close()}
    />
  ),
  ({ t }) => t('welcomeTitle'),
);
