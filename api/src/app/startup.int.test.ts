import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../kernel/db/embedded.js';

// The real `src/main.ts` in child processes, as `npm start` and the browser tests run it: these
// failures happen before any test helper could stand in for main.
const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface ApiProcess {
  child: ChildProcess;
  url: string;
  dataDir: string;
  stdout(): string;
  stderr(): string;
  exited: Promise<number | null>;
}

const children = new Set<ChildProcess>();
const dataDirs = new Set<string>();
const holders = new Set<Server>();

function tempDataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cg-startup-'));
  dataDirs.add(dir);
  return dir;
}

function startApi(opts: { port: number; pgPort: number; dataDir: string }): ApiProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(opts.port),
    EMBEDDED_PG_PORT: String(opts.pgPort),
    DATA_DIR: opts.dataDir,
    // No PWA build and no demo hospital: a first administrator is enough data and starts faster.
    PWA_DIST: opts.dataDir,
    DEMO_SEED: 'false',
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  delete env.CLOCK_START;
  const child = spawn(process.execPath, ['--import', '@oxc-node/core/register', 'src/main.ts'], {
    cwd: apiDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      resolve(code);
    });
  });
  return {
    child,
    url: `http://127.0.0.1:${String(opts.port)}`,
    dataDir: opts.dataDir,
    stdout: () => out,
    stderr: () => err,
    exited,
  };
}

function running(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

async function waitReady(api: ApiProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!running(api.child)) {
      throw new Error(`API exited early:\n${api.stdout()}\n${api.stderr()}`);
    }
    try {
      if ((await fetch(`${api.url}/readyz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`API not ready in time:\n${api.stdout()}\n${api.stderr()}`);
}

/** A port some other program listens on, as far as the API can tell. */
async function heldPort(): Promise<number> {
  const server = createServer();
  holders.add(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Resolves with the promise, or with `fallback` after `ms`; the timer never outlives it. */
async function within<T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  const timer = new AbortController();
  try {
    return await Promise.race([promise, sleep(ms, fallback, { signal: timer.signal })]);
  } finally {
    timer.abort();
  }
}

/** Asserts a failed start: non-zero exit, exactly one line on stderr saying why, no stack trace. */
async function expectOneLineFailure(api: ApiProcess, explanation: RegExp): Promise<void> {
  const code = await within(api.exited, 45_000, 'still running');
  const output = `${api.stdout()}${api.stderr()}`;
  expect(code, output).not.toBe('still running');
  expect(code, output).not.toBe(0);
  const lines = api.stderr().trim().split('\n');
  expect(lines, output).toHaveLength(1);
  expect(lines[0]).toMatch(explanation);
  expect(output).not.toMatch(/^\s+at /m);
}

async function login(url: string, dataDir: string): Promise<string> {
  const [email, password] = readFileSync(path.join(dataDir, 'initial-admin.txt'), 'utf8')
    .trim()
    .split(' ');
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: LoginInput!) { login(input: $input) { user { id } } }',
      variables: { input: { email, password } },
    }),
  });
  const body = (await res.json()) as { data?: { login?: { user: { id: string } } } };
  const id = body.data?.login?.user.id;
  if (!id) throw new Error(`login failed: ${JSON.stringify(body)}`);
  return id;
}

/** The embedded PostgreSQL of a data directory, if one still runs there. */
function postmasterOf(dataDir: string): number | undefined {
  const file = path.join(dataDir, 'pg', 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const pid = Number.parseInt(readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

// One instance, started ahead so that it loads while the port cases run, serves the cases that
// need a CareGraph already running on a data directory.
let first: ApiProcess;
let firstReady: Promise<void>;
let firstPorts: { port: number; pgPort: number };

beforeAll(async () => {
  firstPorts = { port: await freePort(), pgPort: await freePort() };
  first = startApi({ ...firstPorts, dataDir: tempDataDir() });
  firstReady = waitReady(first);
  // Awaited by the tests that need it; a failure is reported there, not as an unhandled rejection.
  firstReady.catch(() => undefined);
});

afterAll(async () => {
  await Promise.all(
    [...children].filter(running).map(async (child) => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await within(exited, 15_000, undefined);
      if (running(child)) child.kill('SIGKILL');
    }),
  );
  // A test that failed between a SIGKILL and the restart leaves the orphaned PostgreSQL behind.
  for (const dir of dataDirs) {
    const pid = postmasterOf(dir);
    if (pid !== undefined) {
      process.kill(pid, 'SIGINT');
      for (let i = 0; i < 100 && postmasterOf(dir) !== undefined; i++) await sleep(100);
    }
    rmSync(dir, { recursive: true, force: true });
  }
  await Promise.all([...holders].map((h) => new Promise((resolve) => h.close(resolve))));
}, 60_000);

describe('start-up errors', () => {
  it.concurrent(
    'says in one line that the HTTP port is already in use, and exits',
    async () => {
      const port = await heldPort();
      const api = startApi({ port, pgPort: await freePort(), dataDir: tempDataDir() });
      await expectOneLineFailure(
        api,
        new RegExp(`^Port ${String(port)} is already in use: .*set PORT to a free port\\.$`),
      );
    },
    60_000,
  );

  it.concurrent(
    'says in one line that the embedded PostgreSQL port is already in use, and exits',
    async () => {
      const pgPort = await heldPort();
      const api = startApi({ port: await freePort(), pgPort, dataDir: tempDataDir() });
      await expectOneLineFailure(
        api,
        new RegExp(
          `^Port ${String(pgPort)} \\(EMBEDDED_PG_PORT.*already in use: .*set EMBEDDED_PG_PORT to a free port\\.$`,
        ),
      );
    },
    60_000,
  );

  it('refuses a second instance on a data directory that a running one uses', async () => {
    await firstReady;
    const second = startApi({
      port: await freePort(),
      pgPort: await freePort(),
      dataDir: first.dataDir,
    });
    await expectOneLineFailure(
      second,
      new RegExp(
        `^Data directory .* is already in use by another CareGraph \\(PID ${String(first.child.pid)}, port ${String(firstPorts.port)}\\): .*set DATA_DIR`,
      ),
    );
    expect((await fetch(`${first.url}/readyz`)).ok).toBe(true);
  }, 60_000);

  it('starts again with its data after being killed with SIGKILL', async () => {
    await firstReady;
    const before = await login(first.url, first.dataDir);
    first.child.kill('SIGKILL');
    await first.exited;

    // Same ports: the PostgreSQL the killed process left behind still holds its own.
    const again = startApi({ ...firstPorts, dataDir: first.dataDir });
    await waitReady(again);
    expect(await login(again.url, again.dataDir)).toBe(before);

    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
    expect(postmasterOf(again.dataDir)).toBeUndefined();
    expect(existsSync(path.join(again.dataDir, 'caregraph.lock'))).toBe(false);
  }, 90_000);
});
