import pg from 'pg';
import type { Logger } from '../logger.js';

/**
 * A small pool beside the ORM's, for what API instances share outside any transaction: rate-limit
 * counters and the NOTIFYs of live events. The owner ends it after the users are closed.
 */
export function openSharedPool(url: string, log: Logger): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    idleTimeoutMillis: 30_000,
    application_name: 'caregraph-shared',
  });
  // pg reports an idle connection that died (a database restart) here; unheard, the process
  // would crash. The next query simply takes a new connection.
  pool.on('error', (err) => {
    log.warn({ err: { message: err.message } }, 'shared pool: an idle connection dropped');
  });
  return pool;
}
