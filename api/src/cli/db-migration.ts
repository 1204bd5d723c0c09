import { loadConfig } from '../kernel/config.js';
import { createLogger } from '../kernel/logger.js';
import { migrate, openDatabase } from '../app/database.js';

/**
 * `create`: writes a migration for the difference between the entities and the migrated schema.
 * `check`: fails when the entities need a migration that is not committed (CI).
 */
const mode = process.argv[2];
const config = loadConfig();
const log = createLogger('warn');
const db = await openDatabase(config, log);
let code = 0;
try {
  await migrate(db.orm);
  if (mode === 'create') {
    const initial = (await db.orm.migrator.getExecuted()).length === 0;
    const result = await db.orm.migrator.create(undefined, false, initial);
    if (result.diff.up.length === 0) console.log('No changes: no migration written.');
    else console.log(`Wrote ${result.fileName}`);
  } else if (mode === 'check') {
    const needed = await db.orm.migrator.checkSchema();
    if (needed) {
      console.error('Entities and migrations disagree: run `pnpm db:migration:create`.');
      code = 1;
    } else console.log('Migrations are up to date.');
  } else {
    console.error('usage: db-migration.ts create|check');
    code = 2;
  }
} finally {
  await db.close();
}
process.exit(code);
