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

export const createWorkspaceSchema = z.object({
  name: z.string().trim().min(1).max(MAX_TITLE_LENGTH),
  memberName: memberNameSchema,
});

const DEFAULT_INVITE_DAYS = 7;
export const createInviteSchema = z.object({
  role: roleSchema,
  maxUses: z.number().int().min(1).max(10_000).default(1),
  expiresInDays: z.number().int().min(1).max(90).default(DEFAULT_INVITE_DAYS),
});

export const inviteCodeSchema = z.string().min(1).max(100);

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
