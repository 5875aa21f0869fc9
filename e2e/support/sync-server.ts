import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from '../../server/app';
import { openStorage, type Storage } from '../../server/storage';

/**
 * The real sync server on 127.0.0.1, started by a test: PGlite in a temporary directory, so that
 * it can be stopped and started again with its data, as a server restart does.
 */
export class SyncServer {
  private constructor(
    private readonly dataDir: string,
    private port: number,
    private storage: Storage,
    private http: Server,
  ) {}

  static async start(): Promise<SyncServer> {
    const dataDir = await mkdtemp(join(tmpdir(), 'vliegwiel-server-'));
    const storage = await openStorage({ dataDir });
    const { http, port } = await listen(storage, 0);
    return new SyncServer(dataDir, port, storage, http);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Stops and starts again on the same port and data, dropping the connections in flight. */
  async restart(): Promise<void> {
    await this.stop();
    this.storage = await openStorage({ dataDir: this.dataDir });
    this.http = (await listen(this.storage, this.port)).http;
  }

  /** The records of a table the workspace holds now, deletions not counted. */
  async count(table: 'signals' | 'initiatives' | 'events' | 'groups'): Promise<number> {
    const [row] = await this.storage.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM records WHERE table_name = $1 AND NOT deleted',
      [table],
    );
    return row?.count ?? 0;
  }

  /** The records of a table as the workspace holds them now. */
  async records(table: 'signals' | 'initiatives'): Promise<Array<Record<string, unknown>>> {
    const rows = await this.storage.query<{ record: Record<string, unknown> }>(
      'SELECT record FROM records WHERE table_name = $1 AND NOT deleted ORDER BY seq',
      [table],
    );
    return rows.map((row) => row.record);
  }

  /** The latest change number: unchanged when a replayed push wrote nothing. */
  async lastSeq(): Promise<number> {
    const [row] = await this.storage.query<{ seq: number | null }>(
      'SELECT max(seq)::int AS seq FROM records',
    );
    return row?.seq ?? 0;
  }

  async close(): Promise<void> {
    await this.stop();
    await rm(this.dataDir, { recursive: true, force: true });
  }

  private async stop() {
    await new Promise<void>((resolve) => {
      this.http.close(() => resolve());
      this.http.closeAllConnections();
    });
    await this.storage.close();
  }
}

function listen(storage: Storage, port: number): Promise<{ http: Server; port: number }> {
  const app = createApp({ storage, log: () => {} });
  return new Promise((resolve) => {
    const http = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({ http: http as Server, port: info.port }),
    );
  });
}
