import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { openStorage, type Storage } from '../../server/storage';
import { VliegwielDatabase } from '../db/database';
import { clipPost } from '../db/signals';
import type { PostCapture } from '../schema/capture';
import {
  INITIATIVE_STATUSES,
  type Signal,
  type TimelineEvent,
  TRIAGE_STATES,
} from '../schema/records';
import { actorOf, loadSettings } from '../settings-store';
import { addComment } from '../tracker/activity';
import { type DeletedSignals, deleteSignals, restoreSignals } from '../tracker/deletion';
import { TrackerError } from '../tracker/errors';
import {
  createInitiative,
  linkSignals,
  setInitiativeStatus,
  unlinkSignals,
  updateInitiative,
} from '../tracker/initiatives';
import { setTriage } from '../tracker/triage';
import { syncWithWorkspace } from './run';
import type { Fetch } from './server-api';
import { CURRENT } from './state';
import {
  browserRecords,
  createWorkspace,
  joinWorkspace,
  serverRecords,
  workspaceIdOf,
} from './testing-server';
import { memorySettings } from './testing-settings';
import { workspaceAdmin } from './workspace';

// Two browsers and the real server, thousands of random operations: clips, triage, comments,
// initiatives, deletions and their undo, on either browser; sync rounds, some of them cut off
// (a request that never arrives, an answer lost after the server applied it); server restarts;
// an owner turning pseudonymised authors on and off. Then both browsers sync until nothing
// moves, and both must hold exactly what the server holds.
//
// A restart is a new server process on the same database, with the answer to the request in
// flight lost: the server keeps nothing that matters outside its database (server/README.md).
// Reopening PGlite from a directory would add its 15-second first start to every run.
//
// Replay a failure with the seed it names: SOAK_SEED=<seed> npx vitest run lib/sync/soak.test.ts
// (SOAK_OPERATIONS changes the number of operations).

const SEED = Number(process.env.SOAK_SEED ?? Math.floor(Math.random() * 2 ** 32));
const OPERATIONS = Number(process.env.SOAK_OPERATIONS ?? 2000);
/** Rounds of "both sync" after which the browsers must have settled. */
const SETTLING_ROUNDS = 10;

/** Mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 2 ** 32;
  };
  const below = (count: number) => Math.floor(next() * count);
  return {
    chance: (probability: number) => next() < probability,
    below,
    pick: <T>(items: readonly T[]): T | undefined => items[below(items.length)],
    /** A version 4 UUID from this sequence, so that a replay makes the same records. */
    uuid: () => {
      const hex = Array.from({ length: 32 }, () => below(16).toString(16));
      hex[12] = '4';
      hex[16] = (8 + below(4)).toString(16);
      const text = hex.join('');
      return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
    },
  };
}
const random = seededRandom(SEED);

// The server, restartable: a new app (process) over the same storage.
let storage: Storage;
let app: ReturnType<typeof createApp>;
function startServerProcess() {
  app = createApp({ storage, log: () => {}, rateLimitPerMinute: 1_000_000 });
}
const serverFetch: Fetch = async (input, init) => app.request(input, init);

beforeAll(async () => {
  storage = await openStorage({ dataDir: 'memory://' });
  startServerProcess();
}, 60_000);

const databases: VliegwielDatabase[] = [];
afterAll(async () => {
  await Promise.all(databases.map((db) => db.delete()));
  await storage.close();
});

type Fault = 'unsent' | 'answer-lost' | 'restart';

/**
 * `fetch` for one round whose `at`-th request fails: it never reaches the server, or the server
 * applies it and the answer is lost (also when the server restarts meanwhile).
 */
function faultyFetch(fault: Fault, at: number): Fetch {
  let requests = 0;
  return async (input, init) => {
    requests += 1;
    if (requests !== at) return app.request(input, init);
    if (fault !== 'unsent') await app.request(input, init);
    if (fault === 'restart') startServerProcess();
    throw new TypeError('Failed to fetch');
  };
}

