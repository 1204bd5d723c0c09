/**
 * `pnpm bench:offline`: the server side of the offline ward round (issue 13), through the real
 * GraphQL endpoint (express + compression + Apollo + shield + care scope + audit, in this
 * process, on a local port), on the database `pnpm bench:offline:seed` fills:
 *
 * 1. the shift pack (`myShiftPack`, the PWA's own operation `MyShiftPack` with its fragments) of a
 *    doctor with 25 inpatients on the round and 30 appointments today (added to the query if the
 *    PWA's operation does not ask for them) and of the nurse of a full 20-bed ward: bytes as sent (raw and gzip,
 *    as the server compresses it), p50/p95/p99 over --requests calls from 1 and from --clients
 *    concurrent clients, the SQL statements one call runs;
 * 2. an outbox of 200 entries written offline by that nurse (vitals, care notes, doses, each under
 *    its device-made id, in the shape `mutationOf` gives them: pwa/src/features/offline/
 *    outbox-send.ts) replayed one at a time in order, as the PWA does, then the same 200 again (an
 *    app that died mid-replay resends what it had sent): total time, p50/p95 per entry, and the
 *    rows the server holds afterwards, counted in SQL. Exits 1 unless it holds exactly 200.
 *
 * Writes bench/results/offline.json. Flags: --requests 200, --clients 4.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { addDays, shiftAt } from '../../api/src/modules/wards/shifts.js';
import { flag, openBenchDatabase, root, startBenchServer } from '../patients/db.js';
import { measure, pct, statementCounter } from '../timing.js';
import {
  OFFLINE_DOCTOR,
  OFFLINE_NURSE,
  OFFLINE_PASSWORD,
  OFFLINE_WARD,
  SEED_TAG,
} from './accounts.js';

const REQUESTS = Number(flag('requests', '200'));
const CLIENTS = Number(flag('clients', '4'));
const ENTRIES = 200;
const WARM_UP = 20;

/** A PWA operation with the fragments it spreads (recursively), read from pwa/src. */
function pwaOperation(file: string): string {
  const fragments = new Map<string, string>();
  const dirs = ['offline', 'records', 'wards', 'patients', 'scheduling'].map((d) =>
    path.join(root, 'pwa/src/features', d, 'graphql'),
  );
  for (const dir of dirs) {
    for (const f of readdir(dir)) {
      if (!f.endsWith('.fragment.graphql')) continue;
      const text = readFileSync(path.join(dir, f), 'utf8');
      const name = /fragment\s+(\w+)/.exec(text)?.[1];
      if (name) fragments.set(name, text);
    }
  }
  const main = readFileSync(path.join(root, 'pwa/src/features', file), 'utf8');
  const used = new Set<string>();
  const visit = (text: string) => {
    for (const m of text.matchAll(/\.\.\.(\w+)/g)) {
      const name = m[1] as string;
      if (used.has(name)) continue;
      const body = fragments.get(name);
      if (!body) throw new Error(`fragment ${name} not found`);
      used.add(name);
      visit(body);
    }
  };
  visit(main);
  return [main, ...[...used].map((n) => fragments.get(n) as string)].join('\n');
}
function readdir(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}

