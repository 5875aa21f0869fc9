import { z } from 'zod';
import { groupSchema } from '../lib/schema/contacts';
import { MAX_TITLE_LENGTH } from '../lib/schema/limits';
import {
  eventSchema,
  initiativeSchema,
  memberNameSchema,
  signalSchema,
} from '../lib/schema/records';

const ROLES = ['owner', 'moderator', 'member'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

const SYNCED_TABLES = ['signals', 'initiatives', 'events', 'groups'] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

/** What a put of each table must be: the extension's own schemas, so both ends agree. */
export const recordSchemas: Record<SyncedTable, z.ZodType<{ id: string }>> = {
  signals: signalSchema,
  initiatives: initiativeSchema,
  events: eventSchema,
  groups: groupSchema,
};

/** A delete names the record only. */
export const deletedRecordSchema = z.object({ id: z.uuid() });

const workspaceNameSchema = z.string().trim().min(1).max(MAX_TITLE_LENGTH);

export const createWorkspaceSchema = z.object({
  name: workspaceNameSchema,
  memberName: memberNameSchema,
});

const MAX_RETENTION_DAYS = 3650;

/**
 * A change of a workspace's name or settings: only what is given changes. Unknown fields are
 * refused, so that a misspelt setting is an error rather than a change that silently did nothing.
 */
export const changeWorkspaceSchema = z.strictObject({
  name: workspaceNameSchema.optional(),
  settings: z
    .strictObject({
      pseudonymiseAuthors: z.boolean().optional(),
      /** Days a signal is kept after it was clipped; null keeps signals forever. */
      retentionDays: z.number().int().min(1).max(MAX_RETENTION_DAYS).nullable().optional(),
    })
    .optional(),
});

/**
 * An author's handle in a workspace that pseudonymises authors: "anon:" and an HMAC-SHA256 under
 * the workspace's pseudonym key, base64url without padding (43 characters). What is hashed is the
 * extension's choice (lib/sync/pseudonyms.ts); the server can only check the form.
 */
export const PSEUDONYMOUS_AUTHOR = /^anon:[A-Za-z0-9_-]{43}$/;

const DEFAULT_INVITE_DAYS = 7;
export const createInviteSchema = z.object({
  role: roleSchema,
  maxUses: z.number().int().min(1).max(10_000).default(1),
  expiresInDays: z.number().int().min(1).max(90).default(DEFAULT_INVITE_DAYS),
});

/** Invite codes are base64url (16 random bytes); a pasted one may come with spaces around it. */
export const inviteCodeSchema = z
  .string()
  .trim()
  .regex(/^[\w-]{1,100}$/, 'an invite code is letters, digits, - and _');

export const joinSchema = z.object({
  code: inviteCodeSchema,
  memberName: memberNameSchema,
});

export const changeRoleSchema = z.object({ role: roleSchema });

export const memberIdParamSchema = z.uuid();

/** Mutation ids are positive: a client that has applied nothing has a last id of 0. */
export const mutationSchema = z.object({
  id: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  op: z.enum(['put', 'delete']),
  table: z.enum(SYNCED_TABLES),
  record: z.unknown(),
});
export type Mutation = z.infer<typeof mutationSchema>;

/** Mutations are checked one by one afterwards, to report the index of the first bad one. */
export const pushSchema = z.object({
  clientId: z.string().min(1).max(200),
  mutations: z.array(z.unknown()),
});

const DEFAULT_PULL_LIMIT = 500;
const MAX_PULL_LIMIT = 1000;

/** Query parameters arrive as text; a missing cursor is a first pull, from the beginning. */
export const pullQuerySchema = z.object({
  cursor: z
    .string()
    .regex(/^\d{1,15}$/, 'the cursor is a non-negative integer')
    .transform(Number)
    .default(0),
  limit: z
    .string()
    .regex(/^\d{1,4}$/, 'the limit is an integer')
    .transform(Number)
    .pipe(z.number().min(1).max(MAX_PULL_LIMIT))
    .default(DEFAULT_PULL_LIMIT),
});
