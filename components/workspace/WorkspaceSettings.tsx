import { useState } from 'preact/hooks';
import type { GetMessage } from '../../lib/i18n';
import type { WorkspaceControls } from '../../lib/sync/controls';
import type { WorkspaceSettings as Settings } from '../../lib/sync/protocol';
import { Problem } from '../Problem';
import { adminFailure } from './words';

/** The server keeps signals at most this long (ten years). */
const MAX_RETENTION_DAYS = 3650;
/** What the days field offers when an owner first limits how long signals are kept. */
const SUGGESTED_RETENTION_DAYS = 365;

interface WorkspaceSettingsProps {
  t: GetMessage;
  settings: Settings;
  /** Only owners change the settings; everyone sees them. */
  owner: boolean;
  changeSettings: WorkspaceControls['changeSettings'];
  /** Asks the browser for consent to send data; must run straight from the user's click. */
  requestDataSharing(): Promise<boolean>;
}

/** How the workspace treats the people whose posts are clipped, in plain words. */
export function WorkspaceSettings({ t, settings, owner, ...change }: WorkspaceSettingsProps) {
  return (
    <div data-testid="workspace-settings">
      <h3>{t('workspaceSettingsHeading')}</h3>
      <p data-testid="settings-authors">
        {t(
          settings.pseudonymiseAuthors ? 'workspaceAuthorsPseudonymised' : 'workspaceAuthorsShared',
        )}
      </p>
      <p data-testid="settings-retention">
        {settings.retentionDays === null
          ? t('workspaceRetentionForever')
          : t('workspaceRetentionDays', [String(settings.retentionDays)])}
      </p>
      {owner ? (
        // A change made elsewhere (another owner) starts the form again from it.
        <SettingsForm key={JSON.stringify(settings)} t={t} settings={settings} {...change} />
      ) : (
        <p class="muted">{t('workspaceSettingsOwnersOnly')}</p>
      )}
    </div>
  );
}

function SettingsForm({
  t,
  settings,
  changeSettings,
  requestDataSharing,
}: Omit<WorkspaceSettingsProps, 'owner'>) {
  const [pseudonymise, setPseudonymise] = useState(settings.pseudonymiseAuthors);
  const [limited, setLimited] = useState(settings.retentionDays !== null);
  const [days, setDays] = useState(String(settings.retentionDays ?? SUGGESTED_RETENTION_DAYS));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const save = (event: Event) => {
    event.preventDefault();
    const retentionDays = limited ? Number(days.trim()) : null;
    if (
      retentionDays !== null &&
      (!/^\d+$/.test(days.trim()) || retentionDays < 1 || retentionDays > MAX_RETENTION_DAYS)
    ) {
      setProblem(t('workspaceRetentionInvalid'));
      return;
    }
    setProblem(null);
    // Asked before anything else awaits: browsers only show the question during the click.
    const consent = requestDataSharing();
    setBusy(true);
    void consent
      .then((granted) =>
        changeSettings({ pseudonymiseAuthors: pseudonymise, retentionDays }, granted),
      )
      .catch((error: unknown) => setProblem(adminFailure(t, error)))
      .finally(() => setBusy(false));
  };

  return (
    <form onSubmit={save} noValidate data-testid="settings-form">
      <label class="field field--check">
        <input
          type="checkbox"
          name="pseudonymise"
          checked={pseudonymise}
          onChange={(event) => setPseudonymise(event.currentTarget.checked)}
        />{' '}
        {t('workspacePseudonymiseLabel')}
      </label>
      {settings.pseudonymiseAuthors ? null : <p class="muted">{t('workspacePseudonymiseHelp')}</p>}
      <fieldset>
        <legend>{t('workspaceRetentionLabel')}</legend>
        <label class="field field--check">
          <input
            type="radio"
            name="retention"
            value="forever"
            checked={!limited}
            onChange={() => setLimited(false)}
          />{' '}
          {t('workspaceRetentionKeepForever')}
        </label>
        <label class="field field--check">
          <input
            type="radio"
            name="retention"
            value="days"
            checked={limited}
            onChange={() => setLimited(true)}
          />{' '}
          {t('workspaceRetentionKeepDays')}
        </label>
        <label class="field">
          {t('workspaceRetentionDaysLabel')}{' '}
          <input
            name="days"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_RETENTION_DAYS}
            disabled={!limited}
            value={days}
            onInput={(event) => setDays(event.currentTarget.value)}
          />
        </label>
      </fieldset>
      <div class="actions">
        <button type="submit" class="secondary" disabled={busy}>
          {t('workspaceSettingsSave')}
        </button>
      </div>
      <Problem text={problem} />
    </form>
  );
}
