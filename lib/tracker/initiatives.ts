import type { CategoryId } from '../classify/taxonomy';
import type { VliegwielDatabase } from '../db/database';
import type { Clock } from '../db/signals';
import { type Actor, appendEvents, saveSignals } from '../db/store';
import type { Area, Initiative, InitiativeStatus, Signal, TimelineEvent } from '../schema/records';
import { initiativeStatusSchema } from '../schema/records';
import { TrackerError } from './errors';
import {
  inTrackerTransaction,
  loadOpenInitiative,
  loadSignals,
  startWrite,
  touchInitiatives,
  validated,
  validInitiative,
  validSignal,
  type Write,
} from './writes';

export interface NewInitiative {
  title: string;
  description?: string;
  category: CategoryId;
  area?: Area;
  status?: InitiativeStatus;
  /** Signals that start it; a signal in another initiative leaves that one. */
  signalIds?: readonly string[];
}

/**
 * Starts an initiative owned by the actor, with its 'created' event and a 'linked' event per
 * signal (on the initiative and the signal).
 */
export async function createInitiative(
  db: VliegwielDatabase,
  clock: Clock,
  actor: Actor,
  input: NewInitiative,
): Promise<Initiative> {
  const write = startWrite(clock, actor);
  return inTrackerTransaction(db, async () => {
    const initiative = validInitiative({
      id: clock.newId(),
      title: input.title,
      description: input.description ?? '',
      category: input.category,
      area: input.area ?? {},
      status: input.status ?? 'idea',
      ownerId: actor.id,
      createdAt: write.at,
      lastActivityAt: write.at,
    });
    const signals = await loadSignals(db, input.signalIds ?? []);
    const created = write.event({ initiativeId: initiative.id }, { kind: 'created' });
    const moved = moveSignals(write, signals, initiative.id);
    await db.initiatives.add(initiative);
    await saveSignals(db, moved.signals);
    await appendEvents(db, [created, ...moved.events]);
    await touchInitiatives(db, write, moved.events);
    return initiative;
  });
}

export type InitiativeChange = Partial<
  Pick<Initiative, 'title' | 'description' | 'category' | 'area' | 'ownerId'>
>;

const CHANGEABLE_FIELDS = ['title', 'description', 'category', 'area', 'ownerId'] as const;

/**
 * Changes an initiative's fields, with an 'edited' event naming the fields that really changed;
 * a change that changes nothing writes nothing.
 */
export async function updateInitiative(
  db: VliegwielDatabase,
  clock: Clock,
  actor: Actor,
  id: string,
  change: InitiativeChange,
): Promise<Initiative> {
  const write = startWrite(clock, actor);
  return inTrackerTransaction(db, async () => {
    const current = await loadOpenInitiative(db, id);
    const given = Object.fromEntries(
      Object.entries(change).filter(
        ([field, value]) =>
          value !== undefined && (CHANGEABLE_FIELDS as readonly string[]).includes(field),
      ),
    );
    const changed = validInitiative({ ...current, ...given });
    const fields = CHANGEABLE_FIELDS.filter(
      (field) => JSON.stringify(changed[field]) !== JSON.stringify(current[field]),
    );
    if (fields.length === 0) return current;
    const updated = { ...changed, lastActivityAt: write.at };
    await db.initiatives.put(updated);
    await appendEvents(db, [write.event({ initiativeId: id }, { kind: 'edited', fields })]);
    return updated;
  });
}

/** Moves an initiative on (or back), with a 'status-changed' event; the same status is no change. */
export async function setInitiativeStatus(
  db: VliegwielDatabase,
  clock: Clock,
  actor: Actor,
  id: string,
  status: InitiativeStatus,
): Promise<Initiative> {
  const to = validated(initiativeStatusSchema, status, 'status');
  const write = startWrite(clock, actor);
  return inTrackerTransaction(db, async () => {
    const current = await loadOpenInitiative(db, id);
    if (current.status === to) return current;
    const updated = validInitiative({ ...current, status: to, lastActivityAt: write.at });
    await db.initiatives.put(updated);
    await appendEvents(db, [
      write.event({ initiativeId: id }, { kind: 'status-changed', from: current.status, to }),
    ]);
    return updated;
  });
}

/**
 * Links signals to an initiative ('linked' on both); a signal in another initiative leaves it
 * ('unlinked' there), one already linked here is left alone.
 */
