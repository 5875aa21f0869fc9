import {
  type AuthenticatedRow,
  authenticationParams,
  type Caller,
  type Credentials,
  toCaller,
} from './auth';
import { ApiError, describeIssue } from './http';
import {
  applyRetention,
  lockWorkspace,
  readWorkspacePolicy,
  removeEventsAbout,
  retentionDue,
  type WorkspacePolicy,
} from './records';
import {
  deletedRecordSchema,
  type Mutation,
  mutationSchema,
  PSEUDONYMOUS_AUTHOR,
  recordSchemas,
  type SyncedTable,
} from './schemas';
import type { Queryable, Storage } from './storage';

type SyncRecord = { id: string } & Record<string, unknown>;

/** A mutation after validation: its record parsed by the table's schema. */
interface CheckedMutation {
  index: number;
  id: number;
  op: Mutation['op'];
  table: SyncedTable;
  record: SyncRecord;
}

/** A record's state on the server: what a pull hands out, and who first put it. */
interface StoredRecord {
  deleted: boolean;
  record: SyncRecord | null;
  createdBy: string;
}

/**
 * Checks every mutation of a push before anything is written: a push with one bad mutation is
 * refused whole, naming the first bad one.
 */
export function checkMutations(mutations: unknown[], maxMutations: number): CheckedMutation[] {
  if (mutations.length > maxMutations) {
    throw new ApiError(
      413,
      'too-many-mutations',
      `a push holds at most ${maxMutations} mutations; send the rest in another push`,
    );
  }
  const checked: CheckedMutation[] = [];
  for (const [index, input] of mutations.entries()) {
    const refuse = (message: string) =>
      new ApiError(400, 'invalid-mutation', `mutation ${index}: ${message}`, { index });
    const mutation = mutationSchema.safeParse(input);
    if (!mutation.success) throw refuse(describeIssue(mutation.error));
    const { id, op, table } = mutation.data;
    const previous = checked.at(-1);
    if (previous && id <= previous.id) {
      throw refuse(`mutation ids must increase: ${id} follows ${previous.id}`);
    }
    const schema = op === 'put' ? recordSchemas[table] : deletedRecordSchema;
    const record = schema.safeParse(mutation.data.record);
    if (!record.success) throw refuse(describeIssue(record.error, 'record.'));
    checked.push({ index, id, op, table, record: record.data as SyncRecord });
  }
  return checked;
}

/**
 * Applies a checked push in one transaction and returns the client's last applied mutation id.
 * When retention is due in the workspace, it runs in the same transaction.
 *
 * Every write in a workspace takes the workspace's advisory lock first and keeps it until commit.
 * Seqs come from one global sequence, and without the lock two pushes could draw seqs 7 and 8 and
 * commit 8 first: a pull in between would return 8, the client would continue from cursor 8 and
 * never see 7. With the lock, a push draws its seqs only after the previous push in the workspace
 * committed, so the seqs a reader can see in a workspace never have a later-committing gap below
 * them. (Other workspaces' seqs interleave, which only leaves gaps.) The workspace's settings are
 * read under the lock too: a change of them waits for the push or is seen by it.
 */
export async function applyPush(
  storage: Storage,
  caller: Caller,
  clientId: string,
  mutations: CheckedMutation[],
  now: Date,
): Promise<number> {
  return storage.transaction(async (tx) => {
    await lockWorkspace(tx, caller.workspaceId);
    const policy = await readWorkspacePolicy(tx, caller.workspaceId);
    const lastMutationId = await applyMutations(tx, caller, clientId, mutations, policy, now);
    if (retentionDue(policy, now)) await applyRetention(tx, caller.workspaceId, policy, now);
    return lastMutationId;
  });
}