function browser(name: string) {
  const db = new VliegwielDatabase(`soak-${name}-${SEED}-${random.uuid()}`);
  databases.push(db);
  let time = Date.parse('2026-11-27T10:00:00.000Z');
  const clock = {
    now: () => new Date(time),
    newId: random.uuid,
    advance: (ms: number) => {
      time += ms;
    },
  };
  const settings = memorySettings();
  return {
    name,
    db,
    clock,
    deps: { db, fetch: serverFetch, now: clock.now, newId: clock.newId, settings },
    actor: async () => actorOf(await loadSettings(settings, clock.newId)),
    /** Deletions made here that the user could still undo. */
    deletions: [] as DeletedSignals[],
  };
}
type Browser = ReturnType<typeof browser>;

const HANDLES = ['Buurtbewoner', 'jan_utrecht', 'lantaarnfan'];
let posts = 0;

/** A new post each time (two clips of one post would be two signals by design, not a fault). */
function capture(): PostCapture {
  posts += 1;
  const id = String(1_790_000_000_000_000_000n + BigInt(posts));
  const handle = random.pick(HANDLES) as string;
  const text = `Melding ${posts}: de lantaarnpaal op de Biltstraat is kapot.`;
  switch (random.below(3)) {
    case 0:
      return {
        key: `x:${id}`,
        text,
        source: {
          site: 'x',
          url: `https://x.com/${handle}/status/${id}`,
          postId: id,
          authorHandle: handle,
          authorName: `${handle} uit Utrecht`,
        },
      };
    case 1: {
      const account = `${handle.toLowerCase()}.bsky.social`;
      return {
        key: `bluesky:${account}/3k${posts}`,
        text,
        source: {
          site: 'bluesky',
          url: `https://bsky.app/profile/${account}/post/3k${posts}`,
          postId: `3k${posts}`,
          authorHandle: account,
        },
        media: [`https://cdn.bsky.app/img/feed_fullsize/plain/did:plc:${handle}/bafk${posts}@jpeg`],
      };
    }
    default:
      return {
        key: `mastodon:buurt.social/@${handle}/${id}`,
        text,
        source: {
          site: 'mastodon',
          url: `https://buurt.social/@${handle}/${id}`,
          postId: id,
          authorHandle: `${handle}@buurt.social`,
        },
      };
  }
}

async function signalIds(at: Browser) {
  return (await at.db.signals.orderBy('id').primaryKeys()) as string[];
}

async function openInitiativeIds(at: Browser) {
  const initiatives = await at.db.initiatives.orderBy('id').toArray();
  return initiatives.filter((initiative) => !initiative.mergedInto).map(({ id }) => id);
}

/** A few of this browser's signals, in a replayable order. */
async function someSignals(at: Browser) {
  const ids = await signalIds(at);
  const chosen = new Set<string>();
  const count = 1 + random.below(3);
  for (let index = 0; index < count && ids.length > 0; index++) {
    chosen.add(random.pick(ids) as string);
  }
  return [...chosen];
}

let pseudonymising = false;

async function sync(at: Browser, fetch: Fetch = serverFetch) {
  return syncWithWorkspace({ db: at.db, fetch, now: at.clock.now }, { force: true });
}

