import { createApp } from '../../server/app';
import { openStorage, type Storage } from '../../server/storage';
import { VliegwielDatabase } from '../db/database';
import { actorOf, loadSettings } from '../settings-store';
import { fixedClock } from '../testing/factories';
import type { Fetch } from './server-api';
import { memorySettings } from './testing-settings';

// The real sync server in this process, for the sync tests: PGlite in memory (one per test file,
// it takes seconds to start), reached through the app's own request handler instead of a socket.

export interface TestServer {
  storage: Storage;
  /** `fetch` that answers requests to SERVER_URL (sync-fixture.ts) from the app in-process. */
  fetch: Fetch;
  close(): Promise<void>;
}

export async function startTestServer(
  options: { rateLimitPerMinute?: number; maxMutationsPerPush?: number } = {},
): Promise<TestServer> {
  const storage = await openStorage({ dataDir: 'memory://' });
  const app = createApp({ storage, log: () => {}, ...options });
  return {
    storage,
    fetch: async (input, init) => app.request(input, init),
    close: () => storage.close(),
  };
}

/** One browser: its own database, settings and clock, talking to `server`. */
export function testBrowser(name: string, server: TestServer) {
  const fixed = fixedClock();
  // Ids made here must differ from every other browser's, as crypto.randomUUID's do.
  const clock = { now: fixed.now, advance: fixed.advance, newId: () => crypto.randomUUID() };
  const db = new VliegwielDatabase(`${name}-${crypto.randomUUID()}`);
  const settings = memorySettings();
  return {
    db,
    clock,
    settings,
    deps: { db, fetch: server.fetch, now: clock.now, newId: clock.newId, settings },
    /** This browser's member, as the background reads it for every write. */
    actor: async () => actorOf(await loadSettings(settings, clock.newId)),
  };
}
export type TestBrowser = ReturnType<typeof testBrowser>;
