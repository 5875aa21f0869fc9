import { browser } from 'wxt/browser';
import { mountPage } from '../../components/page';
import '../../components/styles.css';
import { TrackerContext } from '../../components/tracker/context';
import { TrackerApp } from '../../components/tracker/TrackerApp';
import municipalitiesCsv from '../../lib/data/municipalities.csv?raw';
import { VliegwielDatabase } from '../../lib/db/database';
import { request } from '../../lib/messaging/client';
import { municipalityList } from '../../lib/places/municipality-list';
import { actorOf } from '../../lib/settings-store';
import { trackerFiles } from './files';

const db = new VliegwielDatabase();
const clock = { now: () => new Date(), newId: () => crypto.randomUUID() };
const municipalities = municipalityList(municipalitiesCsv);
const send = (message: unknown) => browser.runtime.sendMessage(message);
const files = trackerFiles();

void mountPage(
  ({ t, language, settings }) => (
    <TrackerContext.Provider
      value={{
        db,
        clock,
        actor: actorOf(settings),
        settings,
        t,
        language,
        municipalities,
        now: clock.now,
        requestSuggestions: async (subject) => {
          const answer = await request(send, { type: 'suggestions', ...subject });
          return answer.ok ? answer.result : null;
        },
        files,
      }}
    >
      <TrackerApp onOpenOptions={() => void browser.runtime.openOptionsPage()} />
    </TrackerContext.Provider>
  ),
  ({ t }) => t('trackerTitle'),
);
