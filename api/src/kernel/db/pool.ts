import pg from 'pg';
import type { Logger } from '../logger.js';

/**
 * How long anything waits for a database connection — a free one from a pool, or a new one being
 * opened — before it gives up. Without it a request would hang for as long as the database is
 * unreachable (a TCP connect to a host that went away takes minutes to fail); with it, the caller
 * gets SERVICE_UNAVAILABLE within seconds and can try again.
 */
export const DB_CONNECT_TIMEOUT_MS = 5_000;

/**
 * A small pool beside the ORM's, for what API instances share outside any transaction: rate-limit
 * counters and the NOTIFYs of live events. The owner ends it after the users are closed.
 */
export function openSharedPool(url: string, log: Logger): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: DB_CONNECT_TIMEOUT_MS,
    keepAlive: true,
    application_name: 'caregraph-shared',
  });
  // pg reports an idle connection that died (a database restart) here; unheard, the process
  // would crash. The next query simply takes a new connection.
  pool.on('error', (err) => {
    log.warn({ err: { message: err.message } }, 'shared pool: an idle connection dropped');
  });
  return pool;
}
