import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clipPost } from '../db/signals';
import type { TimelineEvent } from '../schema/records';
import { xCapture } from '../testing/factories';
import { addComment } from '../tracker/activity';
import { deleteSignals, restoreSignals } from '../tracker/deletion';
import { createInitiative, setInitiativeStatus, updateInitiative } from '../tracker/initiatives';
import { setTriage } from '../tracker/triage';
import { connectWorkspace, leaveWorkspace } from './membership';
import type { Role } from './protocol';
import { syncWithWorkspace } from './run';
import type { Fetch } from './server-api';
import { CURRENT } from './state';
import { SERVER_URL } from './sync-fixture';
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
import { workspaceAdmin } from './workspace';

// Two (or three) browsers syncing through the real server, in this process.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(async () => {
  await server.close();
});

const opened: TestBrowser[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((browser) => browser.db.delete()));
});

function browser(name: string) {
  const created = testBrowser(name, server);
  opened.push(created);
  return created;
}

/** Alice creates a workspace; Bob joins it with an invite for `role`. */
async function aliceAndBob(bobRole: Role = 'moderator') {
  const alice = browser('alice');
  const bob = browser('bob');
  await createWorkspace(alice);
  await joinWorkspace(alice, bob, bobRole);
  return { alice, bob };
}

async function clip(browser: TestBrowser, text = 'De lantaarnpaal op de Biltstraat is kapot.') {
  const { signal } = await clipPost(
    browser.db,
    xCapture({ text }),
    browser.clock,
    {},
    undefined,
    await browser.actor(),
  );
  return signal;
}

const sync = (browser: TestBrowser, fetch: Fetch = server.fetch) =>
  syncWithWorkspace({ db: browser.db, fetch, now: browser.clock.now }, { force: true });

