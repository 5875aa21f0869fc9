import { useState } from 'preact/hooks';
import { formatCount } from '../../lib/format';
import type { GetMessage, UiLanguage } from '../../lib/i18n';
import { Problem } from '../Problem';
import { adminFailure } from './words';

interface LeaveWorkspaceProps {
  t: GetMessage;
  language: UiLanguage;
  workspaceName: string;
  pending: number;
  /** The server refused this browser already: leaving only forgets the workspace here. */
  refused: boolean;
  leave(): Promise<void>;
}

/** Leaving, after saying what it means: the records stay, unsent changes are not sent. */
export function LeaveWorkspace({
  t,
  language,
  workspaceName,
  pending,
  refused,
  leave,
}: LeaveWorkspaceProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const label = refused ? t('workspaceDisconnect') : t('workspaceLeave');
  if (!confirming) {
    return (
      <div class="actions">
        <button type="button" class="secondary" onClick={() => setConfirming(true)}>
          {label}
        </button>
      </div>
    );
  }
  return (
    <div class="notice" data-testid="leave-confirm">
      <p>
        {t('workspaceLeaveConfirm', [workspaceName])}{' '}
        {pending > 0 ? t('workspaceLeavePending', [formatCount(pending, language)]) : null}
      </p>
      <div class="actions">
        <button
          type="button"
          class="primary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            setProblem(null);
            void leave()
              .catch((error: unknown) => setProblem(adminFailure(t, error)))
              .finally(() => setBusy(false));
          }}
        >
          {t('workspaceLeaveConfirmButton')}
        </button>
        <button type="button" class="link-button" onClick={() => setConfirming(false)}>
          {t('cancel')}
        </button>
      </div>
      <Problem text={problem} />
    </div>
  );
}
