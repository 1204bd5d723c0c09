import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';

/**
 * PostgreSQL's own client programs (pg_dump, pg_restore) for a server deployment: they must be of
 * the server's major version or newer, and are looked for on PATH, then where packages put one
 * version beside another (Debian/Ubuntu, PGDG RPMs, Homebrew), or in `--pg-bin`.
 */

export interface ServerVersion {
  /** `server_version`, e.g. "18.4 (Debian 18.4-1.pgdg13+1)". */
  version: string;
  /** `server_version_num`, e.g. 180004. */
  num: number;
  major: number;
}

export interface Tool {
  path: string;
  version: string;
  major: number;
}

export async function serverVersion(url: string): Promise<ServerVersion> {
  const client = new pg.Client({ connectionString: url, application_name: 'caregraph-backup' });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string; num: string }>(
      "select current_setting('server_version') as version, current_setting('server_version_num') as num",
    );
    const num = Number(rows[0]?.num ?? 0);
    return { version: rows[0]?.version ?? '?', num, major: Math.floor(num / 10_000) };
  } finally {
    await client.end();
  }
}

/** The program's version, from `<program> --version`; undefined when it cannot run. */
export function toolVersion(program: string): Tool | undefined {
  const run = spawnSync(program, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  if (run.status !== 0) return undefined;
  const m = /\(PostgreSQL\)\s+(\d+)(?:\.\d+)*/.exec(run.stdout);
  if (!m?.[1]) return undefined;
  return { path: program, version: m[0].replace(/^\(PostgreSQL\)\s+/, ''), major: Number(m[1]) };
}

/**
 * pg_dump or pg_restore able to work with a server of this major version: the same major if one
 * is found, else a newer one. Throws a message saying what to install when there is none.
 */
export function findTool(name: 'pg_dump' | 'pg_restore', major: number, pgBin?: string): Tool {
  const candidates = pgBin
    ? [path.join(pgBin, name)]
    : [
        name,
        `/usr/lib/postgresql/${String(major)}/bin/${name}`,
        `/usr/pgsql-${String(major)}/bin/${name}`,
        `/opt/homebrew/opt/postgresql@${String(major)}/bin/${name}`,
        `/usr/local/opt/postgresql@${String(major)}/bin/${name}`,
      ];
  const found = candidates.map(toolVersion).filter((t) => t !== undefined);
  const best = found.find((t) => t.major === major) ?? found.find((t) => t.major > major);
  if (best) return best;
  const seen = found.length
    ? ` (found ${found.map((t) => `${name} ${t.version} at ${t.path}`).join(', ')})`
    : pgBin
      ? ` (none runs in ${pgBin})`
      : ' (none found)';
  throw new Error(
    `${name} ${String(major)} or newer is needed for PostgreSQL ${String(major)}${seen}. ` +
      `Install the client of the server's version: on Debian/Ubuntu add the PostgreSQL apt ` +
      `repository (https://apt.postgresql.org) and run apt-get install postgresql-client-${String(major)}; ` +
      `on RHEL/Fedora dnf install postgresql${String(major)} from https://yum.postgresql.org; ` +
      `on macOS brew install postgresql@${String(major)}. Or run it inside the server's own image ` +
      `(docker compose exec db ${name} ...). Pass --pg-bin <dir> if it is not on PATH.`,
  );
}

/**
 * Runs a client program against the database of `url` (given as --dbname, without its password,
 * which goes through PGPASSWORD: never on a command line `ps` shows).
 */
export async function runTool(tool: Tool, url: string, args: string[]): Promise<void> {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  const child = spawn(tool.path, [...args, `--dbname=${u.toString()}`], {
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) {
    throw new Error(
      `${path.basename(tool.path)} failed (exit ${String(code)}): ${stderr.trim() || 'no message'}`,
    );
  }
}
