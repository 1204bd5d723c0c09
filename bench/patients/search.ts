/**
 * `pnpm bench:patients`: patient search (R6) through the real GraphQL endpoint (the API's
 * express + Apollo + shield + context pipeline, in this process, on a local port) against the
 * bench database filled by `pnpm bench:seed`. Reports p50/p95/p99 per kind of search, one
 * request at a time and with 8 concurrent clients, and the SQL statements each request runs
 * (counted from the ORM's query log, session lookup included).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { hashPassword } from '../../api/src/kernel/auth/passwords.js';
import { Locale, Role } from '../../api/src/kernel/auth/roles.js';
import { User } from '../../api/src/modules/auth/index.js';
import { flag, openBenchDatabase, quietLogger, root, startBenchServer } from './db.js';

const N = Number(flag('requests', '400'));
const WARMUP = 60;
const COUNTED = 40;

let statements = 0;
const log = quietLogger((line) => {
  if (line.startsWith('[slow-query]')) statements++;
});
const db = await openBenchDatabase(log);
const em = db.orm.em.fork();
const patients = Number(
  (await em.execute<{ n: string }[]>(`select count(*)::text as n from patient`))[0]?.n,
);
if (patients < 1000) {
  console.error('Seed first: pnpm bench:seed --patients 100000');
  process.exit(1);
}

const password = 'bench-password-not-secret-42';
const email = 'bench.doctor@caregraph.example';
if (!(await em.count(User, { email }))) {
  em.create(User, {
    email,
    role: Role.DOCTOR,
    givenName: 'Bench',
    familyName: 'Doctor',
    passwordHash: await hashPassword(password),
    locale: Locale.fr,
  });
  await em.flush();
}

const server = await startBenchServer(db, log);

async function gql(query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

const login = await gql(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, {
  i: { email, password },
});
const token = (login.data?.login as { accessToken: string } | undefined)?.accessToken;
if (!token) throw new Error(`login failed: ${JSON.stringify(login.errors)}`);

/** What the PWA's search list asks for. */
const SEARCH = `query($s: String, $first: Int) {
  patients(search: $s, first: $first) {
    totalCount
    nodes { id mrn displayName birthDate age sex allergyStatus }
    pageInfo { hasNextPage endCursor }
  }
}`;

const sample = await em.execute<
  { family_name: string; given_names: string; mrn: string; phone: string }[]
>(
  `select family_name, given_names, mrn, phone from patient
    where status = 'ACTIVE' and phone is not null order by md5(id::text) limit 500`,
);
const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
/** One letter changed in the middle: a typo. */
function typo(s: string): string {
  const w = plain(s);
  if (w.length < 4) return w;
  const i = Math.floor(w.length / 2);
  return `${w.slice(0, i)}${w[i] === 'e' ? 'a' : 'e'}${w.slice(i + 1)}`;
}
const national = (p: string) =>
  `0${p.replace(/\D/g, '').slice(2)}`.replace(/(\d{2})(?=\d)/g, '$1 ');

const KINDS: Record<string, (r: (typeof sample)[number]) => string> = {
  'name, typo + given name': (r) =>
    `${typo(r.family_name)} ${plain(r.given_names).split(' ')[0] ?? ''}`,
  'name, first letters': (r) =>
    `${plain(r.family_name).slice(0, 4)} ${plain(r.given_names).slice(0, 2)}`,
  'name, family name only': (r) => plain(r.family_name),
  MRN: (r) => r.mrn,
  'phone (national form)': (r) => national(r.phone),
};

function pct(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)] ?? 0;
}

async function timed(search: string): Promise<number> {
  const t0 = performance.now();
  const r = await gql(SEARCH, { s: search, first: 20 }, token);
  const ms = performance.now() - t0;
  if (r.errors) throw new Error(`${search}: ${JSON.stringify(r.errors)}`);
  return ms;
}

interface Result {
  kind: string;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  statementsPerRequest: number;
  meanTotalCount: number;
}
const results: Result[] = [];
const probe = (i: number) => {
  const row = sample[i % sample.length];
  if (!row) throw new Error('no sample');
  return row;
};

for (let i = 0; i < WARMUP; i++) {
  for (const make of Object.values(KINDS)) await timed(make(probe(i)));
}

for (const [kind, make] of Object.entries(KINDS)) {
  const times: number[] = [];
  for (let i = 0; i < N; i++) times.push(await timed(make(probe(i))));
  times.sort((a, b) => a - b);
  // Statement count: with a zero slow-query threshold the ORM logs every SQL statement it runs.
  let totalCount = 0;
  db.orm.config.set('slowQueryThreshold', 0);
  statements = 0;
  for (let i = 0; i < COUNTED; i++) {
    const r = await gql(SEARCH, { s: make(probe(i)), first: 20 }, token);
    totalCount += (r.data?.patients as { totalCount: number }).totalCount;
  }
  const perRequest = statements / COUNTED;
  db.orm.config.set('slowQueryThreshold', undefined);
  results.push({
    kind,
    requests: N,
    p50: pct(times, 50),
    p95: pct(times, 95),
    p99: pct(times, 99),
    statementsPerRequest: perRequest,
    meanTotalCount: Math.round(totalCount / COUNTED),
  });
}

// Eight clients at once, every kind mixed.
const CONCURRENCY = 8;
const mixed: number[] = [];
const makers = Object.values(KINDS);
const started = performance.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async (_, w) => {
    for (let i = 0; i < N / 2; i++) {
      const make = makers[(i + w) % makers.length] ?? KINDS.MRN;
      if (!make) throw new Error('no kind');
      mixed.push(await timed(make(probe(i * CONCURRENCY + w))));
    }
  }),
);
const elapsed = (performance.now() - started) / 1000;
mixed.sort((a, b) => a - b);

const f = (ms: number) => ms.toFixed(1);
const out: string[] = [];
out.push(
  `\nPatient search, ${String(patients)} patients, ${String(N)} requests per kind, first: 20\n`,
);
out.push('| search | p50 ms | p95 ms | p99 ms | SQL statements / request | mean totalCount |');
out.push('|---|---|---|---|---|---|');
for (const r of results) {
  out.push(
    `| ${r.kind} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.p99)} | ${String(r.statementsPerRequest)} | ${String(r.meanTotalCount)} |`,
  );
}
out.push(
  `| mixed, ${String(CONCURRENCY)} concurrent clients | ${f(pct(mixed, 50))} | ${f(pct(mixed, 95))} | ${f(pct(mixed, 99))} | | ${(mixed.length / elapsed).toFixed(0)} req/s |`,
);

process.stdout.write(`${out.join('\n')}\n`);
const dir = path.join(root, 'bench/results');
mkdirSync(dir, { recursive: true });
writeFileSync(
  path.join(dir, 'patients-search.json'),
  JSON.stringify(
    {
      at: new Date().toISOString(),
      patients,
      results,
      mixed: {
        concurrency: CONCURRENCY,
        p50: pct(mixed, 50),
        p95: pct(mixed, 95),
        p99: pct(mixed, 99),
        rps: mixed.length / elapsed,
      },
    },
    null,
    2,
  ),
);
await server.stop();
await db.close();
