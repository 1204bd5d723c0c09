import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../app/database.js';
import { loadConfig, type AppConfig } from '../kernel/config.js';
import { freePort } from '../kernel/db/embedded.js';
import { withDatabase } from '../kernel/db/urls.js';
import { createLogger } from '../kernel/logger.js';
import { restoreBackup, takeBackup } from './backup/index.js';
import { toolVersion } from './backup/pg-tools.js';

const log = createLogger('silent');
const apiDir = path.resolve(import.meta.dirname, '../..');
const tmp = (name: string) => mkdtempSync(path.join(tmpdir(), `cg-backup-${name}-`));

/** Figures worth reading in the output (`SHOW_TIMINGS=1`), not asserted. */
function report(line: string) {
  if (process.env.SHOW_TIMINGS) process.stdout.write(`${line}\n`);
}

async function configFor(dataDir: string, extra: Record<string, string> = {}): Promise<AppConfig> {
  return loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(await freePort()),
    ...extra,
  });
}

/** Runs one of the CLIs as an operator would, in a process of its own. */
function cli(script: string, args: string[], config: AppConfig) {
  return new Promise<{ code: number | null; out: string }>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', '@oxc-node/core/register', `src/cli/${script}.ts`, ...args],
      {
        cwd: apiDir,
        env: {
          ...withoutServer(process.env),
          NODE_ENV: 'test',
          DATA_DIR: config.dataDir,
          EMBEDDED_PG_PORT: String(config.embeddedPgPort),
          INIT_CWD: apiDir,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, out });
    });
  });
}

/** The environment without a server database: the CLI works on the embedded one. */
function withoutServer(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const rest = { ...env };
  delete rest.DATABASE_URL;
  delete rest.DATABASE_REPLICA_URLS;
  return rest;
}

/** An attachment as the API stores it: by content, under DATA_DIR/attachments/<2 hex>/<sha256>. */
function writeAttachment(dataDir: string, content: string): string {
  const sha = createHash('sha256').update(content).digest('hex');
  const file = path.join(dataDir, 'attachments', sha.slice(0, 2), sha);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content, { mode: 0o600 });
  return path.relative(dataDir, file);
}

