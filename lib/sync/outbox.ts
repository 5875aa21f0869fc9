import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
  Transaction,
} from 'dexie';
import { isSyncedTable, type SyncedTable } from './protocol';
import { CURRENT, type OutboxEntry } from './state';

// Every write of a shared table (signals, initiatives, events, groups) queues its records in the
// outbox, in the same IndexedDB transaction, while a workspace is connected. It happens below
// the writers, in Dexie's storage layer, so no writer can forget it (lib/db/store.ts, the
// tracker, deletion and undo, groups and their import, and any writer added later): a write that
// fails or is rolled back leaves no entry, and a committed one always has its entry.

const OUTBOX_TABLE = 'outbox';
const CONNECTION_TABLE = 'syncConnection';

/** Transactions whose writes are not local changes: applying a pull, joining a workspace. */
const untracked = new WeakSet<DBCoreTransaction>();
/** Whether a workspace is connected, read once per transaction. */
const connectedIn = new WeakMap<DBCoreTransaction, Promise<boolean>>();

/**
 * Leaves the writes of this transaction (and of the transactions nested in it) out of the
 * outbox. Call it first thing in the transaction's scope.
 */
export function leaveOutOfOutbox(transaction: Transaction) {
  untracked.add(transaction.idbtrans as unknown as DBCoreTransaction);
}

export const outboxMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'VliegwielOutbox',
  create: (down) => ({
    ...down,
    // A read-write transaction over a shared table also covers the outbox and the connection,
    // so the entries commit or roll back with the write.
    transaction: (stores, mode, options) =>
      down.transaction(
        mode === 'readwrite' && stores.some(isSyncedTable)
          ? [...new Set([...stores, OUTBOX_TABLE, CONNECTION_TABLE])]
          : stores,
        mode,
        options,
      ),
    table: (name) => {
      const table = down.table(name);
      if (!isSyncedTable(name)) return table;
      return { ...table, mutate: (request) => mutateAndQueue(down, table, name, request) };
    },
  }),
};

async function mutateAndQueue(
  down: DBCore,
  table: DBCoreTable,
  name: SyncedTable,
  request: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> {
  const { trans } = request;
  // A schema upgrade rewrites what is stored; it is nobody's change.
  const upgrading = (trans as Partial<IDBTransaction>).mode === 'versionchange';
  if (upgrading || untracked.has(trans) || !(await isConnected(down, trans))) {
    return table.mutate(request);
  }
  const rangeKeys = request.type === 'deleteRange' ? await keysInRange(table, request) : [];
  const response = await table.mutate(request);
  const keys = changedKeys(table, request, response, rangeKeys);
  if (keys.length > 0) {
    const entries: Array<Omit<OutboxEntry, 'id'>> = keys.map((key) => ({ table: name, key }));
    await down.table(OUTBOX_TABLE).mutate({ trans, type: 'add', values: entries });
  }
  return response;
}

function isConnected(down: DBCore, trans: DBCoreTransaction): Promise<boolean> {
  let connected = connectedIn.get(trans);
  if (!connected) {
    connected = down
      .table(CONNECTION_TABLE)
      .get({ trans, key: CURRENT })
      .then((connection) => connection !== undefined);
    connectedIn.set(trans, connected);
  }
  return connected;
}

async function keysInRange(
  table: DBCoreTable,
  request: Extract<DBCoreMutateRequest, { type: 'deleteRange' }>,
): Promise<string[]> {
  const { result } = await table.query({
    trans: request.trans,
    values: false,
    query: { index: table.schema.primaryKey, range: request.range },
  });
  return result as string[];
}

/** The keys the write really changed: a failed item of a bulk write (caught by its caller) is not. */
function changedKeys(
  table: DBCoreTable,
  request: DBCoreMutateRequest,
  response: DBCoreMutateResponse,
  rangeKeys: string[],
): string[] {
  const succeeded = (_: unknown, index: number) => response.failures[index] === undefined;
  switch (request.type) {
    case 'add':
    case 'put': {
      const keyOf = table.schema.primaryKey.extractKey;
      return request.values
        .map((value, index) => (keyOf ? keyOf(value) : request.keys?.[index]) as string)
        .filter(succeeded);
    }
    case 'delete':
      return (request.keys as string[]).filter(succeeded);
    case 'deleteRange':
      return rangeKeys;
  }
}
