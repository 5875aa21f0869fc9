import { Dexie } from 'dexie';
import type { VliegwielDatabase } from '../db/database';
import type { EventKind, TimelineEvent } from '../schema/records';

// Reads for the extension pages: plain Dexie, no zod, so a timeline opens fast.

/**
 * An initiative's history, oldest first: its own events, those of every initiative merged into
 * it (directly or through others), and the 'clipped' events of the signals linked to it now, so
 * the timeline starts where the issue was first seen. A merged initiative's own timeline stays
 * readable, but shows only what happened before the merge; the UI follows `mergedInto`.
 */
export function initiativeTimeline(
  db: VliegwielDatabase,
  initiativeId: string,
): Promise<TimelineEvent[]> {
  return db.transaction('r', [db.initiatives, db.signals, db.events], async () => {
    const initiativeIds = await withMergedInitiatives(db, initiativeId);
    const signalIds = await db.signals.where('initiativeId').equals(initiativeId).primaryKeys();
    const [own, ofSignals] = await Promise.all([
      Promise.all(initiativeIds.map((id) => eventsBy(db, '[initiativeId+at]', id))),
      Promise.all(signalIds.map((id) => eventsBy(db, '[signalId+at]', id))),
    ]);
    const clipped = ofSignals.flat().filter((event) => event.kind === 'clipped');
    return inTimeOrder([...own.flat(), ...clipped]);
  });
}

/** A signal's history, oldest first: its own events and those of its initiatives that name it. */
export async function signalTimeline(
  db: VliegwielDatabase,
  signalId: string,
): Promise<TimelineEvent[]> {
  return inTimeOrder(await eventsBy(db, '[signalId+at]', signalId));
}

export interface Contribution {
  actorId: string;
  /** The latest name the actor went by in these events. */
  actorName?: string;
  counts: Partial<Record<EventKind, number>>;
  /** The time of their first and last event. */
  first: string;
  last: string;
}

/**
 * Who did what in these events: one entry per actor, the most active first (ties: who started
 * earlier). Makes individual contributions visible.
 */
export function contributors(events: readonly TimelineEvent[]): Contribution[] {
  const byActor = new Map<string, Contribution & { total: number }>();
  for (const event of inTimeOrder(events)) {
    const known = byActor.get(event.actorId);
    const contribution = known ?? {
      actorId: event.actorId,
      counts: {},
      first: event.at,
      last: event.at,
      total: 0,
    };
    contribution.counts[event.kind] = (contribution.counts[event.kind] ?? 0) + 1;
    contribution.last = event.at;
    contribution.total += 1;
    if (event.actorName !== undefined) contribution.actorName = event.actorName;
    if (!known) byActor.set(event.actorId, contribution);
  }
  return [...byActor.values()]
    .sort((a, b) => b.total - a.total || a.first.localeCompare(b.first))
    .map(({ total: _total, ...contribution }) => contribution);
}

/**
 * Events of one write share their time; these kinds come first among equals, in the order a
 * story is told (clipped, then an initiative made, then a signal leaving one and joining another).
 */
const FIRST_AMONG_EQUALS: readonly EventKind[] = ['clipped', 'created', 'unlinked', 'linked'];

function kindRank(kind: EventKind) {
  const rank = FIRST_AMONG_EQUALS.indexOf(kind);
  return rank === -1 ? FIRST_AMONG_EQUALS.length : rank;
}

/** Oldest first, each event once; times are compared as instants, whatever their offset. */
function inTimeOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
  const distinct = new Map(events.map((event) => [event.id, event]));
  return [...distinct.values()].sort(
    (a, b) =>
      compareTimes(a.at, b.at) || kindRank(a.kind) - kindRank(b.kind) || a.id.localeCompare(b.id),
  );
}

function compareTimes(a: string, b: string) {
  return a === b ? 0 : Date.parse(a) - Date.parse(b);
}

function eventsBy(db: VliegwielDatabase, index: '[initiativeId+at]' | '[signalId+at]', id: string) {
  return db.events.where(index).between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray();
}

/** The initiative and every initiative merged into it, through any chain of merges. */
async function withMergedInitiatives(db: VliegwielDatabase, initiativeId: string) {
  const ids = [initiativeId];
  for (let next = 0; next < ids.length; next++) {
    const mergedHere = await db.initiatives
      .where('mergedInto')
      .equals(ids[next] as string)
      .primaryKeys();
    for (const id of mergedHere) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}
