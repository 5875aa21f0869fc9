import { useState } from 'preact/hooks';
import { absoluteTime, formatCount, relativeTime } from '../../lib/format';
import type { GetMessage, UiLanguage } from '../../lib/i18n';
import type { WorkspaceControls } from '../../lib/sync/controls';
import type { SyncOverview } from '../../lib/sync/overview';
import { problemWords, REFUSAL_MESSAGES } from './words';

interface SyncStateProps {
  t: GetMessage;
  language: UiLanguage;
  overview: SyncOverview;
  controls: Pick<WorkspaceControls, 'syncNow' | 'leaveOutBlockedChange' | 'dismissRefusedChanges'>;
  /** Asks the browser for consent to send data; must run straight from the user's click. */
  requestDataSharing(): Promise<boolean>;
  now(): Date;
}

/** When it last synced, what waits, what went wrong, and "sync now". */
export function SyncState({
  t,
  language,
  overview,
  controls,
  requestDataSharing,
  now,
}: SyncStateProps) {
  const [busy, setBusy] = useState(false);
  const { status, pending, refused } = overview;
  const problem = status?.problem;
  const stopped = overview.connection?.refusedAt !== undefined;
  const syncNow = () => {
    const consent = requestDataSharing();
    setBusy(true);
    void consent.then((granted) => controls.syncNow(granted)).finally(() => setBusy(false));
  };
  return (
    <div class="sync-state" data-testid="sync-state">
      <p data-testid="sync-last">
        {status?.lastSyncedAt
          ? t('syncLastSynced', [relativeTime(status.lastSyncedAt, now(), language)])
          : t('syncNever')}
      </p>
      <p data-testid="sync-pending">
        {pending === 0
          ? t('syncNothingPending')
          : pending === 1
            ? t('syncPendingOne')
            : t('syncPendingOther', [formatCount(pending, language)])}
      </p>
      {problem ? (
        <p class="error" role="alert" data-testid="sync-problem">
          {problemWords(
            t,
            problem,
            overview.blockedRecord,
            status?.retryAt ? absoluteTime(status.retryAt, language) : undefined,
          )}
        </p>
      ) : null}
      <div class="actions">
        {stopped ? null : (
          <button
            type="button"
            class="secondary"
            disabled={busy}
            onClick={syncNow}
            data-testid="sync-now"
          >
            {busy ? t('syncBusy') : t('syncNow')}
          </button>
        )}
        {problem?.kind === 'refused-change' ? (
          <button
            type="button"
            class="link-button"
            onClick={() => void controls.leaveOutBlockedChange()}
            data-testid="leave-out"
          >
            {t('syncLeaveOut')}
          </button>
        ) : null}
      </div>
      {refused.length > 0 ? (
        <div data-testid="refused-changes">
          <h3>{t('refusedHeading')}</h3>
          <p class="muted">{t('refusedIntro')}</p>
          <ul class="site-list">
            {refused.map((change) => (
              <li key={change.id}>
                {t('refusedItem', [
                  change.record ?? t('refusedUnnamed'),
                  t(REFUSAL_MESSAGES[change.reason]),
                ])}
              </li>
            ))}
          </ul>
          <button
            type="button"
            class="link-button"
            onClick={() => void controls.dismissRefusedChanges()}
          >
            {t('refusedDismiss')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
