import { z } from 'zod';
import { typedUrl } from '../sites/urls';
import {
  changedMemberSchema,
  errorBodySchema,
  type Invite,
  inviteSchema,
  invitesSchema,
  type Membership,
  type Mutation,
  membershipSchema,
  type PullPage,
  pullPageSchema,
  pushResultSchema,
  type Role,
  type WorkspaceChange,
  type WorkspaceDescription,
  type WorkspaceMember,
  workspaceDescriptionSchema,
} from './protocol';

/** `fetch` as the extension has it; tests route it to the server in-process. */
export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * Why a request failed, in the terms the extension acts on: `unreachable` and `server` are tried
 * again later, `unauthorised` stops syncing, `rate-limited` waits as long as the server asks, and
 * the others are refusals of this request that trying again will not change.
 */
export type FailureKind =
  | 'unreachable'
  | 'unauthorised'
  | 'rate-limited'
  | 'invalid'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'too-large'
  | 'server'
  | 'unreadable';

export class ServerError extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly details: {
      status?: number;
      /** The server's own code of the refusal (`invite-expired`, `last-owner`, …). */
      code?: string;
      /** Which mutation of a push was refused. */
      index?: number;
      /** How long the server asked to wait, for `rate-limited`. */
      retryAfterMs?: number;
    } = {},
  ) {
    super(message);
    this.name = 'ServerError';
  }
}

/** Without an answer in this time the server counts as unreachable, and the sync is tried later. */
const REQUEST_TIMEOUT_MS = 30_000;
/** When a 429 comes without a readable Retry-After. */
const DEFAULT_RETRY_AFTER_MS = 60_000;

const KIND_BY_STATUS: Record<number, FailureKind> = {
  400: 'invalid',
  401: 'unauthorised',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'too-large',
  429: 'rate-limited',
};

export type ServerUrlResult =
  | { ok: true; url: string }
  | { ok: false; reason: 'empty' | 'invalid' };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The server's base URL from what a person typed: `https://` is assumed when no scheme is given;
 * plain http only for this machine, since the token would otherwise travel readable.
 */
export function parseServerUrl(input: string): ServerUrlResult {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  const url = typedUrl(trimmed);
  if (!url) return { ok: false, reason: 'invalid' };
  const secure = url.protocol === 'https:';
  const local = url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
  if ((!secure && !local) || url.username || url.password || url.search || url.hash) {
    return { ok: false, reason: 'invalid' };
  }
  return { ok: true, url: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

/** The calls of contract 4 and the workspace endpoints, each answer checked by its schema. */
export interface ServerApi {
  createWorkspace(name: string, memberName: string): Promise<Membership>;
  join(code: string, memberName: string): Promise<Membership>;
  describeWorkspace(): Promise<WorkspaceDescription>;
  changeWorkspace(change: WorkspaceChange): Promise<WorkspaceDescription>;
  createInvite(role: Role): Promise<Invite>;
  listInvites(): Promise<Invite[]>;
  revokeInvite(code: string): Promise<void>;
  changeRole(memberId: string, role: Role): Promise<WorkspaceMember>;
  removeMember(memberId: string): Promise<void>;
  push(clientId: string, mutations: readonly Mutation[]): Promise<number>;
  pull(cursor: number): Promise<PullPage>;
}

export function serverApi(fetch: Fetch, baseUrl: string, token?: string): ServerApi {
  async function call<T>(
    method: string,
    path: string,
    schema: z.ZodType<T> | null,
    body?: unknown,
  ): Promise<T> {
    const headers: Record<string, string> = {};
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(`${baseUrl}${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      throw new ServerError('unreachable', `no answer from ${baseUrl}: ${String(error)}`);
    }
    if (!response.ok) throw await failure(response);
    if (schema === null) return undefined as T;
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      throw new ServerError(
        'unreadable',
        `${method} ${path} answered with something other than JSON`,
      );
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new ServerError(
        'unreadable',
        `${method} ${path} answered in an unexpected form: ${z.prettifyError(parsed.error)}`,
      );
    }
    return parsed.data;
  }

  return {
    createWorkspace: (name, memberName) =>
      call('POST', '/v1/workspaces', membershipSchema, { name, memberName }),
    join: (code, memberName) => call('POST', '/v1/join', membershipSchema, { code, memberName }),
    describeWorkspace: () => call('GET', '/v1/workspace', workspaceDescriptionSchema),
    changeWorkspace: (change) => call('PATCH', '/v1/workspace', workspaceDescriptionSchema, change),
    createInvite: (role) => call('POST', '/v1/invites', inviteSchema, { role }),
    listInvites: async () => (await call('GET', '/v1/invites', invitesSchema)).invites,
    revokeInvite: (code) => call('DELETE', `/v1/invites/${encodeURIComponent(code)}`, null),
    changeRole: async (memberId, role) =>
      (
        await call('PATCH', `/v1/members/${encodeURIComponent(memberId)}`, changedMemberSchema, {
          role,
        })
      ).member,
    removeMember: (memberId) => call('DELETE', `/v1/members/${encodeURIComponent(memberId)}`, null),
    push: async (clientId, mutations) =>
      (await call('POST', '/v1/sync/push', pushResultSchema, { clientId, mutations }))
        .lastMutationId,
    pull: (cursor) => call('GET', `/v1/sync/pull?cursor=${cursor}`, pullPageSchema),
  };
}

async function failure(response: Response): Promise<ServerError> {
  const kind = KIND_BY_STATUS[response.status] ?? 'server';
  let refusal: z.infer<typeof errorBodySchema>['error'] | undefined;
  try {
    refusal = errorBodySchema.parse(await response.json()).error;
  } catch {
    refusal = undefined;
  }
  return new ServerError(kind, refusal?.message ?? `the server answered ${response.status}`, {
    status: response.status,
    ...(refusal ? { code: refusal.code } : {}),
    ...(refusal?.index !== undefined ? { index: refusal.index } : {}),
    ...(kind === 'rate-limited' ? { retryAfterMs: retryAfterMs(response) } : {}),
  });
}

/** Retry-After in seconds or as an HTTP date; a minute when it is missing or unreadable. */
function retryAfterMs(response: Response): number {
  const header = response.headers.get('Retry-After')?.trim() ?? '';
  if (/^\d+$/.test(header)) return Number(header) * 1000;
  const date = Date.parse(header);
  const now = Date.now();
  return Number.isNaN(date) ? DEFAULT_RETRY_AFTER_MS : Math.max(0, date - now);
}
