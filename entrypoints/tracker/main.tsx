import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t, uiLanguage } from '../../components/i18n';
import { Tracker } from '../../components/Tracker';
import '../../components/styles.css';
import { VliegwielDatabase } from '../../lib/db/database';
import { signalIdFromHash } from '../../lib/pages';

document.documentElement.lang = uiLanguage();
document.title = t('trackerTitle');
const app = document.getElementById('app');
if (app) {
  render(
    <Tracker
      db={new VliegwielDatabase()}
      t={t}
      language={uiLanguage()}
      focusSignalId={signalIdFromHash(location.hash)}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />,
    app,
  );
}
