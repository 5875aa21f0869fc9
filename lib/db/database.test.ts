import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { fixedClock, initiativeRecord, signalRecord, xCapture } from '../testing/factories';
import { VliegwielDatabase } from './database';
import { queryInbox } from './inbox';
import { signalIndexEntry } from './signal-index';
import { clipSelection } from './signals';

describe('database upgrades', () => {
  it('keeps every signal stored by version 1 and indexes it for versions 2 and 3', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ signals: 'id, postKey, clippedAt' });
    const clock = fixedClock();
    const capture = xCapture();
    const stored = {
      id: clock.newId(),
      text: capture.text,
      source: capture.source,
      postKey: capture.key,
      clippedAt: clock.now().toISOString(),
      triage: 'new',
    };
    await v1.table('signals').add(stored);
    v1.close();

    const db = new VliegwielDatabase(name);
    expect(await db.signals.toArray()).toEqual([stored]);
    expect(db.verno).toBe(5);
    expect(await db.signals.where('source.url').equals(capture.source.url).count()).toBe(1);
    // Version 3 gives every signal its index entry and its words: found by a word of its text.
    expect((await db.signalIndex.get(stored.id))?.words).toContain('lantaarnpaal');
    expect((await queryInbox(db, { search: 'lantaarn' })).ids).toEqual([stored.id]);
    expect(await db.signalIndex.get(stored.id)).toMatchObject({
      initiativeId: '',
      triage: 'new',
      site: 'x',
    });
    expect(await db.signalChanges.count()).toBe(0);
    const outcome = await clipSelection(db, { text: 'nieuw', url: capture.source.url }, 'x', clock);
    expect(outcome.status).toBe('clipped');
    expect(await db.signalChanges.toArray()).toEqual([{ revision: 1, ids: [outcome.signal.id] }]);
    await db.delete();
  });

  it('keeps every record of version 3 in versions 4 and 5, which add the sync tables empty', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v3 = new Dexie(name);
    v3.version(3).stores(VERSION_3_STORES);
    const clock = fixedClock();
    const signal = signalRecord(clock);
    const initiative = initiativeRecord(clock);
    const { words, ...entry } = signalIndexEntry(signal);
    const records: Record<string, unknown[]> = {
      signals: [signal],
      signalIndex: [entry],
      signalChanges: [{ revision: 1, ids: [signal.id] }],
      inboxCheckpoints: [
        {
          revision: 1,
          layout: 1,
          ids: signal.id,
          times: new Float64Array([Date.parse(signal.clippedAt)]),
        },
      ],
      initiatives: [initiative],
      events: [
        {
          id: clock.newId(),
          at: clock.now().toISOString(),
          actorId: 'member-1',
          initiativeId: initiative.id,
          kind: 'created',
        },
      ],
      members: [{ id: 'member-1', name: 'Anna' }],
      groups: [{ id: clock.newId(), name: 'Buurtvereniging Oost', area: {}, topics: ['green'] }],
    };
    for (const [table, rows] of Object.entries(records)) await v3.table(table).bulkAdd(rows);
    await v3.table('signalWords').add({ id: signal.id, words });
    v3.close();

    const db = new VliegwielDatabase(name);
    await db.open();
    expect(db.verno).toBe(5);
    // Version 5 moves the words into the index entry.
    const upgraded = { ...records, signalIndex: [{ ...entry, words }] };
    for (const [table, rows] of Object.entries(upgraded)) {
      expect(await db.table(table).toArray()).toEqual(rows);
    }
    for (const table of ['outbox', 'syncConnection', 'syncStatus', 'refusedChanges']) {
      expect(await db.table(table).count()).toBe(0);
    }
    await db.delete();
  });

  it('moves the words of version 4 into the index entries in version 5, keeping the checkpoint', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v4 = new Dexie(name);
    v4.version(4).stores(VERSION_4_STORES);
    const clock = fixedClock();
    const street = signalRecord(clock, {
      text: 'Kapotte lantaarnpaal op de Biltstraat',
      municipality: 'GM0344',
    });
    const elsewhere = signalRecord(clock, { text: 'Gat in de weg', municipality: 'GM0344' });
    const signals = [street, elsewhere];
    const entries = signals.map(signalIndexEntry);
    const checkpoint = { revision: 2, layout: 1, ids: `${street.id}\n${elsewhere.id}` };
    await v4.table('signals').bulkAdd(signals);
    await v4.table('signalIndex').bulkAdd(entries.map(({ words, ...entry }) => entry));
    await v4.table('signalWords').bulkAdd(entries.map(({ id, words }) => ({ id, words })));
    await v4.table('signalChanges').bulkAdd([
      { revision: 1, ids: [street.id] },
      { revision: 2, ids: [elsewhere.id] },
    ]);
    await v4.table('inboxCheckpoints').add(checkpoint);
    v4.close();

    const db = new VliegwielDatabase(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.signals.toArray()).toEqual(signals);
    expect(await db.signalIndex.toArray()).toEqual(entries);
    expect(entries[0]?.words).toContain('biltstraat');
    expect(db.tables.map((table) => table.name)).not.toContain('signalWords');
    expect(db.signals.schema.indexes.map((index) => index.name)).not.toContain('clippedAt');
    expect(db.signalIndex.schema.indexes.map((index) => index.name)).toEqual([
      'clippedAt',
      '[category+clippedAt]',
      '[municipality+clippedAt]',
      '[triage+clippedAt]',
    ]);
    // Filters and words are what they were, so the tracker's checkpoint still holds.
    expect(await db.inboxCheckpoints.toArray()).toEqual([checkpoint]);
    // The popup's watched place is still found, by the words of the signals themselves.
    const watched = { municipalities: ['GM0344'], places: ['Biltstraat'] };
    expect((await queryInbox(db, watched)).ids).toEqual([street.id]);
    await db.delete();
  });
});

/** The stores of version 3 as they shipped, to make a database of that version. */
const VERSION_3_STORES = {
  signals: 'id, postKey, clippedAt, source.url, initiativeId',
  signalIndex:
    'id, clippedAt, [category+clippedAt], [verdict+clippedAt], [municipality+clippedAt], [site+clippedAt], [triage+clippedAt], [clippedBy+clippedAt], [initiativeId+clippedAt]',
  signalWords: 'id, *words',
  signalChanges: 'revision',
  inboxCheckpoints: 'revision',
  initiatives: 'id, lastActivityAt, status, mergedInto',
  events: 'id, [initiativeId+at], [signalId+at], actorId',
  members: 'id',
  groups: 'id, area.municipality, *topics',
};

/** The stores of version 4 as they shipped: version 3's, and the workspace's. */
const VERSION_4_STORES = {
  ...VERSION_3_STORES,
  outbox: '++id, [table+key]',
  syncConnection: 'id',
  syncStatus: 'id',
  refusedChanges: '++id',
};
