import { useState } from 'preact/hooks';
import type { GetMessage } from '../../lib/i18n';
import type { SyncOverview } from '../../lib/sync/overview';
import { ROLES, type Role } from '../../lib/sync/protocol';
import type { WorkspaceAdmin } from '../../lib/sync/workspace';
import { Problem } from '../Problem';
import { adminFailure, ROLE_MESSAGES } from './words';

interface MembersProps {
  t: GetMessage;
  members: SyncOverview['members'];
  /** This browser's member. */
  self: { id: string; role: Role };
  admin: Pick<WorkspaceAdmin, 'changeRole' | 'removeMember'>;
}

/** The workspace's people and their roles; an owner changes roles and removes members. */
export function Members({ t, members, self, admin }: MembersProps) {
  const [removing, setRemoving] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const owner = self.role === 'owner';
  const attempt = (work: Promise<unknown>) => {
    setProblem(null);
    void work.catch((error: unknown) => setProblem(adminFailure(t, error)));
  };
  return (
    <div>
      <h3>{t('membersHeading')}</h3>
      <ul class="site-list" data-testid="members">
        {members.map((member) => {
          const isSelf = member.id === self.id;
          return (
            <li key={member.id} data-testid="member">
              <span>{isSelf ? `${member.name} (${t('you')})` : member.name}</span>
              {owner ? (
                <select
                  aria-label={t('memberRoleLabel', [member.name])}
                  value={member.role}
                  onChange={(event) =>
                    attempt(admin.changeRole(member.id, event.currentTarget.value as Role))
                  }
                >
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {t(ROLE_MESSAGES[role])}
                    </option>
                  ))}
                </select>
              ) : (
                <span class="muted">{t(ROLE_MESSAGES[member.role])}</span>
              )}
              {owner && !isSelf ? (
                <button
                  type="button"
                  class="link-button"
                  aria-label={t('memberRemoveNamed', [member.name])}
                  onClick={() => setRemoving(member.id)}
                >
                  {t('remove')}
                </button>
              ) : null}
              {removing === member.id ? (
                <span class="inline-actions">
                  {t('memberRemoveConfirm', [member.name])}
                  <button
                    type="button"
                    class="secondary small"
                    onClick={() => {
                      setRemoving(null);
                      attempt(admin.removeMember(member.id));
                    }}
                  >
                    {t('remove')}
                  </button>
                  <button type="button" class="link-button" onClick={() => setRemoving(null)}>
                    {t('cancel')}
                  </button>
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      <Problem text={problem} />
    </div>
  );
}
