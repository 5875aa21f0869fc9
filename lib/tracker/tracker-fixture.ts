import { expect } from 'vitest';
import { VliegwielDatabase } from '../db/database';
import type { Actor } from '../db/store';
import { fixedClock } from '../testing/factories';
import { TrackerError, type TrackerErrorCode } from './errors';

// Shared by the tracker's tests: a fresh database, a clock and two members.

export const alice: Actor = { id: 'member-alice', name: 'Alice' };
export const bob: Actor = { id: 'member-bob', name: 'Bob' };

export function openTracker() {
  return { db: new VliegwielDatabase(`tracker-${crypto.randomUUID()}`), clock: fixedClock() };
}

/** Every table a tracker write touches, in a stable order, to see that a refused write changed nothing. */
export async function tableContents(db: VliegwielDatabase) {
  const [contents, signalChanges] = await Promise.all([
    recordContents(db),
    db.signalChanges.orderBy('revision').toArray(),
  ]);
  return { ...contents, signalChanges };
}

/**
 * The records the tracker keeps, without the log of changes that every write appends to: an undo
 * puts the records back, and is itself a change.
 */
export async function recordContents(db: VliegwielDatabase) {
  const [signals, signalIndex, initiatives, events] = await Promise.all([
    db.signals.orderBy('id').toArray(),
    db.signalIndex.orderBy('id').toArray(),
    db.initiatives.orderBy('id').toArray(),
    db.events.orderBy('id').toArray(),
  ]);
  return { signals, signalIndex, initiatives, events };
}

/** Expects the write to be refused with `code`, with every table as it was before. */
export async function expectRefused(
  db: VliegwielDatabase,
  write: () => Promise<unknown>,
  code: TrackerErrorCode,
) {
  const before = await tableContents(db);
  const refusal = await write().then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(refusal).toBeInstanceOf(TrackerError);
  expect((refusal as TrackerError).code).toBe(code);
  expect(await tableContents(db)).toEqual(before);
}