describe('db:backup and db:restore of the embedded PostgreSQL', () => {
  const dirs: string[] = [];
  let source: AppConfig;
  let db: Database;

  beforeAll(async () => {
    const dir = tmp('source');
    dirs.push(dir);
    source = await configFor(dir);
    // CareGraph's own start: the data directory claimed, the embedded PostgreSQL running.
    db = await openDatabase(source, log);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query('create table probe (id int primary key, phase text not null)');
      await client.query("insert into probe select g, 'before' from generate_series(1, 500) as g");
    } finally {
      await client.end();
    }
  });
  afterAll(async () => {
    await db.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('restores exactly what was committed before the backup stopped, attachments included', async () => {
    const before = [
      writeAttachment(source.dataDir, 'scan 1'),
      writeAttachment(source.dataDir, 'lab report'),
    ];
    const out = path.join(tmp('archive'), 'backup.tar.gz');
    dirs.push(path.dirname(out));

    // A writer inserts one row after another for as long as the backup runs, and after.
    const writer = new pg.Client({ connectionString: db.url });
    await writer.connect();
    const acked: number[] = [];
    let next = 10_000;
    const writer$ = { writing: true };
    const writes = (async () => {
      while (writer$.writing) {
        const id = next++;
        await writer.query("insert into probe values ($1, 'during')", [id]);
        acked.push(id);
      }
    })();
    while (acked.length < 20) await new Promise((r) => setTimeout(r, 5));

    let ackedAtStart = 0;
    let ackedBeforeStop: number[] = [];
    let firstIssuedAfterStop = Infinity;
    const backup = await takeBackup(source, {
      out,
      log,
      hooks: {
        afterStart: () => (ackedAtStart = acked.length),
        beforeStop: () => (ackedBeforeStop = [...acked]),
        afterStop: () => (firstIssuedAfterStop = next),
      },
    });
    report(`backup: ${backup.seconds.toFixed(2)} s, ${String(backup.bytes)} bytes`);
    // The writer goes on a little past the stop, then rows and a file come after the backup.
    while ((acked.at(-1) ?? 0) < firstIssuedAfterStop + 20) {
      await new Promise((r) => setTimeout(r, 5));
    }
    writer$.writing = false;
    await writes;
    await writer.query(
      "insert into probe select g, 'after' from generate_series(100001, 100100) as g",
    );
    await writer.end();
    const later = writeAttachment(source.dataDir, 'written after the backup');

    // Rows were committed while the files were being copied: the backup was taken under load.
    expect(ackedBeforeStop.length - ackedAtStart).toBeGreaterThan(0);
    expect(backup.manifest).toMatchObject({
      method: 'base-backup',
      database: 'caregraph',
      postgres: { major: 18 },
      attachments: 2,
    });
    expect(backup.manifest.files).toEqual(expect.arrayContaining(['pg-password', 'jwt-secret']));
    expect(backup.manifest.baseBackup?.walFiles.length).toBeGreaterThan(0);
    // A plain tar.gz: the system's tar lists it.
    const listed = spawnSync('tar', ['-tzf', out], { encoding: 'utf8' });
    if (listed.status !== null && !listed.error) {
      expect(listed.stdout).toContain('pg/backup_label');
      expect(listed.stdout).toContain('manifest.json');
    }

    // Refused while the data directory is CareGraph's (this process holds it: the CLI sees it).
    const refused = await cli('db-restore', ['--file', out], source);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/already in use by another CareGraph/);

    // Into another data directory, with something there already: it is moved aside.
    const target = await configFor(tmp('target'));
    dirs.push(target.dataDir);
    mkdirSync(path.join(target.dataDir, 'pg'));
    writeFileSync(path.join(target.dataDir, 'pg', 'old-cluster.txt'), 'the old cluster');
    const oldFile = writeAttachment(target.dataDir, 'an old attachment');
    const restoreStarted = Date.now();
    const restored = await cli('db-restore', ['--file', out], target);
    report(`restore (CLI, its start included): ${String(Date.now() - restoreStarted)} ms`);
    expect(restored.out).toMatch(/Restored the backup of .* the database answers/);
    expect(restored.code).toBe(0);
    const asideName = readdirSync(target.dataDir).find((n) => n.startsWith('before-restore-'));
    expect(asideName).toBeDefined();
    const aside = path.join(target.dataDir, asideName ?? '');
    expect(readFileSync(path.join(aside, 'pg', 'old-cluster.txt'), 'utf8')).toBe('the old cluster');
    expect(existsSync(path.join(aside, oldFile))).toBe(true);
    expect(existsSync(path.join(target.dataDir, oldFile))).toBe(false);

    // The restored copy: every row acknowledged before pg_backup_stop, none begun after it.
    const copy = await openDatabase(target, log);
    try {
      const client = new pg.Client({ connectionString: copy.url });
      await client.connect();
      try {
        const { rows } = await client.query<{ id: number; phase: string }>(
          'select id, phase from probe order by id',
        );
        const ids = new Set(rows.map((r) => r.id));
        expect(rows.filter((r) => r.phase === 'before')).toHaveLength(500);
        expect(ackedBeforeStop.filter((id) => !ids.has(id))).toEqual([]);
        expect(rows.filter((r) => r.id >= firstIssuedAfterStop)).toEqual([]);
        expect(rows.filter((r) => r.phase === 'after')).toEqual([]);
        const racing = rows.filter(
          (r) => r.phase === 'during' && !ackedBeforeStop.includes(r.id),
        ).length;
        report(
          `rows: ${String(ackedBeforeStop.length - ackedAtStart)} committed during the copy, ` +
            `${String(racing)} of those racing pg_backup_stop restored`,
        );
        // And it takes writes again.
        await client.query("insert into probe values (200000, 'restored')");
      } finally {
        await client.end();
      }
    } finally {
      await copy.close();
    }
    for (const file of before) {
      expect(readFileSync(path.join(target.dataDir, file))).toEqual(
        readFileSync(path.join(source.dataDir, file)),
      );
    }
    expect(existsSync(path.join(target.dataDir, later))).toBe(false);
    expect(readFileSync(path.join(target.dataDir, 'pg-password'), 'utf8')).toBe(
      readFileSync(path.join(source.dataDir, 'pg-password'), 'utf8'),
    );
  }, 90_000); // a base backup and a restore of a whole cluster: ~20 s alone, more on a busy CI machine

  it('says what to install when no pg_dump of the server version is found', async () => {
    // A pg_dump that is too old for the server (the system's 15 against PostgreSQL 18, say).
    const bin = tmp('bin');
    dirs.push(bin);
    writeFileSync(path.join(bin, 'pg_dump'), '#!/bin/sh\necho "pg_dump (PostgreSQL) 15.18"\n', {
      mode: 0o755,
    });
    const server = await configFor(tmp('server'), { DATABASE_URL: db.url });
    dirs.push(server.dataDir);
    await expect(
      takeBackup(server, { out: path.join(bin, 'x.tar.gz'), pgBin: bin, log }),
    ).rejects.toThrow(
      /pg_dump 18 or newer is needed for PostgreSQL 18 \(found pg_dump 15\.18 at .*\).*postgresql-client-18/,
    );
    expect(existsSync(path.join(bin, 'x.tar.gz.partial'))).toBe(false);
  });
});

