import type { VliegwielDatabase } from '../db/database';
import type { Signal } from '../schema/records';
import { leaveOutOfOutbox } from './outbox';
import type { Mutation, SyncedTable } from './protocol';
import { type Pseudonymiser, pseudonymiser, pseudonymiseSignal } from './pseudonyms';
import { type ServerApi, ServerError } from './server-api';
import type { OutboxEntry, RefusedChange, SyncConnection, SyncProblem } from './state';

/** The server takes 500 by default; fewer keep a push quick on a slow connection. */
const MAX_MUTATIONS_PER_PUSH = 200;
/** Well below the server's 1 MiB, so a push is never refused for its size as a whole. */
const MAX_PUSH_BYTES = 512 * 1024;

export interface PushDeps {
  db: VliegwielDatabase;
  api: Pick<ServerApi, 'push'>;
  now(): Date;
}

export interface PushOutcome {
  /** Mutations the server acknowledged. */
  pushed: number;
  /** The change the server could not accept, which holds up the queue behind it. */
  blocked?: Extract<SyncProblem, { kind: 'refused-change' }>;
}

interface Batch {
  /** The outbox entries the batch covers: all of them up to its last one. */
  lastEntryId: number;
  entryCount: number;
  mutations: Mutation[];
  /** Events about signals whose deletion is queued: not sent, and removed here once acknowledged. */
  leftOut: Mutation[];
}

/**
 * Sends the changes queued when the push starts, oldest first, and removes each entry only once
 * the server has acknowledged its id; a push that is cut off (network, server restart) leaves
 * the entries to be sent again, and the server skips the ids it already applied.
 *
 * A refusal names the mutation. One the workspace's rules forbid (403, 409) or too large to ever
 * send (413) is moved to the refused changes, and the rest go on. One the server cannot read
 * (400) stays first in the queue with everything behind it, so that nothing is sent out of order
 * and nothing is dropped unseen; the changes before it are still sent.
 */
export async function pushOutbox(deps: PushDeps, connection: SyncConnection): Promise<PushOutcome> {
  const { db, api } = deps;
  await queueEventsAfterTheirSignals(db);
  const last = (await db.outbox.orderBy('id').lastKey()) as number | undefined;
  if (last === undefined) return { pushed: 0 };
  const pseudonyms =
    connection.settings?.pseudonymiseAuthors && connection.pseudonymKey
      ? await pseudonymiser(connection.pseudonymKey)
      : undefined;
  let pushed = 0;
  let limit = MAX_MUTATIONS_PER_PUSH;
  let upTo = last;
  for (;;) {
    const read = await readBatch(db, connection, upTo, limit);
    if (read.entryCount === 0) return { pushed };
    const batch = pseudonyms ? await withPseudonyms(read, pseudonyms) : read;
    const bytes = new TextEncoder().encode(JSON.stringify(batch.mutations)).length;
    if (bytes > MAX_PUSH_BYTES && batch.entryCount > 1) {
      limit = Math.ceil(batch.entryCount / 2);
      continue;
    }
    if (batch.mutations.length === 0) {
      await acknowledge(db, batch.lastEntryId, batch.leftOut);
      continue;
    }
    let acknowledged: number;
    try {
      const applied = await api.push(connection.clientId, batch.mutations);
      // Acknowledging all it was sent covers the entries the batch did not send, too: their
      // decision (left out, not sent) was made with the others, and would not hold without them.
      const lastSent = (batch.mutations.at(-1) as Mutation).id;
      acknowledged = applied >= lastSent ? batch.lastEntryId : applied;
    } catch (error) {
      if (!(error instanceof ServerError)) throw error;
      const next = await afterRefusal(deps, batch, error);
      if (next === 'stop') throw error;
      if ('blocked' in next) return { pushed, blocked: next.blocked };
      limit = next.limit ?? MAX_MUTATIONS_PER_PUSH;
      upTo = next.upTo ?? last;
      continue;
    }
    const removed = await acknowledge(db, acknowledged, batch.leftOut);
    if (removed === 0) {
      throw new ServerError(
        'unreadable',
        `the server acknowledged mutation ${acknowledged}, none of these`,
      );
    }
    pushed += batch.mutations.filter((mutation) => mutation.id <= acknowledged).length;
    limit = MAX_MUTATIONS_PER_PUSH;
    upTo = last;
  }
}

