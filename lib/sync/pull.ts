import { Dexie, type Table } from 'dexie';
import { z } from 'zod';
import type { VliegwielDatabase } from '../db/database';
import { deleteSignals, saveSignals, signalTables } from '../db/store';
import { type Group, groupSchema } from '../schema/contacts';
import {
  eventSchema,
  type Initiative,
  initiativeSchema,
  type Signal,
  signalSchema,
  type TimelineEvent,
} from '../schema/records';
import { leaveOutOfOutbox } from './outbox';
import { type Change, type PullPage, SYNCED_TABLES, type SyncedTable } from './protocol';
import type { ServerApi } from './server-api';
import { CURRENT, type SyncConnection } from './state';

/** A change from the server that this version cannot read; nothing of its page is applied. */
export class UnreadableChangeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableChangeError';
  }
}

type SyncedRecord = Signal | Initiative | TimelineEvent | Group;

const RECORD_SCHEMAS: Record<SyncedTable, z.ZodType<SyncedRecord>> = {
  signals: signalSchema,
  initiatives: initiativeSchema,
  events: eventSchema,
  groups: groupSchema,
};

type ReadChange =
  | { table: SyncedTable; op: 'put'; id: string; record: SyncedRecord }
  | { table: SyncedTable; op: 'delete'; id: string };

/**
 * Pulls the workspace's changes after the cursor, page by page. Each page is applied, and the
 * cursor moved past it, in one transaction: a pull cut off halfway starts again after the last
 * page applied. Returns the number of changes applied.
 */
export async function pullChanges(
  db: VliegwielDatabase,
  api: Pick<ServerApi, 'pull'>,
  connection: SyncConnection,
): Promise<number> {
  let cursor = connection.cursor;
  let applied = 0;
  for (;;) {
    const page = await api.pull(cursor);
    const outcome = await applyPage(db, connection, cursor, page);
    if (outcome === 'superseded') return applied;
    applied += outcome;
    if (!page.more || page.cursor <= cursor) return applied;
    cursor = page.cursor;
  }
}

/**
 * Applies one page of changes. A record that still has a change of its own waiting in the
 * outbox is left as it is: that change is pushed after this one was made, so it wins by server
 * order and comes back in a later pull (last writer wins, per record). A deleted event is the
 * exception: the workspace never takes it back, so it goes here too. Signals are written through
 * the store, so their index, words and change log follow. A record already exactly as pulled
 * (this browser's own change coming back) is not written again.
 *
 * A signal's deletion takes every event about it, as it does in the workspace (which also drops
 * events about it that arrive later). When the workspace deleted a signal, or events about one,
 * and the signal stays here (a change waiting here will bring it back, or someone already did),
 * the events about it that are still here are queued again: the workspace may have dropped them
 * while the signal was gone, and takes one it has as a no-op.
 *
 * Returns 'superseded' when the cursor is no longer the one the page was asked from (another
 * sync of this browser applied it meanwhile, or the workspace was left): nothing is applied then.
 */
async function applyPage(
  db: VliegwielDatabase,
  connection: SyncConnection,
  fromCursor: number,
  page: PullPage,
): Promise<number | 'superseded'> {
  const changes = page.changes.map(readChange);
  return db.transaction(
    'rw',
    [...signalTables(db), db.initiatives, db.groups, db.outbox, db.syncConnection],
    async (transaction) => {
      leaveOutOfOutbox(transaction);
      const current = await db.syncConnection.get(CURRENT);
      if (current?.clientId !== connection.clientId || current.cursor !== fromCursor) {
        return 'superseded';
      }
      const waiting = await pendingRecords(db, changes);
      const latest = new Map<string, ReadChange>();
      /** Signals the workspace deleted and a change waiting here will bring back. */
      const comingBack = new Set<string>();
      for (const change of changes) {
        const key = `${change.table}/${change.id}`;
        const deletion = change.op === 'delete';
        if (!waiting.has(key) || (deletion && change.table === 'events')) {
          latest.set(key, change);
        } else if (deletion && change.table === 'signals') {
          comingBack.add(change.id);
        }
      }
      const deletedIds = (table: SyncedTable) =>
        [...latest.values()]
          .filter((change) => change.table === table && change.op === 'delete')
          .map((change) => change.id);
      const deletedEvents = await db.events.bulkGet(deletedIds('events'));
      const signalsOfDeletedEvents = deletedEvents.flatMap((event) =>
        event?.signalId ? [event.signalId] : [],
      );

      let applied = 0;
      for (const table of SYNCED_TABLES) {
        const tableChanges = [...latest.values()].filter((change) => change.table === table);
        if (tableChanges.length > 0) applied += await applyToTable(db, table, tableChanges);
      }
      for (const signalId of deletedIds('signals')) {
        await db.events.bulkDelete(await eventKeysAbout(db, signalId));
      }
      await queueEventsAgain(db, [...comingBack, ...signalsOfDeletedEvents]);
      await db.syncConnection.update(CURRENT, { cursor: page.cursor });
      return applied;
    },
  );
}

function eventKeysAbout(db: VliegwielDatabase, signalId: string) {
  return db.events
    .where('[signalId+at]')
    .between([signalId, Dexie.minKey], [signalId, Dexie.maxKey])
    .primaryKeys();
}

/** Queues the events about those of these signals that are here. */
async function queueEventsAgain(db: VliegwielDatabase, signalIds: readonly string[]) {
  const unique = [...new Set(signalIds)];
  const present = (await db.signals.bulkGet(unique)).filter((signal) => signal !== undefined);
  for (const signal of present) {
    const keys = await eventKeysAbout(db, signal.id);
    await db.outbox.bulkAdd(keys.map((key) => ({ table: 'events' as const, key })));
  }
}

function readChange(change: Change): ReadChange {
  if (change.op === 'delete') return { table: change.table, op: 'delete', id: change.record.id };
  const parsed = RECORD_SCHEMAS[change.table].safeParse(change.record);
  if (!parsed.success) {
    throw new UnreadableChangeError(
      `change ${change.seq} (${change.table} ${change.record.id}) cannot be read: ${z.prettifyError(parsed.error)}`,
    );
  }
  return { table: change.table, op: 'put', id: parsed.data.id, record: parsed.data };
}

async function pendingRecords(db: VliegwielDatabase, changes: readonly ReadChange[]) {
  if (changes.length === 0) return new Set<string>();
  const entries = await db.outbox
    .where('[table+key]')
    .anyOf(changes.map((change) => [change.table, change.id]))
    .toArray();
  return new Set(entries.map((entry) => `${entry.table}/${entry.key}`));
}

async function applyToTable(
  db: VliegwielDatabase,
  table: SyncedTable,
  changes: readonly ReadChange[],
): Promise<number> {
  const store = db.table(table) as Table<SyncedRecord, string>;
  const existing = await store.bulkGet(changes.map((change) => change.id));
  const puts: SyncedRecord[] = [];
  const deletes: string[] = [];
  changes.forEach((change, position) => {
    const local = existing[position];
    if (change.op === 'delete') {
      if (local) deletes.push(change.id);
    } else if (!local || !sameRecord(local, change.record)) {
      puts.push(change.record);
    }
  });
  if (table === 'signals') {
    await saveSignals(db, puts as Signal[]);
    await deleteSignals(db, deletes);
  } else {
    await store.bulkPut(puts);
    await store.bulkDelete(deletes);
  }
  return puts.length + deletes.length;
}

/** Equal as JSON values whatever the order of their keys (the server's jsonb reorders them). */
function sameRecord(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
