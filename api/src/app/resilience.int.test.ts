import { MikroORM } from '@mikro-orm/postgresql';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request, type IncomingMessage } from 'node:http';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { WebSocket } from 'ws';
import { Role } from '../kernel/auth/roles.js';
import {
  ensureDatabase,
  freePort,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from '../kernel/db/embedded.js';
import { ormOptions } from '../kernel/db/orm-options.js';
import { withDatabase } from '../kernel/db/urls.js';
import { SERVICE_UNAVAILABLE_MESSAGE } from '../kernel/errors.js';
import { sessionCleanupJob } from '../modules/auth/index.js';
import { migrate } from './database.js';
import { ormApp } from './entities.js';
import { TEMPLATE_DB } from './testing/global-setup.js';
import { startTestApp, type TestApp } from './testing/test-app.js';

const ME = 'query Me { me { id } }';
const LOGIN = 'mutation Login($i: LoginInput!) { login(input: $i) { accessToken } }';
const UNAVAILABLE = {
  message: SERVICE_UNAVAILABLE_MESSAGE,
  extensions: { code: 'SERVICE_UNAVAILABLE', retryAfter: 5 },
};

/** Timings worth reading in the output (`SHOW_TIMINGS=1`), not asserted beyond their bounds. */
function timing(what: string, ms: number) {
  if (process.env.SHOW_TIMINGS) process.stdout.write(`${what}: ${String(ms)} ms\n`);
}

describe('PostgreSQL restarting under a running instance', () => {
  // A PostgreSQL of its own: stopping the shared one would fail every other test file.
  let dataDir: string;
  let pgPort: number;
  let postgres: EmbeddedDatabase | undefined;
  let app: TestApp;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'cg-resilience-'));
    pgPort = await freePort();
    postgres = await startEmbeddedPostgres({ dataDir, port: pgPort });
    await ensureDatabase(postgres.url('postgres'), 'caregraph');
    const url = postgres.url('caregraph');
    const orm = await MikroORM.init(ormOptions(ormApp, url, () => undefined));
    try {
      await migrate(orm);
    } finally {
      await orm.close(true);
    }
    app = await startTestApp({}, { databaseUrl: url });
  });
  afterAll(async () => {
    await app.close();
    await postgres?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers SERVICE_UNAVAILABLE (503) while it is down, and serves again once it is back', async () => {
    const admin = await app.tokenFor(Role.ADMIN);
    const me = () => app.gql<{ me: { id: string } }>(ME, {}, { token: admin.token });
    expect((await me()).errors).toEqual([]);

    await postgres?.stop();
    postgres = undefined;

    // The session lookup (context), a resolver, a mutation (the pipeline and its failure audit),
    // the probes: every one answers at once, typed, without a word of SQL.
    let started = Date.now();
    const down = await me();
    timing('SERVICE_UNAVAILABLE with PostgreSQL down', Date.now() - started);
    expect(Date.now() - started).toBeLessThan(6000);
    expect(down.status).toBe(503);
    expect(down.errors).toEqual([UNAVAILABLE]);
    const login = await app.gql(LOGIN, { i: { email: admin.email, password: admin.password } });
    expect(login.status).toBe(503);
    expect(login.errors).toEqual([{ ...UNAVAILABLE, path: ['login'] }]);
    const anonymous = await app.gql(ME);
    expect(anonymous.status).not.toBe(503); // no token: nothing asked of the database
    expect((await fetch(`${app.url}/readyz`)).status).toBe(503);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}` },
      body: JSON.stringify({ query: ME }),
    });
    expect(res.headers.get('retry-after')).toBe('5');
    expect(await res.text()).not.toMatch(/ECONNREFUSED|select|postgres|stack/i);
    // The REST route for attachments answers alike.
    const file = await fetch(`${app.url}/files/${randomUUID()}`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(file.status).toBe(503);
    expect(await file.json()).toEqual({ errors: [UNAVAILABLE] });

    // Worse than refused: a host that takes the connection and never answers (a network cut, a
    // stuck failover). The wait is bounded by the pool's connect timeout, not by TCP's minutes.
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => {
      sockets.add(socket);
    });
    await new Promise<void>((resolve) => silent.listen(pgPort, '127.0.0.1', resolve));
    started = Date.now();
    const hung = await me();
    timing('SERVICE_UNAVAILABLE with PostgreSQL not answering', Date.now() - started);
    // DB_CONNECT_TIMEOUT_MS (5 s), and a margin for a busy machine.
    expect(Date.now() - started).toBeLessThan(7000);
    expect(hung.status).toBe(503);
    expect(hung.errors).toEqual([UNAVAILABLE]);
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));

    postgres = await startEmbeddedPostgres({ dataDir, port: pgPort });
    started = Date.now();
    await expect.poll(async () => (await me()).status, { timeout: 5000, interval: 100 }).toBe(200);
    timing('serving again after PostgreSQL accepts connections', Date.now() - started);
    expect((await me()).data?.me.id).toBe(admin.user.id);
    // Live events listen again too (their reconnection backs off 3 s at most).
    await expect.poll(() => app.liveEvents.listening, { timeout: 5000, interval: 100 }).toBe(true);
    timing('live events listening again', Date.now() - started);
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
    // Both steps of the administrator's sign-in (password, then a code) work again.
    expect((await app.login(admin.email, admin.password)).accessToken).toMatch(/^ey/);

    // pg-boss survived the outage: a job sent now is worked.
    const before = app.jobs.stats().get(sessionCleanupJob.name)?.completed ?? 0;
    await app.jobs.send(sessionCleanupJob, {});
    await expect
      .poll(() => app.jobs.stats().get(sessionCleanupJob.name)?.completed, { timeout: 15_000 })
      .toBe(before + 1);
  });
});

// The real `src/main.ts` in a child process, so that the signal, the drain and the order of the
// stops are the ones production runs, on a clone of the migrated test database.
const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('graceful shutdown on SIGTERM', () => {
  let child: ChildProcess | undefined;
  let dataDir: string;
  let dbName: string;
  let output = '';

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    const admin = new pg.Client({ connectionString: inject('pgAdminUrl') });
    await admin.connect();
    try {
      await admin.query(`drop database if exists ${dbName} with (force)`);
    } finally {
      await admin.end();
    }
  });

  it('turns not ready, closes sockets with 1012, finishes the request in flight, then exits', async () => {
    const adminUrl = inject('pgAdminUrl');
    dbName = `t_drain_${randomBytes(4).toString('hex')}`;
    await ensureDatabase(adminUrl, dbName, TEMPLATE_DB);
    dataDir = mkdtempSync(path.join(tmpdir(), 'cg-drain-'));
    const port = await freePort();
    const url = `http://127.0.0.1:${String(port)}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: withDatabase(adminUrl, dbName),
      JWT_SECRET: randomBytes(32).toString('hex'),
      DATA_DIR: dataDir,
      PWA_DIST: dataDir,
      DEMO_SEED: 'false',
      LOG_LEVEL: 'warn',
      DRAIN_DELAY_SECONDS: '2',
    };
    delete env.CLOCK_START;
    delete env.METRICS_PORT;
    const proc = spawn(process.execPath, ['--import', '@oxc-node/core/register', 'src/main.ts'], {
      cwd: apiDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    proc.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    proc.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => proc.once('exit', resolve));

    await expect
      .poll(
        () =>
          fetch(`${url}/readyz`).then(
            (r) => r.status,
            () => 0,
          ),
        {
          timeout: 30_000,
          interval: 200,
        },
      )
      .toBe(200);

    // The first administrator, signed in: a session for the socket and the slow request.
    const [email, password] = readFileSync(path.join(dataDir, 'initial-admin.txt'), 'utf8')
      .trim()
      .split(' ');
    const signIn = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { i: { email, password } } }),
    });
    const token = ((await signIn.json()) as { data: { login: { accessToken: string } } }).data.login
      .accessToken;

    // A live socket, accepted.
    const socket = new WebSocket(`${url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    const socketClosed = new Promise<number>((resolve) => socket.once('close', resolve));
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => {
        socket.send(
          JSON.stringify({
            type: 'connection_init',
            payload: { authorization: `Bearer ${token}` },
          }),
        );
      });
      socket.once('message', (data: Buffer) => {
        const message = JSON.parse(data.toString()) as { type: string };
        if (message.type === 'connection_ack') resolve();
        else reject(new Error(`socket refused: ${data.toString()}`));
      });
      socket.once('error', reject);
    });

    // A request in flight: its headers are sent, the rest of its body comes later.
    const body = JSON.stringify({ query: ME });
    const half = Math.floor(body.length / 2);
    const slow = request(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        authorization: `Bearer ${token}`,
      },
    });
    const answered = new Promise<{ status: number; body: string }>((resolve, reject) => {
      slow.once('response', (res: IncomingMessage) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.once('end', () => {
          resolve({ status: res.statusCode ?? 0, body: text });
        });
      });
      slow.once('error', reject);
    });
    slow.write(body.slice(0, half));
    slow.flushHeaders();
    await sleep(200);

    const signalled = Date.now();
    proc.kill('SIGTERM');
    // Not ready at once, yet still serving during the drain delay.
    await expect
      .poll(() => fetch(`${url}/readyz`).then((r) => r.status), { timeout: 1000, interval: 50 })
      .toBe(503);
    expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ status: 'draining' });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);

    // After the delay: the socket is told to reconnect elsewhere, and the port closes.
    expect(await socketClosed).toBe(1012);
    await expect
      .poll(
        () =>
          fetch(`${url}/healthz`).then(
            () => 'open',
            () => 'closed',
          ),
        {
          timeout: 3000,
          interval: 50,
        },
      )
      .toBe('closed');
    expect(Date.now() - signalled).toBeGreaterThanOrEqual(2000);

    // The request in flight still completes, and is answered in full.
    slow.end(body.slice(half));
    const reply = await answered;
    expect(reply.status, output).toBe(200);
    const answer = JSON.parse(reply.body) as { data?: { me?: { id?: unknown } }; errors?: unknown };
    expect(answer.errors).toBeUndefined();
    expect(typeof answer.data?.me?.id).toBe('string');

    expect(await exited, output).toBe(0);
    expect(output).not.toMatch(/shutdown failed|took too long/);
  });
});
