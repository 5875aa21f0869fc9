import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { mountPage } from '../../components/page';
import '../../components/styles.css';
import { VliegwielDatabase } from '../../lib/db/database';
import { TRACKER_PATH } from '../../lib/pages';

const db = new VliegwielDatabase();

void mountPage(({ t, language }) => (
  <Popup
    db={db}
    t={t}
    language={language}
    onOpenTracker={async () => {
      await browser.tabs.create({ url: browser.runtime.getURL(TRACKER_PATH) });
      window.close();
    }}
    onOpenOptions={async () => {
      await browser.runtime.openOptionsPage();
      window.close();
    }}
  />
));
