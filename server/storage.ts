import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** What the server needs of a database: parameterised queries, scripts, and transactions. */
export interface Queryable {
  /** One statement with `$1`-style parameters; resolves to its rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Several statements without parameters (a migration). */
  exec(sql: string): Promise<void>;
}

export interface Storage extends Queryable {
  /** Which database this is, for the start-up log line; never includes a password. */
  readonly description: string;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface StorageOptions {
  /** A PostgreSQL connection string; when absent, PGlite is used. */
  databaseUrl?: string;
  /** PGlite's data directory, or `memory://` for a database that lives only in this process. */
  dataDir?: string;
  /** PostgreSQL connections per instance (default 10). */
  poolSize?: number;
  /**
   * The migrations to apply (default: all of `server/migrations`); a test of a migration opens a
   * database as it was before it.
   */
  migrations?: Migration[];
}

const MIGRATIONS_DIRECTORY = fileURLToPath(new URL('./migrations/', import.meta.url));
const MIGRATION_FILE = /^(\d{3})_[a-z0-9_]+\.sql$/;
const INT8_OID = 20;

/** Opens the database and applies the migrations it has not had yet. */
export async function openStorage(options: StorageOptions): Promise<Storage> {
  const storage = options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize ?? 10)
    : await openPGlite(options.dataDir);
  try {
    await runMigrations(storage, options.migrations);
  } catch (error) {
    await storage.close();
    throw error;
  }
  return storage;
}

async function openPGlite(dataDir: string | undefined): Promise<Storage> {
  if (!dataDir) throw new Error('PGlite needs a data directory (or memory://)');
  const inMemory = dataDir === 'memory://';
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const asQueryable = (target: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<Row>(sql: string, params?: unknown[]) {
      return (await target.query<Row>(sql, params)).rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  });
  return {
    ...asQueryable(db),
    description: inMemory ? 'PGlite in memory' : `PGlite in ${dataDir}`,
    transaction: (work) => db.transaction((tx) => work(asQueryable(tx))),
    close: () => db.close(),
  };
}

function openPostgres(databaseUrl: string, poolSize: number): Storage {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: poolSize,
    // Sequence numbers and counts are bigint; they stay far below 2^53, and PGlite returns them
    // as numbers too, so both backends hand the same rows to the shared code.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format)) as never,
    },
  });
  // An idle connection that breaks (a database restart) is dropped by the pool and replaced on the
  // next query; without a listener the error would end the process.
  pool.on('error', (error) => {
    console.error(
      JSON.stringify({
        level: 'error',
        message: 'idle PostgreSQL connection lost',
        error: error.message,
      }),
    );
  });
  // Every statement is prepared once per connection under a name of its own, so PostgreSQL parses
  // and plans the few statements the server has once instead of on every request.
  const statementNames = new Map<string, string>();
  const statementName = (sql: string) => {
    let name = statementNames.get(sql);
    if (!name) {
      name = `vliegwiel_${statementNames.size + 1}`;
      statementNames.set(sql, name);
    }
    return name;
  };
  const clientQueryable = (client: pg.PoolClient | pg.Pool): Queryable => ({
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await client.query({ name: statementName(sql), text: sql, values: params }))
        .rows as Row[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  });
  return {
    ...clientQueryable(pool),
    description: `PostgreSQL at ${describeDatabaseUrl(databaseUrl)}`,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(clientQueryable(client));
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (error) {
        // A connection whose rollback fails is broken: release(error) discards it from the pool.
        try {
          await client.query('ROLLBACK');
          client.release();
        } catch (rollbackError) {
          client.release(rollbackError as Error);
        }
        throw error;
      }
    },
    close: () => pool.end(),
  };
}

/** `host:port/database`, without user name or password. */
function describeDatabaseUrl(databaseUrl: string) {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
  } catch {
    return 'the DATABASE_URL server';
  }
}

export interface Migration {
  name: string;
  sql: string;
}

/** The migrations in `server/migrations`, in the order of their three-digit numbers. */
export function readMigrations(directory = MIGRATIONS_DIRECTORY): Migration[] {
  const names = readdirSync(directory)
    .filter((name) => name.endsWith('.sql'))
    .sort();
  const numbers = new Set<string>();
  return names.map((name) => {
    const number = MIGRATION_FILE.exec(name)?.[1];
    if (!number) throw new Error(`migration ${name} is not named NNN_name.sql`);
    if (numbers.has(number)) throw new Error(`two migrations are numbered ${number}`);
    numbers.add(number);
    return { name, sql: readFileSync(join(directory, name), 'utf8') };
  });
}

/**
 * Applies the migrations not yet recorded in `schema_migrations`, all in one transaction. The
 * advisory lock makes instances that start at the same time take turns: the second one waits,
 * then finds everything applied.
 */
export async function runMigrations(storage: Storage, migrations = readMigrations()) {
  await storage.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('vliegwiel:migrations', 0))`);
    await tx.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL)',
    );
    const applied = new Set(
      (await tx.query<{ name: string }>('SELECT name FROM schema_migrations')).map(
        (row) => row.name,
      ),
    );
    for (const migration of migrations) {
      if (applied.has(migration.name)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (name, applied_at) VALUES ($1, now())', [
        migration.name,
      ]);
    }
  });
}
