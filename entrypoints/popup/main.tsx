import { browser } from 'wxt/browser';
import { Popup, useLastLook } from '../../components/Popup';
import { mountPage } from '../../components/page';
import '../../components/styles.css';
import municipalitiesCsv from '../../lib/data/municipalities.csv?raw';
import { VliegwielDatabase } from '../../lib/db/database';
import type { GetMessage, UiLanguage } from '../../lib/i18n';
import { TRACKER_PATH, WELCOME_PATH } from '../../lib/pages';
import { municipalityList } from '../../lib/places/municipality-list';
import type { Settings } from '../../lib/settings';
import { actorOf, updateSettings } from '../../lib/settings-store';

const db = new VliegwielDatabase();
const clock = { now: () => new Date(), newId: () => crypto.randomUUID() };
const municipalities = municipalityList(municipalitiesCsv);

function PopupPage({
  settings,
  t,
  language,
}: {
  settings: Settings;
  t: GetMessage;
  language: UiLanguage;
}) {
  const lastLookAt = useLastLook(
    settings,
    (at) => void updateSettings(browser.storage.local, clock.newId, { lastLookAt: at }),
    clock.now,
  );
  return (
    <Popup
      db={db}
      clock={clock}
      actor={actorOf(settings)}
      settings={settings}
      t={t}
      language={language}
      municipalities={municipalities}
      lastLookAt={lastLookAt}
      onOpenTracker={async (hash) => {
        await browser.tabs.create({ url: browser.runtime.getURL(`${TRACKER_PATH}${hash ?? ''}`) });
        window.close();
      }}
      onOpenOptions={async () => {
        await browser.runtime.openOptionsPage();
        window.close();
      }}
      onOpenWelcome={async () => {
        await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
        window.close();
      }}
    />
  );
}

void mountPage(({ t, language, settings }) => (
  <PopupPage settings={settings} t={t} language={language} />
));
