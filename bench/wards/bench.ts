/**
 * `pnpm bench:wards`: the bed board of a 40-bed ward, a doctor's round (25 inpatients) and a
 * nurse's patient list through the real GraphQL endpoint (express + Apollo + shield + care scope
 * + list read audit, in this process, on a local port), on the database `pnpm bench:wards:seed`
 * fills (1,520 beds, 200,000 past admissions); then the race of 20 concurrent admissions into one
 * free bed, five times. Reports p50/p95/p99/max, the SQL statements one request runs (from the
 * ORM's query log), and writes bench/results/wards.json.
 *
 * Flags: --requests 400 (one at a time, per kind), --mixed 800 (requests over --clients 8
 * concurrent clients), --races 5, --racers 20.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { addDays, shiftAt } from '../../api/src/modules/wards/shifts.js';
import { flag, openBenchDatabase, quietLogger, root, startBenchServer } from '../patients/db.js';
import {
  BENCH_WARD_LIKE,
  BOARD_NURSE,
  BOARD_WARD,
  RECEPTIONIST,
  ROUND_DOCTOR,
  WARDS_PASSWORD,
} from './accounts.js';

const REQUESTS = Number(flag('requests', '400'));
const MIXED = Number(flag('mixed', '800'));
const CLIENTS = Number(flag('clients', '8'));
const RACES = Number(flag('races', '5'));
const RACERS = Number(flag('racers', '20'));
const WARM_UP = 30;

let counting = false;
const statements: string[] = [];
const log = quietLogger((line) => {
  if (counting && line.startsWith('[slow-query]')) statements.push(line);
});
const db = await openBenchDatabase(log);
const em = db.orm.em.fork();
const exec = <T extends Record<string, unknown>[]>(sql: string, params: unknown[] = []) =>
  em.getConnection().execute<T>(sql, params);
const count = async (sql: string, params: unknown[] = []) =>
  Number((await exec<{ n: string }[]>(sql, params))[0]?.n ?? 0);

const beds = await count(
  `select count(*)::text as n from bed b join ward w on w.id = b.ward_id where w.name like ?`,
  [BENCH_WARD_LIKE],
);
if (beds < 1000) throw new Error('run `pnpm bench:wards:seed` first');
const boardWard = (
  await exec<{ id: string }[]>('select id from ward where name = ?', [BOARD_WARD])
)[0]?.id as string;

// The care scope (a nurse reads the clinical data of the wards she covers this shift) is wired
// by startBenchServer as in `main.ts`; the bench nurse covers the board ward whatever the shift.
const running = shiftAt(new Date(), db.config.timeZone);
await exec(
  `insert into nurse_assignment (id, ward_id, date, shift, nurse_user_id, nurse_name, assigned_at)
   select gen_random_uuid(), ?, d::date, s::nursing_shift, u.id, upper(u.family_name) || ' ' || u.given_name, now()
     from app_user u, unnest(array[?, ?, ?]::date[]) d, unnest(array['DAY', 'EVENING', 'NIGHT']) s
    where u.email = ?
   on conflict do nothing`,
  [boardWard, addDays(running.date, -1), running.date, addDays(running.date, 1), BOARD_NURSE],
);

const volumes = (
  await exec<Record<string, string>[]>(
    `select (select count(*) from ward where name like ?)::int as wards,
            (select count(*) from bed)::int as beds,
            (select count(*) from admission)::int as admissions,
            (select count(*) from admission where status = 'DISCHARGED')::int as discharged,
            (select count(*) from admission where status = 'ACTIVE')::int as active,
            (select count(*) from bed_stay)::int as stays,
            (select count(*) from bed_stay where ended_at is null and not cancelled)::int as open_stays,
            (select count(*) from patient)::int as patients,
            (select count(*) from vital_signs)::int as vitals,
            (select count(*) from audit_event)::int as audit_events`,
    [BENCH_WARD_LIKE],
  )
)[0];

const server = await startBenchServer(db, log);

interface GqlAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}
async function gql(query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlAnswer;
}
async function ok(query: string, variables: Record<string, unknown>, token: string) {
  const r = await gql(query, variables, token);
  if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
  return r.data ?? {};
}
async function signIn(email: string) {
  const r = await gql('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', {
    i: { email, password: WARDS_PASSWORD },
  });
  const token = (r.data?.login as { accessToken?: string } | undefined)?.accessToken;
  if (!token) throw new Error(`cannot sign in ${email}: ${JSON.stringify(r.errors)}`);
  return token;
}
const nurse = await signIn(BOARD_NURSE);
const doctor = await signIn(ROUND_DOCTOR);
const reception = await signIn(RECEPTIONIST);

// The PWA's own operations (pwa/src/features/wards/graphql), clinical fields and nurses included.
const ROW = `admissionId patientId name mrn age sex days wardId wardName roomNumber bedId bedLabel
  attendingName reason news2Score news2Risk news2At allergyFlag newResults`;
const BOARD = `query BedBoard($wardId: ID!, $clinical: Boolean!, $nurses: Boolean!) {
  bedBoard(wardId: $wardId) {
    asOf shift ward { id name floor }
    nurses @include(if: $nurses) { id nurseUserId nurseName }
    beds { bedId label roomId roomNumber roomKind isolationCapable status condition conditionReason
      conditionSince reservationId reservedFor reservedPatientName
      occupant { admissionId patientId name mrn age sex days admittedAt attendingName attendingUserId
        news2Score @include(if: $clinical) news2Risk @include(if: $clinical)
        allergyFlag @include(if: $clinical) newResults @include(if: $clinical) } } } }`;
const ROUND = `query MyRound { myRound { ${ROW} } }`;
const PATIENTS = `query MyPatients { myPatients { ${ROW} } }`;
const ADMIT = `mutation AdmitPatient($input: AdmitPatientInput!) { admitPatient(input: $input) { id status } }`;
const CANCEL = `mutation CancelAdmission($input: CancelAdmissionInput!) { cancelAdmission(input: $input) { id status } }`;

interface Kind {
  name: string;
  run: () => Promise<Record<string, unknown>>;
}
const kinds: Kind[] = [
  {
    name: 'bedBoard (40-bed ward, nurse on it)',
    run: () => ok(BOARD, { wardId: boardWard, clinical: true, nurses: true }, nurse),
  },
  { name: 'myRound (doctor, 25 inpatients)', run: () => ok(ROUND, {}, doctor) },
  { name: 'myPatients (that nurse, her ward)', run: () => ok(PATIENTS, {}, nurse) },
];

// What the answers hold: the clinical fields must be filled, or the bench measures less work.
type Tile = { status: string; occupant: { news2Score: number | null } | null };
const board = (await kinds[0]?.run()) as { bedBoard: { beds: Tile[]; nurses: unknown[] } };
const tiles = board.bedBoard.beds;
const roundRows = ((await kinds[1]?.run()) as { myRound: { news2Score: number | null }[] }).myRound;
const nurseRows = ((await kinds[2]?.run()) as { myPatients: unknown[] }).myPatients;
const answers = {
  boardBeds: tiles.length,
  boardOccupied: tiles.filter((t) => t.occupant).length,
  boardWithNews2: tiles.filter((t) => t.occupant?.news2Score != null).length,
  boardStatuses: tiles.reduce<Record<string, number>>((m, t) => {
    m[t.status] = (m[t.status] ?? 0) + 1;
    return m;
  }, {}),
  boardNurses: board.bedBoard.nurses.length,
  roundRows: roundRows.length,
  roundWithNews2: roundRows.filter((r) => r.news2Score != null).length,
  myPatientsRows: nurseRows.length,
};
console.log(JSON.stringify({ volumes, answers }, null, 2));
if (answers.boardWithNews2 !== answers.boardOccupied || answers.roundRows !== 25) {
  throw new Error('the board or the round does not show what the bench expects (see above)');
}

/** The statements one request runs, through the ORM's query log (slow-query threshold 0). */
async function statementsOf(run: () => Promise<unknown>) {
  statements.length = 0;
  db.orm.config.set('slowQueryThreshold', 0);
  counting = true;
  await run();
  counting = false;
  db.orm.config.set('slowQueryThreshold', undefined);
  return statements.map((s) => {
    const text = s.replace(/^\[slow-query\]\s*/, '').replace(/\s+/g, ' ');
    const took = /\[took (\d+) ms[^\]]*\]\s*$/.exec(text);
    return {
      sql: text.replace(/\s*\[took [^\]]*\]\s*$/, '').slice(0, 200),
      ms: Number(took?.[1] ?? 0),
    };
  });
}

