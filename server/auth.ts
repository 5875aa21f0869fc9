import { createHash, randomBytes } from 'node:crypto';
import { ApiError } from './http';
import type { Role } from './schemas';
import type { Queryable, Storage } from './storage';

/** Who is asking: the member a valid token belongs to. */
export interface Caller {
  memberId: string;
  workspaceId: string;
  role: Role;
  name: string;
  tokenHash: string;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** Tokens expire after this many days without use, unless configured otherwise. */
export const DEFAULT_TOKEN_IDLE_DAYS = 180;

/** A new bearer token (32 random bytes) and the hash that is all the database keeps of it. */
function newToken() {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

function hashToken(token: string) {
  return createHash('sha256').update(token).digest('hex');
}

export async function insertToken(tx: Queryable, memberId: string, now: Date) {
  const { token, hash } = newToken();
  await tx.query(
    'INSERT INTO tokens (hash, member_id, created_at, last_used_at) VALUES ($1, $2, $3, $3)',
    [hash, memberId, now.toISOString()],
  );
  return token;
}

/** How the server treats tokens: its rate limit and how long a token may go unused. */
export interface TokenPolicy {
  rateLimitPerMinute: number;
  tokenIdleDays: number;
}

/** What a request presents: the hash of its bearer token, and when it came. */
export interface Credentials {
  tokenHash: string;
  now: Date;
  /** The rate-limit window it counts in: minutes since 1970. */
  minute: number;
  rateLimitPerMinute: number;
  /** A token last used at or before this has expired. */
  expiredUsedBefore: Date;
}

/** Reads `Authorization: Bearer <token>`; a request without one is refused. */
export function readCredentials(
  authorization: string | undefined,
  now: Date,
  policy: TokenPolicy,
): Credentials {
  const token = /^Bearer +(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) {
    throw new ApiError(401, 'missing-token', 'send Authorization: Bearer <token>');
  }
  return {
    tokenHash: hashToken(token),
    now,
    minute: Math.floor(now.getTime() / MINUTE_MS),
    rateLimitPerMinute: policy.rateLimitPerMinute,
    expiredUsedBefore: new Date(now.getTime() - policy.tokenIdleDays * DAY_MS),
  };
}

/** The parameters `$1`–`$5` of AUTHENTICATED_CTE. */
export function authenticationParams(credentials: Credentials) {
  const { tokenHash, minute, now, expiredUsedBefore } = credentials;
  const touchUsedBefore = new Date(now.getTime() - DAY_MS);
  return [
    tokenHash,
    minute,
    now.toISOString(),
    expiredUsedBefore.toISOString(),
    touchUsedBefore.toISOString(),
  ];
}

/**
 * A common table expression `authenticated`: one row for the token whose hash is `$1` (whether
 * it is revoked or expired, its requests this minute, its member), empty for an unknown token. It
 * counts the request in minute `$2` as it goes, so finding the caller and counting take one
 * statement. The parameters are those of authenticationParams.
 *
 * A token's use at `$3` is recorded only when the recorded one is at or before `$5` (a day
 * earlier): the sliding expiry needs the day, not the second, and most requests then write
 * nothing to `tokens`. A token last used at or before `$4` has expired and is not renewed.
 */
export const AUTHENTICATED_CTE = `
  caller AS (
    SELECT t.hash, t.revoked_at IS NOT NULL AS revoked, t.last_used_at <= $4 AS expired,
           m.id AS member_id, m.workspace_id, m.role, m.name
      FROM tokens AS t JOIN members AS m ON m.id = t.member_id
     WHERE t.hash = $1
  ), touched AS (
    UPDATE tokens SET last_used_at = $3
     WHERE hash = $1 AND revoked_at IS NULL AND last_used_at > $4 AND last_used_at <= $5
  ), counted AS (
    INSERT INTO rate_limits AS r (token_hash, minute, requests)
    SELECT hash, $2, 1 FROM caller
    ON CONFLICT (token_hash) DO UPDATE
       SET minute = excluded.minute,
           requests = CASE WHEN r.minute = excluded.minute THEN r.requests + 1 ELSE 1 END
    RETURNING requests
  ), authenticated AS (
    SELECT caller.revoked, caller.expired, counted.requests, caller.member_id,
           caller.workspace_id, caller.role, caller.name
      FROM caller, counted
  )`;

export interface AuthenticatedRow {
  revoked: boolean;
  expired: boolean;
  requests: number;
  member_id: string;
  workspace_id: string;
  role: Role;
  name: string;
}

/** The caller of a row of `authenticated`, or the refusal: 401 for a bad token, 429 over the limit. */
export function toCaller(row: AuthenticatedRow | undefined, credentials: Credentials): Caller {
  if (!row) throw new ApiError(401, 'invalid-token', 'this token is not known');
  if (row.revoked) {
    throw new ApiError(401, 'revoked-token', 'this token was revoked or its member removed');
  }
  if (row.expired) {
    throw new ApiError(
      401,
      'token-expired',
      'this token expired after a long time without use: join again with a new invite',
    );
  }
  const { minute, now, rateLimitPerMinute } = credentials;
  if (row.requests > rateLimitPerMinute) {
    const retryAfter = Math.ceil(((minute + 1) * MINUTE_MS - now.getTime()) / 1000);
    throw new ApiError(
      429,
      'rate-limited',
      `at most ${rateLimitPerMinute} requests a minute per token; retry in ${retryAfter} s`,
      { headers: { 'Retry-After': String(retryAfter) } },
    );
  }
  return {
    memberId: row.member_id,
    workspaceId: row.workspace_id,
    role: row.role,
    name: row.name,
    tokenHash: credentials.tokenHash,
  };
}

/** Finds the member behind the credentials and counts the request against the token's limit. */
export async function authenticate(storage: Storage, credentials: Credentials): Promise<Caller> {
  const [row] = await storage.query<AuthenticatedRow>(
    `WITH ${AUTHENTICATED_CTE} SELECT * FROM authenticated`,
    authenticationParams(credentials),
  );
  return toCaller(row, credentials);
}