describe('sync between two browsers', () => {
  it('brings a clip to the other browser once, with its history, index and change log', async () => {
    const { alice, bob } = await aliceAndBob();
    const signal = await clip(alice);
    expect(await sync(alice)).toBe('synced');
    expect(await alice.db.outbox.count()).toBe(0);
    expect(await sync(bob)).toBe('synced');

    expect(await bob.db.signals.get(signal.id)).toEqual(signal);
    expect(await bob.db.signalIndex.get(signal.id)).toMatchObject({ clippedBy: signal.clippedBy });
    expect((await bob.db.signalIndex.get(signal.id))?.words).toContain('lantaarnpaal');
    expect((await bob.db.signalChanges.toArray()).flatMap((change) => change.ids)).toEqual([
      signal.id,
    ]);
    const [clipped] = await bob.db.events.toArray();
    expect(clipped).toMatchObject({ kind: 'clipped', signalId: signal.id, actorName: 'Alice' });
    // Pulling again changes nothing: the cursor is past it, and Bob queued nothing of it.
    expect(await sync(bob)).toBe('synced');
    expect(await bob.db.signalChanges.count()).toBe(1);
    expect(await bob.db.outbox.count()).toBe(0);
  });

  it('gives both browsers the same initiative when both change it: the later push wins', async () => {
    const { alice, bob } = await aliceAndBob();
    const signal = await clip(alice);
    const initiative = await createInitiative(alice.db, alice.clock, await alice.actor(), {
      title: 'Licht op de Biltstraat',
      category: 'roads',
      signalIds: [signal.id],
    });
    await sync(alice);
    await sync(bob);

    alice.clock.advance(60_000);
    bob.clock.advance(120_000);
    await updateInitiative(alice.db, alice.clock, await alice.actor(), initiative.id, {
      title: 'Donkere Biltstraat',
    });
    await setInitiativeStatus(bob.db, bob.clock, await bob.actor(), initiative.id, 'raised');
    expect(await sync(alice)).toBe('synced');
    expect(await sync(bob)).toBe('synced');
    expect(await sync(alice)).toBe('synced');

    const [atAlice, atBob] = await Promise.all([
      alice.db.initiatives.get(initiative.id),
      bob.db.initiatives.get(initiative.id),
    ]);
    expect(atAlice).toEqual(atBob);
    // Bob pushed last: his whole record wins, Alice's title with it.
    expect(atBob).toMatchObject({ status: 'raised', title: 'Licht op de Biltstraat' });
    // The history keeps both: events are only ever added.
    const kinds = async (browser: TestBrowser) =>
      (await browser.db.events.where('initiativeId').equals(initiative.id).toArray())
        .map((event) => event.kind)
        .sort();
    expect(await kinds(alice)).toEqual(await kinds(bob));
    expect(await kinds(bob)).toEqual(['created', 'edited', 'linked', 'status-changed']);
  });

  it('keeps the local change of a record that changed on the server meanwhile, and then both agree', async () => {
    const { alice, bob } = await aliceAndBob();
    const signal = await clip(alice);
    await sync(alice);
    await sync(bob);
    await setTriage(bob.db, bob.clock, await bob.actor(), [signal.id], 'acknowledged');
    await setTriage(alice.db, alice.clock, await alice.actor(), [signal.id], 'done');
    await sync(alice);
    // Bob's pull brings Alice's 'done' after Bob's push: Bob's 'acknowledged' is later, and wins.
    await sync(bob);
    await sync(alice);
    expect((await alice.db.signals.get(signal.id))?.triage).toBe('acknowledged');
    expect((await bob.db.signals.get(signal.id))?.triage).toBe('acknowledged');
    expect(await alice.db.signalIndex.get(signal.id)).toMatchObject({ triage: 'acknowledged' });
  });

  it('sends a push again when its answer was lost, and the server applies it once', async () => {
    const { alice, bob } = await aliceAndBob();
    const signal = await clip(alice);
    // The server applies the push, but the answer never arrives (a restart, a dropped line).
    const cutOff: Fetch = async (input, init) => {
      const response = await server.fetch(input, init);
      if (input.endsWith('/v1/sync/push')) throw new TypeError('Failed to fetch');
      return response;
    };
    expect(await sync(alice, cutOff)).toBe('failed');
    expect(await alice.db.outbox.count()).toBe(2);
    expect(await sync(bob)).toBe('synced');
    const cursor = (await bob.db.syncConnection.get(CURRENT))?.cursor;

    expect(await sync(alice)).toBe('synced');
    expect(await alice.db.outbox.count()).toBe(0);
    // The replay wrote nothing new: Bob has nothing more to pull.
    expect(await sync(bob)).toBe('synced');
    expect((await bob.db.syncConnection.get(CURRENT))?.cursor).toBe(cursor);
    expect(await bob.db.signals.toCollection().primaryKeys()).toEqual([signal.id]);
    expect(await bob.db.events.count()).toBe(1);
  });

  it('deletes a signal in the other browser too, with its index and its own history', async () => {
    const { alice, bob } = await aliceAndBob();
    const signal = await clip(alice);
    await sync(alice);
    await sync(bob);
    await deleteSignals(alice.db, alice.clock, await alice.actor(), [signal.id]);
    await sync(alice);
    await sync(bob);
    expect(await bob.db.signals.count()).toBe(0);
    expect(await bob.db.signalIndex.count()).toBe(0);
    // Alice owns the workspace, so the deletion of the signal's own events goes out too.
    expect(await bob.db.events.count()).toBe(0);
  });

  it('puts a change a member may not make aside, says so, and sends the rest', async () => {
    const { alice, bob } = await aliceAndBob('member');
    const alicesSignal = await clip(alice);
    await sync(alice);
    await sync(bob);
    await setTriage(bob.db, bob.clock, await bob.actor(), [alicesSignal.id], 'acknowledged');
    const bobsSignal = await clip(bob, 'Ratten achter de school aan de Kerkstraat.');
    expect(await sync(bob)).toBe('synced');
    expect(await bob.db.outbox.count()).toBe(0);
    expect(await bob.db.refusedChanges.toArray()).toEqual([
      expect.objectContaining({ table: 'signals', key: alicesSignal.id, reason: 'forbidden' }),
    ]);
    await sync(alice);
    expect(await alice.db.signals.get(bobsSignal.id)).toEqual(bobsSignal);
    expect((await alice.db.signals.get(alicesSignal.id))?.triage).toBe('new');
    // Bob's 'triaged' event is his own record, and is shared.
    const triaged = await alice.db.events.filter((event) => event.kind === 'triaged').toArray();
    expect(triaged).toEqual([expect.objectContaining({ signalId: alicesSignal.id })]);
  });
});

