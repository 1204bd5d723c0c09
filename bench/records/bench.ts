/**
 * `pnpm bench:records`: the doctor's chart summary and the patient timeline through the real
 * GraphQL endpoint (express + Apollo + shield + read audit, in this process, on a local port),
 * for the patient with five years of history, in a database of 100,000 patients and 2,000,000
 * vital sign sets (`pnpm bench:seed && pnpm bench:records:seed`). Reports p50/p95 and the SQL
 * statements one request runs, and writes bench/results/records.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { flag, openBenchDatabase, quietLogger, root, startBenchServer } from '../patients/db.js';

const RUNS = Number(flag('runs', '300'));
const CONCURRENCY = Number(flag('concurrency', '10'));

let statements = 0;
const db = await openBenchDatabase(
  quietLogger((line) => {
    if (line.startsWith('[slow-query]')) statements++;
  }),
);
const em = db.orm.em.fork();
const heavy = (await em.execute<{ id: string }[]>('select id from patient order by mrn limit 1'))[0]
  ?.id;
const vitals = (await em.execute<{ n: string }[]>('select count(*)::text as n from vital_signs'))[0]
  ?.n;
const patients = (await em.execute<{ n: string }[]>('select count(*)::text as n from patient'))[0]
  ?.n;
if (!heavy || Number(vitals) < 1_000_000) throw new Error('run `pnpm bench:records:seed` first');

const server = await startBenchServer(db, quietLogger());

async function gql(query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data ?? {};
}

const login = (await gql(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, {
  i: { email: 'bench.doctor@caregraph.example', password: 'bench-password-not-secret-42' },
})) as { login: { accessToken: string } };
const token = login.login.accessToken;

const CHART = `query($p: ID!) { patientChart(patientId: $p) {
  patientId
  allergies { id substance severity }
  activeProblems { id code label rank }
  activePrescriptions { id medicationName strength dose doseUnit route scheduleTimes startAt endAt }
  latestVitals { id takenAt news2Score news2Risk temperatureC heartRate systolicBp diastolicBp respiratoryRate spo2 onOxygen consciousness }
  vitalsTrend(last: 20) { takenAt news2Score heartRate systolicBp temperatureC spo2 }
  pendingLabOrders { id testCode testNameFr priority status }
  recentLabResults(first: 10) { id testCode testNameFr valueNumeric unit flag validatedAt }
  recentEncounters(first: 5) { id startedAt kind reason practitionerName }
} }`;

const TIMELINE = `query($p: ID!, $after: String) { patientTimeline(patientId: $p, first: 20, after: $after) {
  totalCount pageInfo { endCursor hasNextPage }
  nodes { kind id occurredAt enteredInError
    encounter { reason practitionerName assessment } vitals { news2Score heartRate temperatureC }
    prescription { medicationName dose doseUnit } careNote { category text } administration { status dose }
    labResult { testCode flag valueNumeric unit } diagnosis { code label } attachment { title url } }
} }`;

// A cursor deep in the history: page 50 (about 1,000 entries back).
let deep: string | null = null;
for (let i = 0; i < 50; i++) {
  const d = (await gql(TIMELINE, { p: heavy, after: deep }, token)) as {
    patientTimeline: { pageInfo: { endCursor: string } };
  };
  deep = d.patientTimeline.pageInfo.endCursor;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

async function measure(name: string, query: string, vars: Record<string, unknown>) {
  for (let i = 0; i < 20; i++) await gql(query, vars, token);
  statements = 0;
  db.orm.config.set('slowQueryThreshold', 0);
  await gql(query, vars, token);
  db.orm.config.set('slowQueryThreshold', undefined);
  const perRequest = statements;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await gql(query, vars, token);
    times.push(performance.now() - t);
  }
  const loaded: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = 0; i < RUNS / CONCURRENCY; i++) {
        const t = performance.now();
        await gql(query, vars, token);
        loaded.push(performance.now() - t);
      }
    }),
  );
  const rps = (loaded.length / (performance.now() - started)) * 1000;
  const row = {
    name,
    runs: RUNS,
    p50: +pct(times, 50).toFixed(1),
    p95: +pct(times, 95).toFixed(1),
    [`p50_c${String(CONCURRENCY)}`]: +pct(loaded, 50).toFixed(1),
    [`p95_c${String(CONCURRENCY)}`]: +pct(loaded, 95).toFixed(1),
    rps: Math.round(rps),
    sqlStatements: perRequest,
  };
  process.stdout.write(`${JSON.stringify(row)}\n`);
  return row;
}

const rows = [
  await measure('chart summary (heavy patient)', CHART, { p: heavy }),
  await measure('timeline first page (heavy patient)', TIMELINE, { p: heavy }),
  await measure('timeline page 51 (heavy patient)', TIMELINE, { p: heavy, after: deep }),
];
const out = path.join(root, 'bench/results');
mkdirSync(out, { recursive: true });
writeFileSync(
  path.join(out, 'records.json'),
  `${JSON.stringify({ at: new Date().toISOString(), patients: Number(patients), vitals: Number(vitals), rows }, null, 2)}\n`,
);
await server.stop();
await db.close();
process.exit(0);
