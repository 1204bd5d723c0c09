/**
 * `pnpm bench:reports`: the manager's `dashboard` through the real GraphQL endpoint (express +
 * Apollo + shield + context, in this process), for one month and for one year, on the bench
 * database the other benches fill: `pnpm bench:seed --patients 100000`, `pnpm bench:wards:seed`
 * (~200,000 stays), `pnpm bench:billing:seed` (1,000,000 invoice lines). Appointments: when the
 * database has fewer than 500,000, this script adds them (200 practitioners, a year of 20-minute
 * slots ending now, past ones completed, cancelled or missed). Reports p50/p95/p99/max and the
 * SQL statements of one request; writes bench/results/reports.json.
 *
 * Flags: --month 60 --year 12 (requests, one at a time), --appointments 500000.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { hashPassword } from '../../api/src/kernel/auth/passwords.js';
import { newTotpSecret, sealSecret, totpCodeAt } from '../../api/src/modules/auth/index.js';
import { flag, openBenchDatabase, root, startBenchServer } from '../patients/db.js';
import { measure, statementCounter } from '../timing.js';

const MONTH_RUNS = Number(flag('month', '60'));
const YEAR_RUNS = Number(flag('year', '12'));
const APPOINTMENTS = Number(flag('appointments', '500000'));
const PRACTITIONERS = 200;
const MANAGER = 'bench.reports.manager@caregraph.example';
const PASSWORD = 'bench-password-not-secret-42';

const counter = statementCounter();
const db = await openBenchDatabase(counter.log);
const em = db.orm.em.fork();
const exec = <T extends Record<string, unknown>[]>(sql: string, params: unknown[] = []) =>
  em.getConnection().execute<T>(sql, params);
const count = async (sql: string) => Number((await exec<{ n: string }[]>(sql))[0]?.n ?? 0);

if ((await count('select count(*)::text as n from patient')) < 10_000)
  throw new Error('run `pnpm bench:seed --patients 100000` first');
if ((await count('select count(*)::text as n from bed_stay')) < 100_000)
  throw new Error('run `pnpm bench:wards:seed` first');
if ((await count('select count(*)::text as n from invoice_line')) < 900_000)
  throw new Error('run `pnpm bench:billing:seed` first');

const hash = await hashPassword(PASSWORD);
await exec(
  `insert into app_user (id, email, password_hash, role, given_name, family_name, created_at, updated_at, locale)
   values (gen_random_uuid(), ?, ?, 'MANAGER', 'Bench', 'Manager', now(), now(), 'fr') on conflict do nothing`,
  [MANAGER, hash],
);
// Managers sign in with a second factor: the bench manager gets a new authenticator each run.
const totpSecret = newTotpSecret();
await exec(
  'update app_user set mfa_secret = ?, mfa_enabled_at = now(), mfa_last_time_step = null where email = ?',
  [sealSecret(totpSecret, db.config.jwtSecret), MANAGER],
);

if ((await count('select count(*)::text as n from appointment')) < APPOINTMENTS) {
  const t0 = performance.now();
  console.log(
    `Seeding ${String(PRACTITIONERS)} practitioners and ${String(APPOINTMENTS)} appointments…`,
  );
  await exec(
    `insert into app_user (id, email, password_hash, role, given_name, family_name, created_at, updated_at, locale)
     select gen_random_uuid(), 'bench.reports.doctor.' || g || '@caregraph.example', ?, 'DOCTOR', 'Doc', 'Rapport' || g, now(), now(), 'fr'
       from generate_series(1, ?) g on conflict do nothing`,
    [hash, PRACTITIONERS],
  );
  await exec(
    `insert into practitioner (id, user_id, specialty, bio, languages, consultation_minutes, active)
     select gen_random_uuid(), u.id, 'GENERAL_PRACTICE', 'bench-reports', '{fr}', 20, true
       from app_user u where u.email like 'bench.reports.doctor.%'
        and not exists (select 1 from practitioner p where p.user_id = u.id)`,
  );
  // A year of weekdays ending now, 30 slots a day; at one slot every practitioner sees another
  // patient, so no patient is double-booked. Past ones: 80 % completed, 8 % cancelled, 2 %
  // cancelled for the practitioner's absence, 6 % missed, the rest still scheduled.
  const per = Math.ceil(APPOINTMENTS / PRACTITIONERS);
  await exec(
    `with pr as (select id, row_number() over (order by id) - 1 as i from practitioner where bio = 'bench-reports'),
          pa as (select id, row_number() over (order by id) - 1 as i from patient),
          n as (select count(*) as c from patient),
          base as (select date_trunc('week', now()) - interval '52 weeks' + interval '7 hours' as t0),
          -- Every third slot, so that 2,500 appointments a practitioner span the year.
          slots as (
            select k, base.t0 + (3 * k / 150) * interval '7 days' + ((3 * k % 150) / 30) * interval '1 day'
                   + (3 * k % 30) * interval '20 minutes' as at
              from generate_series(0, ? - 1) k cross join base)
     insert into appointment (id, patient_id, practitioner_id, starts_at, ends_at, status, reason, created_at, updated_at, version)
     select gen_random_uuid(), pa.id, pr.id, slots.at, slots.at + interval '20 minutes',
            (case when slots.at > now() then 'SCHEDULED'
                  when (slots.k + pr.i) % 50 < 40 then 'COMPLETED'
                  when (slots.k + pr.i) % 50 < 44 then 'CANCELLED'
                  when (slots.k + pr.i) % 50 < 45 then 'CANCELLED_PRACTITIONER_ABSENT'
                  when (slots.k + pr.i) % 50 < 48 then 'NO_SHOW'
                  else 'SCHEDULED' end)::appointment_status,
            'Bench', now(), now(), 1
       from pr cross join slots cross join n
       join pa on pa.i = (slots.k * ${String(PRACTITIONERS)} + pr.i) % n.c`,
    [per],
  );
  await exec('analyze');
  console.log(`Seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

const volumes = (
  await exec<Record<string, number>[]>(
    `select (select count(*) from patient)::int as patients,
            (select count(*) from appointment)::int as appointments,
            (select count(*) from bed_stay)::int as bed_stays,
            (select count(*) from invoice_line)::int as invoice_lines,
            (select count(*) from emergency_case)::int as emergency_cases,
            (select count(*) from stock_movement)::int as stock_movements`,
  )
)[0] as Record<string, number>;

// The last full month and the twelve months before it, in the hospital's calendar (Paris).
const today = new Date();
const firstOfMonth = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1));
const day = (d: Date) => d.toISOString().slice(0, 10);
const monthEnd = new Date(firstOfMonth.getTime() - 86_400_000);
const month = {
  from: day(new Date(Date.UTC(monthEnd.getUTCFullYear(), monthEnd.getUTCMonth(), 1))),
  to: day(monthEnd),
};
const year = {
  from: day(new Date(Date.UTC(firstOfMonth.getUTCFullYear() - 1, firstOfMonth.getUTCMonth(), 1))),
  to: day(monthEnd),
};

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
/** The manager's sign-in: the password answers MFA_REQUIRED with a challenge, then a code. */
async function signIn(): Promise<string> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
      variables: { i: { email: MANAGER, password: PASSWORD } },
    }),
  });
  const r = (await res.json()) as { errors?: { extensions?: { challenge?: string } }[] };
  const challenge = r.errors?.[0]?.extensions?.challenge;
  if (!challenge) throw new Error(`no MFA challenge: ${JSON.stringify(r)}`);
  const d = await gql('mutation($i: VerifyMfaInput!) { verifyMfa(input: $i) { accessToken } }', {
    i: { challenge, code: await totpCodeAt(totpSecret, new Date()) },
  });
  return (d.verifyMfa as { accessToken: string }).accessToken;
}
const token = await signIn();