/** A PostgreSQL server of the distribution (Debian's /usr/lib/postgresql/<n>/bin), if one is installed. */
function localServerBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  for (const major of readdirSync(root).sort().reverse()) {
    const bin = path.join(root, major, 'bin');
    const all = ['initdb', 'pg_ctl', 'pg_dump', 'pg_restore'].every((p) =>
      existsSync(path.join(bin, p)),
    );
    if (all && toolVersion(path.join(bin, 'pg_dump'))) return bin;
  }
  return undefined;
}

const serverBin = localServerBin();

describe.skipIf(!serverBin)('db:backup and db:restore of a PostgreSQL server (pg_dump)', () => {
  const bin = serverBin ?? '';
  let dir: string;
  let adminUrl: string;
  /** Run as root, the server runs as `postgres` (PostgreSQL refuses root). */
  const asPostgres = (): { uid?: number; gid?: number } => {
    if (process.getuid?.() !== 0) return {};
    const id = (f: string) => Number(spawnSync('id', [f, 'postgres'], { encoding: 'utf8' }).stdout);
    return { uid: id('-u'), gid: id('-g') };
  };

  beforeAll(async () => {
    dir = tmp('server');
    chmodSync(dir, 0o755);
    const cluster = path.join(dir, 'cluster');
    mkdirSync(cluster);
    const ids = asPostgres();
    if (ids.uid !== undefined && ids.gid !== undefined) chownSync(cluster, ids.uid, ids.gid);
    const port = await freePort();
    // Output to a file: a server started with pipes would hold them open, and spawnSync with them.
    const out = path.join(cluster, 'server.log');
    const run = (program: string, args: string[]) => {
      const r = spawnSync(path.join(bin, program), args, {
        ...ids,
        stdio: 'ignore',
        timeout: 30_000,
      });
      if (r.status !== 0) throw new Error(`${program} failed: see ${out}`);
    };
    run('initdb', ['-D', cluster, '-U', 'postgres', '--auth=trust', '--encoding=UTF8']);
    run('pg_ctl', [
      '-D',
      cluster,
      '-l',
      out,
      '-w',
      '-o',
      `-p ${String(port)} -k ${cluster} -c listen_addresses=127.0.0.1`,
      'start',
    ]);
    adminUrl = `postgres://postgres@127.0.0.1:${String(port)}/postgres`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query('create database source');
    await admin.query('create database target');
    await admin.end();
  });
  afterAll(() => {
    spawnSync(path.join(bin, 'pg_ctl'), ['-D', path.join(dir, 'cluster'), '-m', 'fast', 'stop'], {
      ...asPostgres(),
      stdio: 'ignore',
      timeout: 30_000,
    });
    rmSync(dir, { recursive: true, force: true });
  });

  it('dumps with pg_dump and restores into an empty database, refusing a non-empty one', async () => {
    const sourceUrl = withDatabase(adminUrl, 'source');
    const targetUrl = withDatabase(adminUrl, 'target');
    const client = new pg.Client({ connectionString: sourceUrl });
    await client.connect();
    await client.query('create table probe (id int primary key, note text)');
    await client.query("insert into probe select g, 'row ' || g from generate_series(1, 300) g");
    await client.end();
    const secret = randomBytes(24).toString('hex');
    const appDir = path.join(dir, 'app');
    const attachment = writeAttachment(appDir, 'a scanned letter');
    const config = (url: string, dataDir: string) =>
      configFor(dataDir, { DATABASE_URL: url, JWT_SECRET: secret });

    const out = path.join(dir, 'server-backup.tar.gz');
    const backup = await takeBackup(await config(sourceUrl, appDir), { out, pgBin: bin, log });
    expect(backup.manifest).toMatchObject({
      method: 'pg_dump',
      database: 'source',
      attachments: 1,
    });

    const restoredDir = path.join(dir, 'restored-app');
    const target = await config(targetUrl, restoredDir);
    const restored = await restoreBackup(target, { file: out, pgBin: bin, log });
    expect(restored.method).toBe('pg_dump');
    const check = new pg.Client({ connectionString: targetUrl });
    await check.connect();
    const { rows } = await check.query<{ n: number }>('select count(*)::int as n from probe');
    await check.end();
    expect(rows[0]?.n).toBe(300);
    expect(readFileSync(path.join(restoredDir, attachment), 'utf8')).toBe('a scanned letter');

    await expect(restoreBackup(target, { file: out, pgBin: bin, log })).rejects.toThrow(
      /Database target is not empty .* pass --clean/,
    );
    const again = await restoreBackup(target, { file: out, pgBin: bin, log, clean: true });
    expect(again.keptAside).toMatch(/attachments\.before-restore-/);
  });
});