type NextStep =
  | 'stop'
  | { blocked: NonNullable<PushOutcome['blocked']> }
  | { limit?: number; upTo?: number };

async function afterRefusal(deps: PushDeps, batch: Batch, error: ServerError): Promise<NextStep> {
  const { index } = error.details;
  const refused = index === undefined ? undefined : batch.mutations[index];
  const several = batch.mutations.length > 1;
  switch (error.kind) {
    case 'too-large':
      // Too many mutations or too many bytes for this server: halve until one is left alone.
      if (several) return { limit: Math.ceil(batch.entryCount / 2) };
      await refuse(deps, batch.mutations[0] as Mutation, 'too-large', error.message);
      return {};
    case 'forbidden':
    case 'conflict':
      if (!refused) return 'stop';
      await refuse(deps, refused, error.kind, error.message);
      return {};
    case 'invalid': {
      if (!refused) return 'stop';
      // The push is refused whole; the mutations before the bad one go first, on their own.
      if (index !== undefined && index > 0) return { upTo: refused.id - 1 };
      return {
        blocked: {
          kind: 'refused-change',
          message: error.message,
          ...(error.details.code ? { code: error.details.code } : {}),
          table: refused.table,
          key: refused.record.id,
          outboxId: refused.id,
        },
      };
    }
    default:
      return 'stop';
  }
}

/**
 * The first `limit` entries up to `upTo`, as mutations: each record once, as it is now, under
 * the id of its latest entry (earlier states need not travel: the latest wins anyway). An event
 * that is gone is not sent unless this member is an owner: events are append-only in a
 * workspace, and only owners delete them there.
 *
 * Events about a signal deleted here, whose deletion is queued, are left out: the workspace
 * removes the events about a deleted signal, and drops those that arrive after it. It says
 * nothing of either when the signal was deleted there already, and keeps them when it never had
 * the signal; left out, and removed here once the push is acknowledged, they end the same
 * everywhere.
 */
async function readBatch(
  db: VliegwielDatabase,
  connection: SyncConnection,
  upTo: number,
  limit: number,
): Promise<Batch> {
  return db.transaction(
    'r',
    [db.outbox, db.signals, db.initiatives, db.events, db.groups],
    async () => {
      const entries = await db.outbox.where('id').belowOrEqual(upTo).limit(limit).toArray();
      const latest = new Map<string, OutboxEntry>();
      for (const entry of entries) latest.set(`${entry.table}/${entry.key}`, entry);
      const byTable = groupByTable([...latest.values()]);
      const mutations: Mutation[] = [];
      for (const [table, tableEntries] of byTable) {
        const records = await db
          .table<{ id: string }, string>(table)
          .bulkGet(tableEntries.map((entry) => entry.key));
        tableEntries.forEach((entry, position) => {
          const record = records[position];
          if (record) {
            mutations.push({ id: entry.id, op: 'put', table, record });
          } else if (table !== 'events' || connection.member.role === 'owner') {
            mutations.push({ id: entry.id, op: 'delete', table, record: { id: entry.key } });
          }
        });
      }
      mutations.sort((a, b) => a.id - b.id);
      const deleting = await signalsBeingDeleted(db, mutations);
      const aboutDeleted = (mutation: Mutation) =>
        mutation.table === 'events' &&
        mutation.op === 'put' &&
        deleting.has(mutation.record.signalId as string);
      return {
        lastEntryId: entries.at(-1)?.id ?? upTo,
        entryCount: entries.length,
        mutations: mutations.filter((mutation) => !aboutDeleted(mutation)),
        leftOut: mutations.filter(aboutDeleted),
      };
    },
  );
}

/** Of the signals these events are about, those deleted here whose deletion is queued. */
async function signalsBeingDeleted(db: VliegwielDatabase, mutations: readonly Mutation[]) {
  const signalIds = [
    ...new Set(
      mutations.flatMap(({ table, op, record }) =>
        table === 'events' && op === 'put' && typeof record.signalId === 'string'
          ? [record.signalId]
          : [],
      ),
    ),
  ];
  const signals = await db.signals.bulkGet(signalIds);
  const gone = signalIds.filter((_, position) => signals[position] === undefined);
  const queued = await db.outbox
    .where('[table+key]')
    .anyOf(gone.map((id) => ['signals', id]))
    .toArray();
  return new Set(queued.map((entry) => entry.key));
}

