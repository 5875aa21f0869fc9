import { browser } from 'wxt/browser';
import { mountPage } from '../../components/page';
import { Tracker } from '../../components/Tracker';
import '../../components/styles.css';
import { VliegwielDatabase } from '../../lib/db/database';
import { signalIdFromHash } from '../../lib/pages';

const db = new VliegwielDatabase();

void mountPage(
  ({ t, language }) => (
    <Tracker
      db={db}
      t={t}
      language={language}
      focusSignalId={signalIdFromHash(location.hash)}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  ),
  ({ t }) => t('trackerTitle'),
);