/** Mean time of each statement of a request (ms, as the ORM logs it) over `runs` requests. */
async function profile(run: () => Promise<unknown>, runs = 30) {
  const sums: number[] = [];
  let total = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const st = await statementsOf(run);
    total += performance.now() - t;
    st.forEach((s, j) => (sums[j] = (sums[j] ?? 0) + s.ms));
  }
  return {
    requestMs: +(total / runs).toFixed(1),
    statementMs: sums.map((x) => +(x / runs).toFixed(1)),
  };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

async function measure(
  name: string,
  n: number,
  clients: number,
  run: (i: number) => Promise<unknown>,
) {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < n) {
        const i = next++;
        const t = performance.now();
        await run(i);
        times.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    name,
    requests: n,
    clients,
    p50: +pct(times, 50).toFixed(1),
    p95: +pct(times, 95).toFixed(1),
    p99: +pct(times, 99).toFixed(1),
    max: +Math.max(...times).toFixed(1),
    perSecond: +(n / seconds).toFixed(0),
  };
}

const sql: Record<string, { sql: string; ms: number }[]> = {};
const profiles: Record<string, Awaited<ReturnType<typeof profile>>> = {};
for (const k of kinds) {
  for (let i = 0; i < WARM_UP; i++) await k.run();
  sql[k.name] = await statementsOf(k.run);
  profiles[k.name] = await profile(k.run);
}

