import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../kernel/config.js';
import { createLogger } from '../kernel/logger.js';
import { restoreBackup } from './backup/index.js';

/**
 * Restores a backup written by db:backup:
 *   pnpm db:restore --file caregraph-backup.tar.gz [--clean] [--pg-bin <dir>]
 * Embedded (no DATABASE_URL): CareGraph must be stopped; the data there is moved to
 * DATA_DIR/before-restore-<time>/, never deleted. Server (DATABASE_URL): into an empty database,
 * or with --clean over the backup's objects in place.
 */
const { values } = parseArgs({
  options: {
    file: { type: 'string', short: 'f' },
    clean: { type: 'boolean', default: false },
    'pg-bin': { type: 'string' },
  },
});
if (!values.file) {
  console.error('usage: pnpm db:restore --file <backup.tar.gz> [--clean] [--pg-bin <dir>]');
  process.exit(2);
}
const cwd = process.env.INIT_CWD ?? process.cwd();
try {
  const config = loadConfig();
  const result = await restoreBackup(config, {
    file: path.resolve(cwd, values.file),
    clean: values.clean,
    pgBin: values['pg-bin'],
    log: createLogger('warn'),
  });
  const m = result.manifest;
  process.stdout.write(
    `Restored the backup of ${m.finishedAt} (${m.method}, PostgreSQL ${m.postgres.version}, ` +
      `${String(m.attachments)} attachments) in ${result.seconds.toFixed(1)} s; ` +
      `the database answers, ${String(result.migrations)} migrations recorded.\n` +
      (result.keptAside ? `The data from before is kept in ${result.keptAside}.\n` : '') +
      'Start CareGraph: it applies any newer migrations.\n',
  );
  process.exit(0);
} catch (err) {
  console.error(`Restore failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
