import type { VliegwielDatabase } from '../db/database';
import { CURRENT, type SyncConnection } from './state';

// Shared by the sync tests: a connection stored as joining would store it.

export const SERVER_URL = 'https://sync.vliegwiel.test';

export function connectionRecord(overrides: Partial<SyncConnection> = {}): SyncConnection {
  return {
    id: CURRENT,
    serverUrl: SERVER_URL,
    workspace: { id: 'workspace-1', name: 'Buurt Oost' },
    member: { id: 'member-alice', name: 'Alice', role: 'owner' },
    token: 'token-alice',
    clientId: 'client-1',
    cursor: 0,
    connectedAt: '2026-11-27T09:00:00.000Z',
    ...overrides,
  };
}

/** Stores a connection directly, as if the browser had joined a workspace. */
export async function connectDirectly(
  db: VliegwielDatabase,
  overrides: Partial<SyncConnection> = {},
): Promise<SyncConnection> {
  const connection = connectionRecord(overrides);
  await db.syncConnection.put(connection);
  return connection;
}

/** The queued changes as `table/key`, in the order they will be pushed. */
export async function queued(db: VliegwielDatabase): Promise<string[]> {
  const entries = await db.outbox.orderBy('id').toArray();
  return entries.map((entry) => `${entry.table}/${entry.key}`);
}