const load = () => os.loadavg().map((x) => +x.toFixed(2));
const loadBefore = load();
const results = [];
for (const k of kinds) {
  for (let i = 0; i < WARM_UP; i++) await k.run();
  results.push(await measure(k.name, REQUESTS, 1, () => k.run()));
}
results.push(
  await measure(
    `mixed (board, round, nurse list), ${String(CLIENTS)} clients`,
    MIXED,
    CLIENTS,
    (i) => (kinds[i % kinds.length] as Kind).run(),
  ),
);
const loadAfter = load();

// Admissions: a free, ready, unreserved bed off the board ward, and patients never admitted by
// the bench before (no active or cancelled admission, no open reservation).
const attending = (
  await exec<{ id: string }[]>(
    `select id from app_user where email = 'bench.wards.doctor.1@caregraph.example'`,
  )
)[0]?.id as string;
async function freeBed() {
  const r = await exec<{ id: string; label: string; ward: string }[]>(
    `select b.id, b.label, w.name as ward from bed b join ward w on w.id = b.ward_id
      where w.name like ? and w.name <> ? and b.condition = 'READY' and b.removed_at is null
        and not exists (select 1 from bed_stay s where s.bed_id = b.id and s.ended_at is null and not s.cancelled)
        and not exists (select 1 from bed_reservation r where r.bed_id = b.id and r.closed_at is null)
      order by random() limit 1`,
    [BENCH_WARD_LIKE, BOARD_WARD],
  );
  if (!r[0]) throw new Error('no free bed left');
  return r[0];
}
async function freshPatients(n: number) {
  return (
    await exec<{ id: string }[]>(
      `select p.id from patient p
        where p.status = 'ACTIVE' and p.birth_date < current_date - interval '18 years'
          and not exists (select 1 from admission a where a.patient_id = p.id and a.status in ('ACTIVE', 'CANCELLED'))
          and not exists (select 1 from bed_reservation r where r.patient_id = p.id and r.closed_at is null)
        order by random() limit ?`,
      [n],
    )
  ).map((r) => r.id);
}
const admitInput = (bedId: string, patientId: string) => ({
  input: {
    patientId,
    bedId,
    attendingUserId: attending,
    source: 'EMERGENCY',
    reason: 'Bench: admission race',
    expectedDays: 3,
  },
});
/** Cancels what an admission run left, through the API (stays no longer hold the bed). */
async function cancel(admissionId: string) {
  await ok(CANCEL, { input: { admissionId, reason: 'Bench clean-up' } }, reception);
}

