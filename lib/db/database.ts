import { Dexie, type EntityTable } from 'dexie';
import type { Group } from '../schema/contacts';
import type { Initiative, Member, Signal, TimelineEvent } from '../schema/records';
import { outboxMiddleware } from '../sync/outbox';
import type { Role } from '../sync/protocol';
import type { OutboxEntry, RefusedChange, SyncConnection, SyncStatus } from '../sync/state';
import type { InboxCheckpoint } from './inbox-snapshot';
import { signalIndexEntry } from './signal-index';

export const DATABASE_NAME = 'vliegwiel';

/**
 * The filterable summary of a signal, kept beside it by every write (lib/db/signal-index.ts):
 * the fields the tracker filters on, with the user's corrections applied, and the words it is
 * found by. Local only; the signal itself is the record that is shared.
 */
export interface SignalIndexEntry {
  id: string;
  clippedAt: string;
  category: string;
  verdict: string;
  municipality: string;
  site: string;
  triage: string;
  clippedBy: string;
  /** The initiative id, or '' when the signal is not linked. */
  initiativeId: string;
  /** The words of its text, note, author and places, for search and places; not indexed. */
  words: string[];
}

/**
 * One write of signals: the ids it saved or deleted, numbered one after the other. Pages that keep
 * signals in memory follow these instead of re-reading the signals (lib/db/inbox-snapshot.ts).
 */
export interface SignalChange {
  revision: number;
  ids: string[];
}

/**
 * The extension's database. It lives in the extension origin only: the background and the
 * extension pages read and write it through lib/ (liveQuery tells every page of changes); content
 * scripts never open it, because IndexedDB opened there would belong to the social site's origin.
 */
export class VliegwielDatabase extends Dexie {
  signals!: EntityTable<Signal, 'id'>;
  signalIndex!: EntityTable<SignalIndexEntry, 'id'>;
  signalChanges!: EntityTable<SignalChange, 'revision'>;
  inboxCheckpoints!: EntityTable<InboxCheckpoint, 'revision'>;
  initiatives!: EntityTable<Initiative, 'id'>;
  events!: EntityTable<TimelineEvent, 'id'>;
  /** People in the tracker: the workspace's members, with their role while they are members. */
  members!: EntityTable<Member & { role?: Role }, 'id'>;
  groups!: EntityTable<Group, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'id'>;
  syncConnection!: EntityTable<SyncConnection, 'id'>;
  syncStatus!: EntityTable<SyncStatus, 'id'>;
  refusedChanges!: EntityTable<RefusedChange, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    // A clip is confirmed to the user once its transaction completes; Chromium completes relaxed
    // transactions before the data reaches the disk, so it is asked to wait for the disk.
    super(name, { chromeTransactionDurability: 'strict' });
    // Each version lists every index; Dexie upgrades older databases in place.
    this.version(1).stores({
      // postKey finds an earlier clip of the same post; clippedAt orders lists newest first.
      signals: 'id, postKey, clippedAt',
    });
    this.version(2).stores({
      // source.url finds an earlier clip of the same selection on the same page.
      signals: 'id, postKey, clippedAt, source.url',
    });
    this.version(3)
      .stores({
        signals: 'id, postKey, clippedAt, source.url, initiativeId',
        // One compound index per filter, each ending in clippedAt, so a filtered list comes out
        // newest first straight from the index.
        signalIndex:
          'id, clippedAt, [category+clippedAt], [verdict+clippedAt], [municipality+clippedAt], [site+clippedAt], [triage+clippedAt], [clippedBy+clippedAt], [initiativeId+clippedAt]',
        signalWords: 'id, *words',
        signalChanges: 'revision',
        // The tracker's snapshot of all signals, saved whole so that the next page reads one
        // record instead of every index entry (lib/db/inbox-snapshot.ts). An upgrade that changes
        // signals, their index entries or their words without saveSignals must clear it.
        inboxCheckpoints: 'revision',
        initiatives: 'id, lastActivityAt, status, mergedInto',
        // An initiative's or a signal's timeline, oldest first.
        events: 'id, [initiativeId+at], [signalId+at], actorId',
        members: 'id',
        // Groups of residents, found by municipality and topic for suggestions.
        groups: 'id, area.municipality, *topics',
      })
      .upgrade(async (tx) => {
        // Signals stored before version 3 get their index entries, words included (version 5
        // keeps them there). No change is recorded: a page opens the database, so loads
        // everything, only after the upgrade.
        const signals = await tx.table<Signal, string>('signals').toArray();
        await tx
          .table<SignalIndexEntry, string>('signalIndex')
          .bulkPut(signals.map(signalIndexEntry));
      });
    this.version(4).stores({
      // The changes waiting to be pushed to the workspace, in order (lib/sync/outbox.ts); a pull
      // leaves a record alone while it has one.
      outbox: '++id, [table+key]',
      // The workspace this browser is connected to, and how syncing with it goes.
      syncConnection: 'id',
      syncStatus: 'id',
      // Changes the workspace refused, kept to tell the user.
      refusedChanges: '++id',
    });
    // Writing a signal cost a record in three tables and some 30 index keys, 19 of them one per
    // word: an import of 100,000 signals took 70 to 80 s in Chromium, whose IndexedDB pays per
    // record and per index key far more than per byte. Version 5 keeps a signal's words in its
    // index entry, without an index of them, and indexes the entry only by what the popup and
    // the badge filter on (triage, category, municipality) and by time: two records and about 7
    // keys a signal. queryInbox tests the rest on the entries its indexes leave
    // (lib/db/inbox.ts), and the tracker filters in memory (lib/db/inbox-snapshot.ts). Nothing
    // orders the signals themselves by time any more.
    this.version(5)
      .stores({
        signals: 'id, postKey, source.url, initiativeId',
        signalIndex:
          'id, clippedAt, [category+clippedAt], [municipality+clippedAt], [triage+clippedAt]',
        signalWords: null,
      })
      .upgrade(async (tx) => {
        // Every entry gets its words, from the signal, as saveSignals makes it. No change is
        // recorded and the checkpoint holds: the filters and words are the same as before.
        const signals = await tx.table<Signal, string>('signals').toArray();
        await tx
          .table<SignalIndexEntry, string>('signalIndex')
          .bulkPut(signals.map(signalIndexEntry));
      });
    this.use(outboxMiddleware);
  }
}
