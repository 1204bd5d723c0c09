/**
 * What `bench/load/run.ts` and `bench/chaos/run.ts` share: real API instances as child processes
 * (`src/main.ts`, as production starts it) on the bench database, the client that drives them
 * (undici pools, one per instance, round robin), per-operation statistics, the bench accounts and
 * what the machine was doing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
// Bench scripts have no package of their own: undici is a dev dependency of the API, reached by
// path as the API's code is.
import { Pool } from '../../api/node_modules/undici/index.js';
import { hashPassword } from '../../api/src/kernel/auth/passwords.js';
import { pgArray } from '../../api/src/kernel/db/pg-array.js';
import { addDays, shiftAt } from '../../api/src/modules/wards/shifts.js';
import { flag, root, type openBenchDatabase } from '../patients/db.js';
import { BENCH_WARD_LIKE } from '../wards/accounts.js';

export type BenchDb = Awaited<ReturnType<typeof openBenchDatabase>>;

/** The password of every bench account (patients, scheduling, wards and records seeds). */
export const PASSWORD = 'bench-password-not-secret-42';
/** The as-needed prescription the load gives doses of; one per inpatient, made by the setup. */
export const PRN_MEDICATION = 'Paracétamol (bench load)';

export const numberFlag = (name: string, fallback: number) => Number(flag(name, String(fallback)));
export const hasFlag = (name: string) => process.argv.includes(`--${name}`);

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      srv.close(() => {
        resolve(port);
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// API instances

export interface Instance {
  name: string;
  url: string;
  port: number;
  proc: ChildProcess;
  dataDir: string;
  /** What the instance printed (LOG_LEVEL=warn: warnings and errors only), last 2,000 lines. */
  lines: string[];
  exited: Promise<number | null>;
  alive(): boolean;
  /** CPU seconds used by the process so far (user + system, from /proc). */
  cpuSeconds(): number;
}

const apiDir = path.join(root, 'api');

/**
 * Starts `src/main.ts` (or `dist/main.js` with `--dist`) in a child process on a free loopback
 * port: the bench database, the shared JWT secret, its own DATA_DIR, no demo data, warnings only,
 * a login allowance no bench reaches. Resolves once `/readyz` answers 200.
 */
export async function startInstance(
  name: string,
  databaseUrl: string,
  jwtSecret: string,
  extraEnv: Record<string, string> = {},
): Promise<Instance> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `cg-load-${name}-`));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    JWT_SECRET: jwtSecret,
    DATA_DIR: dataDir,
    PWA_DIST: dataDir,
    DEMO_SEED: 'false',
    LOG_LEVEL: 'warn',
    LOGIN_RATE_PER_IP: '10000000',
    REGISTER_RATE_PER_IP: '10000000',
    ...extraEnv,
  };
  delete env.CLOCK_START;
  delete env.METRICS_PORT;
  delete env.DATABASE_REPLICA_URLS;
  const dist = hasFlag('dist') && existsSync(path.join(apiDir, 'dist/main.js'));
  const args = dist ? ['dist/main.js'] : ['--import', '@oxc-node/core/register', 'src/main.ts'];
  const proc = spawn(process.execPath, args, {
    cwd: apiDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(line);
    if (lines.length > 2000) lines.splice(0, lines.length - 2000);
  };
  proc.stdout.on('data', keep);
  proc.stderr.on('data', keep);
  const exited = new Promise<number | null>((resolve) => proc.once('exit', resolve));
  const url = `http://127.0.0.1:${String(port)}`;
  const started = Date.now();
  for (;;) {
    if (proc.exitCode !== null || proc.signalCode !== null) {
      throw new Error(`instance ${name} exited at start:\n${lines.slice(-30).join('\n')}`);
    }
    const ok = await fetch(`${url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) break;
    if (Date.now() - started > 90_000) {
      proc.kill('SIGKILL');
      throw new Error(`instance ${name} not ready after 90 s:\n${lines.slice(-30).join('\n')}`);
    }
    await sleep(200);
  }
  const pid = proc.pid ?? 0;
  return {
    name,
    url,
    port,
    proc,
    dataDir,
    lines,
    exited,
    alive: () => proc.exitCode === null && proc.signalCode === null,
    cpuSeconds: () => procCpuSeconds(pid),
  };
}

/** SIGTERM (graceful drain), then SIGKILL after 30 s; removes its data directory. */
export async function stopInstance(instance: Instance): Promise<void> {
  if (instance.alive()) {
    instance.proc.kill('SIGTERM');
    const done = await Promise.race([instance.exited.then(() => true), sleep(30_000, false)]);
    if (!done) instance.proc.kill('SIGKILL');
    await instance.exited;
  }
  rmSync(instance.dataDir, { recursive: true, force: true });
}

/** The warnings and errors an instance logged (pino JSON lines), by message, with counts. */
export function loggedProblems(instance: Instance) {
  const byMessage = new Map<string, number>();
  for (const line of instance.lines) {
    let key = line.slice(0, 200);
    try {
      const j = JSON.parse(line) as { level?: number; msg?: string; err?: { message?: string } };
      key = `${j.level === 50 ? 'error' : j.level === 40 ? 'warn' : String(j.level)}: ${j.msg ?? ''}${j.err?.message ? ` (${j.err.message.slice(0, 160)})` : ''}`;
    } catch {
      // Not JSON: kept as printed.
    }
    byMessage.set(key, (byMessage.get(key) ?? 0) + 1);
  }
  return Object.fromEntries([...byMessage].sort((a, b) => b[1] - a[1]).slice(0, 20));
}

function procCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime, in clock ticks (USER_HZ, 100 on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

// ---------------------------------------------------------------------------------------------
// The machine

/** Busy share of all CPUs between two readings of /proc/stat. */
export function cpuSampler() {
  const read = () => {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const v = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = (v[3] ?? 0) + (v[4] ?? 0);
    const total = v.reduce((a, b) => a + b, 0);
    return { idle, total };
  };
  let last = read();
  return () => {
    const now = read();
    const busy = 1 - (now.idle - last.idle) / Math.max(1, now.total - last.total);
    last = now;
    return busy;
  };
}

/** Load average every 5 s while a phase runs. */
export function loadWatcher() {
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(os.loadavg()[0] ?? 0), 5000);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      const s = samples.length ? samples : [os.loadavg()[0] ?? 0];
      return {
        min: +Math.min(...s).toFixed(2),
        max: +Math.max(...s).toFixed(2),
        mean: +(s.reduce((a, b) => a + b, 0) / s.length).toFixed(2),
      };
    },
  };
}

export function machine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? '?',
    memGb: Math.round(os.totalmem() / 2 ** 30),
    loadavg: os.loadavg().map((x) => +x.toFixed(2)),
  };
}

// ---------------------------------------------------------------------------------------------
// The client

export interface Answer {
  /** 'OK', a GraphQL error code, `HTTP_<status>` or `NET_<code>` (no answer). */
  code: string;
  status: number;
  ms: number;
  data?: Record<string, unknown> | null;
  retryAfter?: number;
  message?: string;
}

/**
 * GraphQL over undici pools, one per instance; `pick` chooses the instance of each request
 * (round robin by default). A request that gets no answer says why in `code` (`NET_...`).
 */
export class Client {
  readonly pools: Pool[];
  private next = 0;
  /** Until when an instance is skipped after it refused a connection (ms, performance.now). */
  readonly downUntil: number[];

  constructor(
    readonly urls: string[],
    connectionsPerInstance: number,
  ) {
    this.pools = urls.map(
      (u) =>
        new Pool(u, {
          connections: connectionsPerInstance,
          pipelining: 1,
          headersTimeout: 30_000,
          bodyTimeout: 30_000,
          connectTimeout: 5_000,
          keepAliveTimeout: 10_000,
        }),
    );
    this.downUntil = urls.map(() => 0);
  }

  /** The next instance in turn, skipping one that refused connections in the last second. */
  pick(avoid?: number): number {
    const n = this.pools.length;
    const now = performance.now();
    for (let k = 0; k < n; k++) {
      const i = this.next++ % n;
      if (i !== avoid && (this.downUntil[i] ?? 0) <= now) return i;
    }
    return avoid !== undefined && n > 1 ? (avoid + 1) % n : this.next++ % n;
  }

  async gql(
    query: string,
    variables: Record<string, unknown>,
    token?: string,
    instance = this.pick(),
  ): Promise<Answer & { instance: number }> {
    const t = performance.now();
    try {
      const pool = this.pools[instance];
      if (!pool) throw new Error(`no instance ${String(instance)}`);
      const res = await pool.request({
        path: '/graphql',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const text = await res.body.text();
      const ms = performance.now() - t;
      let body: {
        data?: Record<string, unknown> | null;
        errors?: { message?: string; extensions?: { code?: string; retryAfter?: number } }[];
      } = {};
      try {
        body = JSON.parse(text) as typeof body;
      } catch {
        return { code: `HTTP_${String(res.statusCode)}`, status: res.statusCode, ms, instance };
      }
      const err = body.errors?.[0];
      if (err) {
        return {
          code: err.extensions?.code ?? `HTTP_${String(res.statusCode)}`,
          status: res.statusCode,
          ms,
          data: body.data,
          retryAfter: err.extensions?.retryAfter,
          message: err.message,
          instance,
        };
      }
      if (res.statusCode !== 200) {
        return { code: `HTTP_${String(res.statusCode)}`, status: res.statusCode, ms, instance };
      }
      return { code: 'OK', status: 200, ms, data: body.data, instance };
    } catch (e) {
      const code = (e as { code?: string }).code ?? (e as Error).name;
      if (code === 'ECONNREFUSED') this.downUntil[instance] = performance.now() + 1000;
      return { code: `NET_${code}`, status: 0, ms: performance.now() - t, instance };
    }
  }

  async close() {
    await Promise.all(this.pools.map((p) => p.destroy()));
  }
}

export const LOGIN = 'mutation Login($i: LoginInput!) { login(input: $i) { accessToken } }';

/** Signs every account in, `parallel` at a time (argon2 is the cost), over the instances. */
export async function signIn(client: Client, emails: string[], parallel = 8) {
  const tokens: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < emails.length) {
        const i = next++;
        const email = emails[i] ?? '';
        const a = await client.gql(LOGIN, { i: { email, password: PASSWORD } });
        const token = (a.data?.login as { accessToken?: string } | undefined)?.accessToken;
        if (!token) throw new Error(`cannot sign in ${email}: ${a.code} ${a.message ?? ''}`);
        tokens[i] = token;
      }
    }),
  );
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Statistics

export const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Per operation: answers by code, latencies of the answered ones. */
export class Stats {
  readonly ops = new Map<string, { ms: number[]; codes: Map<string, number> }>();

  add(op: string, a: Answer) {
    let s = this.ops.get(op);
    if (!s) this.ops.set(op, (s = { ms: [], codes: new Map() }));
    s.codes.set(a.code, (s.codes.get(a.code) ?? 0) + 1);
    if (a.status !== 0) s.ms.push(a.ms);
  }

  total() {
    let n = 0;
    for (const s of this.ops.values()) for (const c of s.codes.values()) n += c;
    return n;
  }

  /** One row per operation; `expected` are the business answers that are not errors. */
  rows(seconds: number, expected: Record<string, string[]> = {}) {
    return [...this.ops].map(([op, s]) => {
      const sorted = [...s.ms].sort((a, b) => a - b);
      const all = [...s.codes.values()].reduce((a, b) => a + b, 0);
      const errors: Record<string, number> = {};
      const business: Record<string, number> = {};
      for (const [code, n] of s.codes) {
        if (code === 'OK') continue;
        if (expected[op]?.includes(code)) business[code] = n;
        else errors[code] = n;
      }
      return {
        op,
        requests: all,
        perSecond: +(all / seconds).toFixed(1),
        p50: +pct(sorted, 50).toFixed(1),
        p95: +pct(sorted, 95).toFixed(1),
        p99: +pct(sorted, 99).toFixed(1),
        max: +(sorted.at(-1) ?? 0).toFixed(0),
        ok: s.codes.get('OK') ?? 0,
        business,
        errors,
      };
    });
  }
}

/** Rows of a markdown table (what the README shows). */
export function markdown(rows: ReturnType<Stats['rows']>) {
  const out = [
    '| operation | requests | req/s | p50 ms | p95 ms | p99 ms | expected answers | errors |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  const fmt = (m: Record<string, number>) =>
    Object.entries(m)
      .map(([k, v]) => `${String(v)} ${k}`)
      .join(', ') || '0';
  for (const r of rows) {
    out.push(
      `| ${r.op} | ${String(r.requests)} | ${String(r.perSecond)} | ${String(r.p50)} | ${String(r.p95)} | ${String(r.p99)} | ${fmt(r.business)} | ${fmt(r.errors)} |`,
    );
  }
  return out.join('\n');
}

export function writeResult(name: string, report: unknown) {
  const file = path.join(root, 'bench/results', name);
  writeFileSync(file, JSON.stringify(report, null, 2));
  return file;
}

// ---------------------------------------------------------------------------------------------
// Accounts and data (idempotent; the same approach as the other bench seeds: bulk SQL, one
// argon2 hash shared by every account)

const exec = <T>(db: BenchDb, sql: string, params: unknown[] = []) =>
  db.orm.em.fork().getConnection().execute<T>(sql, params);

export async function count(db: BenchDb, sql: string, params: unknown[] = []) {
  return Number((await exec<{ n: string }[]>(db, sql, params))[0]?.n ?? 0);
}

/** `bench.load.<kind>.1..n@caregraph.example` with this role, created when missing. */
export async function ensureAccounts(db: BenchDb, kind: string, role: string, n: number) {
  const emails = Array.from(
    { length: n },
    (_, i) => `bench.load.${kind}.${String(i + 1)}@caregraph.example`,
  );
  const have = await count(
    db,
    'select count(*)::text as n from app_user where email = any(?::text[])',
    [pgArray(emails)],
  );
  if (have < n) {
    const hash = await hashPassword(PASSWORD);
    await exec(
      db,
      `insert into app_user (id, email, password_hash, role, given_name, family_name, created_at, updated_at, locale)
       select gen_random_uuid(), e, ?, ?::role, 'Load', initcap(?) || '-' || split_part(split_part(e, '@', 1), '.', 4), now(), now(), 'fr'::locale
         from unnest(?::text[]) e
       on conflict do nothing`,
      [hash, role, kind, pgArray(emails)],
    );
  }
  return emails;
}

/** What the seeds must have left: patients, the scheduling practitioners, the bench wards. */
export async function checkSeeded(db: BenchDb) {
  const patients = await count(db, 'select count(*)::text as n from patient');
  const practitioners = await count(
    db,
    `select count(*)::text as n from practitioner where bio = 'bench'`,
  );
  const beds = await count(
    db,
    `select count(*)::text as n from bed b join ward w on w.id = b.ward_id where w.name like ?`,
    [BENCH_WARD_LIKE],
  );
  const missing = [
    patients < 10_000 ? '`pnpm bench:seed --patients 100000`' : '',
    practitioners < 20 ? '`pnpm bench:scheduling` (its practitioners and agendas)' : '',
    beds < 400 ? '`pnpm bench:wards:seed`' : '',
  ].filter(Boolean);
  if (missing.length) throw new Error(`run first: ${missing.join(', ')}`);
}

/**
 * Nurses `bench.load.nurse.N`, each on one bench ward (N-th ward, in turn) for every shift from
 * yesterday to tomorrow, so that the care scope lets them record for that ward's inpatients
 * whatever the hour; and an as-needed prescription for each inpatient of the bench wards.
 * Returns, per nurse, the inpatients of her ward with their prescription.
 */
export async function ensureNurses(db: BenchDb, n: number) {
  const emails = await ensureAccounts(db, 'nurse', 'NURSE', n);
  const wards = (
    await exec<{ id: string }[]>(db, 'select id from ward where name like ? order by name', [
      BENCH_WARD_LIKE,
    ])
  ).map((w) => w.id);
  const running = shiftAt(new Date(), db.config.timeZone);
  const dates = [addDays(running.date, -1), running.date, addDays(running.date, 1)];
  await exec(
    db,
    `insert into nurse_assignment (id, ward_id, date, shift, nurse_user_id, nurse_name, assigned_at)
     select gen_random_uuid(), (?::uuid[])[1 + (split_part(split_part(u.email, '@', 1), '.', 4)::int - 1) % ?], d::date, s::nursing_shift,
            u.id, upper(u.family_name) || ' ' || u.given_name, now()
       from app_user u, unnest(?::date[]) d, unnest(array['DAY', 'EVENING', 'NIGHT']) s
      where u.email = any(?::text[])
     on conflict do nothing`,
    [pgArray(wards), wards.length, pgArray(dates), pgArray(emails)],
  );
  const doctor = (
    await exec<{ id: string }[]>(
      db,
      `select id from app_user where role = 'DOCTOR' order by email limit 1`,
    )
  )[0]?.id;
  await exec(
    db,
    `insert into prescription (id, patient_id, occurred_at, recorded_at, recorded_by_id, recorded_by_name,
            medication_name, strength, dose, dose_unit, route, schedule_times, as_needed, start_at)
     select gen_random_uuid(), s.patient_id, now() - interval '2 days', now() - interval '2 days', ?, 'BENCH Doctor',
            ?, '1 g', 1, 'g', 'ORAL', '{}', true, now() - interval '2 days'
       from bed_stay s
      where s.ended_at is null and not s.cancelled
        and not exists (select 1 from prescription p where p.patient_id = s.patient_id and p.medication_name = ?)`,
    [doctor, PRN_MEDICATION, PRN_MEDICATION],
  );
  const rows = await exec<{ ward: number; patient_id: string; rx: string }[]>(
    db,
    `select array_position(?::uuid[], s.ward_id) as ward, s.patient_id, p.id as rx
       from bed_stay s
       join prescription p on p.patient_id = s.patient_id and p.medication_name = ? and p.status = 'ACTIVE'
      where s.ended_at is null and not s.cancelled and s.ward_id = any(?::uuid[])`,
    [pgArray(wards), PRN_MEDICATION, pgArray(wards)],
  );
  const byWard = new Map<number, { patientId: string; rx: string }[]>();
  for (const r of rows) {
    const list = byWard.get(r.ward) ?? [];
    list.push({ patientId: r.patient_id, rx: r.rx });
    byWard.set(r.ward, list);
  }
  return emails.map((email, i) => ({ email, patients: byWard.get(1 + (i % wards.length)) ?? [] }));
}

/** A ready-made random generator: the same picks run after run. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T,
  };
}

/** A vital-sign set as a bedside device sends it (values plausible, NEWS2 varies). */
export function vitalsInput(id: string, patientId: string, r: ReturnType<typeof random>) {
  return {
    id,
    patientId,
    temperatureC: +(36 + r.next() * 2.5).toFixed(1),
    heartRate: 55 + r.int(55),
    systolicBp: 95 + r.int(60),
    diastolicBp: 55 + r.int(35),
    respiratoryRate: 12 + r.int(12),
    spo2: 90 + r.int(10),
    onOxygen: r.next() < 0.1,
    consciousness: 'ALERT',
  };
}

export const RECORD_VITALS = `mutation RecordVitals($input: RecordVitalsInput!) {
  recordVitals(input: $input) { id takenAt temperatureC heartRate systolicBp diastolicBp respiratoryRate spo2
    onOxygen consciousness painScore weightKg glucoseMmolL news2Score news2Risk abnormal recordedByName enteredInError } }`;

export const randomSecret = () => randomBytes(32).toString('hex');
