import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStorage, readMigrations, runMigrations, type Storage } from './storage';
import { createTestDatabase, event, signal, TEST_TIMEOUT_MS, testBackends } from './testing';

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

  it('gives the tokens, workspaces and records of a database before 002 what 002 and 003 add', async () => {
    const initial = readMigrations().filter((migration) => migration.name.startsWith('001_'));
    const before = await backend.open(initial);
    try {
      const [workspace, otherWorkspace, member] = [randomUUID(), randomUUID(), randomUUID()];
      const longAgo = '2020-01-01T00:00:00.000Z';
      await before.exec(`
        INSERT INTO workspaces (id, name, created_at) VALUES
          ('${workspace}', 'Noord', '${longAgo}'), ('${otherWorkspace}', 'Zuid', '${longAgo}');
        INSERT INTO members (id, workspace_id, name, role, joined_at)
          VALUES ('${member}', '${workspace}', 'Ann', 'owner', '${longAgo}');
        INSERT INTO tokens (hash, member_id, created_at) VALUES ('h', '${member}', '${longAgo}');`);
      const rows: [string, string, unknown][] = [
        ['signals', 'usual', signal({ clippedAt: '2025-03-01T10:00:00+01:00' })],
        ['signals', 'year-zero', signal({ clippedAt: '0000-01-01T00:00:00Z' })],
        ['signals', 'far-offset', signal({ clippedAt: '2025-03-01T10:00:00+23:59' })],
        ['signals', 'deleted', null],
        ['events', 'event', event(member)],
      ];
      for (const [seq, [table, id, record]] of rows.entries()) {
        await before.query(
          `INSERT INTO records (workspace_id, table_name, record_id, seq, deleted, record,
                               created_by, updated_by, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8)`,
          [workspace, table, id, seq + 1, record === null, record, member, longAgo],
        );
      }

      await runMigrations(before);

      const [token] = await before.query<{ last_used_at: Date }>('SELECT last_used_at FROM tokens');
      expect(token?.last_used_at.getTime()).toBeGreaterThan(Date.parse(longAgo));
      const keys = await before.query<{ pseudonym_key: string }>(
        'SELECT pseudonym_key FROM workspaces',
      );
      expect(keys).toHaveLength(2);
      for (const { pseudonym_key: key } of keys) {
        expect(key).toMatch(/^[\w-]{43}$/);
        expect(Buffer.from(key, 'base64url')).toHaveLength(32);
      }
      expect(keys[0]?.pseudonym_key).not.toBe(keys[1]?.pseudonym_key);
      const clipped = await before.query<{ record_id: string; clipped_at: Date | null }>(
        'SELECT record_id, clipped_at FROM records ORDER BY seq',
      );
      expect(clipped).toEqual([
        { record_id: 'usual', clipped_at: new Date('2025-03-01T09:00:00Z') },
        { record_id: 'year-zero', clipped_at: null },
        { record_id: 'far-offset', clipped_at: null },
        { record_id: 'deleted', clipped_at: null },
        { record_id: 'event', clipped_at: null },
      ]);
      const texts = await before.query<{ record_id: string; text: string | null; same: boolean }>(
        `SELECT record_id, record_text AS text, record_text IS NOT DISTINCT FROM record::text AS same
           FROM records ORDER BY seq`,
      );
      expect(texts.every((row) => row.same)).toBe(true);
      expect(texts.filter((row) => row.text === null).map((row) => row.record_id)).toEqual([
        'deleted',
      ]);
    } finally {
      await before.close();
    }
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
