/**
 * The sync server's benchmark, on PGlite and on PostgreSQL: `npm run bench:server`, or one of them
 * with `npm run bench:server -- pglite` (or `postgres`).
 *
 * For each, the server runs as its own process (`server/main.ts`, as `npm run server` starts it,
 * its request log going to a file), and this process is the clients:
 *
 * - push: one client pushes 10,000 signals in pushes of 500 mutations, one after the other. The
 *   signals are what clipping stores: the project's test posts joined into texts of up to 280
 *   characters, with source, author, classifier verdict, cues and places (about 1 kB of JSON).
 * - pull: a second client pulls them all, in pages of 1,000.
 * - concurrent pull: 200 connections, each with its own member token, pull for 10 s (autocannon),
 *   each pull returning the 10 latest changes: clients catching up. Each connection sends its
 *   next pull as soon as the last is answered, so this is the most the server does, and the
 *   latency is mostly time spent waiting in line: 200 connections / throughput on average. The
 *   rate limit is raised for the server, since 200 tokens pulling without pause exceed 300 a
 *   minute; each request still counts against it in the database. The same load runs for
 *   WARM_UP_SECONDS first, unmeasured, so that the figures are of a running server (compiled
 *   code, open database connections) rather than of its first seconds. The load average is printed
 *   before and after: the figures depend on what else the machine is doing.
 *
 * The server runs as `npm run server` starts it (server/command.ts, with its larger young
 * generation) and with its defaults otherwise: one process, a pool of 10 PostgreSQL connections,
 * and pulls gathered into at most two statements in flight (server/README.md, "Pulls").
 *
 * PostgreSQL is a throwaway cluster (scripts/postgres.ts) with its default durability (fsync on);
 * PGlite keeps its data in a temporary directory. Both run on this machine, next to the clients,
 * so the figures include the clients' own CPU use.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { ownPostTexts } from '../lib/classify/own-posts';
import { SERVER_NODE_ARGUMENTS } from '../server/command';
import { startPostgres } from './postgres';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SIGNALS = 10_000;
const PUSH_SIZE = 500;
const PULL_PAGE = 1000;
const CONNECTIONS = 200;
const LOAD_SECONDS = 10;
const WARM_UP_SECONDS = 2;
const CHANGES_PER_POLL = 10;
const TWEET_LENGTH = 280;
const SITES = ['x', 'reddit', 'mastodon', 'bluesky', 'facebook'] as const;
const PLACES = [
  ['Utrecht', 'GM0344'],
  ['Amsterdam', 'GM0363'],
  ['Zwolle', 'GM0193'],
  ['Groningen', 'GM0014'],
  ['Tilburg', 'GM0855'],
] as const;
const CATEGORIES = ['roads', 'green', 'nuisance', 'traffic', 'cleanliness', 'safety'] as const;

interface Member {
  token: string;
  member: { id: string };
}

/** Full-length posts from the classifier's test posts, cut at a word. */
function loadTexts(): string[] {
  const posts = ownPostTexts();
  return posts.map((_, i) => {
    let text = '';
    for (let k = i; text.length < TWEET_LENGTH; k++) text += `${posts[k % posts.length]} `;
    const end = text.lastIndexOf(' ', TWEET_LENGTH);
    return text.slice(0, end > 0 ? end : TWEET_LENGTH);
  });
}

function realisticSignal(n: number, text: string, clippedBy: string) {
  const site = SITES[n % SITES.length] as (typeof SITES)[number];
  const [place, municipality] = PLACES[n % PLACES.length] as (typeof PLACES)[number];
  const category = CATEGORIES[n % CATEGORIES.length] as (typeof CATEGORIES)[number];
  const postId = String(1_790_000_000_000_000_000n + BigInt(n));
  return {
    id: crypto.randomUUID(),
    text,
    source: {
      site,
      url: `https://${site === 'x' ? 'x.com' : `${site}.example.com`}/buurtbewoner${n % 500}/status/${postId}`,
      postId,
      authorHandle: `buurtbewoner${n % 500}`,
      authorName: `Buurtbewoner ${n % 500}`,
      postedAt: new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString(),
    },
    postKey: `${site}:${postId}`,
    clippedAt: new Date(Date.UTC(2025, 0, 1) + n * 60_000 + 30_000).toISOString(),
    clippedBy,
    verdict: 'local-issue',
    category,
    confidence: 0.82,
    tone: n % 3 === 0 ? 'heated' : 'calm',
    evidence: [
      { cue: 'kapot', kind: 'problem', weight: 1.5, category },
      { cue: place.toLowerCase(), kind: 'place', weight: 1 },
    ],
    municipality,
    places: [{ kind: 'place', name: place, municipality }],
    triage: 'new',
  };
}

