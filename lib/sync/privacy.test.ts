import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clipPost } from '../db/signals';
import { createMessageRouter } from '../messaging/router';
import type { PostCapture } from '../schema/capture';
import type { Signal } from '../schema/records';
import { xCapture } from '../testing/factories';
import { addComment } from '../tracker/activity';
import { setTriage } from '../tracker/triage';
import { workspaceControls } from './controls';
import { syncWithWorkspace } from './run';
import type { Fetch } from './server-api';
import { CURRENT } from './state';
import {
  browserRecords,
  createWorkspace,
  joinWorkspace,
  serverRecords,
  startTestServer,
  type TestBrowser,
  type TestServer,
  testBrowser,
  workspaceIdOf,
} from './testing-server';
import { sharedPostKeys, workspaceAdmin } from './workspace';

// What a workspace keeps of the people whose posts are clipped, and for how long: pseudonymised
// authors, retention, and tokens that expire; with the real server in this process, on a clock
// the tests move.

const DAY = 86_400_000;
const START = new Date('2026-11-27T10:00:00.000Z').getTime();
const TOKEN_IDLE_DAYS = 60;

let serverTime = START;
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    now: () => new Date(serverTime),
    tokenIdleDays: TOKEN_IDLE_DAYS,
  });
}, 60_000);
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  serverTime = START;
});

const opened: TestBrowser[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((browser) => browser.db.delete()));
});

/** A browser whose pushes are kept, as they left it. */
function browser(name: string) {
  const created = testBrowser(name, server);
  opened.push(created);
  const pushed: string[] = [];
  const fetch: Fetch = async (input, init) => {
    if (input.endsWith('/v1/sync/push')) pushed.push(String(init?.body));
    return server.fetch(input, init);
  };
  return { ...created, pushed, deps: { ...created.deps, fetch } };
}
type RecordingBrowser = ReturnType<typeof browser>;

/** Alice owns a workspace, Bob moderates it. */
async function aliceAndBob() {
  const alice = browser('alice');
  const bob = browser('bob');
  await createWorkspace(alice);
  await joinWorkspace(alice, bob);
  return { alice, bob };
}

const sync = (at: RecordingBrowser) =>
  syncWithWorkspace({ db: at.db, fetch: at.deps.fetch, now: at.clock.now }, { force: true });

async function clip(at: RecordingBrowser, capture: PostCapture = xCapture()) {
  const actor = await at.actor();
  return (await clipPost(at.db, capture, at.clock, {}, undefined, actor)).signal;
}

async function pseudonymise(owner: RecordingBrowser) {
  await workspaceAdmin(owner.deps).changeSettings({ pseudonymiseAuthors: true });
}

async function signalsOnServer(at: RecordingBrowser) {
  return (await serverRecords(server.storage, await workspaceIdOf(at.db))).signals as Signal[];
}

/** A post by the author every test clips: handle "buurtbewoner", name "Buurtbewoner Utrecht". */
const AUTHOR = /buurtbewoner/i;

describe('pseudonymised authors', () => {
  it('reach the workspace from every member as the same pseudonym, and nothing names the author', async () => {
    const { alice, bob } = await aliceAndBob();
    await pseudonymise(alice);
    await sync(bob);
    await clip(alice);
    await clip(bob);
    await sync(alice);
    await sync(bob);
    await sync(alice);

    const shared = await signalsOnServer(alice);
    expect(shared).toHaveLength(2);
    expect(JSON.stringify(shared)).not.toMatch(AUTHOR);
    const [first, second] = shared.map((signal) => signal.source);
    expect(first?.authorHandle).toMatch(/^anon:[\w-]{43}$/);
    expect(second?.authorHandle).toBe(first?.authorHandle);
    expect(first?.authorName).toBeUndefined();
    expect(first?.url).toMatch(/^https:\/\/x\.com\/i\/web\/status\/\d+$/);
    for (const member of [alice, bob]) {
      expect(member.pushed.length).toBeGreaterThan(0);
      for (const body of member.pushed) expect(body).not.toMatch(AUTHOR);
      // The copy here becomes what the workspace holds.
      expect((await browserRecords(member.db)).signals).toEqual(shared);
    }
  });

  it('differ between workspaces', async () => {
    const alice = browser('alice');
    const carol = browser('carol');
    await createWorkspace(alice);
    await createWorkspace(carol, 'Buurt West');
    for (const owner of [alice, carol]) {
      await pseudonymise(owner);
      await clip(owner);
      await sync(owner);
    }
    const [[inOost], [inWest]] = await Promise.all([
      signalsOnServer(alice),
      signalsOnServer(carol),
    ]);
    expect(inOost?.source.authorHandle).toMatch(/^anon:/);
    expect(inWest?.source.authorHandle).toMatch(/^anon:/);
    expect(inOost?.source.authorHandle).not.toBe(inWest?.source.authorHandle);
  });

  it('replace the author of a signal shared before, when it is next pushed', async () => {
    const { alice } = await aliceAndBob();
    const signal = await clip(alice);
    await sync(alice);
    expect(JSON.stringify(await signalsOnServer(alice))).toMatch(AUTHOR);

    await pseudonymise(alice);
    await sync(alice);
    // Nothing changed here, so nothing went out again.
    expect(JSON.stringify(await signalsOnServer(alice))).toMatch(AUTHOR);
    await setTriage(alice.db, alice.clock, await alice.actor(), [signal.id], 'acknowledged');
    await sync(alice);
    const [shared] = await signalsOnServer(alice);
    expect(JSON.stringify(shared)).not.toMatch(AUTHOR);
    expect(shared).toMatchObject({ id: signal.id, triage: 'acknowledged' });
  });

  it('turned on from the options page, replace the authors of everything shared before', async () => {
    const { alice, bob } = await aliceAndBob();
    await clip(bob);
    await clip(alice);
    await sync(bob);
    await sync(alice);
    await workspaceControls(alice.deps).changeSettings({ pseudonymiseAuthors: true }, true);
    await sync(alice);
    await sync(bob);

    const shared = await signalsOnServer(alice);
    expect(shared).toHaveLength(2);
    expect(JSON.stringify(shared)).not.toMatch(AUTHOR);
    expect((await browserRecords(bob.db)).signals).toEqual(shared);
  });
});

