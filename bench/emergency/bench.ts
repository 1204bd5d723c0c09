/**
 * `pnpm bench:emergency`: the emergency queue as the PWA asks for it (every open case with its
 * patient, level, wait against target and NEWS2) through the real GraphQL endpoint (express +
 * Apollo + shield + access policy + list read audit, in this process), on the database
 * `pnpm bench:emergency:seed` fills (80 open cases, 300,000 past ones). Reports p50/p95/p99/max,
 * the SQL statements of one request at 80 and at 40 open cases (constant), and a doctor taking
 * a case; writes bench/results/emergency.json.
 *
 * Flags: --requests 400 (one at a time), --mixed 800 (over --clients 8).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { flag, openBenchDatabase, root, startBenchServer } from '../patients/db.js';
import { measure, statementCounter } from '../timing.js';
import { ED_DOCTOR, ED_NURSE, ED_PASSWORD } from './accounts.js';

const REQUESTS = Number(flag('requests', '400'));
const MIXED = Number(flag('mixed', '800'));
const CLIENTS = Number(flag('clients', '8'));
const WARM_UP = 30;

const counter = statementCounter();
const db = await openBenchDatabase(counter.log);
const em = db.orm.em.fork();
const exec = <T extends Record<string, unknown>[]>(sql: string, params: unknown[] = []) =>
  em.getConnection().execute<T>(sql, params);

const volumes = (
  await exec<Record<string, number>[]>(
    `select (select count(*) from emergency_case where closed_at is null)::int as open,
            (select count(*) from emergency_case where closed_at is not null)::int as closed,
            (select count(*) from emergency_triage)::int as triages,
            (select count(*) from patient)::int as patients,
            (select count(*) from audit_event)::int as audit_events`,
  )
)[0] as Record<string, number>;
if ((volumes.closed ?? 0) < 100_000) throw new Error('run `pnpm bench:emergency:seed` first');

const server = await startBenchServer(db, counter.log);
async function gql(query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const r = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
  return r.data ?? {};
}
async function signIn(email: string) {
  const d = await gql('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', {
    i: { email, password: ED_PASSWORD },
  });
  return (d.login as { accessToken: string }).accessToken;
}
const nurse = await signIn(ED_NURSE);
const doctor = await signIn(ED_DOCTOR);

// What the PWA's queue asks (pwa/src/features/emergency/graphql), clinical fields included.
const QUEUE = `query EmergencyQueue($clinical: Boolean!) { emergencyQueue { asOf breached cases {
  caseId patientId name mrn age sex unknownIdentity arrivedAt mode complaint
  complaintText @include(if: $clinical) status level area areaLabel doctorUserId doctorName
  wait { waitedMinutes targetMinutes dueAt breached }
  news2Score @include(if: $clinical) news2Risk @include(if: $clinical) version } } }`;
type Row = {
  caseId: string;
  name: string | null;
  level: string | null;
  wait: { breached: boolean };
};
const queue = async (token = nurse) =>
  (await gql(QUEUE, { clinical: true }, token)).emergencyQueue as {
    cases: Row[];
    breached: number;
  };

const first = await queue();
const answers = {
  cases: first.cases.length,
  named: first.cases.filter((c) => c.name).length,
  untriaged: first.cases.filter((c) => !c.level).length,
  breached: first.breached,
};
console.log(JSON.stringify({ volumes, answers }, null, 2));
if (answers.cases !== volumes.open || answers.named !== answers.cases) {
  throw new Error('the queue does not show what the bench expects (see above)');
}

for (let i = 0; i < WARM_UP; i++) await queue();
const at80 = await counter.statementsOf(db.orm, () => queue());
// Half the cases closed for a moment (in a transaction rolled back afterwards): same statements.
const half = first.cases.slice(0, Math.floor(first.cases.length / 2)).map((c) => c.caseId);
await exec(
  `update emergency_case set closed_at = now(), outcome = 'DISCHARGED', status = 'CLOSED'
    where id = any(?::uuid[])`,
  [`{${half.join(',')}}`],
);
const at40 = await counter.statementsOf(db.orm, () => queue());
await exec(
  `update emergency_case set closed_at = null, outcome = null, status = 'WAITING_FOR_DOCTOR'
    where id = any(?::uuid[])`,
  [`{${half.join(',')}}`],
);

const loadBefore = os.loadavg().map((x) => +x.toFixed(2));
const results = [
  await measure(`emergencyQueue (${String(volumes.open)} open), one client`, REQUESTS, 1, () =>
    queue(),
  ),
  await measure(
    `emergencyQueue, ${String(CLIENTS)} clients (nurse and doctor)`,
    MIXED,
    CLIENTS,
    (i) => queue(i % 2 ? nurse : doctor),
  ),
];
const loadAfter = os.loadavg().map((x) => +x.toFixed(2));

// A doctor takes an untaken case, then hands it back (the bench leaves the queue as it was).
const free = first.cases.find((c) => !c.level) ?? first.cases[first.cases.length - 1];
const TAKE = `mutation($i: TakeEmergencyCaseInput!) { takeEmergencyCase(input: $i) { id status } }`;
const takeSql = await counter.statementsOf(db.orm, () =>
  gql(TAKE, { i: { caseId: free?.caseId } }, doctor),
);
await exec(
  `update emergency_case set doctor_user_id = null, doctor_name = null, doctor_at = null,
     status = case when level is null then 'WAITING' else 'WAITING_FOR_DOCTOR' end::emergency_status
   where id = ?`,
  [free?.caseId],
);

const report = {
  at: new Date().toISOString(),
  machine: { cpus: os.cpus().length, loadBefore, loadAfter },
  volumes,
  answers,
  statements: {
    queueAt80: at80.length,
    queueAt40: at40.length,
    queue: at80.map((s) => s.sql),
    takeEmergencyCase: takeSql.length,
  },
  results,
};
console.table(results);
console.log(
  `statements per queue request: ${String(at80.length)} at ${String(volumes.open)} open cases, ${String(at40.length)} at ${String(volumes.open - half.length)}`,
);
const out = path.join(root, 'bench/results');
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'emergency.json'), `${JSON.stringify(report, null, 2)}\n`);
await server.stop();
await db.close();
process.exit(0);
