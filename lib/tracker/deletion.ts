import { Dexie } from 'dexie';
import type { VliegwielDatabase } from '../db/database';
import type { Clock } from '../db/signals';
import {
  type Actor,
  appendEvents,
  deleteSignals as deleteSignalRecords,
  saveSignals,
  signalTables,
} from '../db/store';
import { eventSchema, type Initiative, type Signal, type TimelineEvent } from '../schema/records';
import {
  connectionQueuedFor,
  deletionEntries,
  deletionStateTables,
  undoState,
} from '../sync/deletions';
import {
  loadSignals,
  startWrite,
  touchInitiatives,
  validated,
  validInitiative,
  validSignal,
} from './writes';

/**
 * Everything a deletion changed, as plain data, so that restoreSignals can undo it exactly (and
 * an undo can travel in a message or wait in memory).
 */
export interface DeletedSignals {
  /** When the deletion happened. */
  at: string;
  signals: Signal[];
  /** The signals' own history (events about a signal alone), which goes with them. */
  events: TimelineEvent[];
  /** The 'unlinked' events the deletion left on the initiatives the signals were in. */
  unlinked: TimelineEvent[];
  /** Those initiatives' last activity before the deletion. */
  lastActivity: Array<{ initiativeId: string; lastActivityAt: string }>;
  /** The workspace connection (its client id) the deletion was queued for, if any. */
  queuedFor?: string;
  /** The outbox entry that queued each signal's deletion there (lib/sync/deletions.ts). */
  queuedAs?: Record<string, number>;
}

/**
 * Deletes signals: the signals, their index entries and their own events (clipped, triaged,
 * recategorised, comments and contacts about the signal alone; it is personal data, and that
 * history is about it). Events on an initiative that name a signal stay, because they are the
 * initiative's history; and a signal that was in an initiative leaves it with an 'unlinked' event
 * by the actor there, so nobody removes a shared initiative's evidence unseen.
 */
export async function deleteSignals(
  db: VliegwielDatabase,
  clock: Clock,
  actor: Actor,
  signalIds: readonly string[],
): Promise<DeletedSignals> {
  const write = startWrite(clock, actor);
  return inDeletionTransaction(db, async () => {
    const signals = await loadSignals(db, signalIds);
    const history = await Promise.all(signals.map((signal) => eventsAboutSignal(db, signal.id)));
    const events = history.flat().filter((event) => event.initiativeId === undefined);
    const unlinked = signals
      .filter((signal) => signal.initiativeId !== undefined)
      .map((signal) =>
        write.event(
          { initiativeId: signal.initiativeId, signalId: signal.id },
          { kind: 'unlinked' },
        ),
      );
    const initiativeIds = [...new Set(unlinked.map((event) => event.initiativeId as string))];
    const initiatives = await db.initiatives.bulkGet(initiativeIds);
    const lastActivity = initiatives
      .filter((initiative) => initiative !== undefined)
      .map(({ id, lastActivityAt }) => ({ initiativeId: id, lastActivityAt }));
    await deleteSignalRecords(
      db,
      signals.map((signal) => signal.id),
    );
    await db.events.bulkDelete(events.map((event) => event.id));
    await appendEvents(db, unlinked);
    await touchInitiatives(db, write, unlinked);
    const queuedFor = await connectionQueuedFor(db);
    const queuedAs = await deletionEntries(
      db,
      signals.map((signal) => signal.id),
    );
    return {
      at: write.at,
      signals,
      events,
      unlinked,
      lastActivity,
      ...(queuedFor === undefined ? {} : { queuedFor }),
      ...(queuedAs === undefined ? {} : { queuedAs }),
    };
  });
}

/** The tracker's tables, and what tells whether a deletion went out to a workspace. */
function inDeletionTransaction<T>(db: VliegwielDatabase, work: () => Promise<T>) {
  return db.transaction(
    'rw',
    [...signalTables(db), db.initiatives, ...deletionStateTables(db)],
    work,
  );
}

/**
 * Undoes deleteSignals as if it never happened: the signals (with their index entries and their
 * own events) come back, the 'unlinked' events go, and each initiative gets its earlier last
 * activity back unless something happened on it since. A signal whose initiative was merged in
 * the meantime comes back in the initiative it was merged into. A signal is not restored when it
 * is already there, or when its post was clipped again meanwhile (that would be the duplicate
 * clipping refuses), or when a later deletion of it has not gone out yet: that deletion's undo
 * brings it back. Returns the signals restored.
 *
 * In a workspace, a deletion not yet sent is undone before anyone sees it. One that went out has
 * removed the signal's events there for good: the signal comes back without them, here as there
 * (lib/sync/deletions.ts).
 */
export async function restoreSignals(
  db: VliegwielDatabase,
  deleted: DeletedSignals,
): Promise<Signal[]> {
  return inDeletionTransaction(db, async () => {
    const restorable: Signal[] = [];
    const { deletedAgain, sent } = await undoState(
      db,
      deleted.queuedFor,
      deleted.signals.map((signal) => signal.id),
      deleted.queuedAs,
    );
    for (const signal of deleted.signals) {
      if (deletedAgain.has(signal.id) || (await isTaken(db, signal))) continue;
      const initiativeId =
        signal.initiativeId === undefined
          ? undefined
          : await currentInitiativeId(db, signal.initiativeId);
      const { initiativeId: _deletedIn, ...rest } = signal;
      restorable.push(validSignal(initiativeId === undefined ? rest : { ...rest, initiativeId }));
    }
    const restored = new Set(restorable.map((signal) => signal.id));
    const isRestored = (event: TimelineEvent) =>
      event.signalId !== undefined && restored.has(event.signalId);
    const historyRestored = (event: TimelineEvent) =>
      isRestored(event) && !sent.has(event.signalId as string);
    await saveSignals(db, restorable);
    await db.events.bulkPut(
      deleted.events.filter(historyRestored).map((event) => validated(eventSchema, event, 'event')),
    );
    const unlinked = deleted.unlinked.filter(isRestored);
    await db.events.bulkDelete(unlinked.map((event) => event.id));
    const undone = new Set(unlinked.map((event) => event.initiativeId));
    for (const { initiativeId, lastActivityAt } of deleted.lastActivity) {
      const initiative = undone.has(initiativeId)
        ? await db.initiatives.get(initiativeId)
        : undefined;
      if (initiative?.lastActivityAt !== deleted.at) continue;
      await db.initiatives.put(validInitiative({ ...initiative, lastActivityAt }));
    }
    return restorable;
  });
}

function eventsAboutSignal(db: VliegwielDatabase, signalId: string) {
  return db.events
    .where('[signalId+at]')
    .between([signalId, Dexie.minKey], [signalId, Dexie.maxKey])
    .toArray();
}

async function isTaken(db: VliegwielDatabase, signal: Signal) {
  if ((await db.signals.get(signal.id)) !== undefined) return true;
  if (signal.postKey === undefined) return false;
  return (await db.signals.where('postKey').equals(signal.postKey).count()) > 0;
}

/** The initiative a signal belongs in now: its own, or the one it was merged into; none if gone. */
async function currentInitiativeId(db: VliegwielDatabase, initiativeId: string) {
  const seen = new Set<string>();
  let id: string | undefined = initiativeId;
  while (id !== undefined && !seen.has(id)) {
    seen.add(id);
    const initiative: Initiative | undefined = await db.initiatives.get(id);
    if (!initiative) return undefined;
    if (initiative.mergedInto === undefined) return id;
    id = initiative.mergedInto;
  }
  return undefined;
}