async function applyMutations(
  tx: Queryable,
  caller: Caller,
  clientId: string,
  mutations: CheckedMutation[],
  policy: WorkspacePolicy,
  now: Date,
) {
  const [progress] = await tx.query<{ last_mutation_id: number }>(
    `SELECT last_mutation_id FROM client_progress
      WHERE workspace_id = $1 AND member_id = $2 AND client_id = $3`,
    [caller.workspaceId, caller.memberId, clientId],
  );
  const lastApplied = progress?.last_mutation_id ?? 0;
  const pending = mutations.filter((mutation) => mutation.id > lastApplied);
  const last = pending.at(-1);
  if (!last) return lastApplied;
  if (policy.pseudonymiseAuthors) {
    for (const mutation of pending) requirePseudonymousAuthor(mutation);
  }

  const records = await readRecords(tx, caller.workspaceId, pending);
  const writes = new Map<string, { table: SyncedTable; id: string } & StoredRecord>();
  for (const mutation of pending) {
    if (isAboutRemovedSignal(mutation, records)) continue;
    const key = recordKey(mutation.table, mutation.record.id);
    const next = decide(mutation, records.get(key), caller);
    if (!next) continue;
    records.set(key, next);
    writes.set(key, { table: mutation.table, id: mutation.record.id, ...next });
  }
  if (writes.size > 0) await writeRecords(tx, caller, [...writes.values()], now);
  const removedSignals = [...writes.values()]
    .filter((write) => write.table === 'signals' && write.deleted)
    .map((write) => write.id);
  await removeEventsAbout(tx, caller.workspaceId, removedSignals, caller.memberId, now);
  await tx.query(
    `INSERT INTO client_progress (workspace_id, member_id, client_id, last_mutation_id)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (workspace_id, member_id, client_id)
     DO UPDATE SET last_mutation_id = excluded.last_mutation_id`,
    [caller.workspaceId, caller.memberId, clientId, last.id],
  );
  return last.id;
}

/**
 * In a workspace that pseudonymises authors, a signal names its author only by a pseudonym, so
 * that a client that ignores the setting cannot store handles or names.
 */
function requirePseudonymousAuthor({ index, op, table, record }: CheckedMutation) {
  if (op !== 'put' || table !== 'signals') return;
  const source = record.source as { authorHandle?: string; authorName?: string };
  const refuse = (message: string) =>
    new ApiError(400, 'author-not-pseudonymous', `mutation ${index}: ${message}`, { index });
  if (source.authorName !== undefined) {
    throw refuse('this workspace pseudonymises authors: leave out source.authorName');
  }
  if (source.authorHandle !== undefined && !PSEUDONYMOUS_AUTHOR.test(source.authorHandle)) {
    throw refuse(
      'this workspace pseudonymises authors: source.authorHandle must be "anon:" and a ' +
        "base64url HMAC-SHA256 under the workspace's pseudonymKey",
    );
  }
}

/**
 * A put of an event about a signal the workspace deleted is a no-op: the signal's history went
 * with it, and a client that still had the event queued must not bring part of it back.
 */
function isAboutRemovedSignal(mutation: CheckedMutation, records: Map<string, StoredRecord>) {
  const { op, table, record } = mutation;
  if (op !== 'put' || table !== 'events' || typeof record.signalId !== 'string') return false;
  return records.get(recordKey('signals', record.signalId))?.deleted === true;
}

function recordKey(table: SyncedTable, id: string) {
  return `${table}/${id}`;
}

/** The records the mutations name, and the signals their events are about. */
async function readRecords(tx: Queryable, workspaceId: string, mutations: CheckedMutation[]) {
  const keys = mutations.flatMap(({ op, table, record }) => {
    const key = { t: table, r: record.id };
    const aboutSignal = op === 'put' && table === 'events' && typeof record.signalId === 'string';
    return aboutSignal ? [key, { t: 'signals', r: record.signalId }] : [key];
  });
  const rows = await tx.query<{
    table_name: SyncedTable;
    record_id: string;
    deleted: boolean;
    record: SyncRecord | null;
    created_by: string;
  }>(
    `SELECT r.table_name, r.record_id, r.deleted, r.record, r.created_by
       FROM records AS r
       JOIN (SELECT DISTINCT t, r FROM jsonb_to_recordset($2::jsonb) AS k (t text, r text)) AS k
         ON r.table_name = k.t AND r.record_id = k.r
      WHERE r.workspace_id = $1`,
    [workspaceId, JSON.stringify(keys)],
  );
  return new Map(
    rows.map((row) => [
      recordKey(row.table_name, row.record_id),
      { deleted: row.deleted, record: row.record, createdBy: row.created_by },
    ]),
  );
}

