import type { GetMessage, UiLanguage } from '../lib/i18n';
import type { WorkspaceControls } from '../lib/sync/controls';
import type { SyncOverview } from '../lib/sync/overview';
import { useLiveQuery } from './useLiveQuery';
import { ConnectForm } from './workspace/ConnectForm';
import { Invites } from './workspace/Invites';
import { LeaveWorkspace } from './workspace/LeaveWorkspace';
import { Members } from './workspace/Members';
import { SyncState } from './workspace/SyncState';
import { WorkspaceSettings } from './workspace/WorkspaceSettings';
import { ROLE_MESSAGES } from './workspace/words';

export interface WorkspaceProps {
  t: GetMessage;
  language: UiLanguage;
  controls: WorkspaceControls;
  /** Asks the browser for consent to send data (Firefox); must run straight from the user's click. */
  requestDataSharing(): Promise<boolean>;
  /** The name from the settings, offered as the name in the workspace. */
  memberName?: string;
  now(): Date;
}

/** The options page's workspace section: create or join one, or the one this browser is in. */
export function WorkspaceSection(props: WorkspaceProps) {
  const { t, controls } = props;
  const overview = useLiveQuery(() => controls.overview(), [controls]);
  return (
    <section aria-labelledby="workspace-heading" class="card" data-testid="workspace">
      <h2 id="workspace-heading">{t('workspaceHeading')}</h2>
      {overview.state === 'ready' ? (
        overview.value.connection ? (
          <ConnectedWorkspace {...props} overview={overview.value} />
        ) : (
          <>
            <p>{t('workspaceIntro')}</p>
            <div class="workspace-forms">
              {(['create', 'join'] as const).map((kind) => (
                <ConnectForm
                  key={kind}
                  t={t}
                  language={props.language}
                  kind={kind}
                  local={overview.value.local}
                  defaultMemberName={props.memberName ?? ''}
                  connect={controls.connect}
                  requestDataSharing={props.requestDataSharing}
                />
              ))}
            </div>
          </>
        )
      ) : null}
    </section>
  );
}

function ConnectedWorkspace({
  t,
  language,
  controls,
  requestDataSharing,
  now,
  overview,
}: WorkspaceProps & { overview: SyncOverview }) {
  const connection = overview.connection;
  if (!connection) return null;
  const { member, workspace } = connection;
  const refused = connection.refusedAt !== undefined;
  const moderates = member.role === 'owner' || member.role === 'moderator';
  return (
    <>
      <p data-testid="workspace-name">
        {t('workspaceConnectedTo', [workspace.name, connection.serverUrl])}
      </p>
      <p>{t('workspaceYouAre', [member.name, t(ROLE_MESSAGES[member.role])])}</p>
      <SyncState
        t={t}
        language={language}
        overview={overview}
        controls={controls}
        requestDataSharing={requestDataSharing}
        now={now}
      />
      {refused ? null : (
        <>
          <Members t={t} members={overview.members} self={member} admin={controls.admin} />
          {connection.settings ? (
            <WorkspaceSettings
              t={t}
              settings={connection.settings}
              owner={member.role === 'owner'}
              changeSettings={controls.changeSettings}
              requestDataSharing={requestDataSharing}
            />
          ) : null}
          {moderates ? (
            <Invites
              t={t}
              language={language}
              serverUrl={connection.serverUrl}
              ownRole={member.role}
              admin={controls.admin}
            />
          ) : null}
        </>
      )}
      <LeaveWorkspace
        t={t}
        language={language}
        workspaceName={workspace.name}
        pending={overview.pending}
        refused={refused}
        leave={controls.leave}
      />
    </>
  );
}
