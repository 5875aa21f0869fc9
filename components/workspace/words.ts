import type { GetMessage, MessageKey } from '../../lib/i18n';
import { MembershipError } from '../../lib/sync/membership';
import type { Role } from '../../lib/sync/protocol';
import { ServerError } from '../../lib/sync/server-api';
import type { RefusedChange, SyncProblem } from '../../lib/sync/state';

// What went wrong, in the user's words. The server's own message is English and technical: it is
// shown only where it names what the user typed or which record is meant.

export const ROLE_MESSAGES = {
  owner: 'roleOwner',
  moderator: 'roleModerator',
  member: 'roleMember',
} as const satisfies Record<Role, MessageKey>;

const INVITE_REFUSALS: Record<string, MessageKey> = {
  'invite-not-found': 'workspaceInviteUnknown',
  'invite-expired': 'workspaceInviteExpired',
  'invite-revoked': 'workspaceInviteRevoked',
  'invite-used': 'workspaceInviteUsed',
};

/** Why creating or joining a workspace failed. */
export function connectFailure(t: GetMessage, error: unknown): string {
  if (error instanceof MembershipError) {
    return t(
      error.code === 'invalid-server-url' ? 'workspaceInvalidServer' : 'workspaceAlreadyConnected',
    );
  }
  if (!(error instanceof ServerError)) return t('syncProblemLocal', [String(error)]);
  const invite = error.details.code ? INVITE_REFUSALS[error.details.code] : undefined;
  if (invite) return t(invite);
  switch (error.kind) {
    case 'unreachable':
      return t('workspaceServerUnreachable');
    case 'not-found':
    case 'unreadable':
      return t('workspaceNoServer');
    case 'invalid':
      return t('workspaceRefusedInput', [error.message]);
    case 'rate-limited':
      return t('workspaceTooManyRequests');
    default:
      return t('workspaceServerFailed');
  }
}

/** Why a change of members, roles or invites failed. */
export function adminFailure(t: GetMessage, error: unknown): string {
  if (error instanceof ServerError) {
    if (error.details.code === 'last-owner') return t('workspaceLastOwner');
    if (error.kind === 'forbidden') return t('workspaceForbidden');
    if (error.kind === 'unauthorised') {
      return t(
        error.details.code === 'token-expired'
          ? 'syncProblemTokenExpired'
          : 'syncProblemUnauthorised',
      );
    }
  }
  return connectFailure(t, error);
}

/** The sync status's problem, with when it is tried again where that helps. */
export function problemWords(
  t: GetMessage,
  problem: SyncProblem,
  blockedRecord: string | undefined,
  retryAt: string | undefined,
): string {
  switch (problem.kind) {
    case 'unreachable':
      return t('syncProblemUnreachable');
    case 'server':
      return t('syncProblemServer');
    case 'unreadable':
      return t('syncProblemUnreadable');
    case 'rate-limited':
      return t('syncProblemRateLimited', [retryAt ?? '']);
    case 'unauthorised':
      return t(problem.expired ? 'syncProblemTokenExpired' : 'syncProblemUnauthorised');
    case 'refused-change':
      return t('syncProblemRefusedChange', [blockedRecord ?? t('refusedUnnamed'), problem.message]);
    case 'unreadable-change':
      return t('syncProblemUnreadableChange');
    case 'local':
      return t('syncProblemLocal', [problem.message]);
    case 'no-consent':
      return t('syncProblemNoConsent');
  }
}

export const REFUSAL_MESSAGES = {
  forbidden: 'refusedForbidden',
  conflict: 'refusedConflict',
  'too-large': 'refusedTooLarge',
  'left-out': 'refusedLeftOut',
} as const satisfies Record<RefusedChange['reason'], MessageKey>;