describe('deleting a signal everywhere', () => {
  /** Alice's clip, in an initiative, with Bob's comment on it; shared with both. */
  async function sharedSignal() {
    const { alice, bob } = await aliceAndBob();
    const signal = await clip(alice);
    await createInitiative(alice.db, alice.clock, await alice.actor(), {
      title: 'Licht op de Biltstraat',
      category: 'roads',
      signalIds: [signal.id],
    });
    await sync(alice);
    await sync(bob);
    await addComment(bob.db, bob.clock, await bob.actor(), {
      signalId: signal.id,
      text: 'Gisteren nog steeds kapot',
    });
    await sync(bob);
    await sync(alice);
    return { alice, bob, signal };
  }

  const onServer = async (browser: TestBrowser) =>
    serverRecords(server.storage, await workspaceIdOf(browser.db));

  /** Both browsers hold exactly what the workspace holds. */
  async function expectAllAgree(alice: TestBrowser, bob: TestBrowser) {
    const workspace = await onServer(alice);
    expect(await browserRecords(alice.db)).toEqual(workspace);
    expect(await browserRecords(bob.db)).toEqual(workspace);
    return workspace;
  }

  const eventsAbout = (records: { events: Array<{ id: string }> }, signalId: string) =>
    (records.events as TimelineEvent[]).filter((event) => event.signalId === signalId);

  it("removes it from the workspace and every browser with every event about it, the initiative's too", async () => {
    const { alice, bob, signal } = await sharedSignal();
    // Bob moderates: he may delete Alice's clip, though not events; the server removes those.
    await deleteSignals(bob.db, bob.clock, await bob.actor(), [signal.id]);
    await sync(bob);
    await sync(alice);
    const workspace = await expectAllAgree(alice, bob);
    expect(workspace.signals).toEqual([]);
    expect(eventsAbout(workspace, signal.id)).toEqual([]);
    expect(workspace.initiatives).toHaveLength(1);
  });

  it('changes nothing in the workspace when undone before the deletion went out', async () => {
    const { alice, bob, signal } = await sharedSignal();
    const before = await onServer(alice);
    const deleted = await deleteSignals(bob.db, bob.clock, await bob.actor(), [signal.id]);
    await restoreSignals(bob.db, deleted);
    expect(await sync(bob)).toBe('synced');
    expect(await onServer(alice)).toEqual(before);
    await sync(alice);
    await expectAllAgree(alice, bob);
  });

  it('brings it back everywhere without its history when undone after the deletion went out', async () => {
    const { alice, bob, signal } = await sharedSignal();
    const deleted = await deleteSignals(bob.db, bob.clock, await bob.actor(), [signal.id]);
    await sync(bob);
    await sync(alice);
    expect(await alice.db.signals.get(signal.id)).toBeUndefined();

    await restoreSignals(bob.db, deleted);
    await sync(bob);
    await sync(alice);
    const workspace = await expectAllAgree(alice, bob);
    expect(workspace.signals).toEqual([await alice.db.signals.get(signal.id)]);
    // The workspace took the history away for good, and takes no deleted event back.
    expect(eventsAbout(workspace, signal.id)).toEqual([]);
  });

  it('leaves no trace of a deletion made again after an undo that was never sent', async () => {
    const { alice, bob, signal } = await sharedSignal();
    const deleted = await deleteSignals(bob.db, bob.clock, await bob.actor(), [signal.id]);
    await sync(bob);
    // Undone, then deleted again before the next push: the workspace deleted it already, and
    // drops this deletion's 'unlinked' event without a word.
    await restoreSignals(bob.db, deleted);
    await deleteSignals(bob.db, bob.clock, await bob.actor(), [signal.id]);
    await sync(bob);
    await sync(alice);
    const workspace = await expectAllAgree(alice, bob);
    expect(eventsAbout(workspace, signal.id)).toEqual([]);
  });

  it('comes back once when two members undo their deletions of it', async () => {
    const { alice, bob, signal } = await sharedSignal();
    const byAlice = await deleteSignals(alice.db, alice.clock, await alice.actor(), [signal.id]);
    await sync(alice);
    const byBob = await deleteSignals(bob.db, bob.clock, await bob.actor(), [signal.id]);
    await sync(bob);
    await restoreSignals(alice.db, byAlice);
    await restoreSignals(bob.db, byBob);
    await sync(alice);
    await sync(bob);
    await sync(alice);
    const workspace = await expectAllAgree(alice, bob);
    expect(workspace.signals.map((record) => record.id)).toEqual([signal.id]);
    expect(eventsAbout(workspace, signal.id)).toEqual([]);
  });

  it('leaves a signal deleted again, by a deletion not yet sent, to the undo of that deletion', async () => {
    const { alice, bob, signal } = await sharedSignal();
    // Bob moderates: he deletes it and undoes that after it went out; it is back, without history.
    const first = await deleteSignals(bob.db, bob.clock, await bob.actor(), [signal.id]);
    await sync(bob);
    await restoreSignals(bob.db, first);
    await sync(bob);
    await sync(alice);
    const comment = await addComment(bob.db, bob.clock, await bob.actor(), {
      signalId: signal.id,
      text: 'Nu ook de paal ernaast',
    });
    await sync(bob);
    // He deletes it again, which takes the comment here, and before that goes out undoes the
    // first deletion. Restoring that older copy would send it as a put instead of the deletion,
    // and the workspace, which takes no moderator's deletion of an event, would keep the comment.
    const second = await deleteSignals(bob.db, bob.clock, await bob.actor(), [signal.id]);
    expect(await restoreSignals(bob.db, first)).toEqual([]);
    await sync(bob);
    await sync(alice);
    let workspace = await expectAllAgree(alice, bob);
    expect(workspace.signals).toEqual([]);

    // The later deletion's own undo still brings it back (without history: it went out).
    expect((await restoreSignals(bob.db, second)).map((restored) => restored.id)).toEqual([
      signal.id,
    ]);
    await sync(bob);
    await sync(alice);
    workspace = await expectAllAgree(alice, bob);
    expect(workspace.signals.map((record) => record.id)).toEqual([signal.id]);
    expect(workspace.events.map((event) => event.id)).not.toContain(comment.id);
  });

  it('brings no history back when a deletion that went out is undone after an earlier change of the signal was refused', async () => {
    const { alice, bob } = await aliceAndBob('member');
    const signal = await clip(alice);
    await sync(alice);
    await sync(bob);
    await setTriage(bob.db, bob.clock, await bob.actor(), [signal.id], 'acknowledged');
    await sync(bob);
    expect(await bob.db.refusedChanges.count()).toBe(1);
    const bobsId = (await bob.db.syncConnection.get(CURRENT))?.member.id as string;
    await workspaceAdmin(alice.deps).changeRole(bobsId, 'moderator');
    // The deletion goes out; the refused triage before it must not make it look as if it had not.
    const deleted = await deleteSignals(bob.db, bob.clock, await bob.actor(), [signal.id]);
    await sync(bob);
    await restoreSignals(bob.db, deleted);
    await sync(bob);
    await sync(alice);
    const workspace = await expectAllAgree(alice, bob);
    expect(workspace.signals.map((record) => record.id)).toEqual([signal.id]);
    expect(eventsAbout(workspace, signal.id)).toEqual([]);
  });

  it('is undone by a change made without knowing of it, which brings the signal back with its new events', async () => {
    const { alice, bob, signal } = await sharedSignal();
    await deleteSignals(alice.db, alice.clock, await alice.actor(), [signal.id]);
    await sync(alice);
    // Bob has not pulled the deletion: he comments, then changes the signal.
    const comment = await addComment(bob.db, bob.clock, await bob.actor(), {
      signalId: signal.id,
      text: 'Nu ook de lamp ernaast',
    });
    await setTriage(bob.db, bob.clock, await bob.actor(), [signal.id], 'acknowledged');
    await sync(bob);
    await sync(alice);
    await sync(bob);
    const workspace = await expectAllAgree(alice, bob);
    expect(workspace.signals).toEqual([expect.objectContaining({ triage: 'acknowledged' })]);
    expect(eventsAbout(workspace, signal.id).map((event) => event.id)).toContain(comment.id);
  });

  it('keeps a comment the workspace dropped while the signal was deleted, once an undo brings it back', async () => {
    const { alice, bob, signal } = await sharedSignal();
    const deleted = await deleteSignals(alice.db, alice.clock, await alice.actor(), [signal.id]);
    await sync(alice);
    // Bob's comment goes out while the signal is deleted, and his pull is cut off.
    const comment = await addComment(bob.db, bob.clock, await bob.actor(), {
      signalId: signal.id,
      text: 'Nu ook de lamp ernaast',
    });
    const noPull: Fetch = async (input, init) => {
      if (input.includes('/v1/sync/pull')) throw new TypeError('Failed to fetch');
      return server.fetch(input, init);
    };
    expect(await sync(bob, noPull)).toBe('failed');
    expect(await bob.db.outbox.count()).toBe(0);
    await restoreSignals(alice.db, deleted);
    await sync(alice);
    await sync(bob);
    await sync(bob);
    await sync(alice);
    const workspace = await expectAllAgree(alice, bob);
    expect(eventsAbout(workspace, signal.id).map((event) => event.id)).toContain(comment.id);
  });

  it('takes a comment made without knowing of it along, when nothing brings the signal back', async () => {
    const { alice, bob, signal } = await sharedSignal();
    await deleteSignals(alice.db, alice.clock, await alice.actor(), [signal.id]);
    await sync(alice);
    await addComment(bob.db, bob.clock, await bob.actor(), {
      signalId: signal.id,
      text: 'Nu ook de lamp ernaast',
    });
    await sync(bob);
    await sync(alice);
    const workspace = await expectAllAgree(alice, bob);
    expect(workspace.signals).toEqual([]);
    expect(eventsAbout(workspace, signal.id)).toEqual([]);
  });
});

