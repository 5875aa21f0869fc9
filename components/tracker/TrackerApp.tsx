import { useEffect, useRef, useState } from 'preact/hooks';
import { type TrackerRoute, trackerHash, trackerRoute } from '../../lib/pages';
import { useTracker } from './context';
import { Groups } from './Groups';
import { Inbox } from './Inbox';
import { InitiativePage } from './InitiativePage';
import { Initiatives } from './Initiatives';

interface TrackerAppProps {
  onOpenOptions(): void;
}

/**
 * The tracker: signals inbox, initiatives, one initiative. Where the user is lives in the address
 * (#signal=…, #initiatives, #initiative=…), so back and forward work and a clip control can open a
 * signal directly.
 */
export function TrackerApp({ onOpenOptions }: TrackerAppProps) {
  const { t } = useTracker();
  const [route, setRoute] = useState<TrackerRoute>(() => trackerRoute(location.hash));
  const searchInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const follow = () => setRoute(trackerRoute(location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  useEffect(() => {
    // "/" searches from anywhere, as on most sites with a list to search.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || (event.target as Element).closest('input, textarea, select')) return;
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
        <button type="button" class="link-button topbar__settings" onClick={onOpenOptions}>
          {t('openOptions')}
        </button>
      </header>
      <main class="tracker-main">
        {route.view === 'signals' ? (
          <Inbox
            openSignalId={route.signalId}
            onOpenSignal={(signalId) => go({ view: 'signals', signalId })}
            onOpenInitiative={(initiativeId) => go({ view: 'initiative', initiativeId })}
            searchInput={searchInput}
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
          />
        ) : null}
      </main>
    </div>
  );
}