const PACK = pwaOperation('offline/graphql/my-shift-pack.graphql');
// The doctor's pack with today's appointments as the agenda shows them: the PWA's operation if it
// asks for them (it does since they are shown offline), else added here.
const PWA_ASKS_APPOINTMENTS = /\n {4}appointments \{/.test(PACK);
const DOCTOR_PACK = PWA_ASKS_APPOINTMENTS
  ? PACK
  : PACK.replace(
      /\n {4}dosesDue \{/,
      `
    appointments { id startsAt endsAt durationMinutes status reason version
      patient { id displayName mrn phone } }
    dosesDue {`,
    );
if (!/\n {4}appointments \{/.test(DOCTOR_PACK))
  throw new Error('no appointments in the pack query');
const VITALS = pwaOperation('records/graphql/record-vitals.graphql');
const NOTE = pwaOperation('records/graphql/add-care-note.graphql');
const DOSE = pwaOperation('records/graphql/record-medication-administration.graphql');

const counter = statementCounter();
const db = await openBenchDatabase(counter.log);
const em = db.orm.em.fork();
const exec = <T extends Record<string, unknown>[]>(sql: string, params: unknown[] = []) =>
  em.getConnection().execute<T>(sql, params);
const one = async (sql: string, params: unknown[] = []) =>
  Number((await exec<{ n: string }[]>(sql, params))[0]?.n ?? 0);

if ((await one('select count(*)::text as n from ward where name = ?', [OFFLINE_WARD])) === 0) {
  throw new Error('run `pnpm bench:offline:seed` first');
}
// Her ward whatever the date the database was seeded on: the running shift and its neighbours.
const running = shiftAt(new Date(), db.config.timeZone);
await exec(
  `insert into nurse_assignment (id, ward_id, date, shift, nurse_user_id, nurse_name, assigned_at)
   select gen_random_uuid(), w.id, d::date, s::nursing_shift, u.id, 'CHEVET Nadia', now()
     from ward w, app_user u, unnest(array[?, ?, ?]::date[]) d, unnest(array['DAY', 'EVENING', 'NIGHT']) s
    where w.name = ? and u.email = ?
      and not exists (select 1 from nurse_assignment n where n.ward_id = w.id and n.date = d::date
                         and n.shift = s::nursing_shift and n.nurse_user_id = u.id)`,
  [addDays(running.date, -1), running.date, addDays(running.date, 1), OFFLINE_WARD, OFFLINE_NURSE],
);

const volumes = (
  await exec<Record<string, number>[]>(
    `select (select count(*) from patient)::int as patients,
            (select count(*) from admission)::int as admissions,
            (select count(*) from admission where status = 'ACTIVE')::int as inpatients,
            (select count(*) from bed)::int as beds,
            (select count(*) from vital_signs)::int as vitals,
            (select count(*) from lab_result)::int as lab_results,
            (select count(*) from prescription)::int as prescriptions,
            (select count(*) from medication_administration)::int as administrations,
            (select count(*) from care_note)::int as care_notes,
            (select count(*) from appointment)::int as appointments,
            (select count(*) from audit_event)::int as audit_events`,
  )
)[0];

const server = await startBenchServer(db, counter.log);
const url = new URL(`${server.url}/graphql`);

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
}
/** One POST as a phone sends it (gzip accepted): the answer, and its bytes on the wire. */
function post(query: string, variables: Record<string, unknown>, token?: string) {
  const body = JSON.stringify({ query, variables });
  return new Promise<{ answer: Answer; wire: number; encoding: string }>((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'accept-encoding': 'gzip',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const encoding = res.headers['content-encoding'] ?? 'identity';
          try {
            const text = encoding === 'gzip' ? gunzipSync(raw).toString('utf8') : raw.toString();
            resolve({ answer: JSON.parse(text) as Answer, wire: raw.length, encoding });
          } catch (e) {
            reject(e instanceof Error ? e : new Error(String(e)));
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * SERVICE_UNAVAILABLE answers met (and sent again at once, as the PWA would): on a starved
 * machine, opening a new pooled connection can outlast the pool's connect timeout.
 */
let unavailable = 0;
async function ok(
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<Record<string, unknown>> {
  const { answer } = await post(query, variables, token);
  if (answer.errors?.[0]?.extensions?.code === 'SERVICE_UNAVAILABLE' && unavailable < 50) {
    unavailable++;
    return ok(query, variables, token);
  }
  if (answer.errors?.length) throw new Error(JSON.stringify(answer.errors));
  return answer.data ?? {};
}
async function signIn(email: string) {
  const d = await ok('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', {
    i: { email, password: OFFLINE_PASSWORD },
  });
  return (d.login as { accessToken: string }).accessToken;
}
// Access tokens live 15 minutes and a loaded machine takes longer than that: signed in again
// before each measured series.
const tokens = { doctor: '', nurse: '' };
async function freshTokens() {
  tokens.doctor = await signIn(OFFLINE_DOCTOR);
  tokens.nurse = await signIn(OFFLINE_NURSE);
}
await freshTokens();

// ---- 1. The pack ------------------------------------------------------------------------------

interface PackPatient {
  patientId: string;
  allergies: unknown[];
  activeProblems: unknown[];
  activePrescriptions: unknown[];
  administrations: unknown[];
  vitals: unknown[];
  labResults: unknown[];
  careNotes: unknown[];
}
interface Pack {
  patients: PackPatient[];
  appointments?: unknown[];
  dosesDue: unknown[];
}
const kinds = [
  {
    name: `doctor: 25 inpatients + 30 appointments${PWA_ASKS_APPOINTMENTS ? '' : ' (added to the PWA operation)'}`,
    query: DOCTOR_PACK,
    who: 'doctor' as const,
  },
  { name: 'nurse: 20-bed ward, doses due this shift', query: PACK, who: 'nurse' as const },
];

const packs: Record<string, unknown>[] = [];
for (const k of kinds) {
  const { answer, wire, encoding } = await post(k.query, {}, tokens[k.who]);
  if (answer.errors?.length) throw new Error(JSON.stringify(answer.errors));
  const pack = (answer.data as { myShiftPack: Pack }).myShiftPack;
  const raw = Buffer.byteLength(JSON.stringify(answer));
  const per = (f: keyof PackPatient) =>
    +(
      pack.patients.reduce((s, p) => s + (p[f] as unknown[]).length, 0) /
      Math.max(1, pack.patients.length)
    ).toFixed(1);
  packs.push({
    name: k.name,
    bytesRaw: raw,
    bytesOnWire: wire,
    encoding,
    patients: pack.patients.length,
    appointments: pack.appointments?.length ?? null,
    dosesDue: pack.dosesDue.length,
    perPatient: {
      allergies: per('allergies'),
      activeProblems: per('activeProblems'),
      activePrescriptions: per('activePrescriptions'),
      administrations24h: per('administrations'),
      vitals72h: per('vitals'),
      labResults7d: per('labResults'),
      careNotes: per('careNotes'),
    },
  });
}
console.log(JSON.stringify({ volumes, packs }, null, 2));
const [dPack, nPack] = packs as { patients: number; appointments: number | null }[];
if (dPack?.patients !== 25 || dPack.appointments !== 30 || nPack?.patients !== 20) {
  throw new Error('the packs do not hold what the bench expects (see above)');
}

const sql: Record<string, { sql: string; ms: number }[]> = {};
const load = () => os.loadavg().map((x) => +x.toFixed(2));
const loadBefore = load();
const results = [];
for (const k of kinds) {
  const run = () => ok(k.query, {}, tokens[k.who]);
  await freshTokens();
  for (let i = 0; i < WARM_UP; i++) await run();
  sql[k.name] = await counter.statementsOf(db.orm, run);
  results.push(await measure(`${k.name}, 1 client`, REQUESTS, 1, run));
  await freshTokens();
  await measure('warm-up', WARM_UP, CLIENTS, run);
  results.push(await measure(`${k.name}, ${String(CLIENTS)} clients`, REQUESTS, CLIENTS, run));
}
const loadAfterPack = load();
const unavailableDuringPack = unavailable;
console.table(results);
console.log(`SERVICE_UNAVAILABLE answers sent again: ${String(unavailableDuringPack)}`);
console.log(
  JSON.stringify(Object.fromEntries(Object.entries(sql).map(([k, v]) => [k, v.length])), null, 2),
);

// ---- 2. Outbox replay -------------------------------------------------------------------------

// Doses to record: a prescription per patient of the ward every hour from four hours ago, made
// for this run (the seed's doses of the last 24 hours are recorded already).
await freshTokens();
const patients = (await ok(PACK, {}, tokens.nurse)).myShiftPack as Pack;
const patientIds = patients.patients.map((p) => p.patientId);
const rxRows = await exec<{ id: string; patient_id: string; start_at: Date }[]>(
  `insert into prescription (id, patient_id, occurred_at, recorded_at, recorded_by_id, recorded_by_name,
                             medication_name, form, strength, dose, dose_unit, route, schedule_times, interval_hours,
                             as_needed, start_at, instructions, status)
   select gen_random_uuid(), p.id, t, t, u.id, 'VISITE Hélène', 'Paracétamol', 'comprimé', '500 mg', 500, 'mg',
          'ORAL', '{}', 1, false, t, ?, 'ACTIVE'
     from unnest(?::uuid[]) p(id), app_user u,
          lateral (select date_trunc('hour', now()) - interval '4 hours' as t) s
    where u.email = ?
   returning id, patient_id, start_at`,
  [`${SEED_TAG}: replay`, `{${patientIds.join(',')}}`, OFFLINE_DOCTOR],
);
const rxOf = new Map(rxRows.map((r) => [r.patient_id, r]));

type Entry =
  | { id: string; kind: 'vitals'; patientId: string; input: Record<string, unknown> }
  | { id: string; kind: 'careNote'; patientId: string; input: Record<string, unknown> }
  | { id: string; kind: 'dose'; patientId: string; input: Record<string, unknown> };
/** The mutation and variables of an entry, as `mutationOf` and `sendWith` make them. */
function mutationOf(e: Entry): { query: string; input: Record<string, unknown> } {
  const base = { ...e.input, id: e.id };
  switch (e.kind) {
    case 'vitals':
      return { query: VITALS, input: { ...base, patientId: e.patientId } };
    case 'careNote':
      return { query: NOTE, input: { ...base, patientId: e.patientId } };
    case 'dose':
      return { query: DOSE, input: base };
  }
}

// Ten passes over the 20 patients (creation order): vitals, dose, note, vitals, dose, note, ...
const PASSES: Entry['kind'][] = [
  'vitals',
  'dose',
  'careNote',
  'vitals',
  'dose',
  'careNote',
  'vitals',
  'dose',
  'careNote',
  'vitals',
];
const t0 = Date.now() - 90 * 60_000;
const entries: Entry[] = [];
const dosesDone = new Map<string, number>();
for (let i = 0; i < ENTRIES; i++) {
  const pass = Math.floor(i / patientIds.length);
  const patientId = patientIds[i % patientIds.length] as string;
  const kind = PASSES[pass % PASSES.length] as Entry['kind'];
  const at = new Date(t0 + i * 20_000).toISOString();
  const id = randomUUID();
  if (kind === 'vitals') {
    entries.push({
      id,
      kind,
      patientId,
      input: {
        temperatureC: 37.1,
        heartRate: 78 + (i % 20),
        systolicBp: 118 + (i % 15),
        diastolicBp: 72,
        respiratoryRate: 16,
        spo2: 96,
        painScore: 2,
        glucoseMmolL: null,
        weightKg: null,
        onOxygen: false,
        consciousness: 'ALERT',
        takenAt: at,
      },
    });
  } else if (kind === 'careNote') {
    entries.push({
      id,
      kind,
      patientId,
      input: {
        category: 'OBSERVATION',
        text: `Tour de ${at.slice(11, 16)} : patient confortable, pas de plainte, perfusion en place.`,
        occurredAt: at,
      },
    });
  } else {
    const rx = rxOf.get(patientId);
    if (!rx) throw new Error('no replay prescription');
    const n = dosesDone.get(patientId) ?? 0;
    dosesDone.set(patientId, n + 1);
    const scheduledAt = new Date(new Date(rx.start_at).getTime() + n * 3_600_000);
    entries.push({
      id,
      kind,
      patientId,
      input: {
        prescriptionId: rx.id,
        scheduledAt: scheduledAt.toISOString(),
        status: 'GIVEN',
        reason: null,
        administeredAt: new Date(scheduledAt.getTime() + 5 * 60_000).toISOString(),
      },
    });
  }
}

/** Sends the entries one at a time in order, as `Outbox.replay` does; per-entry times. */
async function replay(label: string) {
  await freshTokens();
  const nurse = tokens.nurse;
  const times: number[] = [];
  const byKind: Record<string, number[]> = {};
  const answers: Record<string, number> = {};
  const started = performance.now();
  for (const e of entries) {
    const { query, input } = mutationOf(e);
    const t = performance.now();
    const { answer } = await post(query, { input }, nurse);
    const ms = performance.now() - t;
    times.push(ms);
    (byKind[e.kind] ??= []).push(ms);
    const code = answer.errors?.length
      ? `${answer.errors[0]?.extensions?.code ?? 'ERROR'} ${answer.errors[0]?.extensions?.reason ?? answer.errors[0]?.message ?? ''}`.trim()
      : 'OK';
    answers[code] = (answers[code] ?? 0) + 1;
  }
  const totalMs = performance.now() - started;
  const r = (xs: number[]) => ({ p50: +pct(xs, 50).toFixed(1), p95: +pct(xs, 95).toFixed(1) });
  return {
    label,
    entries: entries.length,
    totalMs: +totalMs.toFixed(0),
    ...r(times),
    max: +Math.max(...times).toFixed(1),
    byKind: Object.fromEntries(Object.entries(byKind).map(([k, xs]) => [k, r(xs)])),
    answers,
  };
}

const replayStarted = new Date();
const first = await replay('first replay (200 new entries)');
const second = await replay('same 200 replayed again');
const ids = `{${entries.map((e) => e.id).join(',')}}`;
const held = (
  await exec<Record<string, number>[]>(
    `select (select count(*) from vital_signs where id = any(?::uuid[]))::int as vitals,
            (select count(*) from care_note where id = any(?::uuid[]))::int as care_notes,
            (select count(*) from medication_administration where id = any(?::uuid[]))::int as doses,
            ((select count(*) from vital_signs v join app_user u on u.id = v.recorded_by_id
               where u.email = ? and v.recorded_at >= ?)
             + (select count(*) from care_note c join app_user u on u.id = c.recorded_by_id
               where u.email = ? and c.recorded_at >= ?)
             + (select count(*) from medication_administration m join app_user u on u.id = m.recorded_by_id
               where u.email = ? and m.recorded_at >= ?))::int as by_nurse_since_start`,
    [
      ids,
      ids,
      ids,
      OFFLINE_NURSE,
      replayStarted,
      OFFLINE_NURSE,
      replayStarted,
      OFFLINE_NURSE,
      replayStarted,
    ],
  )
)[0] as Record<string, number>;
const rows = (held.vitals ?? 0) + (held.care_notes ?? 0) + (held.doses ?? 0);
const expected = {
  vitals: entries.filter((e) => e.kind === 'vitals').length,
  careNotes: entries.filter((e) => e.kind === 'careNote').length,
  doses: entries.filter((e) => e.kind === 'dose').length,
};
console.log(JSON.stringify({ first, second }, null, 2));
console.log(
  `rows the server holds for the 200 entries: ${String(rows)} (vitals ${String(held.vitals)} / ${String(expected.vitals)}, care notes ${String(held.care_notes)} / ${String(expected.careNotes)}, doses ${String(held.doses)} / ${String(expected.doses)}); rows written by the nurse since the replay started: ${String(held.by_nurse_since_start)}`,
);
const exact = rows === ENTRIES && held.by_nurse_since_start === ENTRIES;

// Leave the ward's charts as the seed made them, so the next run packs the same: the replay's
// rows marked entered in error (the pack leaves those out), its prescriptions ended.
await exec(
  `update vital_signs set entered_in_error_at = now(), entered_in_error_reason = ? where id = any(?::uuid[])`,
  [`${SEED_TAG}: clean-up`, ids],
);
await exec(
  `update care_note set entered_in_error_at = now(), entered_in_error_reason = ? where id = any(?::uuid[])`,
  [`${SEED_TAG}: clean-up`, ids],
);
await exec(
  `update medication_administration set entered_in_error_at = now(), entered_in_error_reason = ? where id = any(?::uuid[])`,
  [`${SEED_TAG}: clean-up`, ids],
);
await exec(`update prescription set status = 'COMPLETED', end_at = now() where instructions = ?`, [
  `${SEED_TAG}: replay`,
]);

const report = {
  at: new Date().toISOString(),
  host: { cpus: os.cpus().length, loadBefore, loadAfterPack, loadAfter: load() },
  volumes,
  packs,
  pwaOperationAsksAppointments: PWA_ASKS_APPOINTMENTS,
  statementsPerCall: Object.fromEntries(Object.entries(sql).map(([k, v]) => [k, v.length])),
  statements: sql,
  results,
  serviceUnavailableRetries: unavailableDuringPack,
  replay: { first, second, held, expected, exact },
};
mkdirSync(path.join(root, 'bench/results'), { recursive: true });
writeFileSync(
  path.join(root, 'bench/results/offline.json'),
  `${JSON.stringify(report, null, 2)}\n`,
);
console.log(JSON.stringify(report.host));
await server.stop();
await db.close();
if (!exact) {
  console.error(`FAIL: the server holds ${String(rows)} rows for ${String(ENTRIES)} entries`);
  process.exit(1);
}
process.exit(0);
