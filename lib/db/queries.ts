import type { Signal } from '../schema/records';
import type { VliegwielDatabase } from './database';

// Reads for the extension pages. Kept apart from the writes (signals.ts), which validate with
// zod, so that the pages load without it.

export function newestSignals(db: VliegwielDatabase, limit: number): Promise<Signal[]> {
  return db.signals.orderBy('clippedAt').reverse().limit(limit).toArray();
}

export function allSignalsNewestFirst(db: VliegwielDatabase): Promise<Signal[]> {
  return db.signals.orderBy('clippedAt').reverse().toArray();
}

export function countSignals(db: VliegwielDatabase): Promise<number> {
  return db.signals.count();
}
