import { z } from 'zod';
import { memberIdSchema, memberNameSchema } from '../schema/records';

// What the server says, as contract 4 (DESIGN.md) and the workspace endpoints describe it. Every
// response is checked before it is used: a server of another version, or something that is not
// a Vliegwiel server at all, gets a clear error instead of half-stored data.

/** The tables that are shared with a workspace; the others (index, words, changes) stay local. */
export const SYNCED_TABLES = ['signals', 'initiatives', 'events', 'groups'] as const;
export const syncedTableSchema = z.enum(SYNCED_TABLES);
export type SyncedTable = z.infer<typeof syncedTableSchema>;

export function isSyncedTable(name: string): name is SyncedTable {
  return (SYNCED_TABLES as readonly string[]).includes(name);
}

export const ROLES = ['owner', 'moderator', 'member'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

const isoTimeSchema = z.iso.datetime({ offset: true });

export const workspaceSchema = z.object({ id: z.string().min(1).max(100), name: z.string() });
export type Workspace = z.infer<typeof workspaceSchema>;

export const workspaceMemberSchema = z.object({
  id: memberIdSchema,
  name: memberNameSchema,
  role: roleSchema,
});
export type WorkspaceMember = z.infer<typeof workspaceMemberSchema>;

/** The answer to creating a workspace and to joining one. */
export const membershipSchema = z.object({
  workspace: workspaceSchema,
  member: workspaceMemberSchema,
  token: z.string().min(1).max(500),
});
export type Membership = z.infer<typeof membershipSchema>;

/** What the workspace's owners decided for everyone in it. */
const workspaceSettingsSchema = z.object({
  /** Every signal shared names its author only by a pseudonym (lib/sync/pseudonyms.ts). */
  pseudonymiseAuthors: z.boolean(),
  /** Days the workspace keeps a signal after it was clipped; null keeps signals forever. */
  retentionDays: z.number().int().min(1).nullable(),
});
export type WorkspaceSettings = z.infer<typeof workspaceSettingsSchema>;

/** The key members pseudonymise authors with: 32 bytes, base64url without padding. */
const pseudonymKeySchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/**
 * `GET /v1/workspace`. A server from before workspace settings sends neither settings nor key;
 * one that asks for pseudonyms must send the key to make them with.
 */
export const workspaceDescriptionSchema = z
  .object({
    workspace: workspaceSchema,
    settings: workspaceSettingsSchema.optional(),
    pseudonymKey: pseudonymKeySchema.optional(),
    member: workspaceMemberSchema,
    members: z.array(workspaceMemberSchema),
  })
  .refine(
    (description) =>
      !description.settings?.pseudonymiseAuthors || description.pseudonymKey !== undefined,
    { message: 'a workspace that pseudonymises authors sends its pseudonymKey' },
  );
export type WorkspaceDescription = z.infer<typeof workspaceDescriptionSchema>;

/** `PATCH /v1/workspace` (owners): only what is given changes. */
export interface WorkspaceChange {
  name?: string;
  settings?: Partial<WorkspaceSettings>;
}

export const inviteSchema = z.object({
  code: z.string().min(1).max(100),
  role: roleSchema,
  expiresAt: isoTimeSchema,
});
export type Invite = z.infer<typeof inviteSchema>;

export const invitesSchema = z.object({ invites: z.array(inviteSchema) });

export const changedMemberSchema = z.object({ member: workspaceMemberSchema });

export const pushResultSchema = z.object({ lastMutationId: z.number().int().min(0) });

/** A record as it travels: an object with an id; the table's own schema checks the rest. */
const recordSchema = z.looseObject({ id: z.string().min(1) });

export const changeSchema = z.object({
  seq: z.number().int().min(1),
  table: syncedTableSchema,
  op: z.enum(['put', 'delete']),
  record: recordSchema,
});
export type Change = z.infer<typeof changeSchema>;

export const pullPageSchema = z.object({
  cursor: z.number().int().min(0),
  changes: z.array(changeSchema),
  more: z.boolean(),
});
export type PullPage = z.infer<typeof pullPageSchema>;

/** A mutation as a push sends it: ids increase per client, so a replay is a no-op. */
export interface Mutation {
  id: number;
  op: 'put' | 'delete';
  table: SyncedTable;
  record: { id: string } & Record<string, unknown>;
}

/** `{"error": {"code", "message"}}`; `index` names the refused mutation of a push. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string().max(100),
    message: z.string().max(2000),
    index: z.number().int().min(0).optional(),
  }),
});
