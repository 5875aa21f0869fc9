import { Dexie } from 'dexie';
import { leaveOutOfOutbox } from '../sync/outbox';
import type { VliegwielDatabase } from './database';

/** The part of `browser.storage.local` that erasing needs. */
export interface ClearableArea {
  clear(): Promise<void>;
}

/**
 * Deletes everything Vliegwiel keeps in this browser: every table of the database in one
 * transaction (all or nothing), then the settings, the consent and the member id. A workspace
 * keeps what was shared to it; this browser forgets the connection, so nothing more is sent.
 */
export async function eraseLocalData(db: VliegwielDatabase, storage: ClearableArea): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    // Emptying this browser is no change to share: the workspace keeps what it has.
    leaveOutOfOutbox(Dexie.currentTransaction);
    await Promise.all(db.tables.map((table) => table.clear()));
  });
  await storage.clear();
}