// One admission alone: its statements and latency.
const soloBed = await freeBed();
const [soloPatient] = await freshPatients(1);
let soloId = '';
const soloStarted = performance.now();
const admitSql = await statementsOf(async () => {
  const d = (await ok(ADMIT, admitInput(soloBed.id, soloPatient as string), reception)) as {
    admitPatient: { id: string };
  };
  soloId = d.admitPatient.id;
});
const soloMs = +(performance.now() - soloStarted).toFixed(1);
await cancel(soloId);
sql['admitPatient (alone)'] = admitSql;

const races = [];
for (let r = 0; r < RACES; r++) {
  const bed = await freeBed();
  const patients = await freshPatients(RACERS);
  const t0 = performance.now();
  const answersOf = await Promise.all(
    patients.map(async (patientId) => {
      const t = performance.now();
      const a = await gql(ADMIT, admitInput(bed.id, patientId), reception);
      return { a, ms: performance.now() - t };
    }),
  );
  const wallMs = performance.now() - t0;
  const codes: Record<string, number> = {};
  const winners: string[] = [];
  for (const { a } of answersOf) {
    const code = a.errors?.length ? (a.errors[0]?.extensions?.code ?? 'UNKNOWN') : 'OK';
    codes[code] = (codes[code] ?? 0) + 1;
    const id = (a.data?.admitPatient as { id?: string } | null | undefined)?.id;
    if (id) winners.push(id);
  }
  const openStays = await count(
    `select count(*)::text as n from bed_stay where bed_id = ? and ended_at is null and not cancelled`,
    [bed.id],
  );
  const lat = answersOf.map((x) => x.ms);
  const race = {
    bed: `${bed.ward} ${bed.label}`,
    racers: RACERS,
    successes: codes.OK ?? 0,
    bedOccupied: codes.BED_OCCUPIED ?? 0,
    codes,
    openStaysAfter: openStays,
    wallMs: +wallMs.toFixed(1),
    fastestMs: +Math.min(...lat).toFixed(1),
    slowestMs: +Math.max(...lat).toFixed(1),
  };
  races.push(race);
  console.log(JSON.stringify(race));
  for (const id of winners) await cancel(id);
}

const report = {
  at: new Date().toISOString(),
  host: { cpus: os.cpus().length, loadBefore, loadAfter },
  volumes,
  answers,
  statementsPerRequest: Object.fromEntries(Object.entries(sql).map(([k, v]) => [k, v.length])),
  statements: sql,
  profiles,
  results,
  admitAlone: { ms: soloMs, statements: admitSql.length },
  races,
};
console.table(results);
console.log(
  JSON.stringify(
    {
      statementsPerRequest: report.statementsPerRequest,
      profiles,
      admitAlone: report.admitAlone,
      host: report.host,
    },
    null,
    2,
  ),
);
mkdirSync(path.join(root, 'bench/results'), { recursive: true });
writeFileSync(path.join(root, 'bench/results/wards.json'), `${JSON.stringify(report, null, 2)}\n`);
await server.stop();
await db.close();
process.exit(0);
