import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t, uiLanguage } from '../../components/i18n';
import { Popup } from '../../components/Popup';
import '../../components/styles.css';
import { VliegwielDatabase } from '../../lib/db/database';
import { TRACKER_PATH } from '../../lib/pages';

document.documentElement.lang = uiLanguage();
const app = document.getElementById('app');
if (app) {
  render(
    <Popup
      db={new VliegwielDatabase()}
      t={t}
      language={uiLanguage()}
      onOpenTracker={async () => {
        await browser.tabs.create({ url: browser.runtime.getURL(TRACKER_PATH) });
        window.close();
      }}
      onOpenOptions={async () => {
        await browser.runtime.openOptionsPage();
        window.close();
      }}
    />,
    app,
  );
}
