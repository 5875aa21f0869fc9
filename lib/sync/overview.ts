import type { VliegwielDatabase } from '../db/database';
import { excerpt } from '../format';
import type { Member } from '../schema/records';
import type { Role, SyncedTable } from './protocol';
import { setChangeAside } from './push';
import {
  CURRENT,
  type RefusedChange,
  type SyncConnection,
  type SyncProblem,
  type SyncStatus,
} from './state';

/** What the options page shows of the workspace; the token and the pseudonym key stay out of it. */
export interface SyncOverview {
  connection?: Omit<SyncConnection, 'token' | 'pseudonymKey'>;
  status?: SyncStatus;
  /** Changes waiting to be pushed. */
  pending: number;
  /** What the record held up by a refused change is, in a few words. */
  blockedRecord?: string;
  refused: Array<RefusedChange & { record?: string }>;
  /** The workspace's members (those with a role), by name. */
  members: Array<Member & { role: Role }>;
  /** What a join could share: what this browser holds now. */
  local: { signals: number; initiatives: number; groups: number };
}

/** Everything the options page shows, read in one transaction (for liveQuery). */
export function syncOverview(db: VliegwielDatabase): Promise<SyncOverview> {
  const tables = [
    db.syncConnection,
    db.syncStatus,
    db.outbox,
    db.refusedChanges,
    db.members,
    db.signals,
    db.initiatives,
    db.groups,
    db.events,
  ];
  return db.transaction('r', tables, async () => {
    const [stored, status, pending, refused, members, signals, initiatives, groups] =
      await Promise.all([
        db.syncConnection.get(CURRENT),
        db.syncStatus.get(CURRENT),
        db.outbox.count(),
        db.refusedChanges.orderBy('id').toArray(),
        db.members.toArray(),
        db.signals.count(),
        db.initiatives.count(),
        db.groups.count(),
      ]);
    const connection = stored ? withoutSecrets(stored) : undefined;
    const blocked = blockedChange(status?.problem);
    return {
      ...(connection ? { connection } : {}),
      ...(status ? { status } : {}),
      pending,
      ...(blocked ? { blockedRecord: await recordLabel(db, blocked.table, blocked.key) } : {}),
      refused: await Promise.all(
        refused.map(async (change) => ({
          ...change,
          record: await recordLabel(db, change.table, change.key),
        })),
      ),
      members: members
        .filter((member): member is SyncOverview['members'][number] => member.role !== undefined)
        .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
      local: { signals, initiatives, groups },
    };
  });
}

function withoutSecrets({ token: _token, pseudonymKey: _key, ...connection }: SyncConnection) {
  return connection;
}

function blockedChange(problem: SyncProblem | undefined) {
  return problem?.kind === 'refused-change' ? problem : undefined;
}

const LABEL_LENGTH = 80;

/** A signal's text, an initiative's title, a group's name; an event is named by its kind. */
async function recordLabel(
  db: VliegwielDatabase,
  table: SyncedTable,
  key: string,
): Promise<string | undefined> {
  switch (table) {
    case 'signals': {
      const signal = await db.signals.get(key);
      return signal ? excerpt(signal.text, LABEL_LENGTH) : undefined;
    }
    case 'initiatives':
      return (await db.initiatives.get(key))?.title;
    case 'groups':
      return (await db.groups.get(key))?.name;
    case 'events':
      return (await db.events.get(key))?.kind;
  }
}

/**
 * The user's choice to stop waiting for the server to accept a change it cannot read: it joins
 * the refused changes (the local record keeps it), and the changes after it go out.
 */
export async function leaveOutBlockedChange(db: VliegwielDatabase, now: Date): Promise<void> {
  await db.transaction('rw', db.syncStatus, db.outbox, db.refusedChanges, async () => {
    const status = await db.syncStatus.get(CURRENT);
    const blocked = blockedChange(status?.problem);
    if (!status || !blocked) return;
    const change = { table: blocked.table, key: blocked.key, upTo: blocked.outboxId };
    await setChangeAside(db, change, 'left-out', blocked.message, now);
    const { problem: _resolved, ...rest } = status;
    await db.syncStatus.put(rest);
  });
}

/** The user has read the list of refused changes. */
export async function dismissRefusedChanges(db: VliegwielDatabase): Promise<void> {
  await db.refusedChanges.clear();
}
