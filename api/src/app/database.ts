import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { MikroORM } from '@mikro-orm/postgresql';
import { StartupError, type AppConfig } from '../kernel/config.js';
import {
  ensureDatabase,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from '../kernel/db/embedded.js';
import { ormOptions } from '../kernel/db/orm-options.js';
import type { Logger } from '../kernel/logger.js';
import { ormApp } from './entities.js';

export interface Database {
  orm: MikroORM;
  url: string;
  close(): Promise<void>;
}

/**
 * Connects to `DATABASE_URL`, or starts the embedded PostgreSQL under the data directory and
 * creates the `caregraph` database on first use. The data directory is then claimed for this
 * process until `close()`: a second CareGraph on it is refused with a message naming the first.
 */
export async function openDatabase(config: AppConfig, log: Logger): Promise<Database> {
  if (config.databaseUrl) {
    const orm = await initOrm(config.databaseUrl, log, config.databaseReplicaUrls);
    return { orm, url: config.databaseUrl, close: () => orm.close(true) };
  }
  const release = claimDataDir(config);
  let embedded: EmbeddedDatabase | undefined;
  try {
    embedded = await startEmbedded(config, log);
    await ensureDatabase(embedded.url('postgres'), 'caregraph');
    log.info({ port: config.embeddedPgPort }, 'embedded PostgreSQL started');
    const url = embedded.url('caregraph');
    const orm = await initOrm(url, log);
    const running = embedded;
    return {
      orm,
      url,
      async close() {
        try {
          await orm.close(true);
          await running.stop();
        } finally {
          release();
        }
      },
    };
  } catch (err) {
    // The first failure is the one to report; a failed stop behind it would only hide it.
    await embedded?.stop().catch(() => undefined);
    release();
    throw err;
  }
}

/** Applies every pending migration; returns their names. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const done = await orm.migrator.up();
  return done.map((m) => m.name);
}

/**
 * Refuses, before anything starts, a data directory that a running CareGraph holds. Its
 * PostgreSQL cluster, demo logins and attachments belong to that process.
 */
export function assertDataDirFree(config: AppConfig): void {
  if (config.databaseUrl) return;
  const owner = liveOwner(config.dataDir);
  if (owner) throw dataDirInUse(config.dataDir, owner);
}

function initOrm(url: string, log: Logger, replicaUrls: readonly string[] = []): Promise<MikroORM> {
  const ormLog = log.child({ component: 'orm' });
  return MikroORM.init(
    ormOptions(
      ormApp,
      url,
      (m) => {
        ormLog.info(m);
      },
      { replicaUrls },
    ),
  );
}

const LOCK_FILE = 'caregraph.lock';

/** Written into `<DATA_DIR>/caregraph.lock` by the process that holds the directory. */
interface Owner {
  pid: number;
  /** The process's start time, so that a PID given to another process later is not the owner. */
  started: string | undefined;
  port: number;
  command: string;
}

function dataDirInUse(dataDir: string, owner: Owner): StartupError {
  const which = /^main\.[jt]s$/.test(owner.command)
    ? `PID ${owner.pid}, port ${owner.port}`
    : `PID ${owner.pid}, running ${owner.command}`;
  return new StartupError(
    `Data directory ${dataDir} is already in use by another CareGraph (${which}): ` +
      'stop that one first, or set DATA_DIR to another directory.',
  );
}

/** The process that holds the data directory, if it is still running. */
function liveOwner(dataDir: string): Owner | undefined {
  let owner: Partial<Owner>;
  try {
    owner = JSON.parse(readFileSync(path.join(dataDir, LOCK_FILE), 'utf8')) as Partial<Owner>;
  } catch {
    return undefined;
  }
  const { pid } = owner;
  if (typeof pid !== 'number' || pid === process.pid || !alive(pid)) return undefined;
  // PIDs are handed out again (a container restarts with the same ones): the start time tells.
  const started = procStat(pid)?.[19];
  if (owner.started !== undefined && started !== undefined && owner.started !== started) {
    return undefined;
  }
  return {
    pid,
    started: owner.started,
    port: owner.port ?? 0,
    command: owner.command ?? 'node',
  };
}

/**
 * Takes the data directory for this process, or throws naming the process that has it. A claim
 * left by a process that is gone (killed with SIGKILL, a power cut) is taken over. Returns the
 * release, also run at process exit.
 */
function claimDataDir(config: AppConfig): () => void {
  mkdirSync(config.dataDir, { recursive: true });
  const file = path.join(config.dataDir, LOCK_FILE);
  const me: Owner = {
    pid: process.pid,
    started: procStat(process.pid)?.[19],
    port: config.port,
    command: path.basename(process.argv[1] ?? 'node'),
  };
  for (let attempt = 0; !createOnce(file, JSON.stringify(me)); attempt++) {
    const owner = liveOwner(config.dataDir);
    if (owner) throw dataDirInUse(config.dataDir, owner);
    if (attempt === 2) {
      throw new StartupError(
        `Data directory ${config.dataDir} cannot be claimed: remove ${file} and start again.`,
      );
    }
    rmSync(file, { force: true });
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    try {
      const holder = JSON.parse(readFileSync(file, 'utf8')) as Partial<Owner>;
      if (holder.pid === process.pid) rmSync(file, { force: true });
    } catch {
      // Already gone: nothing to release.
    }
  };
  process.on('exit', release);
  return release;
}

/**
 * Creates the file with this content unless it exists; false when it does. Through a hard link,
 * which appears whole or not at all and never over an existing file: of two processes starting
 * together one wins, and no reader ever sees a half-written claim.
 */
function createOnce(file: string, content: string): boolean {
  const draft = `${file}.${String(process.pid)}`;
  writeFileSync(draft, content);
  try {
    linkSync(draft, file);
    return true;
  } catch (err) {
    if (isErrno(err, 'EEXIST')) return false;
    if (!['EPERM', 'ENOTSUP', 'ENOSYS'].some((code) => isErrno(err, code))) throw err;
  } finally {
    rmSync(draft, { force: true });
  }
  // Some mounted file systems (SMB shares, some FUSE mounts) have no hard links.
  try {
    writeFileSync(file, content, { flag: 'wx' });
    return true;
  } catch (err) {
    if (isErrno(err, 'EEXIST')) return false;
    throw err;
  }
}

/**
 * Starts the embedded PostgreSQL, first clearing what a killed CareGraph leaves behind, and turns
 * its failures into one line: the library itself rejects with `undefined` when PostgreSQL exits.
 */
async function startEmbedded(config: AppConfig, log: Logger): Promise<EmbeddedDatabase> {
  const port = config.embeddedPgPort;
  await stopLeftoverPostgres(path.join(config.dataDir, 'pg'), log);
  // PostgreSQL listens on "localhost", 127.0.0.1 and ::1, and the app connects to 127.0.0.1.
  // With only 127.0.0.1 taken, PostgreSQL would still start on ::1 and the app would then talk
  // to the other program: probe the address the app uses.
  if ((await listenError(port, '127.0.0.1'))?.code === 'EADDRINUSE') throw pgPortInUse(port);
  const pgLog = log.child({ component: 'embedded-postgres' });
  const output: string[] = [];
  try {
    return await startEmbeddedPostgres({
      dataDir: config.dataDir,
      port,
      onLog: (chunk) => {
        for (const line of chunk.split('\n')) {
          if (!line.trim()) continue;
          output.push(line.trim());
          pgLog.debug({ line: line.trim() });
        }
        if (output.length > 100) output.splice(0, output.length - 100);
      },
    });
  } catch (err) {
    throw postgresFailure(err, output, config);
  }
}

function pgPortInUse(port: number): StartupError {
  return new StartupError(
    `Port ${port} (EMBEDDED_PG_PORT, the embedded PostgreSQL) is already in use: ` +
      'stop the program that uses it, or set EMBEDDED_PG_PORT to a free port.',
  );
}

/** The reason PostgreSQL gave, from its own output; the library's error says little. */
function postgresFailure(err: unknown, output: string[], config: AppConfig): StartupError {
  const text = output.join('\n');
  // The port taken after the probe, or another PostgreSQL holding the port's Unix socket lock.
  const portTaken =
    /could not create any TCP\/IP sockets/.test(text) && /Address already in use/.test(text);
  if (portTaken || /could not create lock file ".*\.s\.PGSQL\.\d+\.lock"/.test(text)) {
    return pgPortInUse(config.embeddedPgPort);
  }
  const holder = /Is another postmaster \(PID (\d+)\) running in data directory/.exec(text);
  if (holder) {
    return new StartupError(
      `Data directory ${config.dataDir} is already in use by another PostgreSQL (PID ${holder[1] ?? '?'}): ` +
        'stop it first, or set DATA_DIR to another directory.',
    );
  }
  const reasons = output
    .map((line) => /\b(?:FATAL|PANIC):\s+(.*)$|initdb: error: (.*)$/.exec(line))
    .filter((m) => m !== null)
    .map((m) => m[1] ?? m[2] ?? '');
  const reason =
    reasons.at(-1) ??
    (err instanceof Error ? (err.message.split('\n')[0] ?? '') : 'it exited at once');
  return new StartupError(
    `The embedded PostgreSQL in ${path.join(config.dataDir, 'pg')} did not start: ${reason} ` +
      '(LOG_LEVEL=debug shows its whole output).',
  );
}

/**
 * A CareGraph killed with SIGKILL leaves its PostgreSQL running: the child outlives its parent,
 * still holding the cluster and its port. The caller has claimed the data directory, so no live
 * CareGraph owns that PostgreSQL any more: it gets a fast shutdown (committed data is kept) and a
 * fresh one starts.
 */
async function stopLeftoverPostgres(clusterDir: string, log: Logger): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  let pid: number;
  try {
    pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  } catch {
    return;
  }
  // A dead postmaster's file is PostgreSQL's to clear: it first makes sure that none of that
  // postmaster's processes still use the cluster.
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return;
  if (!commandOf(pid).includes(`-D ${clusterDir}`)) {
    // The PID now belongs to another process (after a reboot, say), which PostgreSQL would take
    // for a postmaster still running: it would refuse to start.
    rmSync(pidFile, { force: true });
    return;
  }
  log.warn({ pid }, 'stopping the embedded PostgreSQL that a stopped CareGraph left running');
  const stuck = new StartupError(
    `The embedded PostgreSQL left running in ${clusterDir} (PID ${pid}) by a CareGraph that did ` +
      `not stop cleanly cannot be stopped: stop it (kill ${pid}) and start again.`,
  );
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    throw stuck;
  }
  const deadline = Date.now() + 30_000;
  while (alive(pid) && existsSync(pidFile)) {
    if (Date.now() > deadline) throw stuck;
    await sleep(100);
  }
}

/** The error listening on this port and host would give now, if any. */
function listenError(port: number, host: string): Promise<NodeJS.ErrnoException | undefined> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', resolve);
    probe.listen(port, host, () => {
      probe.close(() => {
        resolve(undefined);
      });
    });
  });
}

/** Whether a process runs under this PID; a zombie, dead but not yet reaped, does not count. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if (!isErrno(err, 'EPERM')) return false;
  }
  return procStat(pid)?.[0] !== 'Z';
}

/**
 * The fields of `/proc/<pid>/stat` after the command name: [0] state, [1] parent PID, [19] start
 * time. Undefined where there is no /proc (macOS): the callers then trust the PID alone.
 */
function procStat(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
    // The command name is in parentheses and may itself hold spaces and parentheses.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${String(pid)}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    const ps = spawnSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' });
    return ps.status === 0 ? ps.stdout : '';
  }
}

function isErrno(err: unknown, code: string): boolean {
  return err instanceof Error && (err as NodeJS.ErrnoException).code === code;
}
