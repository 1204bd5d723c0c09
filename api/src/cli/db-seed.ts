import { ensureFirstUsers } from '../app/bootstrap.js';
import { migrate, openDatabase } from '../app/database.js';
import { systemClock } from '../kernel/clock.js';
import { loadConfig } from '../kernel/config.js';
import { createLogger } from '../kernel/logger.js';

/** Migrates, then loads the demo hospital (or the first administrator) if there is no account. */
const config = loadConfig();
const log = createLogger('info');
const db = await openDatabase(config, log);
try {
  await migrate(db.orm);
  await ensureFirstUsers(db.orm, config, systemClock, log);
} finally {
  await db.close();
}
