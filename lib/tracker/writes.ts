import { z } from 'zod';
import type { VliegwielDatabase } from '../db/database';
import type { Clock } from '../db/signals';
import { type Actor, signalTables } from '../db/store';
import {
  eventSchema,
  type Initiative,
  initiativeSchema,
  type Signal,
  signalSchema,
  type TimelineEvent,
} from '../schema/records';
import { TrackerError } from './errors';

// What the tracker's writes share: one transaction over every table they may touch, events made
// with the actor and one time per write, and records checked before they are stored.

/** What every event has besides its kind: who, when, and what it is about. */
type EventEnvelope = 'id' | 'at' | 'actorId' | 'actorName' | 'initiativeId' | 'signalId';

type WithoutEnvelope<Event> = Event extends unknown ? Omit<Event, EventEnvelope> : never;

/** An event's kind and its details, without who, when and what it is about. */
export type EventDetail = WithoutEnvelope<TimelineEvent>;

export interface EventSubject {
  initiativeId?: string;
  signalId?: string;
}

/** One write: all its events carry the same actor and the same time. */
export interface Write {
  at: string;
  event(subject: EventSubject, detail: EventDetail): TimelineEvent;
}

export function startWrite(clock: Clock, actor: Actor): Write {
  const at = clock.now().toISOString();
  return {
    at,
    event: (subject, detail) =>
      validated(
        eventSchema,
        {
          id: clock.newId(),
          at,
          actorId: actor.id,
          // A blank name is no name: the event then reads as the member's id.
          ...(actor.name?.trim() ? { actorName: actor.name } : {}),
          ...subject,
          ...detail,
        },
        'event',
      ),
  };
}

/**
 * Runs a write in one read-write transaction over signals, their index, events and initiatives,
 * so that a refused write (a thrown error) leaves every table as it was.
 */
export function inTrackerTransaction<T>(db: VliegwielDatabase, work: () => Promise<T>) {
  return db.transaction('rw', [...signalTables(db), db.initiatives], work);
}

export function validated<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new TrackerError('invalid-input', `invalid ${what}: ${z.prettifyError(result.error)}`);
  }
  return result.data;
}

export function validInitiative(initiative: Initiative): Initiative {
  return validated(initiativeSchema, initiative, 'initiative');
}

export function validSignal(signal: Signal): Signal {
  return validated(signalSchema, signal, 'signal');
}

export async function loadInitiative(db: VliegwielDatabase, id: string): Promise<Initiative> {
  const initiative = await db.initiatives.get(id);
  if (!initiative) throw new TrackerError('initiative-not-found', `no initiative ${id}`);
  return initiative;
}

/** An initiative that can still change: a merged one lives on only in the one it merged into. */
export async function loadOpenInitiative(db: VliegwielDatabase, id: string): Promise<Initiative> {
  const initiative = await loadInitiative(db, id);
  if (initiative.mergedInto !== undefined) {
    throw new TrackerError(
      'initiative-merged',
      `initiative ${id} was merged into ${initiative.mergedInto}`,
    );
  }
  return initiative;
}

/** The signals with these ids, each once, in the order given; an unknown id refuses the write. */
export async function loadSignals(
  db: VliegwielDatabase,
  ids: readonly string[],
): Promise<Signal[]> {
  const distinct = [...new Set(ids)];
  const signals = await db.signals.bulkGet(distinct);
  return signals.map((signal, index) => {
    if (!signal) throw new TrackerError('signal-not-found', `no signal ${distinct[index]}`);
    return signal;
  });
}

/**
 * Gives every initiative an event was added to the time of the write: what "stalled" counts from.
 * Runs after the write stored its own initiatives, so those are not written twice.
 */
export async function touchInitiatives(
  db: VliegwielDatabase,
  write: Write,
  events: readonly TimelineEvent[],
) {
  const ids = new Set(events.map((event) => event.initiativeId).filter((id) => id !== undefined));
  if (ids.size === 0) return;
  const initiatives = await db.initiatives.bulkGet([...ids]);
  const touched = initiatives
    .filter(
      (initiative): initiative is Initiative =>
        initiative !== undefined && initiative.lastActivityAt !== write.at,
    )
    .map((initiative) => validInitiative({ ...initiative, lastActivityAt: write.at }));
  await db.initiatives.bulkPut(touched);
}
