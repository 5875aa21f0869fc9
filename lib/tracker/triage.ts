import type { CategoryId } from '../classify/taxonomy';
import type { VliegwielDatabase } from '../db/database';
import { effectiveCategory } from '../db/signal-index';
import type { Clock } from '../db/signals';
import { type Actor, appendEvents, saveSignals } from '../db/store';
import {
  type Area,
  areaSchema,
  categoryIdSchema,
  memberIdSchema,
  type TRIAGE_STATES,
  triageStateSchema,
} from '../schema/records';
import { TrackerError } from './errors';
import { inTrackerTransaction, loadSignals, startWrite, validated, validSignal } from './writes';

export type TriageState = (typeof TRIAGE_STATES)[number];

/**
 * Sets the triage state of signals, with a 'triaged' event on each that changes. `assigned`
 * gives them to `assignTo`, or to the actor when nobody is named (taking it on oneself); any
 * other state leaves them unassigned.
 */
export async function setTriage(
  db: VliegwielDatabase,
  clock: Clock,
  actor: Actor,
  signalIds: readonly string[],
  state: TriageState,
  assignTo?: string,
): Promise<void> {
  const to = validated(triageStateSchema, state, 'triage state');
  if (to !== 'assigned' && assignTo !== undefined) {
    throw new TrackerError('invalid-input', `only an assigned signal has an assignee, not ${to}`);
  }
  const assignee =
    to === 'assigned' ? validated(memberIdSchema, assignTo ?? actor.id, 'assignee') : undefined;
  const write = startWrite(clock, actor);
  await inTrackerTransaction(db, async () => {
    const changing = (await loadSignals(db, signalIds)).filter(
      (signal) => (signal.triage ?? 'new') !== to || signal.assignedTo !== assignee,
    );
    const updated = changing.map((signal) => {
      const { assignedTo: _previous, ...rest } = signal;
      return validSignal({
        ...rest,
        triage: to,
        ...(assignee !== undefined ? { assignedTo: assignee } : {}),
      });
    });
    const events = changing.map((signal) =>
      write.event(
        { signalId: signal.id },
        { kind: 'triaged', to, ...(assignee !== undefined ? { assignedTo: assignee } : {}) },
      ),
    );
    await saveSignals(db, updated);
    await appendEvents(db, events);
  });
}

/**
 * Corrects the category of signals (the correction wins over the classifier everywhere), with a
 * 'recategorised' event on each whose category changes.
 */
export async function recategorise(
  db: VliegwielDatabase,
  clock: Clock,
  actor: Actor,
  signalIds: readonly string[],
  category: CategoryId,
): Promise<void> {
  const to = validated(categoryIdSchema, category, 'category');
  const write = startWrite(clock, actor);
  await inTrackerTransaction(db, async () => {
    const changing = (await loadSignals(db, signalIds)).filter(
      (signal) => effectiveCategory(signal) !== to,
    );
    const events = changing.map((signal) =>
      write.event({ signalId: signal.id }, { kind: 'recategorised', to }),
    );
    await saveSignals(
      db,
      changing.map((signal) => validSignal({ ...signal, correctedCategory: to })),
    );
    await appendEvents(db, events);
  });
}

/**
 * Corrects where signals are (an ambiguous place name settled by hand, say), with an 'edited'
 * event naming the area on each that changes; the correction wins over the detected place.
 */
export async function relocate(
  db: VliegwielDatabase,
  clock: Clock,
  actor: Actor,
  signalIds: readonly string[],
  area: Area,
): Promise<void> {
  const to = validated(areaSchema, area, 'area');
  const write = startWrite(clock, actor);
  await inTrackerTransaction(db, async () => {
    const changing = (await loadSignals(db, signalIds)).filter(
      (signal) => JSON.stringify(signal.correctedArea ?? null) !== JSON.stringify(to),
    );
    const events = changing.map((signal) =>
      write.event({ signalId: signal.id }, { kind: 'edited', fields: ['area'] }),
    );
    await saveSignals(
      db,
      changing.map((signal) => validSignal({ ...signal, correctedArea: to })),
    );
    await appendEvents(db, events);
  });
}
