import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { wireAccessPolicy } from '../../api/src/app/access.js';
import { wireBilling } from '../../api/src/app/billing.js';
import { migrate, openDatabase } from '../../api/src/app/database.js';
import { buildAppSchema } from '../../api/src/app/schema.js';
import { startServer } from '../../api/src/app/server.js';
import { systemClock } from '../../api/src/kernel/clock.js';
import { loadConfig } from '../../api/src/kernel/config.js';
import { openSharedPool } from '../../api/src/kernel/db/pool.js';
import { PgLiveEvents } from '../../api/src/kernel/live-events.js';
import type { Logger } from '../../api/src/kernel/logger.js';
import { createRateLimits } from '../../api/src/kernel/rate-limit.js';

// Bench scripts import the API's code by path only: they run from `api/` (see the root
// package.json), so its dependencies resolve there and no package of their own is needed.

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Command-line `--name value` flags. */
export function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? String(process.argv[i + 1]) : fallback;
}

/** A logger that drops everything but hands ORM lines to `onOrm` (statement counting). */
export function quietLogger(onOrm: (line: string) => void = () => undefined): Logger {
  const noop = () => undefined;
  const make = (orm: boolean): unknown => ({
    child: (b: { component?: string }) => make(b.component === 'orm'),
    info: orm
      ? (m: unknown) => {
          onOrm(String(m));
        }
      : noop,
    debug: noop,
    warn: noop,
    error: noop,
    trace: noop,
    fatal: noop,
    level: 'silent',
  });
  return make(false) as Logger;
}

/**
 * The bench configuration: DATABASE_URL when set, else an embedded PostgreSQL kept under
 * `.data/bench` (BENCH_DATA_DIR) on port 5602 (BENCH_PG_PORT), apart from the dev database.
 */
export function benchConfig() {
  return loadConfig({
    NODE_ENV: 'production',
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    DATA_DIR: process.env.BENCH_DATA_DIR ?? path.join(root, '.data/bench'),
    EMBEDDED_PG_PORT: process.env.BENCH_PG_PORT ?? '5602',
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'silent',
    LOGIN_RATE_PER_IP: '100000',
    REGISTER_RATE_PER_IP: '100000',
  });
}

export async function openBenchDatabase(log: Logger = quietLogger()) {
  const config = benchConfig();
  const db = await openDatabase(config, log);
  if (process.env.BENCH_SKIP_MIGRATE !== '1') await migrate(db.orm);
  return { ...db, config };
}

/**
 * The API server over the bench database, in this process, wired as `main.ts` wires it (shared
 * pool for rate limits, live events through PostgreSQL) but without background jobs. `stop`
 * closes what it opened; the caller closes the database.
 */
export async function startBenchServer(
  db: Awaited<ReturnType<typeof openBenchDatabase>>,
  log: Logger,
) {
  wireAccessPolicy(db.config);
  wireBilling(db.config);
  const pool = openSharedPool(db.url, log);
  const liveEvents = await PgLiveEvents.start({
    connectionString: db.url,
    pool,
    log,
    strict: false,
  });
  const server = await startServer(
    {
      orm: db.orm,
      config: db.config,
      clock: systemClock,
      log,
      liveEvents,
      rateLimits: createRateLimits(pool, {
        loginPerIp: 100000,
        registerPerIp: 100000,
        passwordResetPerIp: 100000,
      }),
    },
    await buildAppSchema(),
    { port: 0, host: '127.0.0.1' },
  );
  return {
    url: server.url,
    async stop() {
      await server.stop();
      await liveEvents.close();
      await pool.end();
    },
  };
}