/** One random operation on `at`; `owner` is the browser that may change the settings. */
async function operate(at: Browser, owner: Browser) {
  at.clock.advance(1 + random.below(60_000));
  const actor = await at.actor();
  const roll = random.below(100);
  if (roll < 14) {
    await clipPost(at.db, capture(), at.clock, {}, undefined, actor);
  } else if (roll < 24) {
    const ids = await someSignals(at);
    const state = random.pick(TRIAGE_STATES) ?? 'new';
    if (ids.length > 0) await setTriage(at.db, at.clock, actor, ids, state);
  } else if (roll < 34) {
    const signalId = random.pick(await signalIds(at));
    const initiativeId = random.pick(await openInitiativeIds(at));
    const subject = random.chance(0.6) ? { signalId } : { initiativeId };
    const about = subject.signalId ?? subject.initiativeId;
    if (about) await addComment(at.db, at.clock, actor, { ...subject, text: `Opmerking ${roll}` });
  } else if (roll < 39) {
    await createInitiative(at.db, at.clock, actor, {
      title: `Initiatief ${posts}`,
      category: 'roads',
      signalIds: await someSignals(at),
    });
  } else if (roll < 45) {
    const initiativeId = random.pick(await openInitiativeIds(at));
    if (initiativeId) {
      await linkSignals(at.db, at.clock, actor, initiativeId, await someSignals(at));
    }
  } else if (roll < 48) {
    await unlinkSignals(at.db, at.clock, actor, await someSignals(at));
  } else if (roll < 54) {
    const initiativeId = random.pick(await openInitiativeIds(at));
    if (initiativeId && random.chance(0.5)) {
      await updateInitiative(at.db, at.clock, actor, initiativeId, {
        title: `Titel ${random.below(1000)}`,
      });
    } else if (initiativeId) {
      const status = random.pick(INITIATIVE_STATUSES) ?? 'idea';
      await setInitiativeStatus(at.db, at.clock, actor, initiativeId, status);
    }
  } else if (roll < 59) {
    const ids = await someSignals(at);
    if (ids.length > 0) at.deletions.push(await deleteSignals(at.db, at.clock, actor, ids));
  } else if (roll < 63) {
    const deletion = at.deletions.splice(random.below(at.deletions.length), 1)[0];
    if (deletion) await restoreSignals(at.db, deletion);
  } else if (roll < 78) {
    await sync(at);
  } else if (roll < 98) {
    const fault: Fault = random.pick(['unsent', 'answer-lost', 'restart'] as const) ?? 'unsent';
    await sync(at, faultyFetch(fault, 1 + random.below(4)));
  } else if (roll < 99) {
    startServerProcess();
  } else {
    pseudonymising = !pseudonymising;
    await workspaceAdmin(owner.deps).changeSettings({ pseudonymiseAuthors: pseudonymising });
  }
}

/** Syncs both until a round of both moves nothing; fails when they do not settle. */
async function settle(browsers: Browser[]) {
  for (let round = 0; round < SETTLING_ROUNDS; round++) {
    const before = await Promise.all(browsers.map((at) => at.db.syncConnection.get(CURRENT)));
    for (const at of browsers) expect(await sync(at)).toBe('synced');
    const after = await Promise.all(browsers.map((at) => at.db.syncConnection.get(CURRENT)));
    const queued = await Promise.all(browsers.map((at) => at.db.outbox.count()));
    const moved = after.some((connection, index) => connection?.cursor !== before[index]?.cursor);
    if (!moved && queued.every((count) => count === 0)) return;
  }
  throw new Error(`the browsers did not settle in ${SETTLING_ROUNDS} rounds`);
}

function contentOf({ id: _id, ...event }: TimelineEvent) {
  return JSON.stringify(Object.entries(event).sort(([a], [b]) => (a < b ? -1 : 1)));
}

it(`leaves two browsers and the server identical after ${OPERATIONS} random operations (seed ${SEED})`, async () => {
  try {
    const alice = browser('alice');
    const bob = browser('bob');
    await createWorkspace(alice);
    await joinWorkspace(alice, bob);

    for (let operation = 0; operation < OPERATIONS; operation++) {
      try {
        await operate(random.chance(0.5) ? alice : bob, alice);
      } catch (error) {
        // The tracker refusing an operation on what changed meanwhile is no fault of sync.
        if (!(error instanceof TrackerError)) throw error;
      }
    }
    await settle([alice, bob]);

    const workspace = await serverRecords(storage, await workspaceIdOf(alice.db));
    for (const at of [alice, bob]) {
      expect(await browserRecords(at.db), at.name).toEqual(workspace);
      expect(await at.db.outbox.count(), at.name).toBe(0);
      expect(await at.db.refusedChanges.count(), at.name).toBe(0);
      expect((await at.db.syncStatus.get(CURRENT))?.problem, at.name).toBeUndefined();
    }
    const postKeys = (workspace.signals as Signal[]).flatMap((signal) => signal.postKey ?? []);
    expect(new Set(postKeys).size).toBe(postKeys.length);
    const events = (workspace.events as TimelineEvent[]).map(contentOf);
    expect(new Set(events).size).toBe(events.length);
    // Enough happened for the comparison to mean something.
    expect(workspace.signals.length + workspace.events.length).toBeGreaterThan(OPERATIONS / 20);
  } catch (error) {
    throw new Error(
      `soak failed; replay with SOAK_SEED=${SEED} SOAK_OPERATIONS=${OPERATIONS}: ${String(error)}`,
      { cause: error },
    );
  }
}, 120_000);
