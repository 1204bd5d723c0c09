import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../kernel/config.js';
import { createLogger } from '../kernel/logger.js';
import { takeBackup } from './backup/index.js';

/**
 * Writes a backup of the database and DATA_DIR's attachments to one .tar.gz:
 *   pnpm db:backup [--out caregraph-backup.tar.gz] [--pg-bin /usr/lib/postgresql/18/bin]
 * The embedded PostgreSQL is copied online (a base backup), whether CareGraph runs or not; a
 * server (DATABASE_URL) is dumped with pg_dump of its major version. See `backup/index.ts`.
 */
const { values } = parseArgs({
  options: {
    out: { type: 'string', short: 'o' },
    'pg-bin': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.warn('usage: pnpm db:backup [--out <file.tar.gz>] [--pg-bin <dir of pg_dump>]');
  process.exit(0);
}
// pnpm runs the script in api/: a relative path is the caller's, where pnpm was started.
const cwd = process.env.INIT_CWD ?? process.cwd();
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const out = path.resolve(cwd, values.out ?? `caregraph-backup-${stamp}.tar.gz`);
try {
  const config = loadConfig();
  const result = await takeBackup(config, {
    out,
    pgBin: values['pg-bin'],
    log: createLogger('warn'),
  });
  const m = result.manifest;
  process.stdout.write(
    `Backup written: ${result.file}\n` +
      `  ${(result.bytes / 1e6).toFixed(1)} MB in ${result.seconds.toFixed(1)} s, ` +
      `method ${m.method}, PostgreSQL ${m.postgres.version}, database ${m.database}, ` +
      `${String(m.attachments)} attachments, last migration ${m.lastMigration ?? 'none'}\n`,
  );
  process.exit(0);
} catch (err) {
  console.error(`Backup failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