// What the PWA's dashboard asks.
const DASHBOARD = `query($p: ReportPeriodInput!) { dashboard(period: $p) {
  demographics { patientsSeen byAgeRange { ageRange patients } bySex { sex patients } cells { ageRange sex patients } }
  appointments { practitioners { practitionerId name booked completed cancelled cancelledByPractitioner noShows pending
    completedMinutes cancellationRate noShowRate } total { booked completed noShows cancellationRate noShowRate } }
  occupancy { wards { wardId wardName beds occupiedBedNights occupancyRate discharges meanLengthOfStayDays }
    total { beds occupancyRate discharges meanLengthOfStayDays } }
  emergency { arrivals medianMinutesToTriage medianMinutesToDoctor admissionRate outcomes { outcome cases } }
  revenue { byActKind { actKind invoicedMinor creditedMinor insurerMinor patientMinor } total { netMinor }
    payments { netMinor } outstandingMinor }
  expenses { purchasesMinor writeOffs { valueMinor } totalMinor } } }`;
const dashboard = (p: { from: string; to: string }) => gql(DASHBOARD, { p }, token);

const sample = (await dashboard(month)).dashboard as {
  demographics: { patientsSeen: number };
  appointments: { total: { booked: number } };
  revenue: { total: { netMinor: number } };
};
console.log(JSON.stringify({ volumes, month, year, sample }));
for (let i = 0; i < 3; i++) await dashboard(month);
await dashboard(year);
const sql = await counter.statementsOf(db.orm, () => dashboard(month));

const loadBefore = os.loadavg().map((x) => +x.toFixed(2));
const results = [
  await measure(`dashboard, one month (${month.from} – ${month.to})`, MONTH_RUNS, 1, () =>
    dashboard(month),
  ),
  await measure(`dashboard, one year (${year.from} – ${year.to})`, YEAR_RUNS, 1, () =>
    dashboard(year),
  ),
];
const loadAfter = os.loadavg().map((x) => +x.toFixed(2));
console.table(results);
console.log(`statements: ${String(sql.length)}`);
const out = path.join(root, 'bench/results');
mkdirSync(out, { recursive: true });
writeFileSync(
  path.join(out, 'reports.json'),
  `${JSON.stringify(
    {
      at: new Date().toISOString(),
      machine: { cpus: os.cpus().length, loadBefore, loadAfter },
      volumes,
      statements: sql.length,
      sql: sql.map((s) => s.sql),
      results,
    },
    null,
    2,
  )}\n`,
);
await server.stop();
await db.close();
process.exit(0);
