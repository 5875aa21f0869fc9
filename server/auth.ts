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
  await tx.query('INSERT INTO tokens (hash, member_id, created_at) VALUES ($1, $2, $3)', [
    hash,
    memberId,
    now.toISOString(),
  ]);
  return token;
}

/** What a request presents: the hash of its bearer token, and when it came. */
export interface Credentials {
  tokenHash: string;
  now: Date;
  /** The rate-limit window it counts in: minutes since 1970. */
  minute: number;
  rateLimitPerMinute: number;
}

/** Reads `Authorization: Bearer <token>`; a request without one is refused. */
export function readCredentials(
  authorization: string | undefined,
  now: Date,
  rateLimitPerMinute: number,
): Credentials {
  const token = /^Bearer +(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) {
    throw new ApiError(401, 'missing-token', 'send Authorization: Bearer <token>');
  }
  const minute = Math.floor(now.getTime() / MINUTE_MS);
  return { tokenHash: hashToken(token), now, minute, rateLimitPerMinute };
}

/**
 * A common table expression `authenticated`: one row for the token whose hash is `$1` (whether
 * it is revoked, its requests this minute, its member), empty for an unknown token. It counts the
 * request in minute `$2` as it goes, so finding the caller and counting take one statement.
 */
export const AUTHENTICATED_CTE = `
  caller AS (
    SELECT t.hash, t.revoked_at IS NOT NULL AS revoked, m.id AS member_id, m.workspace_id,
           m.role, m.name
      FROM tokens AS t JOIN members AS m ON m.id = t.member_id
     WHERE t.hash = $1
  ), counted AS (
    INSERT INTO rate_limits AS r (token_hash, minute, requests)
    SELECT hash, $2, 1 FROM caller
    ON CONFLICT (token_hash) DO UPDATE
       SET minute = excluded.minute,
           requests = CASE WHEN r.minute = excluded.minute THEN r.requests + 1 ELSE 1 END
    RETURNING requests
  ), authenticated AS (
    SELECT caller.revoked, counted.requests, caller.member_id, caller.workspace_id, caller.role,
           caller.name
      FROM caller, counted
  )`;

export interface AuthenticatedRow {
  revoked: boolean;
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
    [credentials.tokenHash, credentials.minute],
  );
  return toCaller(row, credentials);
}