export async function linkSignals(
  db: VliegwielDatabase,
  clock: Clock,
  actor: Actor,
  initiativeId: string,
  signalIds: readonly string[],
): Promise<void> {
  const write = startWrite(clock, actor);
  await inTrackerTransaction(db, async () => {
    await loadOpenInitiative(db, initiativeId);
    const signals = await loadSignals(db, signalIds);
    const moved = moveSignals(write, signals, initiativeId);
    await saveSignals(db, moved.signals);
    await appendEvents(db, moved.events);
    await touchInitiatives(db, write, moved.events);
  });
}

/** Takes signals out of their initiatives ('unlinked' there); signals in none are left alone. */
export async function unlinkSignals(
  db: VliegwielDatabase,
  clock: Clock,
  actor: Actor,
  signalIds: readonly string[],
): Promise<void> {
  const write = startWrite(clock, actor);
  await inTrackerTransaction(db, async () => {
    const linked = (await loadSignals(db, signalIds)).filter(
      (signal) => signal.initiativeId !== undefined,
    );
    const events = linked.map((signal) =>
      write.event({ initiativeId: signal.initiativeId, signalId: signal.id }, { kind: 'unlinked' }),
    );
    await saveSignals(db, linked.map(withoutInitiative));
    await appendEvents(db, events);
    await touchInitiatives(db, write, events);
  });
}

/**
 * Merges `from` into `into`: its signals move to `into`, and `from` keeps only a `mergedInto`
 * link (listInitiatives leaves it out). One 'merged' event on `into` tells the story; the moved
 * signals get no event each, and initiativeTimeline of `into` shows the events of `from` too.
 */
export async function mergeInitiatives(
  db: VliegwielDatabase,
  clock: Clock,
  actor: Actor,
  { from, into }: { from: string; into: string },
): Promise<Initiative> {
  if (from === into) {
    throw new TrackerError('merge-into-itself', `initiative ${from} cannot merge into itself`);
  }
  const write = startWrite(clock, actor);
  return inTrackerTransaction(db, async () => {
    const source = await loadOpenInitiative(db, from);
    const target = await loadOpenInitiative(db, into);
    const signals = await db.signals.where('initiativeId').equals(from).toArray();
    const merged = validInitiative({ ...source, mergedInto: into });
    const updated = validInitiative({ ...target, lastActivityAt: write.at });
    const event = write.event(
      { initiativeId: into },
      { kind: 'merged', from, fromTitle: source.title },
    );
    await db.initiatives.bulkPut([merged, updated]);
    await saveSignals(
      db,
      signals.map((signal) => validSignal({ ...signal, initiativeId: into })),
    );
    await appendEvents(db, [event]);
    return updated;
  });
}

/** Initiatives, the most recently active first; merged ones only when asked for. */
export async function listInitiatives(
  db: VliegwielDatabase,
  { includeMerged = false }: { includeMerged?: boolean } = {},
): Promise<Initiative[]> {
  const initiatives = await db.initiatives.orderBy('lastActivityAt').reverse().toArray();
  return includeMerged
    ? initiatives
    : initiatives.filter((initiative) => initiative.mergedInto === undefined);
}

/** The signals linked to an initiative, newest clip first. */
export async function initiativeSignals(
  db: VliegwielDatabase,
  initiativeId: string,
): Promise<Signal[]> {
  const signals = await db.signals.where('initiativeId').equals(initiativeId).toArray();
  return signals.sort((a, b) => b.clippedAt.localeCompare(a.clippedAt));
}

function moveSignals(write: Write, signals: readonly Signal[], initiativeId: string) {
  const moving = signals.filter((signal) => signal.initiativeId !== initiativeId);
  const events: TimelineEvent[] = [];
  for (const signal of moving) {
    if (signal.initiativeId !== undefined) {
      events.push(
        write.event(
          { initiativeId: signal.initiativeId, signalId: signal.id },
          { kind: 'unlinked' },
        ),
      );
    }
    events.push(write.event({ initiativeId, signalId: signal.id }, { kind: 'linked' }));
  }
  return {
    signals: moving.map((signal) => validSignal({ ...signal, initiativeId })),
    events,
  };
}

function withoutInitiative(signal: Signal): Signal {
  const { initiativeId: _left, ...rest } = signal;
  return validSignal(rest);
}