/**
 * The batch as a workspace that pseudonymises authors takes it: every signal as
 * pseudonymiseSignal makes it, whatever is stored here. The pull brings that version back, and the
 * copy here becomes it.
 */
async function withPseudonyms(batch: Batch, pseudonyms: Pseudonymiser): Promise<Batch> {
  const mutations = await Promise.all(
    batch.mutations.map(async (mutation) =>
      mutation.table === 'signals' && mutation.op === 'put'
        ? {
            ...mutation,
            record: await pseudonymiseSignal(mutation.record as unknown as Signal, pseudonyms),
          }
        : mutation,
    ),
  );
  return { ...batch, mutations };
}

/**
 * Moves a queued event behind a later queued change of the signal it is about, so that it reaches
 * the workspace after that change. A workspace drops an event about a signal it has deleted, and
 * the later change may be what brings the signal back there (a change made here before this
 * browser heard of the deletion). The moved entries are new, so sending them is never mistaken
 * for sending their old ids again.
 */
async function queueEventsAfterTheirSignals(db: VliegwielDatabase) {
  await db.transaction('rw', db.outbox, db.events, async () => {
    const entries = await db.outbox.orderBy('id').toArray();
    const lastChangeOfSignal = new Map<string, number>();
    for (const entry of entries) {
      if (entry.table === 'signals') lastChangeOfSignal.set(entry.key, entry.id);
    }
    if (lastChangeOfSignal.size === 0) return;
    const eventEntries = entries.filter((entry) => entry.table === 'events');
    const events = await db.events.bulkGet(eventEntries.map((entry) => entry.key));
    const ahead = eventEntries.filter((entry, position) => {
      const signalId = events[position]?.signalId;
      return signalId !== undefined && (lastChangeOfSignal.get(signalId) ?? 0) > entry.id;
    });
    if (ahead.length === 0) return;
    await db.outbox.bulkDelete(ahead.map((entry) => entry.id));
    const keys = [...new Set(ahead.map((entry) => entry.key))];
    await db.outbox.bulkAdd(keys.map((key) => ({ table: 'events' as const, key })));
  });
}

function groupByTable(entries: readonly OutboxEntry[]) {
  const byTable = new Map<SyncedTable, OutboxEntry[]>();
  for (const entry of entries) {
    const list = byTable.get(entry.table) ?? [];
    list.push(entry);
    byTable.set(entry.table, list);
  }
  return byTable;
}

/** Removes the acknowledged entries, and the events the push left out, up to `upTo`. */
async function acknowledge(
  db: VliegwielDatabase,
  upTo: number,
  leftOut: readonly Mutation[],
): Promise<number> {
  return db.transaction('rw', db.outbox, db.events, async (transaction) => {
    leaveOutOfOutbox(transaction);
    const removedEvents = leftOut.filter((mutation) => mutation.id <= upTo);
    await db.events.bulkDelete(removedEvents.map((mutation) => mutation.record.id));
    return db.outbox.where('id').belowOrEqual(upTo).delete();
  });
}

async function refuse(
  { db, now }: PushDeps,
  mutation: Mutation,
  reason: RefusedChange['reason'],
  message: string,
) {
  const change = { table: mutation.table, key: mutation.record.id, upTo: mutation.id };
  await setChangeAside(db, change, reason, message, now());
}

/**
 * Takes a change that will not be sent out of the queue (its entries up to `upTo`), into the
 * refused changes the options page shows; the local record keeps it.
 */
export async function setChangeAside(
  db: VliegwielDatabase,
  { table, key, upTo }: { table: SyncedTable; key: string; upTo: number },
  reason: RefusedChange['reason'],
  message: string,
  at: Date,
) {
  await db.transaction('rw', db.outbox, db.refusedChanges, async () => {
    const entries = db.outbox
      .where('[table+key]')
      .equals([table, key])
      .and((entry) => entry.id <= upTo);
    const entryIds = (await entries.primaryKeys()) as number[];
    await entries.delete();
    await db.refusedChanges.add({ table, key, reason, message, at: at.toISOString(), entryIds });
  });
}