async function request(
  base: string,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** `server/main.ts` as its own process, ready once /healthz answers. */
async function startServer(environment: Record<string, string>, logFile: string) {
  const port = await freePort();
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, [...SERVER_NODE_ARGUMENTS], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...environment,
      PORT: String(port),
      HOST: '127.0.0.1',
      RATE_LIMIT_PER_MINUTE: '1000000',
    },
    stdio: ['ignore', log, 'inherit'],
  });
  closeSync(log);
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`the server exited (${code})`))),
  );
  const url = `http://127.0.0.1:${port}`;
  const ready = (async () => {
    for (;;) {
      try {
        if ((await fetch(`${url}/healthz`)).ok) return;
      } catch {
        // Not listening yet: PGlite takes seconds to start.
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  await Promise.race([ready, exited]);
  exited.catch(() => {});
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function bench(base: string, texts: string[]) {
  const lines: string[] = [];
  const owner = (await request(base, 'POST', '/v1/workspaces', undefined, {
    name: 'Bench',
    memberName: 'Owner',
  })) as Member;
  const invite = (await request(base, 'POST', '/v1/invites', owner.token, {
    role: 'member',
    maxUses: CONNECTIONS + 1,
  })) as { code: string };
  const members: Member[] = [];
  for (let n = 0; n <= CONNECTIONS; n++) {
    members.push(
      (await request(base, 'POST', '/v1/join', undefined, {
        code: invite.code,
        memberName: `Member ${n}`,
      })) as Member,
    );
  }

  const signals = Array.from({ length: SIGNALS }, (_, n) =>
    realisticSignal(n, texts[n % texts.length] as string, owner.member.id),
  );
  const pushMs: number[] = [];
  let bytes = 0;
  const pushStarted = performance.now();
  for (let offset = 0; offset < SIGNALS; offset += PUSH_SIZE) {
    const body = {
      clientId: 'bench-client-a',
      mutations: signals.slice(offset, offset + PUSH_SIZE).map((record, k) => ({
        id: offset + k + 1,
        op: 'put',
        table: 'signals',
        record,
      })),
    };
    bytes += JSON.stringify(body).length;
    const started = performance.now();
    await request(base, 'POST', '/v1/sync/push', owner.token, body);
    pushMs.push(performance.now() - started);
  }
  const pushSeconds = (performance.now() - pushStarted) / 1000;
  pushMs.sort((a, b) => a - b);
  lines.push(
    `push: ${SIGNALS.toLocaleString('en')} signals in ${SIGNALS / PUSH_SIZE} pushes of ${PUSH_SIZE} (${(bytes / SIGNALS).toFixed(0)} bytes each): ${pushSeconds.toFixed(2)} s, ${Math.round(SIGNALS / pushSeconds).toLocaleString('en')} signals/s; per push median ${pushMs[Math.floor(pushMs.length / 2)]?.toFixed(0)} ms, slowest ${pushMs.at(-1)?.toFixed(0)} ms`,
  );

  const reader = members[CONNECTIONS] as Member;
  let cursor = 0;
  let pulled = 0;
  let pages = 0;
  const pullStarted = performance.now();
  for (;;) {
    const page = (await request(
      base,
      'GET',
      `/v1/sync/pull?cursor=${cursor}&limit=${PULL_PAGE}`,
      reader.token,
    )) as { cursor: number; changes: unknown[]; more: boolean };
    pulled += page.changes.length;
    pages += 1;
    cursor = page.cursor;
    if (!page.more) break;
  }
  const pullSeconds = (performance.now() - pullStarted) / 1000;
  if (pulled !== SIGNALS) throw new Error(`pulled ${pulled} changes, expected ${SIGNALS}`);
  lines.push(
    `pull: ${pulled.toLocaleString('en')} changes in ${pages} pages of ${PULL_PAGE}: ${pullSeconds.toFixed(2)} s, ${Math.round(pulled / pullSeconds).toLocaleString('en')} changes/s`,
  );

  const url = `${base}/v1/sync/pull?cursor=${cursor - CHANGES_PER_POLL}&limit=${PULL_PAGE}`;
  await pullLoad(url, members, WARM_UP_SECONDS);
  const loadBefore = loadavg()[0] ?? 0;
  const load = await pullLoad(url, members, LOAD_SECONDS);
  const loadAfter = loadavg()[0] ?? 0;
  lines.push(
    `concurrent pull: ${CONNECTIONS} connections (a token each) for ${LOAD_SECONDS} s after ${WARM_UP_SECONDS} s of warming up, ${CHANGES_PER_POLL} changes a pull: ${describeLoad(load)}; load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after`,
  );
  return lines;
}

/** Pulls on `CONNECTIONS` connections, one member token each, each without pause. */
function pullLoad(url: string, members: Member[], seconds: number) {
  let nextToken = 0;
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    setupClient(client) {
      const member = members[nextToken++ % CONNECTIONS] as Member;
      client.setHeaders({ authorization: `Bearer ${member.token}` });
    },
  });
}

function describeLoad(result: autocannon.Result) {
  const failed = result.non2xx + result.errors + result.timeouts;
  const failures =
    failed > 0
      ? ` (${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts)`
      : '';
  return `${Math.round(result.requests.average).toLocaleString('en')} requests/s, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; ${result.requests.total.toLocaleString('en')} requests, ${failed} failed${failures}`;
}

const texts = loadTexts();
const chosen = process.argv.slice(2);
const backends = chosen.length > 0 ? chosen : ['pglite', 'postgres'];
for (const name of backends) {
  if (name !== 'pglite' && name !== 'postgres') {
    console.error(`✗ unknown backend ${name}: choose pglite or postgres`);
    process.exit(1);
  }
}
console.log(
  `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; load average at start: ${loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')} (other work on the machine slows these figures)`,
);
for (const name of backends) {
  const directory = mkdtempSync(join(tmpdir(), 'vliegwiel-bench-server-'));
  const postgres = name === 'postgres' ? await startPostgres({ durable: true }) : null;
  const environment: Record<string, string> = postgres
    ? { DATABASE_URL: postgres.url }
    : { VLIEGWIEL_DATA_DIR: join(directory, 'data') };
  const server = await startServer(environment, join(directory, 'server.log'));
  try {
    console.log(`\n[${name}]`);
    for (const line of await bench(server.url, texts)) console.log(`  ${line}`);
  } finally {
    await server.stop();
    await postgres?.stop();
    rmSync(directory, { recursive: true, force: true });
  }
}
