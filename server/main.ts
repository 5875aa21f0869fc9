// `npm run server`: the sync server on PORT (default 8787), on PGlite under VLIEGWIEL_DATA_DIR or
// on the PostgreSQL server of DATABASE_URL. Configuration is described in server/README.md.
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import envPaths from 'env-paths';
import { z } from 'zod';
import { createApp, DEFAULT_MAX_MUTATIONS_PER_PUSH, DEFAULT_RATE_LIMIT_PER_MINUTE } from './app';
import { DEFAULT_TOKEN_IDLE_DAYS } from './auth';
import { openStorage } from './storage';

const positiveInteger = z
  .string()
  .regex(/^\d+$/, 'a positive whole number')
  .transform(Number)
  .pipe(z.number().int().min(1));

const environmentSchema = z.object({
  PORT: positiveInteger.pipe(z.number().max(65_535)).default(8787),
  HOST: z.string().min(1).optional(),
  DATABASE_URL: z.string().min(1).optional(),
  DATABASE_POOL_SIZE: positiveInteger.default(10),
  VLIEGWIEL_DATA_DIR: z
    .string()
    .min(1)
    .default(envPaths('vliegwiel', { suffix: '' }).data),
  RATE_LIMIT_PER_MINUTE: positiveInteger.default(DEFAULT_RATE_LIMIT_PER_MINUTE),
  MAX_MUTATIONS_PER_PUSH: positiveInteger.default(DEFAULT_MAX_MUTATIONS_PER_PUSH),
  TOKEN_IDLE_DAYS: positiveInteger.default(DEFAULT_TOKEN_IDLE_DAYS),
});

// One JSON line per entry. The lines of one turn of the event loop go out in one write: under
// load that is one system call for many requests instead of one each. Whatever is still waiting
// is written when the process exits.
const pendingLines: string[] = [];
function writeLog(entry: object) {
  pendingLines.push(JSON.stringify(entry));
  if (pendingLines.length === 1) setImmediate(flushLog);
}
function flushLog() {
  if (pendingLines.length === 0) return;
  process.stdout.write(`${pendingLines.join('\n')}\n`);
  pendingLines.length = 0;
}
process.on('exit', flushLog);

const parsed = environmentSchema.safeParse(process.env);
if (!parsed.success) {
  for (const issue of parsed.error.issues) {
    console.error(`✗ ${issue.path.join('.')}: ${issue.message}`);
  }
  process.exit(1);
}
const config = parsed.data;

const storage = await openStorage(
  config.DATABASE_URL
    ? { databaseUrl: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE }
    : { dataDir: config.VLIEGWIEL_DATA_DIR },
).catch((error: Error) => {
  const where = config.DATABASE_URL
    ? 'the PostgreSQL server of DATABASE_URL'
    : config.VLIEGWIEL_DATA_DIR;
  console.error(`✗ Could not open the database (${where}): ${error.message}`);
  process.exit(1);
});
const app = createApp({
  storage,
  rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
  maxMutationsPerPush: config.MAX_MUTATIONS_PER_PUSH,
  tokenIdleDays: config.TOKEN_IDLE_DAYS,
  log: writeLog,
});

const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  const host =
    config.HOST && config.HOST !== '0.0.0.0' && config.HOST !== '::' ? config.HOST : 'localhost';
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${info.port}`;
  writeLog({
    time: new Date().toISOString(),
    level: 'info',
    message: `Vliegwiel server listening on ${url} (storage: ${storage.description})`,
    url,
    storage: storage.description,
  });
});

(server as Server).once('error', (error) => {
  console.error(`✗ Could not listen on port ${config.PORT}: ${error.message}`);
  storage.close().finally(() => process.exit(1));
});

// Finish the requests in flight, then close the database so PGlite's files are left consistent.
function shutDown(signal: string) {
  writeLog({ time: new Date().toISOString(), level: 'info', message: `${signal}: shutting down` });
  const httpServer = server as Server;
  httpServer.close(() => {
    storage.close().then(
      () => process.exit(0),
      (error: Error) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
  httpServer.closeIdleConnections();
}
process.once('SIGINT', () => shutDown('SIGINT'));
process.once('SIGTERM', () => shutDown('SIGTERM'));