describe('membership', () => {
  it('names the members in both browsers, and a role changed by the owner counts at once', async () => {
    const { alice, bob } = await aliceAndBob('member');
    await sync(alice);
    const bobsId = (await bob.db.syncConnection.get(CURRENT))?.member.id as string;
    expect(await alice.db.members.get(bobsId)).toEqual({ id: bobsId, name: 'Bob', role: 'member' });
    await workspaceAdmin(alice.deps).changeRole(bobsId, 'moderator');
    expect((await alice.db.members.get(bobsId))?.role).toBe('moderator');
    await sync(bob);
    expect((await bob.db.syncConnection.get(CURRENT))?.member.role).toBe('moderator');
  });

  it("makes the server member this browser's member, and shares what was here only when asked", async () => {
    const sharing = browser('sharing');
    const keeping = browser('keeping');
    const localId = (await sharing.actor()).id;
    const shared = await clip(sharing);
    const kept = await clip(keeping);
    const connection = await connectWorkspace(sharing.deps, {
      kind: 'create',
      serverUrl: SERVER_URL,
      workspaceName: 'Buurt West',
      memberName: 'Anna',
      shareExisting: true,
    });
    const memberId = connection.member.id;
    expect(await sharing.actor()).toEqual({ id: memberId, name: 'Anna' });
    expect((await sharing.db.signals.get(shared.id))?.clippedBy).toBe(memberId);
    expect(await sharing.db.signalIndex.get(shared.id)).toMatchObject({ clippedBy: memberId });
    expect(await sharing.db.events.where('actorId').equals(localId).count()).toBe(0);
    expect(await sync(sharing)).toBe('synced');

    const invite = await workspaceAdmin(sharing.deps).createInvite('member');
    await connectWorkspace(keeping.deps, {
      kind: 'join',
      serverUrl: SERVER_URL,
      code: invite.code,
      memberName: 'Bert',
      shareExisting: false,
    });
    expect(await keeping.db.outbox.count()).toBe(0);
    await sync(keeping);
    await sync(sharing);
    expect(await keeping.db.signals.get(shared.id)).toMatchObject({ clippedBy: memberId });
    expect(await sharing.db.signals.get(kept.id)).toBeUndefined();
  });

  it('stops syncing when the member is removed, and leaving afterwards forgets the workspace here', async () => {
    const { alice, bob } = await aliceAndBob('member');
    const bobsId = (await bob.db.syncConnection.get(CURRENT))?.member.id as string;
    await workspaceAdmin(alice.deps).removeMember(bobsId);
    await clip(bob);
    expect(await sync(bob)).toBe('stopped');
    expect((await bob.db.syncConnection.get(CURRENT))?.refusedAt).toBeDefined();
    expect((await bob.db.syncStatus.get(CURRENT))?.problem?.kind).toBe('unauthorised');
    // Nothing is dropped while stopped: the clip stays queued until Bob leaves.
    expect(await bob.db.outbox.count()).toBe(2);
    expect(await sync(bob)).toBe('stopped');

    await leaveWorkspace(bob.deps);
    expect(await bob.db.syncConnection.count()).toBe(0);
    expect(await bob.db.outbox.count()).toBe(0);
    expect(await bob.db.signals.count()).toBe(1);
  });

  it('leaves on the server, except for the last owner', async () => {
    const { alice, bob } = await aliceAndBob('member');
    await expect(leaveWorkspace(alice.deps)).rejects.toMatchObject({
      details: { code: 'last-owner' },
    });
    expect(await alice.db.syncConnection.count()).toBe(1);
    await leaveWorkspace(bob.deps);
    expect(await bob.db.syncConnection.count()).toBe(0);
    await sync(alice);
    expect((await alice.db.members.toArray()).filter((member) => member.role)).toEqual([
      expect.objectContaining({ name: 'Alice', role: 'owner' }),
    ]);
  });
});