/**
 * What a mutation does to a record given its current state: the new state, `null` for a no-op,
 * or a refusal. Moderators and owners may change anything; members what they first put (and
 * initiatives they own). Events are append-only: only owners delete them.
 */
function decide(
  mutation: CheckedMutation,
  current: StoredRecord | undefined,
  caller: Caller,
): StoredRecord | null {
  const { index, op, table, record } = mutation;
  if (table === 'events') {
    if (op === 'delete') {
      if (caller.role !== 'owner') {
        throw new ApiError(403, 'forbidden', `mutation ${index}: only owners delete events`, {
          index,
        });
      }
      return current && !current.deleted ? { ...current, deleted: true, record: null } : null;
    }
    if (!current) return { deleted: false, record, createdBy: caller.memberId };
    // A deleted event stays deleted: a client that still had it queued must not bring it back.
    if (current.deleted || sameJson(current.record, record)) return null;
    throw new ApiError(
      409,
      'event-changed',
      `mutation ${index}: event ${record.id} exists with other content; events cannot be changed`,
      { index },
    );
  }
  if (!current) {
    return op === 'put' ? { deleted: false, record, createdBy: caller.memberId } : null;
  }
  if (!mayChange(table, current, caller)) {
    throw new ApiError(
      403,
      'forbidden',
      `mutation ${index}: only its creator, a moderator or an owner may change ${table} ${record.id}`,
      { index },
    );
  }
  if (op === 'put') return { ...current, deleted: false, record };
  return current.deleted ? null : { ...current, deleted: true, record: null };
}

function mayChange(table: SyncedTable, current: StoredRecord, caller: Caller) {
  if (caller.role === 'owner' || caller.role === 'moderator') return true;
  if (current.createdBy === caller.memberId) return true;
  return table === 'initiatives' && current.record?.ownerId === caller.memberId;
}

/** Equal as JSON values, whatever the order of object keys (jsonb reorders them). */
function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * One multi-row upsert for the whole push. Each row takes a new seq; the first putter stays the
 * record's creator. A signal's clippedAt goes into `clipped_at` for retention as epoch
 * milliseconds: every time the schema accepts is a valid JavaScript date, not every one is valid
 * PostgreSQL input.
 */
async function writeRecords(
  tx: Queryable,
  caller: Caller,
  writes: ({ table: SyncedTable; id: string } & StoredRecord)[],
  now: Date,
) {
  const rows = writes.map((write, order) => ({
    o: order,
    t: write.table,
    r: write.id,
    d: write.deleted,
    j: write.record,
    c: write.createdBy,
    k:
      write.table === 'signals' && write.record ? Date.parse(String(write.record.clippedAt)) : null,
  }));
  await tx.query(
    `INSERT INTO records AS existing
            (workspace_id, table_name, record_id, seq, deleted, record, created_by, updated_by,
             updated_at, clipped_at)
     SELECT $1, w.t, w.r, nextval('record_seq'), w.d, w.j, w.c, $2, $3, to_timestamp(w.k / 1000)
       FROM (SELECT * FROM jsonb_to_recordset($4::jsonb)
                 AS w (o integer, t text, r text, d boolean, j jsonb, c uuid, k double precision)
              ORDER BY w.o) AS w
     ON CONFLICT (workspace_id, table_name, record_id) DO UPDATE
        SET seq = excluded.seq, deleted = excluded.deleted, record = excluded.record,
            updated_by = excluded.updated_by, updated_at = excluded.updated_at,
            clipped_at = excluded.clipped_at`,
    [caller.workspaceId, caller.memberId, now.toISOString(), JSON.stringify(rows)],
  );
}

/** A pull waiting for its page: the caller's credentials and where its client is. */
export interface PullRequest {
  credentials: Credentials;
  cursor: number;
  limit: number;
}

/**
 * A pull's answer: the caller, the response body, and whether retention is due in its workspace
 * (runRetentionIfDue).
 */
export interface PullResult {
  caller: Caller;
  body: string;
  retentionDue: boolean;
}

interface PullRow extends AuthenticatedRow {
  i: number;
  retention_days: number | null;
  retention_checked_at: Date | null;
  cursor: number | null;
  changes: string | null;
  more: boolean;
}

