import { randomBytes, randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { type Caller, insertToken } from './auth';
import { ApiError } from './http';
import { lockWorkspace } from './records';
import type {
  changeWorkspaceSchema,
  createInviteSchema,
  createWorkspaceSchema,
  joinSchema,
  Role,
} from './schemas';
import type { Queryable, Storage } from './storage';

const DAY_MS = 86_400_000;

export interface MemberView {
  id: string;
  name: string;
  role: Role;
}

export async function createWorkspace(
  storage: Storage,
  input: z.infer<typeof createWorkspaceSchema>,
  now: Date,
) {
  const workspace = { id: randomUUID(), name: input.name };
  const member: MemberView = { id: randomUUID(), name: input.memberName, role: 'owner' };
  const token = await storage.transaction(async (tx) => {
    await tx.query(
      'INSERT INTO workspaces (id, name, created_at, pseudonym_key) VALUES ($1, $2, $3, $4)',
      [workspace.id, workspace.name, now.toISOString(), randomBytes(32).toString('base64url')],
    );
    await insertMember(tx, workspace.id, member, now);
    return insertToken(tx, member.id, now);
  });
  return { workspace, member, token };
}

async function insertMember(tx: Queryable, workspaceId: string, member: MemberView, now: Date) {
  await tx.query(
    'INSERT INTO members (id, workspace_id, name, role, joined_at) VALUES ($1, $2, $3, $4, $5)',
    [member.id, workspaceId, member.name, member.role, now.toISOString()],
  );
}

function requireRole(caller: Caller, roles: Role[], what: string) {
  if (!roles.includes(caller.role)) {
    throw new ApiError(403, 'forbidden', `only ${roles.join(' or ')}s ${what}`);
  }
}

export async function createInvite(
  storage: Storage,
  caller: Caller,
  input: z.infer<typeof createInviteSchema>,
  now: Date,
) {
  requireRole(caller, ['owner', 'moderator'], 'invite');
  if (input.role === 'owner' && caller.role !== 'owner') {
    throw new ApiError(403, 'forbidden', 'only owners invite owners');
  }
  const code = randomBytes(16).toString('base64url');
  const expiresAt = new Date(now.getTime() + input.expiresInDays * DAY_MS).toISOString();
  await storage.query(
    `INSERT INTO invites (code, workspace_id, role, created_by, created_at, expires_at, max_uses)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      code,
      caller.workspaceId,
      input.role,
      caller.memberId,
      now.toISOString(),
      expiresAt,
      input.maxUses,
    ],
  );
  return { code, role: input.role, expiresAt, maxUses: input.maxUses };
}

/** Invites that can still be used: not revoked, not expired, uses left. */
export async function listInvites(storage: Storage, caller: Caller, now: Date) {
  requireRole(caller, ['owner', 'moderator'], 'see invites');
  const rows = await storage.query<{
    code: string;
    role: Role;
    expires_at: Date;
    max_uses: number;
    uses: number;
    created_by: string;
  }>(
    `SELECT code, role, expires_at, max_uses, uses, created_by
       FROM invites
      WHERE workspace_id = $1 AND revoked_at IS NULL AND expires_at > $2 AND uses < max_uses
      ORDER BY created_at, code`,
    [caller.workspaceId, now.toISOString()],
  );
  return rows.map((row) => ({
    code: row.code,
    role: row.role,
    expiresAt: row.expires_at.toISOString(),
    maxUses: row.max_uses,
    uses: row.uses,
    createdBy: row.created_by,
  }));
}

export async function revokeInvite(storage: Storage, caller: Caller, code: string, now: Date) {
  requireRole(caller, ['owner', 'moderator'], 'revoke invites');
  const rows = await storage.query(
    `UPDATE invites SET revoked_at = coalesce(revoked_at, $3)
      WHERE code = $1 AND workspace_id = $2
  RETURNING code`,
    [code, caller.workspaceId, now.toISOString()],
  );
  if (rows.length === 0) throw new ApiError(404, 'not-found', 'no such invite in this workspace');
}

/**
 * Uses an invite and adds the member. Taking a use is one conditional UPDATE, so concurrent joins
 * never use an invite more often than allowed.
 */
export async function join(storage: Storage, input: z.infer<typeof joinSchema>, now: Date) {
  return storage.transaction(async (tx) => {
    const [invite] = await tx.query<{ workspace_id: string; role: Role; name: string }>(
      `UPDATE invites AS i SET uses = i.uses + 1
         FROM workspaces AS w
        WHERE i.code = $1 AND w.id = i.workspace_id
          AND i.revoked_at IS NULL AND i.expires_at > $2 AND i.uses < i.max_uses
    RETURNING i.workspace_id, i.role, w.name`,
      [input.code, now.toISOString()],
    );
    if (!invite) throw await unusableInvite(tx, input.code, now);
    const member: MemberView = { id: randomUUID(), name: input.memberName, role: invite.role };
    await insertMember(tx, invite.workspace_id, member, now);
    const token = await insertToken(tx, member.id, now);
    return { workspace: { id: invite.workspace_id, name: invite.name }, member, token };
  });
}

/** Why an invite cannot be used, so the person joining knows whether to ask for a new one. */
async function unusableInvite(tx: Queryable, code: string, now: Date) {
  const [invite] = await tx.query<{
    revoked: boolean;
    expired: boolean;
  }>(
    `SELECT revoked_at IS NOT NULL AS revoked, expires_at <= $2 AS expired
       FROM invites WHERE code = $1`,
    [code, now.toISOString()],
  );
  if (!invite) return new ApiError(404, 'invite-not-found', 'no invite has this code');
  if (invite.revoked) return new ApiError(404, 'invite-revoked', 'this invite was revoked');
  if (invite.expired) return new ApiError(404, 'invite-expired', 'this invite has expired');
  return new ApiError(404, 'invite-used', 'this invite has been used as often as it allows');
}

/**
 * The workspace, its settings and the key its members pseudonymise authors with, the caller, and
 * the current members.
 */
export async function describeWorkspace(storage: Storage, caller: Caller) {
  const [workspace] = await storage.query<{
    id: string;
    name: string;
    pseudonymise_authors: boolean;
    retention_days: number | null;
    pseudonym_key: string;
  }>(
    `SELECT id, name, pseudonymise_authors, retention_days, pseudonym_key
       FROM workspaces WHERE id = $1`,
    [caller.workspaceId],
  );
  if (!workspace) throw new Error(`workspace ${caller.workspaceId} does not exist`);
  const members = await storage.query<MemberView>(
    `SELECT id, name, role FROM members
      WHERE workspace_id = $1 AND removed_at IS NULL
      ORDER BY array_position(ARRAY['owner', 'moderator', 'member'], role), name, id`,
    [caller.workspaceId],
  );
  const member: MemberView = { id: caller.memberId, name: caller.name, role: caller.role };
  return {
    workspace: { id: workspace.id, name: workspace.name },
    settings: {
      pseudonymiseAuthors: workspace.pseudonymise_authors,
      retentionDays: workspace.retention_days,
    },
    pseudonymKey: workspace.pseudonym_key,
    member,
    members,
  };
}

/**
 * Changes the workspace's name and settings (owners only), under the lock its pushes take: a push
 * is checked against the settings before or after the change, never half of each. A new retention
 * applies at the next push or pull, not an hour later.
 */
export async function changeWorkspace(
  storage: Storage,
  caller: Caller,
  input: z.infer<typeof changeWorkspaceSchema>,
) {
  requireRole(caller, ['owner'], 'change the workspace');
  const retentionDays = input.settings?.retentionDays;
  await storage.transaction(async (tx) => {
    await lockWorkspace(tx, caller.workspaceId);
    await tx.query(
      `UPDATE workspaces
          SET name = coalesce($2::text, name),
              pseudonymise_authors = coalesce($3::boolean, pseudonymise_authors),
              retention_days = CASE WHEN $4::boolean THEN $5::integer ELSE retention_days END,
              retention_checked_at = CASE WHEN $4::boolean THEN NULL ELSE retention_checked_at END
        WHERE id = $1`,
      [
        caller.workspaceId,
        input.name ?? null,
        input.settings?.pseudonymiseAuthors ?? null,
        retentionDays !== undefined,
        retentionDays ?? null,
      ],
    );
  });
  return describeWorkspace(storage, caller);
}

/**
 * Runs a change of membership with the workspace's row locked, so two owners demoting or removing
 * each other at the same moment cannot leave the workspace without an owner.
 */
async function withMembers<T>(
  storage: Storage,
  caller: Caller,
  memberId: string,
  work: (tx: Queryable, target: MemberView, owners: number, self: Caller) => Promise<T>,
) {
  return storage.transaction(async (tx) => {
    await tx.query('SELECT id FROM workspaces WHERE id = $1 FOR UPDATE', [caller.workspaceId]);
    const members = await tx.query<MemberView>(
      'SELECT id, name, role FROM members WHERE workspace_id = $1 AND removed_at IS NULL',
      [caller.workspaceId],
    );
    // The caller's role as of the lock, not as of authentication: it may just have changed.
    const current = members.find((member) => member.id === caller.memberId);
    if (!current) throw new ApiError(401, 'revoked-token', 'you are no longer a member');
    const target = members.find((member) => member.id === memberId);
    if (!target) throw new ApiError(404, 'not-found', 'no such member in this workspace');
    const owners = members.filter((member) => member.role === 'owner').length;
    return work(tx, target, owners, { ...caller, role: current.role });
  });
}

function lastOwner() {
  return new ApiError(
    409,
    'last-owner',
    'a workspace keeps at least one owner: make someone else owner first',
  );
}

export async function changeRole(storage: Storage, caller: Caller, memberId: string, role: Role) {
  return withMembers(storage, caller, memberId, async (tx, target, owners, self) => {
    requireRole(self, ['owner'], 'change roles');
    if (target.role === 'owner' && role !== 'owner' && owners === 1) throw lastOwner();
    await tx.query('UPDATE members SET role = $2 WHERE id = $1', [memberId, role]);
    return { ...target, role };
  });
}

/** An owner removes a member, or a member leaves; their tokens stop working at once. */
export async function removeMember(storage: Storage, caller: Caller, memberId: string, now: Date) {
  await withMembers(storage, caller, memberId, async (tx, target, owners, self) => {
    if (self.role !== 'owner' && memberId !== self.memberId) {
      throw new ApiError(403, 'forbidden', 'only owners remove other members');
    }
    if (target.role === 'owner' && owners === 1) throw lastOwner();
    await tx.query('UPDATE members SET removed_at = $2 WHERE id = $1', [
      memberId,
      now.toISOString(),
    ]);
    await tx.query(
      'UPDATE tokens SET revoked_at = $2 WHERE member_id = $1 AND revoked_at IS NULL',
      [memberId, now.toISOString()],
    );
  });
}

export async function revokeToken(storage: Storage, caller: Caller, now: Date) {
  await storage.query('UPDATE tokens SET revoked_at = $2 WHERE hash = $1', [
    caller.tokenHash,
    now.toISOString(),
  ]);
}
