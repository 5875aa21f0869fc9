// Runs in the popup benchmark page (bundled by scripts/bench/tracker.ts): fills the extension's
// database, then renders the real Popup component on it, as the popup page mounts it, and times
// its first content.
import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { VliegwielDatabase } from '../../lib/db/database';
import { InboxSnapshot } from '../../lib/db/inbox-snapshot';
import type { MessageKey } from '../../lib/i18n';
import { type Settings, settingsFrom } from '../../lib/settings';
import { type FillInput, fillDatabase, median, timed } from './signals-page';

export interface PopupCase {
  name: string;
  watched: Pick<Settings, 'watchedAreas' | 'watchedTopics'>;
}

export interface PopupFigures {
  name: string;
  /** The count the popup shows. */
  count: number;
  /** Median milliseconds from mounting (with a new database connection) to the first signals. */
  firstContentMs: number;
}

declare global {
  interface Window {
    fillPopup(input: FillInput): Promise<number>;
    timePopup(cases: PopupCase[], runs: number): Promise<PopupFigures[]>;
    timeSnapshotLoad(runs: number): Promise<number>;
  }
}

const DATABASE = 'vliegwiel-popup-bench';
const t = (key: MessageKey, substitutions?: string[]) =>
  substitutions ? `${key} ${substitutions.join(' ')}` : key;

window.fillPopup = (input) => fillDatabase(DATABASE, input);

/** Resolves once `root` shows a signal, or says there is none. */
function firstContent(root: HTMLElement): Promise<void> {
  const shown = () => root.querySelector('.monitor-signal, .empty') !== null;
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

window.timePopup = async (cases, runs) => {
  const figures: PopupFigures[] = [];
  for (const { name, watched } of cases) {
    const times: number[] = [];
    let count = 0;
    for (let run = 0; run < runs; run++) {
      const root = document.createElement('div');
      document.body.append(root);
      const db = new VliegwielDatabase(DATABASE);
      const settings = { ...settingsFrom({}, 'member-bench'), ...watched };
      const [ms] = await timed(async () => {
        const shown = firstContent(root);
        render(
          <Popup
            db={db}
            clock={{ now: () => new Date(), newId: () => crypto.randomUUID() }}
            actor={{ id: 'member-bench' }}
            settings={settings}
            t={t}
            language="nl"
            municipalities={[]}
            lastLookAt={undefined}
            onOpenTracker={() => {}}
            onOpenOptions={() => {}}
            onOpenWelcome={() => {}}
          />,
          root,
        );
        await shown;
      });
      times.push(ms);
      // The count is written as the language writes numbers: "4,497 signals".
      const shownCount = root.querySelector('[data-testid="signal-count"]')?.textContent ?? '';
      count = Number(shownCount.match(/\d[\d.,]*/)?.[0].replace(/\D/g, ''));
      render(null, root);
      root.remove();
      db.close();
    }
    figures.push({ name, count, firstContentMs: median(times) });
  }
  return figures;
};

/** What the popup would pay first if it used the tracker's snapshot instead. */
window.timeSnapshotLoad = async (runs) => {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const db = new VliegwielDatabase(DATABASE);
    const [ms, snapshot] = await timed(() => InboxSnapshot.open(db));
    times.push(ms);
    snapshot.close();
    db.close();
  }
  return median(times);
};