/**
 * Authenticates several pulls and reads their pages in one statement, one round trip to the
 * database for all of them: pulling is what every client does most. Each pull is exactly what it
 * would be alone (its own token, time, rate-limit count, cursor and limit); the tokens must be
 * distinct, as PullBatcher makes them, since one statement cannot count a token's row twice.
 *
 * `asked` holds the pulls (`i` is their position); `caller`, `touched` and `counted` do what
 * AUTHENTICATED_CTE does for one token, for each of them. Rate-limit rows are written, and the
 * tokens whose use is recorded are locked, in the order of their hashes: two statements (say of two
 * instances) with the same tokens take the row locks in the same order and cannot deadlock.
 *
 * A pull of a known token that may read gets its page: its workspace's records changed after its
 * cursor, each in its latest state, by seq, at most its limit (one more is read to know whether
 * there are more). The database writes each change as the JSON text of contract 4 and joins them,
 * so the records are handed on as the JSON text it holds, never parsed and serialised again.
 */
const PULL_SQL = `
  WITH asked AS (
    SELECT *
      FROM unnest($1::text[], $2::bigint[], $3::timestamptz[], $4::timestamptz[],
                  $5::timestamptz[], $6::bigint[], $7::integer[])
           WITH ORDINALITY AS a (hash, minute, now, expired_before, touch_before, cursor, lim, i)
  ), caller AS (
    SELECT a.i, a.minute, t.hash, t.revoked_at IS NOT NULL AS revoked,
           t.last_used_at <= a.expired_before AS expired,
           m.id AS member_id, m.workspace_id, m.role, m.name
      FROM asked AS a
      JOIN tokens AS t ON t.hash = a.hash
      JOIN members AS m ON m.id = t.member_id
  ), touched AS (
    UPDATE tokens AS t SET last_used_at = due.now
      FROM (SELECT t.hash, a.now
              FROM asked AS a JOIN tokens AS t ON t.hash = a.hash
             WHERE t.revoked_at IS NULL
               AND t.last_used_at > a.expired_before AND t.last_used_at <= a.touch_before
             ORDER BY t.hash
               FOR UPDATE OF t) AS due
     WHERE t.hash = due.hash
  ), counted AS (
    INSERT INTO rate_limits AS r (token_hash, minute, requests)
    SELECT hash, minute, 1 FROM caller ORDER BY hash
    ON CONFLICT (token_hash) DO UPDATE
       SET minute = excluded.minute,
           requests = CASE WHEN r.minute = excluded.minute THEN r.requests + 1 ELSE 1 END
    RETURNING token_hash, requests
  )
  SELECT c.i, c.revoked, c.expired, counted.requests, c.member_id, c.workspace_id, c.role,
         c.name, w.retention_days, w.retention_checked_at, page.cursor, page.changes, page.more
    FROM caller AS c
    JOIN counted ON counted.token_hash = c.hash
    JOIN asked AS a ON a.i = c.i
    JOIN workspaces AS w ON w.id = c.workspace_id
    CROSS JOIN LATERAL (
      SELECT max(r.seq) FILTER (WHERE r.n <= a.lim) AS cursor,
             string_agg(
               CASE WHEN r.deleted
                    THEN '{"seq":' || r.seq || ',"table":' || to_json(r.table_name)
                         || ',"op":"delete","record":{"id":' || to_json(r.record_id) || '}}'
                    ELSE '{"seq":' || r.seq || ',"table":' || to_json(r.table_name)
                         || ',"op":"put","record":' || r.record_text || '}'
               END, ',' ORDER BY r.seq) FILTER (WHERE r.n <= a.lim) AS changes,
             count(*) > a.lim AS more
        FROM (SELECT seq, table_name, record_id, deleted, record_text,
                     row_number() OVER (ORDER BY seq) AS n
                FROM records
               WHERE workspace_id = c.workspace_id AND seq > a.cursor
                 AND NOT c.revoked AND NOT c.expired AND counted.requests <= $8
               ORDER BY seq
               LIMIT a.lim + 1) AS r
    ) AS page`;

