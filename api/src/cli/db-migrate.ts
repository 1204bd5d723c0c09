import { migrate, openDatabase } from '../app/database.js';
import { loadConfig } from '../kernel/config.js';
import { createLogger } from '../kernel/logger.js';

const config = loadConfig();
const db = await openDatabase(config, createLogger('warn'));
try {
  const applied = await migrate(db.orm);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Nothing to migrate.');
} finally {
  await db.close();
}
