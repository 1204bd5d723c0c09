import { readdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { bufferEntry, directoryEntry, fileEntry, type Chunk } from './tar.js';

/**
 * An online base backup of a running PostgreSQL whose data directory this process can read (the
 * embedded one), with PostgreSQL's low-level API: the embedded distribution ships no pg_dump nor
 * pg_basebackup, and this needs nothing but SQL and the files.
 *
 * One session, kept open from start to end:
 * 1. a temporary physical replication slot, reserving WAL at once: no checkpoint can recycle a
 *    segment the backup needs before the session ends (what pg_basebackup's own slot does);
 * 2. `pg_backup_start(label, fast => true)`: an immediate checkpoint, full-page writes forced;
 * 3. the data directory is copied as it is, while it changes, leaving out what the documentation
 *    says to (postmaster.pid and .opts, the contents of pg_wal, pg_replslot, pg_dynshmem,
 *    pg_notify, pg_serial, pg_snapshots, pg_stat_tmp and pg_subtrans, pgsql_tmp*,
 *    pg_internal.init);
 * 4. `pg_backup_stop(wait_for_archive => false)`: its `labelfile` becomes `backup_label`;
 * 5. the WAL segments from the start's to the stop's are added to pg_wal.
 *
 * Started on the copy, PostgreSQL reads backup_label, replays that WAL from the start checkpoint
 * and is consistent at the stop: everything committed before `pg_backup_stop` was called is in
 * the copy, nothing begun after it returned is (a commit racing the call itself may be either).
 */

/** Directories whose contents are left out (the directories themselves are kept). */
const EMPTY_DIRS = new Set([
  'pg_wal',
  'pg_replslot',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
]);
/** Files of the top directory left out. */
const SKIPPED_FILES = new Set([
  'postmaster.pid',
  'postmaster.opts',
  'backup_label',
  'tablespace_map',
  'backup_manifest',
  'postgresql.auto.conf.tmp',
  'current_logfiles.tmp',
]);
const SEGMENT = /^[0-9A-F]{24}$/;

export interface BaseBackupInfo {
  label: string;
  startLsn: string;
  stopLsn: string;
  /** WAL segments put in the copy's pg_wal. */
  walFiles: string[];
}

export interface BackupHooks {
  /** pg_backup_start returned: the copy starts. */
  afterStart?: () => void;
  /** The copy is done: pg_backup_stop is about to be called. */
  beforeStop?: () => void;
  /** pg_backup_stop returned. */
  afterStop?: () => void;
}

/**
 * The tar members of a base backup of the cluster in `clusterDir`, served by `url`, under
 * `prefix/`. `info` is filled in once the stream has ended.
 */
export async function* baseBackup(
  url: string,
  clusterDir: string,
  prefix: string,
  info: Partial<BaseBackupInfo>,
  hooks: BackupHooks = {},
): AsyncGenerator<Chunk> {
  const client = new pg.Client({ connectionString: url, application_name: 'caregraph-backup' });
  await client.connect();
  try {
    const { rows: levels } = await client.query<{ wal_level: string }>('show wal_level');
    if (levels[0]?.wal_level === 'minimal') {
      throw new Error('wal_level is minimal: a base backup needs wal_level = replica');
    }
    const { rows: spaces } = await client.query<{ n: number }>(
      "select count(*)::int as n from pg_tablespace where spcname not in ('pg_default', 'pg_global')",
    );
    if ((spaces[0]?.n ?? 0) > 0) {
      throw new Error('the cluster has tablespaces of its own, which this backup does not copy');
    }
    const label = `caregraph ${new Date().toISOString()}`;
    const slot = `caregraph_backup_${String(process.pid)}_${String(Date.now())}`;
    await client.query('select pg_create_physical_replication_slot($1, true, true)', [slot]);
    const { rows: started } = await client.query<{ lsn: string }>(
      'select pg_backup_start($1, fast => true)::text as lsn',
      [label],
    );
    info.label = label;
    info.startLsn = started[0]?.lsn;
    hooks.afterStart?.();

    yield* copyTree(clusterDir, '', prefix);

    hooks.beforeStop?.();
    const { rows: stopped } = await client.query<{
      lsn: string;
      labelfile: string;
      spcmapfile: string | null;
      file: string;
    }>(
      `select lsn::text as lsn, labelfile, spcmapfile, pg_walfile_name(lsn) as file
         from pg_backup_stop(wait_for_archive => false)`,
    );
    hooks.afterStop?.();
    const stop = stopped[0];
    if (!stop) throw new Error('pg_backup_stop returned nothing');
    info.stopLsn = stop.lsn;
    const startFile = /START WAL LOCATION: .* \(file ([0-9A-F]{24})\)/.exec(stop.labelfile)?.[1];
    if (!startFile) throw new Error('backup label without a start WAL file');

    // Still inside the session: the slot keeps these segments until it ends.
    const walDir = path.join(clusterDir, 'pg_wal');
    const names = (await readdir(walDir)).sort();
    const segments = names.filter((n) => SEGMENT.test(n) && n >= startFile && n <= stop.file);
    for (const needed of [startFile, stop.file]) {
      if (!segments.includes(needed)) throw new Error(`WAL segment ${needed} is missing`);
    }
    const history = names.filter((n) => /^[0-9A-F]{8}\.history$/.test(n));
    for (const name of [...history, ...segments]) {
      yield* fileEntry(`${prefix}/pg_wal/${name}`, path.join(walDir, name));
    }
    yield* bufferEntry(`${prefix}/backup_label`, Buffer.from(stop.labelfile));
    if (stop.spcmapfile) {
      yield* bufferEntry(`${prefix}/tablespace_map`, Buffer.from(stop.spcmapfile));
    }
    info.walFiles = segments;
  } finally {
    // Ending the session drops the temporary slot, and aborts the backup if it did not stop.
    await client.end().catch(() => undefined);
  }
}

async function* copyTree(root: string, rel: string, prefix: string): AsyncGenerator<Chunk> {
  const dir = path.join(root, rel);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    // A directory dropped meanwhile (a database dropped during the backup): WAL replays the drop.
    if (isErrno(err, 'ENOENT') && rel !== '') return;
    throw err;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  yield* directoryEntry(rel ? `${prefix}/${rel}` : prefix);
  for (const entry of entries) {
    const childRel = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.name.startsWith('pgsql_tmp') || entry.name.startsWith('pg_internal.init')) continue;
    if (entry.isSymbolicLink()) {
      throw new Error(
        `${path.join(root, childRel)} is a symbolic link (a tablespace, or pg_wal moved elsewhere): not supported`,
      );
    }
    if (entry.isDirectory()) {
      if (rel === '' && entry.name === 'pg_wal') {
        yield* emptyTree(root, childRel, prefix);
      } else if (rel === '' && EMPTY_DIRS.has(entry.name)) {
        // Not even its subdirectories: a slot's directory without its state stops PostgreSQL.
        yield* directoryEntry(`${prefix}/${childRel}`);
      } else {
        yield* copyTree(root, childRel, prefix);
      }
    } else if (entry.isFile()) {
      if (rel === '' && SKIPPED_FILES.has(entry.name)) continue;
      yield* fileEntry(`${prefix}/${childRel}`, path.join(root, childRel));
    }
  }
}

/** pg_wal and its subdirectories (archive_status, summaries), without a file. */
async function* emptyTree(root: string, rel: string, prefix: string): AsyncGenerator<Chunk> {
  yield* directoryEntry(`${prefix}/${rel}`);
  let entries;
  try {
    entries = await readdir(path.join(root, rel), { withFileTypes: true });
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return;
    throw err;
  }
  for (const entry of entries) {
    if (entry.isDirectory()) yield* emptyTree(root, `${rel}/${entry.name}`, prefix);
  }
}

function isErrno(err: unknown, code: string): boolean {
  return err instanceof Error && (err as NodeJS.ErrnoException).code === code;
}
