import { useMemo } from 'preact/hooks';
import type { VliegwielDatabase } from '../lib/db/database';
import { countSignals, newestSignals } from '../lib/db/queries';
import { type GetMessage, signalCount } from '../lib/i18n';
import { SignalItem } from './SignalItem';
import { useLiveQuery } from './useLiveQuery';

const NEWEST_SHOWN = 5;

interface PopupProps {
  db: VliegwielDatabase;
  t: GetMessage;
  language: string;
  onOpenTracker(): void;
  onOpenOptions(): void;
}

export function Popup({ db, t, language, onOpenTracker, onOpenOptions }: PopupProps) {
  const overview = useLiveQuery(
    async () => ({ count: await countSignals(db), newest: await newestSignals(db, NEWEST_SHOWN) }),
    [db],
  );
  const now = useMemo(() => new Date(), [overview]);

  return (
    <main class="popup">
      <header class="popup__header">
        <h1 class="brand">{t('extensionName')}</h1>
        {overview.state === 'ready' ? (
          <p class="popup__count" data-testid="signal-count">
            {signalCount(t, overview.value.count)}
          </p>
        ) : null}
      </header>
      {overview.state === 'loading' ? <p class="muted">{t('loading')}</p> : null}
      {overview.state === 'failed' ? <p class="error">{String(overview.error)}</p> : null}
      {overview.state === 'ready' && overview.value.count === 0 ? (
        <p class="empty">{t('noSignalsYet')}</p>
      ) : null}
      {overview.state === 'ready' && overview.value.count > 0 ? (
        <section aria-labelledby="newest-heading">
          <h2 id="newest-heading" class="section-title">
            {t('newestSignals')}
          </h2>
          <ul class="signal-list">
            {overview.value.newest.map((signal) => (
              <li key={signal.id}>
                <SignalItem
                  signal={signal}
                  t={t}
                  language={language}
                  now={now}
                  excerptLength={140}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <footer class="popup__footer">
        <button type="button" class="link-button" onClick={onOpenOptions}>
          {t('openOptions')}
        </button>
        <button type="button" class="primary" data-testid="open-tracker" onClick={onOpenTracker}>
          {t('openTracker')}
        </button>
      </footer>
    </main>
  );
}
