/**
 * `pnpm bench:pipeline`: what the request pipeline costs. `{ me { id role } }` through the real
 * API (`src/main.ts` in a child process, as production starts it: `NODE_ENV=production`,
 * `LOG_LEVEL=warn`, metrics on their own port) against a bare `node:http` + `pg` handler doing the
 * same work (`bare.ts`: the same token check, one session lookup), on the same database, each
 * driven by `--connections` clients that send their next request as soon as the last one is
 * answered. Rounds alternate the order (bare first, then API first, ...) so that neither always
 * gets the quieter half of a busy machine; each target gets `--warmup` seconds not counted, then
 * `--seconds` measured. Prints req/s, p50/p95/p99 of both and the ratio API / bare per round.
 *
 * Needs only the migrated schema: it adds its own accounts (`bench.pipeline.N@...`), so any bench
 * database does, an empty one too. Writes bench/results/pipeline.json.
 *
 * Flags: --seconds 15 --warmup 5 --connections 200 --rounds 2 --accounts 10 --dist
 * --only api|bare (one target, e.g. to profile) --cpu-prof DIR (the API instance writes a
 * .cpuprofile there when it stops; summarise it with `profile-summary.ts`).
 * Loopback only. CI never runs it.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from '../../api/node_modules/undici/index.js';
import { flag, openBenchDatabase, root } from '../patients/db.js';
import {
  Client,
  ensureAccounts,
  freePort,
  loadWatcher,
  loggedProblems,
  machine,
  numberFlag,
  pct,
  randomSecret,
  signIn,
  startInstance,
  stopInstance,
  writeResult,
} from '../load/common.js';

const SECONDS = numberFlag('seconds', 15);
const WARMUP = numberFlag('warmup', 5);
const CONNECTIONS = numberFlag('connections', 200);
const ROUNDS = numberFlag('rounds', 2);
const ACCOUNTS = numberFlag('accounts', 10);
const ONLY = flag('only', '');
const CPU_PROF = flag('cpu-prof', '');

const ME = JSON.stringify({ query: '{ me { id role } }' });

interface Target {
  name: 'api' | 'bare';
  url: string;
  cpuSeconds(): number;
}

/** The bare handler in a child process, as the API runs: from `api/`, through @oxc-node. */
async function startBare(databaseUrl: string, jwtSecret: string) {
  const proc = spawn(
    process.execPath,
    ['--import', '@oxc-node/core/register', '../bench/pipeline/bare.ts'],
    {
      cwd: path.join(root, 'api'),
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: databaseUrl,
        JWT_SECRET: jwtSecret,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    proc.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /listening (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    proc.once('exit', (code) => {
      reject(new Error(`bare handler exited at start (${String(code)})`));
    });
  });
  const pid = proc.pid ?? 0;
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  return {
    url: `http://127.0.0.1:${String(port)}`,
    cpuSeconds: () => cpuOf(pid),
    async stop() {
      proc.kill('SIGTERM');
      await Promise.race([exited, sleep(10_000)]);
      if (proc.exitCode === null) proc.kill('SIGKILL');
    },
  };
}

function cpuOf(pid: number): number {
  // Same reading as load/common.ts's instances: utime + stime from /proc, in ticks of 1/100 s.
  try {
    const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/**
 * `CONNECTIONS` clients on one undici pool, each sending `{ me { id role } }` with one of the
 * tokens as soon as its last answer came, for `seconds`. An answer counts when it is a 200 whose
 * body holds `me`; latencies are of every answer.
 */
async function drive(url: string, tokens: string[], seconds: number) {
  const pool = new Pool(url, {
    connections: CONNECTIONS,
    pipelining: 1,
    headersTimeout: 30_000,
    bodyTimeout: 30_000,
    keepAliveTimeout: 30_000,
  });
  const ms: number[] = [];
  const errors = new Map<string, number>();
  let ok = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, c) => {
      const headers = {
        'content-type': 'application/json',
        authorization: `Bearer ${tokens[c % tokens.length] ?? ''}`,
      };
      while (performance.now() < end) {
        const t = performance.now();
        try {
          const res = await pool.request({ path: '/graphql', method: 'POST', headers, body: ME });
          const text = await res.body.text();
          ms.push(performance.now() - t);
          if (res.statusCode === 200 && text.includes('"me":{"id"')) ok++;
          else {
            const key = `HTTP_${String(res.statusCode)} ${text.slice(0, 80)}`;
            errors.set(key, (errors.get(key) ?? 0) + 1);
          }
        } catch (e) {
          const key = `NET_${(e as { code?: string }).code ?? (e as Error).name}`;
          errors.set(key, (errors.get(key) ?? 0) + 1);
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  await pool.destroy();
  const sorted = ms.sort((a, b) => a - b);
  return {
    requests: ms.length,
    ok,
    errors: Object.fromEntries(errors),
    seconds: +elapsed.toFixed(2),
    perSecond: +(ok / elapsed).toFixed(0),
    p50: +pct(sorted, 50).toFixed(1),
    p95: +pct(sorted, 95).toFixed(1),
    p99: +pct(sorted, 99).toFixed(1),
    max: +(sorted.at(-1) ?? 0).toFixed(0),
  };
}

async function measure(target: Target, tokens: string[]) {
  await drive(target.url, tokens, WARMUP);
  const load = loadWatcher();
  const cpu0 = target.cpuSeconds();
  const from = performance.now();
  const r = await drive(target.url, tokens, SECONDS);
  const cpu = target.cpuSeconds() - cpu0;
  if (target.name === 'api') Object.assign(apiPhase, { from, to: performance.now() });
  return {
    target: target.name,
    ...r,
    /** Share of one core the server used while measured. */
    serverCpu: +(cpu / r.seconds).toFixed(2),
    loadavg: load.stop(),
  };
}

// --- Setup ------------------------------------------------------------------------------------

const startedAt = new Date();
const db = await openBenchDatabase();
const emails = await ensureAccounts(db, 'pipeline', 'NURSE', ACCOUNTS);
const secret = randomSecret();
if (CPU_PROF) mkdirSync(CPU_PROF, { recursive: true });
const api = await startInstance('api', db.url, secret, {
  METRICS_PORT: String(await freePort()),
  ...(CPU_PROF ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${path.resolve(CPU_PROF)}` } : {}),
});
const bare = await startBare(db.url, secret);
/** When the API's last measured phase began and ended (to cut its profile to it). */
const apiPhase = { from: 0, to: 0 };
const rounds: Awaited<ReturnType<typeof measure>>[][] = [];
try {
  const signer = new Client([api.url], 8);
  const tokens = await signIn(signer, emails);
  await signer.close();

  // Both must answer the same thing before their speeds are compared.
  const answers = await Promise.all(
    [api.url, bare.url].map(async (u) => {
      const res = await fetch(`${u}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[0] ?? ''}` },
        body: ME,
      });
      return JSON.stringify(await res.json());
    }),
  );
  if (answers[0] !== answers[1]) throw new Error(`answers differ: ${answers.join(' vs ')}`);
  console.log(`both answer ${answers[0] ?? ''}`);

  const targets: Target[] = [
    { name: 'bare', url: bare.url, cpuSeconds: bare.cpuSeconds },
    { name: 'api', url: api.url, cpuSeconds: () => api.cpuSeconds() },
  ].filter((t): t is Target => !ONLY || t.name === ONLY);
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 === 0 ? targets : [...targets].reverse();
    const results = [];
    for (const t of order) {
      const m = await measure(t, tokens);
      console.log(JSON.stringify({ round: r + 1, ...m }));
      results.push(m);
    }
    rounds.push(results);
  }
} finally {
  await bare.stop();
  const problems = loggedProblems(api);
  await stopInstance(api);
  if (CPU_PROF && apiPhase.to) {
    // The profile ends when the API exits: its last measured phase is that long before the end.
    const last = (apiPhase.to - apiPhase.from) / 1000;
    const until = (performance.now() - apiPhase.to) / 1000;
    console.log(
      `profile of the last measured phase: profile-summary.ts ${CPU_PROF}/<file> --last ${last.toFixed(1)} --until ${until.toFixed(1)}`,
    );
  }
  if (Object.keys(problems).length) console.log('API logged:', problems);
}

// --- Report -----------------------------------------------------------------------------------

const lines = [
  '| round | target | req/s | p50 ms | p95 ms | p99 ms | errors | server CPU (cores) | load avg |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
];
rounds.forEach((results, i) => {
  for (const m of results) {
    const errs = Object.values(m.errors).reduce((a, b) => a + b, 0);
    lines.push(
      `| ${String(i + 1)} | ${m.target} | ${String(m.perSecond)} | ${String(m.p50)} | ${String(m.p95)} | ${String(m.p99)} | ${String(errs)} | ${String(m.serverCpu)} | ${String(m.loadavg.mean)} |`,
    );
  }
  const a = results.find((m) => m.target === 'api');
  const b = results.find((m) => m.target === 'bare');
  if (a && b)
    lines.push(
      `| ${String(i + 1)} | **api / bare** | **${(a.perSecond / b.perSecond).toFixed(2)}** | | | | | | |`,
    );
});
console.log(lines.join('\n'));
mkdirSync(path.join(root, 'bench/results'), { recursive: true });
const file = writeResult('pipeline.json', {
  at: startedAt.toISOString(),
  machine: machine(),
  flags: {
    seconds: SECONDS,
    warmup: WARMUP,
    connections: CONNECTIONS,
    rounds: ROUNDS,
    accounts: ACCOUNTS,
  },
  rounds,
});
console.log(`Results: ${file}`);
await db.close();
