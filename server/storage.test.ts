import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStorage, readMigrations, runMigrations, type Storage } from './storage';
import { createTestDatabase, TEST_TIMEOUT_MS, testBackends } from './testing';

async function appliedMigrations(storage: Storage) {
  const rows = await storage.query<{ name: string }>(
    'SELECT name FROM schema_migrations ORDER BY name',
  );
  return rows.map((row) => row.name);
}

describe.each(testBackends())('migrations on $name', { timeout: TEST_TIMEOUT_MS }, (backend) => {
  let storage: Storage;

  beforeAll(async () => {
    storage = await backend.open();
  }, TEST_TIMEOUT_MS);
  afterAll(() => storage?.close(), TEST_TIMEOUT_MS);

  it('applies every migration once, in order, when the storage opens', async () => {
    expect(await appliedMigrations(storage)).toEqual(readMigrations().map((m) => m.name));
    await Promise.all([runMigrations(storage), runMigrations(storage)]);
    expect(await appliedMigrations(storage)).toEqual(readMigrations().map((m) => m.name));
  });

  it('applies a set of new migrations all or not at all', async () => {
    const before = await appliedMigrations(storage);
    const broken = [
      ...readMigrations(),
      { name: '900_extra_table.sql', sql: 'CREATE TABLE extra_table (x integer);' },
      { name: '901_broken.sql', sql: 'CREATE TABLE broken (x integer); SELEC 1;' },
    ];
    await expect(runMigrations(storage, broken)).rejects.toThrow(/syntax error/);
    expect(await appliedMigrations(storage)).toEqual(before);
    const [table] = await storage.query<{ found: string | null }>(
      "SELECT to_regclass('extra_table')::text AS found",
    );
    expect(table?.found).toBeNull();
  });

  it('rolls back a transaction whose work fails, and commits one that succeeds', async () => {
    await storage.exec('CREATE TABLE IF NOT EXISTS scratch (x integer)');
    await expect(
      storage.transaction(async (tx) => {
        await tx.query('INSERT INTO scratch (x) VALUES ($1)', [1]);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await storage.transaction((tx) => tx.query('INSERT INTO scratch (x) VALUES ($1)', [2]));
    expect(await storage.query('SELECT x FROM scratch')).toEqual([{ x: 2 }]);
  });
});

describe.runIf(process.env.VLIEGWIEL_TEST_DATABASE_URL)(
  'two instances starting at once',
  { timeout: TEST_TIMEOUT_MS },
  () => {
    it('migrate one database once', async () => {
      const serverUrl = process.env.VLIEGWIEL_TEST_DATABASE_URL as string;
      const database = await createTestDatabase(serverUrl);
      try {
        const instances = await Promise.all([
          openStorage({ databaseUrl: database.url }),
          openStorage({ databaseUrl: database.url }),
          openStorage({ databaseUrl: database.url }),
        ]);
        const [first] = instances;
        if (!first) throw new Error('no instance opened');
        expect(await appliedMigrations(first)).toEqual(readMigrations().map((m) => m.name));
        await Promise.all(instances.map((instance) => instance.close()));
      } finally {
        await database.drop();
      }
    });
  },
);

describe('readMigrations', () => {
  let directory: string;

  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'vliegwiel-migrations-'));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('reads NNN_name.sql files in number order', () => {
    writeFileSync(join(directory, '002_second.sql'), 'SELECT 2;');
    writeFileSync(join(directory, '001_first.sql'), 'SELECT 1;');
    writeFileSync(join(directory, 'README.txt'), 'not a migration');
    expect(readMigrations(directory)).toEqual([
      { name: '001_first.sql', sql: 'SELECT 1;' },
      { name: '002_second.sql', sql: 'SELECT 2;' },
    ]);
  });

  it('refuses a badly named migration and two with one number', () => {
    writeFileSync(join(directory, '2_short.sql'), 'SELECT 1;');
    expect(() => readMigrations(directory)).toThrow('2_short.sql is not named NNN_name.sql');
    rmSync(join(directory, '2_short.sql'));
    writeFileSync(join(directory, '002_again.sql'), 'SELECT 2;');
    expect(() => readMigrations(directory)).toThrow('two migrations are numbered 002');
  });
});