/**
 * Runs pulls with distinct tokens as one statement (PULL_SQL) and answers each: its page, or the
 * refusal of its token (401, 429) as an ApiError in its place.
 */
export async function pullMany(
  storage: Queryable,
  requests: PullRequest[],
): Promise<(PullResult | ApiError)[]> {
  const column = <T>(pick: (request: PullRequest) => T) => requests.map(pick);
  const params = requests.map(({ credentials }) => authenticationParams(credentials));
  const [first] = requests;
  if (!first) return [];
  const rows = await storage.query<PullRow>(PULL_SQL, [
    params.map((param) => param[0]),
    params.map((param) => param[1]),
    params.map((param) => param[2]),
    params.map((param) => param[3]),
    params.map((param) => param[4]),
    column((request) => request.cursor),
    column((request) => request.limit),
    first.credentials.rateLimitPerMinute,
  ]);
  const byPosition = new Map(rows.map((row) => [Number(row.i), row]));
  return requests.map((request, index) => {
    const row = byPosition.get(index + 1);
    let caller: Caller;
    try {
      caller = toCaller(row, request.credentials);
    } catch (error) {
      if (error instanceof ApiError) return error;
      throw error;
    }
    const found = row as PullRow;
    return {
      caller,
      body: `{"cursor":${found.cursor ?? request.cursor},"changes":[${found.changes ?? ''}],"more":${found.more}}`,
      retentionDue: retentionDue(
        { retentionDays: found.retention_days, retentionCheckedAt: found.retention_checked_at },
        request.credentials.now,
      ),
    };
  });
}

/** Most pulls in one statement: enough to share the round trip, few enough to keep it quick. */
const MAX_PULL_BATCH = 100;

/**
 * Pulls that arrive while the database is busy with earlier ones wait here and then go to it
 * together, as one statement (pullMany): under load, many pulls share one round trip, one parse
 * of the parameters and one commit; alone, a pull goes at once. At most `concurrency` statements
 * are in flight. A token is in at most one of them: a second pull with the same token waits for
 * the next, so every pull is counted and answered exactly as it would be alone. Nothing here
 * outlives a request: it is a queue of the requests in flight, not a cache.
 */
export class PullBatcher {
  private readonly waiting: {
    request: PullRequest;
    resolve: (result: PullResult) => void;
    reject: (error: unknown) => void;
  }[] = [];
  private inFlight = 0;
  private scheduled = false;
  private readonly busyTokens = new Set<string>();

  constructor(
    private readonly storage: Queryable,
    private readonly concurrency: number,
  ) {}

  pull(request: PullRequest): Promise<PullResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ request, resolve, reject });
      this.schedule();
    });
  }

  /**
   * Sends what waits after the current turn of the event loop: the pulls whose requests arrived
   * in the same turn go together.
   */
  private schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.send();
    });
  }

  private send() {
    while (this.inFlight < this.concurrency && this.waiting.length > 0) {
      const batch: typeof this.waiting = [];
      const rest: typeof this.waiting = [];
      const tokens = new Set<string>();
      for (const entry of this.waiting) {
        const hash = entry.request.credentials.tokenHash;
        if (batch.length < MAX_PULL_BATCH && !tokens.has(hash) && !this.busyTokens.has(hash)) {
          tokens.add(hash);
          batch.push(entry);
        } else {
          rest.push(entry);
        }
      }
      if (batch.length === 0) return;
      this.waiting.splice(0, this.waiting.length, ...rest);
      for (const hash of tokens) this.busyTokens.add(hash);
      this.inFlight += 1;
      this.run(batch).finally(() => {
        for (const hash of tokens) this.busyTokens.delete(hash);
        this.inFlight -= 1;
        this.send();
      });
    }
  }

  private async run(batch: typeof this.waiting) {
    let results: (PullResult | ApiError)[];
    try {
      results = await pullMany(
        this.storage,
        batch.map((entry) => entry.request),
      );
    } catch (error) {
      for (const entry of batch) entry.reject(error);
      return;
    }
    for (const [index, entry] of batch.entries()) {
      const result = results[index];
      if (result === undefined) entry.reject(new Error('a pull of the batch got no answer'));
      else if (result instanceof ApiError) entry.reject(result);
      else entry.resolve(result);
    }
  }
}