describe('a post whose key names its author', () => {
  it('is known as clipped under the key the workspace gives it, and not clipped twice', async () => {
    const { alice, bob } = await aliceAndBob();
    await pseudonymise(alice);
    const post: PostCapture = {
      key: 'bluesky:buurtbewoner.bsky.social/3kabc',
      text: 'De lantaarnpaal op de Biltstraat is kapot.',
      source: {
        site: 'bluesky',
        url: 'https://bsky.app/profile/buurtbewoner.bsky.social/post/3kabc',
        postId: '3kabc',
        authorHandle: 'buurtbewoner.bsky.social',
      },
    };
    const signal = await clip(alice, post);
    await sync(alice);
    await sync(bob);
    const pulled = await bob.db.signals.get(signal.id);
    expect(pulled?.postKey).toMatch(/^bluesky:anon:/);

    const route = createMessageRouter({
      db: bob.db,
      clock: bob.clock,
      classify: () => ({}),
      judge: () => ({ local: false, category: null, confidence: 0.8, tone: 'calm' }),
      explain: () => [],
      openTracker: async () => {},
      actor: bob.actor,
      findMunicipality: () => null,
      uiMessages: async () => ({ language: 'nl', messages: {} }),
      suggestionsFor: async () => null,
      postSuggestions: async () => ({ municipality: null, where: null, contacts: [], groups: [] }),
      sharedPostKeys: (keys) => sharedPostKeys(bob.db, keys),
    });
    expect(await route({ type: 'clip-status', keys: [post.key] })).toEqual({
      ok: true,
      result: { clipped: [{ key: post.key, signalId: signal.id }] },
    });
    expect(await route({ type: 'clip-post', post })).toEqual({
      ok: true,
      result: { status: 'already-clipped', signalId: signal.id },
    });
    expect(await bob.db.signals.count()).toBe(1);
  });
});

describe('retention', () => {
  it('removes signals from every browser, with their history, once the workspace keeps them no longer', async () => {
    const { alice, bob } = await aliceAndBob();
    await workspaceAdmin(alice.deps).changeSettings({ retentionDays: 30 });
    const old = await clip(alice);
    await addComment(alice.db, alice.clock, await alice.actor(), {
      signalId: old.id,
      text: 'Gemeld bij de gemeente',
    });
    alice.clock.advance(20 * DAY);
    const recent = await clip(alice);
    await sync(alice);
    await sync(bob);
    expect(await bob.db.signals.count()).toBe(2);

    serverTime = START + 31 * DAY;
    // The first pull lets retention run; the removals arrive with the next.
    await sync(bob);
    await sync(bob);
    await sync(alice);
    for (const member of [alice, bob]) {
      expect(await member.db.signals.toCollection().primaryKeys()).toEqual([recent.id]);
      expect(await member.db.signalIndex.toCollection().primaryKeys()).toEqual([recent.id]);
      expect(await member.db.events.where('signalId').equals(old.id).count()).toBe(0);
      expect(await browserRecords(member.db)).toEqual(
        await serverRecords(server.storage, await workspaceIdOf(member.db)),
      );
    }
  });
});

describe('an expired token', () => {
  it('stops syncing, and says so apart from a removed member', async () => {
    const { alice, bob } = await aliceAndBob();
    serverTime = START + 30 * DAY;
    // Alice keeps using hers; Bob's goes unused.
    expect(await sync(alice)).toBe('synced');
    serverTime = START + (TOKEN_IDLE_DAYS + 1) * DAY;
    expect(await sync(alice)).toBe('synced');
    await clip(bob);
    expect(await sync(bob)).toBe('stopped');
    expect((await bob.db.syncStatus.get(CURRENT))?.problem).toMatchObject({
      kind: 'unauthorised',
      expired: true,
    });
    expect(await bob.db.outbox.count()).toBe(2);
  });
});
