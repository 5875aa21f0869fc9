import { useEffect, useState } from 'preact/hooks';
import { absoluteTime } from '../../lib/format';
import type { GetMessage, UiLanguage } from '../../lib/i18n';
import type { Invite, Role } from '../../lib/sync/protocol';
import type { WorkspaceAdmin } from '../../lib/sync/workspace';
import { Problem } from '../Problem';
import { adminFailure, ROLE_MESSAGES } from './words';

interface InvitesProps {
  t: GetMessage;
  language: UiLanguage;
  serverUrl: string;
  /** Owners invite any role; moderators invite moderators and members. */
  ownRole: Role;
  admin: Pick<WorkspaceAdmin, 'createInvite' | 'listInvites' | 'revokeInvite'>;
}

export function Invites({ t, language, serverUrl, ownRole, admin }: InvitesProps) {
  const roles: Role[] =
    ownRole === 'owner' ? ['member', 'moderator', 'owner'] : ['member', 'moderator'];
  const [role, setRole] = useState<Role>('member');
  const [created, setCreated] = useState<Invite | null>(null);
  const [open, setOpen] = useState<Invite[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  const refresh = () =>
    admin
      .listInvites()
      .then(setOpen)
      .catch((error: unknown) => setProblem(adminFailure(t, error)));
  useEffect(() => {
    void refresh();
  }, [admin]);

  const attempt = (work: Promise<unknown>) => {
    setProblem(null);
    void work.then(refresh).catch((error: unknown) => setProblem(adminFailure(t, error)));
  };
  const when = (invite: Invite) => absoluteTime(invite.expiresAt, language);

  return (
    <div data-testid="invites">
      <h3>{t('invitesHeading')}</h3>
      <form
        class="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          attempt(admin.createInvite(role).then(setCreated));
        }}
      >
        <label>
          {t('inviteRoleLabel')}{' '}
          <select
            value={role}
            onChange={(event) => setRole(event.currentTarget.value as Role)}
            data-testid="invite-role"
          >
            {roles.map((choice) => (
              <option key={choice} value={choice}>
                {t(ROLE_MESSAGES[choice])}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="secondary">
          {t('inviteCreate')}
        </button>
      </form>
      {created ? (
        <p class="notice" data-testid="invite-created">
          <code data-testid="invite-code">{created.code}</code>{' '}
          {t('inviteCreated', [serverUrl, when(created)])}
        </p>
      ) : null}
      {open.length > 0 ? (
        <>
          <h3>{t('invitesOpen')}</h3>
          <ul class="site-list" data-testid="open-invites">
            {open.map((invite) => (
              <li key={invite.code}>
                <code>{invite.code}</code>
                <span class="muted">
                  {t('inviteUntil', [t(ROLE_MESSAGES[invite.role]), when(invite)])}
                </span>
                <button
                  type="button"
                  class="link-button"
                  onClick={() => attempt(admin.revokeInvite(invite.code))}
                >
                  {t('inviteRevoke')}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Problem text={problem} />
    </div>
  );
}
