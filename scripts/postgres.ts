/**
 * A throwaway PostgreSQL cluster from the Debian package, for tests and the server benchmark:
 * initdb into a temporary directory, trust authentication, listening on 127.0.0.1 only on a free
 * port; stop() shuts it down and removes the directory.
 *
 * initdb refuses to run as root, so as root the commands run as the `postgres` system user (the
 * package creates it) in a directory that user owns.
 *
 * As a command, `npx tsx scripts/postgres.ts` starts one, prints its URL and keeps it until Ctrl-C.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const INSTALL_ROOT = '/usr/lib/postgresql';

export interface RunningPostgres {
  /** `postgresql://postgres@127.0.0.1:<port>/postgres`: the superuser, no password. */
  url: string;
  stop(): Promise<void>;
}

export interface PostgresOptions {
  /**
   * Keep PostgreSQL's durability settings (fsync, synchronous commit), as a real server would;
   * the default turns them off, since a throwaway test cluster need not survive a crash.
   */
  durable?: boolean;
}

/** The bin directory of the newest installed PostgreSQL, or null when none is installed. */
export function findPostgres(): string | null {
  if (!existsSync(INSTALL_ROOT)) return null;
  const versions = readdirSync(INSTALL_ROOT)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const bin = join(INSTALL_ROOT, version, 'bin');
    if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) return bin;
  }
  return null;
}

export async function startPostgres(options: PostgresOptions = {}): Promise<RunningPostgres> {
  const bin = findPostgres();
  if (!bin) {
    throw new Error(
      `PostgreSQL is not installed (no ${INSTALL_ROOT}/<version>/bin/initdb): apt-get install postgresql`,
    );
  }
  const asRoot = process.getuid?.() === 0;
  const directory = mkdtempSync(join(tmpdir(), 'vliegwiel-postgres-'));
  const dataDirectory = join(directory, 'data');
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(directory, uid, gid);
  }

  const run = (program: string, args: string[]) => {
    const command = asRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', join(bin, program), ...args], {
          encoding: 'utf8',
        })
      : spawnSync(join(bin, program), args, { encoding: 'utf8' });
    if (command.status !== 0) {
      throw new Error(
        `${program} failed (${command.error?.message ?? `exit ${command.status}`}): ${command.stderr}`,
      );
    }
  };

  let stopped = false;
  const stopNow = () => {
    if (stopped) return;
    stopped = true;
    try {
      run('pg_ctl', ['stop', '-D', dataDirectory, '-m', 'fast', '-w']);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  };
  // A test run that ends without calling stop() must not leave a server behind.
  const stopOnExit = () => {
    try {
      stopNow();
    } catch {
      // The process is ending; the server is already gone or its directory with it.
    }
  };

  try {
    run('initdb', [
      '-D',
      dataDirectory,
      '-A',
      'trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    const port = await freePort();
    const settings = [
      `-p ${port}`,
      "-c listen_addresses='127.0.0.1'",
      `-c unix_socket_directories='${directory}'`,
      '-c max_connections=300',
      ...(options.durable
        ? []
        : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
    ];
    run('pg_ctl', [
      'start',
      '-D',
      dataDirectory,
      '-w',
      '-l',
      join(directory, 'server.log'),
      '-o',
      settings.join(' '),
    ]);
    process.once('exit', stopOnExit);
    return {
      url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
      async stop() {
        process.off('exit', stopOnExit);
        stopNow();
      },
    };
  } catch (error) {
    rmSync(directory, { recursive: true, force: true });
    throw error;
  }
}

/** A port nothing listens on right now, on the loopback address. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not find a free port'));
      });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const postgres = await startPostgres();
  console.log(`PostgreSQL is running at ${postgres.url}`);
  console.log('Press Ctrl-C to stop it and remove its data.');
  // Signal handlers alone do not keep Node running: this timer does, until Ctrl-C.
  const keepRunning = setInterval(() => {}, 2 ** 30);
  const stop = () => {
    clearInterval(keepRunning);
    postgres.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
