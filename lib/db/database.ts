import { Dexie, type EntityTable } from 'dexie';
import type { Initiative, Member, Signal, TimelineEvent } from '../schema/records';
import { signalIndexEntry } from './signal-index';

export const DATABASE_NAME = 'vliegwiel';

/**
 * The searchable summary of a signal, kept beside it by every write (lib/db/signal-index.ts):
 * the fields the tracker filters on, with the user's corrections applied, and the words of its
 * text. Local only; the signal itself is the record that is shared.
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
  /** The initiative id, or '' when the signal is not linked: IndexedDB cannot index a missing value. */
  initiativeId: string;
  words: string[];
}

/**
 * The extension's database. It lives in the extension origin only: the background and the
 * extension pages read and write it through lib/ (liveQuery tells every page of changes); content
 * scripts never open it, because IndexedDB opened there would belong to the social site's origin.
 */
export class VliegwielDatabase extends Dexie {
  signals!: EntityTable<Signal, 'id'>;
  signalIndex!: EntityTable<SignalIndexEntry, 'id'>;
  initiatives!: EntityTable<Initiative, 'id'>;
  events!: EntityTable<TimelineEvent, 'id'>;
  members!: EntityTable<Member, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
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
        // newest first straight from the index; words for full-text search by prefix.
        signalIndex:
          'id, clippedAt, [category+clippedAt], [verdict+clippedAt], [municipality+clippedAt], [site+clippedAt], [triage+clippedAt], [clippedBy+clippedAt], [initiativeId+clippedAt], *words',
        initiatives: 'id, lastActivityAt, status, mergedInto',
        // An initiative's or a signal's timeline, oldest first.
        events: 'id, [initiativeId+at], [signalId+at], actorId',
        members: 'id',
      })
      .upgrade(async (tx) => {
        // Signals stored before version 3 get their index entries.
        const signals = await tx.table<Signal, string>('signals').toArray();
        await tx
          .table<SignalIndexEntry, string>('signalIndex')
          .bulkPut(signals.map(signalIndexEntry));
      });
  }
}
