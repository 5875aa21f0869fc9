import { useState } from 'preact/hooks';
import { formatCount } from '../../lib/format';
import type { GetMessage, UiLanguage } from '../../lib/i18n';
import type { ConnectRequest } from '../../lib/sync/membership';
import type { SyncOverview } from '../../lib/sync/overview';
import { parseServerUrl } from '../../lib/sync/server-api';
import { Problem } from '../Problem';
import { connectFailure } from './words';

export interface ConnectFormProps {
  t: GetMessage;
  language: UiLanguage;
  kind: ConnectRequest['kind'];
  local: SyncOverview['local'];
  defaultMemberName: string;
  connect(request: ConnectRequest): Promise<void>;
  /** Asks the browser for consent to send data; must run straight from the user's click. */
  requestDataSharing(): Promise<boolean>;
}

/** Creating a workspace, or joining one with an invite code: the same form but for one field. */
export function ConnectForm({
  t,
  language,
  kind,
  local,
  defaultMemberName,
  connect,
  requestDataSharing,
}: ConnectFormProps) {
  const [serverUrl, setServerUrl] = useState('');
  const [subject, setSubject] = useState('');
  const [memberName, setMemberName] = useState(defaultMemberName);
  const [shareExisting, setShareExisting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: Event) => {
    event.preventDefault();
    if (!serverUrl.trim() || !subject.trim() || !memberName.trim()) {
      setProblem(t('workspaceFieldsMissing'));
      return;
    }
    if (!parseServerUrl(serverUrl).ok) {
      setProblem(t('workspaceInvalidServer'));
      return;
    }
    setProblem(null);
    // Asked before anything else awaits: browsers only show the question during the click.
    const consent = requestDataSharing();
    setBusy(true);
    void consent
      .then(async (granted) => {
        if (!granted) {
          setProblem(t('workspaceConsentRefused'));
          return;
        }
        const joining = { serverUrl, memberName, shareExisting };
        await connect(
          kind === 'create'
            ? { kind, workspaceName: subject, ...joining }
            : { kind, code: subject, ...joining },
        );
      })
      .catch((error: unknown) => setProblem(connectFailure(t, error)))
      .finally(() => setBusy(false));
  };

  return (
    <form class="workspace-form" onSubmit={submit} noValidate data-testid={`workspace-${kind}`}>
      <h3>{t(kind === 'create' ? 'workspaceCreateHeading' : 'workspaceJoinHeading')}</h3>
      <label class="field field--stacked">
        {t('workspaceServerLabel')}
        <input
          name="server"
          type="text"
          inputMode="url"
          autoComplete="url"
          placeholder="sync.example.org"
          value={serverUrl}
          onInput={(event) => setServerUrl(event.currentTarget.value)}
        />
      </label>
      <label class="field field--stacked">
        {t(kind === 'create' ? 'workspaceNameLabel' : 'workspaceCodeLabel')}
        <input
          name={kind === 'create' ? 'workspace' : 'code'}
          type="text"
          autoComplete="off"
          maxLength={kind === 'create' ? 200 : 100}
          value={subject}
          onInput={(event) => setSubject(event.currentTarget.value)}
        />
      </label>
      <label class="field field--stacked">
        {t('workspaceMemberNameLabel')}
        <input
          name="member"
          type="text"
          autoComplete="name"
          maxLength={100}
          value={memberName}
          onInput={(event) => setMemberName(event.currentTarget.value)}
        />
      </label>
      <label class="field field--check">
        <input
          type="checkbox"
          name="share"
          checked={shareExisting}
          onChange={(event) => setShareExisting(event.currentTarget.checked)}
        />{' '}
        {t('workspaceShareExisting', [
          formatCount(local.signals, language),
          formatCount(local.initiatives, language),
          formatCount(local.groups, language),
        ])}
      </label>
      <p class="muted">{t('workspaceShareExistingHelp')}</p>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {busy
            ? t('workspaceConnecting')
            : t(kind === 'create' ? 'workspaceCreate' : 'workspaceJoin')}
        </button>
      </div>
      <Problem text={problem} />
    </form>
  );
}
