import { type Context, Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { matchedRoutes } from 'hono/route';
import { authenticate, type Caller, DEFAULT_TOKEN_IDLE_DAYS, readCredentials } from './auth';
import { ApiError, bodyTooLarge, describeIssue, MAX_BODY_BYTES, readJsonBody } from './http';
import { runRetentionIfDue } from './records';
import {
  changeRoleSchema,
  changeWorkspaceSchema,
  createInviteSchema,
  createWorkspaceSchema,
  inviteCodeSchema,
  joinSchema,
  memberIdParamSchema,
  pullQuerySchema,
  pushSchema,
} from './schemas';
import type { Storage } from './storage';
import { applyPush, checkMutations, PullBatcher } from './sync';
import {
  changeRole,
  changeWorkspace,
  createInvite,
  createWorkspace,
  describeWorkspace,
  join,
  listInvites,
  removeMember,
  revokeInvite,
  revokeToken,
} from './workspaces';

export interface AppOptions {
  storage: Storage;
  /** Requests a minute per token (default 300). */
  rateLimitPerMinute?: number;
  /** Mutations per push (default 500); a longer push is refused 413. */
  maxMutationsPerPush?: number;
  /** Days a token may go unused before it expires (default 180). */
  tokenIdleDays?: number;
  /**
   * Pull statements in flight at once (default 2): pulls that arrive meanwhile wait and go
   * together in the next one (PullBatcher).
   */
  pullConcurrency?: number;
  now?: () => Date;
  /** Receives one object per request (and per server error); default: a JSON line on stdout. */
  log?: (entry: object) => void;
}

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 300;
export const DEFAULT_MAX_MUTATIONS_PER_PUSH = 500;
export const DEFAULT_PULL_CONCURRENCY = 2;

/** Pages of the extension, in Chromium and in Firefox: the only origins that get CORS headers. */
const EXTENSION_ORIGIN = /^(chrome-extension|moz-extension):\/\/[A-Za-z0-9-]+$/;

type Env = { Variables: { caller: Caller; workspaceId: string | undefined } };

export function createApp(options: AppOptions) {
  const { storage } = options;
  const rateLimitPerMinute = options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE;
  const maxMutationsPerPush = options.maxMutationsPerPush ?? DEFAULT_MAX_MUTATIONS_PER_PUSH;
  const tokenPolicy = {
    rateLimitPerMinute,
    tokenIdleDays: options.tokenIdleDays ?? DEFAULT_TOKEN_IDLE_DAYS,
  };
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((entry) => process.stdout.write(`${JSON.stringify(entry)}\n`));

  const puller = new PullBatcher(storage, options.pullConcurrency ?? DEFAULT_PULL_CONCURRENCY);
  const app = new Hono<Env>();

  // Method, route pattern, status and time only: never a token, a name or a record's content.
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    log({
      time: now().toISOString(),
      level: 'info',
      method: c.req.method,
      route: routePattern(c),
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      workspaceId: c.var.workspaceId ?? null,
    });
  });

  app.use('*', async (c, next) => {
    const origin = c.req.header('origin');
    const allowed = origin !== undefined && EXTENSION_ORIGIN.test(origin);
    // Set before the response exists, so that every response made from the context carries them,
    // refusals included, and the response object is never touched afterwards.
    c.header('Vary', 'Origin', { append: true });
    if (allowed) {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Expose-Headers', 'Retry-After');
    }
    if (c.req.method !== 'OPTIONS') return next();
    if (allowed) {
      c.header('Access-Control-Allow-Methods', 'GET, POST, PATCH, DELETE');
      c.header('Access-Control-Allow-Headers', 'Authorization, Content-Type');
      c.header('Access-Control-Max-Age', '86400');
    }
    return c.body(null, 204);
  });

  // The declared size is refused before authentication reads the database; a body without a
  // declared size is counted as it streams (readJsonBody).
  app.use('*', async (c, next) => {
    if (Number(c.req.header('content-length') ?? 0) > MAX_BODY_BYTES) throw bodyTooLarge();
    await next();
  });

  const credentials = (c: Context) =>
    readCredentials(c.req.header('authorization'), now(), tokenPolicy);

  const authenticated = createMiddleware<Env>(async (c, next) => {
    const caller = await authenticate(storage, credentials(c));
    c.set('caller', caller);
    c.set('workspaceId', caller.workspaceId);
    await next();
  });

  app.get('/healthz', (c) => c.json({ ok: true }));

  app.post('/v1/workspaces', async (c) => {
    const input = await readJsonBody(c, createWorkspaceSchema);
    const created = await createWorkspace(storage, input, now());
    c.set('workspaceId', created.workspace.id);
    return c.json(created, 201);
  });

  app.post('/v1/join', async (c) => {
    const input = await readJsonBody(c, joinSchema);
    const joined = await join(storage, input, now());
    c.set('workspaceId', joined.workspace.id);
    return c.json(joined, 201);
  });

  app.get('/v1/workspace', authenticated, async (c) =>
    c.json(await describeWorkspace(storage, c.var.caller)),
  );

  app.patch('/v1/workspace', authenticated, async (c) => {
    const input = await readJsonBody(c, changeWorkspaceSchema);
    return c.json(await changeWorkspace(storage, c.var.caller, input));
  });

  app.post('/v1/invites', authenticated, async (c) => {
    const input = await readJsonBody(c, createInviteSchema);
    return c.json(await createInvite(storage, c.var.caller, input, now()), 201);
  });

  app.get('/v1/invites', authenticated, async (c) =>
    c.json({ invites: await listInvites(storage, c.var.caller, now()) }),
  );

  app.delete('/v1/invites/:code', authenticated, async (c) => {
    const code = inviteCodeSchema.safeParse(c.req.param('code'));
    if (!code.success) throw new ApiError(404, 'not-found', 'no such invite in this workspace');
    await revokeInvite(storage, c.var.caller, code.data, now());
    return c.body(null, 204);
  });

  app.patch('/v1/members/:id', authenticated, async (c) => {
    const memberId = memberParam(c.req.param('id'));
    const { role } = await readJsonBody(c, changeRoleSchema);
    return c.json({ member: await changeRole(storage, c.var.caller, memberId, role) });
  });

  app.delete('/v1/members/:id', authenticated, async (c) => {
    await removeMember(storage, c.var.caller, memberParam(c.req.param('id')), now());
    return c.body(null, 204);
  });

  app.post('/v1/tokens/revoke', authenticated, async (c) => {
    await revokeToken(storage, c.var.caller, now());
    return c.body(null, 204);
  });

  app.post('/v1/sync/push', authenticated, async (c) => {
    const { clientId, mutations } = await readJsonBody(c, pushSchema);
    const checked = checkMutations(mutations, maxMutationsPerPush);
    const lastMutationId = await applyPush(storage, c.var.caller, clientId, checked, now());
    return c.json({ lastMutationId });
  });

  // Pulls authenticate together with reading the page, many pulls in one statement under load
  // (PullBatcher). A bad query is still refused after the token is checked, like the bodies of
  // the other routes.
  app.get('/v1/sync/pull', async (c) => {
    const given = credentials(c);
    const query = pullQuerySchema.safeParse(c.req.query());
    if (!query.success) {
      c.set('workspaceId', (await authenticate(storage, given)).workspaceId);
      throw new ApiError(400, 'invalid-request', describeIssue(query.error, 'query: '));
    }
    const { cursor, limit } = query.data;
    const { caller, body, retentionDue } = await puller.pull({ credentials: given, cursor, limit });
    c.set('workspaceId', caller.workspaceId);
    // After the page was read: the tombstones reach this client on its next pull.
    if (retentionDue) await runRetentionIfDue(storage, caller.workspaceId, given.now);
    return c.body(body, 200, { 'Content-Type': 'application/json' });
  });

  app.notFound((c) =>
    c.json(
      { error: { code: 'not-found', message: `no route ${c.req.method} ${c.req.path}` } },
      404,
    ),
  );

  app.onError((error, c) => {
    if (error instanceof ApiError) {
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      return c.json(error.toBody(), error.status);
    }
    // The stack's frames say where it failed; its first line (the message) is left out, since a
    // database error can quote a value from a record.
    log({
      time: now().toISOString(),
      level: 'error',
      method: c.req.method,
      route: routePattern(c),
      error: error.name,
      code: (error as { code?: unknown }).code ?? null,
      stack: error.stack?.split('\n').slice(1).join('\n') ?? null,
    });
    return c.json(
      { error: { code: 'internal', message: 'the server failed; try again later' } },
      500,
    );
  });

  return app;
}

/** The pattern of the route that answered (`/v1/members/:id`), or null when none did. */
function routePattern(c: Context) {
  return matchedRoutes(c).findLast((route) => route.method !== 'ALL')?.path ?? null;
}

/** A member id that is not even a uuid names no one in the caller's workspace. */
function memberParam(id: string) {
  const parsed = memberIdParamSchema.safeParse(id);
  if (!parsed.success) throw new ApiError(404, 'not-found', 'no such member in this workspace');
  return parsed.data;
}
