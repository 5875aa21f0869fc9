import { useEffect, useMemo } from 'preact/hooks';
import type { VliegwielDatabase } from '../lib/db/database';
import { allSignalsNewestFirst } from '../lib/db/queries';
import { type GetMessage, signalCount } from '../lib/i18n';
import { SignalItem } from './SignalItem';
import { useLiveQuery } from './useLiveQuery';

interface TrackerProps {
  db: VliegwielDatabase;
  t: GetMessage;
  language: string;
  /** The signal to bring into view, when the tracker was opened from a clip control. */
  focusSignalId: string | null;
  onOpenOptions(): void;
}

export function Tracker({ db, t, language, focusSignalId, onOpenOptions }: TrackerProps) {
  const signals = useLiveQuery(() => allSignalsNewestFirst(db), [db]);
  const now = useMemo(() => new Date(), [signals]);

  useEffect(() => {
    if (!focusSignalId || signals.state !== 'ready') return;
    document
      .querySelector(`[data-signal-id="${CSS.escape(focusSignalId)}"]`)
      ?.scrollIntoView({ block: 'center' });
  }, [focusSignalId, signals.state]);

  return (
    <main class="tracker">
      <header class="tracker__header">
        <h1 class="brand">{t('trackerTitle')}</h1>
        {signals.state === 'ready' ? (
          <p class="tracker__count" data-testid="signal-count">
            {signalCount(t, signals.value.length)}
          </p>
        ) : null}
        <button type="button" class="link-button tracker__settings" onClick={onOpenOptions}>
          {t('openOptions')}
        </button>
      </header>
      {signals.state === 'loading' ? <p class="muted">{t('loading')}</p> : null}
      {signals.state === 'failed' ? <p class="error">{String(signals.error)}</p> : null}
      {signals.state === 'ready' && signals.value.length === 0 ? (
        <p class="empty">{t('noSignalsYet')}</p>
      ) : null}
      {signals.state === 'ready' && signals.value.length > 0 ? (
        <ul class="signal-list">
          {signals.value.map((signal) => (
            <li key={signal.id}>
              <SignalItem
                signal={signal}
                t={t}
                language={language}
                now={now}
                highlighted={signal.id === focusSignalId}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </main>
  );
}
