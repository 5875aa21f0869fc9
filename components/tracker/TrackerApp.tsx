import { useEffect, useRef, useState } from 'preact/hooks';
import { type TrackerRoute, trackerHash, trackerRoute } from '../../lib/pages';
import { useTracker } from './context';
import { ExportPanel } from './ExportPanel';
import { Groups } from './Groups';
import { ImportPanel } from './ImportPanel';
import { Inbox } from './Inbox';
import { InitiativePage } from './InitiativePage';
import { Initiatives } from './Initiatives';
import { shownSignals } from './shownSignals';

interface TrackerAppProps {
  onOpenOptions(): void;
}

/** The panel open over the tracker, if any: export (offering the initiative shown) or import. */
type Panel = { kind: 'export'; initiativeId: string | null } | { kind: 'import' };

/**
 * The tracker: signals inbox, initiatives, one initiative. Where the user is lives in the address
 * (#signal=…, #initiatives, #initiative=…), so back and forward work and a clip control can open a
 * signal directly. Export and import open over what is on screen, so the inbox keeps its filter
 * and an export can take what that filter shows.
 */
export function TrackerApp({ onOpenOptions }: TrackerAppProps) {
  const { t } = useTracker();
  const [route, setRoute] = useState<TrackerRoute>(() => trackerRoute(location.hash));
  const searchInput = useRef<HTMLInputElement>(null);
  const [panel, setPanel] = useState<Panel | null>(null);
  const [shown] = useState(shownSignals);

  useEffect(() => {
    const follow = () => setRoute(trackerRoute(location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  useEffect(() => {
    // "/" searches from anywhere, as on most sites with a list to search.
    const onKey = (event: KeyboardEvent) => {
      if (
        event.key !== '/' ||
        (event.target as Element).closest('input, textarea, select, dialog')
      ) {
        return;
      }
      event.preventDefault();
      if (route.view !== 'signals') go({ view: 'signals', signalId: null });
      requestAnimationFrame(() => searchInput.current?.focus());
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [route.view]);

  const go = (next: TrackerRoute) => {
    const hash = trackerHash(next);
    history.pushState(null, '', hash || location.pathname);
    setRoute(next);
  };

  return (
    <div class="tracker-app">
      <header class="topbar">
        <h1 class="brand">{t('extensionName')}</h1>
        <nav class="tabs" aria-label={t('trackerSections')}>
          <a
            href="#signals"
            aria-current={route.view === 'signals' ? 'page' : undefined}
            data-testid="tab-signals"
          >
            {t('signalsTab')}
          </a>
          <a
            href="#initiatives"
            aria-current={
              route.view === 'initiatives' || route.view === 'initiative' ? 'page' : undefined
            }
            data-testid="tab-initiatives"
          >
            {t('initiativesTab')}
          </a>
          <a
            href="#groups"
            aria-current={route.view === 'groups' ? 'page' : undefined}
            data-testid="tab-groups"
          >
            {t('groupsTab')}
          </a>
        </nav>
        <div class="topbar__end">
          <button
            type="button"
            class="secondary small"
            onClick={() =>
              setPanel({
                kind: 'export',
                initiativeId: route.view === 'initiative' ? route.initiativeId : null,
              })
            }
            data-testid="open-export"
          >
            {t('openExport')}
          </button>
          <button
            type="button"
            class="secondary small"
            onClick={() => setPanel({ kind: 'import' })}
            data-testid="open-import"
          >
            {t('openImport')}
          </button>
          <button type="button" class="link-button topbar__settings" onClick={onOpenOptions}>
            {t('openOptions')}
          </button>
        </div>
      </header>
      <main class="tracker-main">
        {route.view === 'signals' ? (
          <Inbox
            openSignalId={route.signalId}
            onOpenSignal={(signalId) => go({ view: 'signals', signalId })}
            onOpenInitiative={(initiativeId) => go({ view: 'initiative', initiativeId })}
            searchInput={searchInput}
            onShownSignals={shown.show}
          />
        ) : null}
        {route.view === 'initiatives' ? (
          <Initiatives
            onOpenInitiative={(initiativeId) => go({ view: 'initiative', initiativeId })}
          />
        ) : null}
        {route.view === 'groups' ? <Groups /> : null}
        {route.view === 'initiative' ? (
          <InitiativePage
            initiativeId={route.initiativeId}
            onOpenInitiative={(initiativeId) => go({ view: 'initiative', initiativeId })}
            onOpenSignal={(signalId) => go({ view: 'signals', signalId })}
            onBack={() => go({ view: 'initiatives' })}
            onExport={() => setPanel({ kind: 'export', initiativeId: route.initiativeId })}
          />
        ) : null}
      </main>
      {panel?.kind === 'export' ? (
        <ExportPanel
          initiativeId={panel.initiativeId}
          shownSignals={shown}
          onClose={() => setPanel(null)}
        />
      ) : null}
      {panel?.kind === 'import' ? <ImportPanel onClose={() => setPanel(null)} /> : null}
    </div>
  );
}
