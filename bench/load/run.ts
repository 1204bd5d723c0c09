/**
 * `pnpm bench:load`: a realistic mix from 200 concurrent virtual users against one real API
 * instance, then two on the same PostgreSQL (child processes running `src/main.ts`, balanced
 * round robin by the client), on the bench database. Each virtual user is a signed-in account
 * that sends its next request as soon as the last one is answered (no think time by default):
 *
 * - doctors (35 %): `patientChart` (50 %) or `vitals` (20 %) of a random patient (an inpatient
 *   or anyone), `patients(search)` (30 %) with a name as typed;
 * - nurses (30 %), each on one bench ward for every shift: `recordVitals` (70 %) or an
 *   as-needed dose, `recordMedicationAdministration` (30 %), for an inpatient of her ward, each
 *   with a device-made UUID;
 * - reception (20 %): `availableSlots` of a practitioner for a week 10–60 weeks ahead, then
 *   `bookAppointment` of one of the first five free slots for a random patient (`SLOT_TAKEN` is
 *   an expected answer, not an error);
 * - patients (15 %), portal accounts: `appointments` (their own).
 *
 * Reports per operation req/s, p50/p95/p99 and answers by code; checks that every acknowledged
 * vital-sign set and dose is in the database. Writes bench/results/load.json.
 *
 * Flags: --seconds 300 (measured, per phase) --warmup 15 --users 200 --instances 1,2
 * --max-requests 2000000 (per phase) --think-ms 0 --dist (run api/dist instead of the sources).
 * Loopback only. CI never runs it.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { pgArray } from '../../api/src/kernel/db/pg-array.js';
import { flag, openBenchDatabase } from '../patients/db.js';
import {
  checkSeeded,
  Client,
  count,
  cpuSampler,
  ensureAccounts,
  ensureNurses,
  loadWatcher,
  loggedProblems,
  machine,
  markdown,
  numberFlag,
  random,
  randomSecret,
  RECORD_VITALS,
  signIn,
  startInstance,
  Stats,
  stopInstance,
  vitalsInput,
  writeResult,
  type Answer,
  type BenchDb,
  type Instance,
} from './common.js';

const SECONDS = numberFlag('seconds', 300);
const WARMUP = numberFlag('warmup', 15);
const USERS = numberFlag('users', 200);
const MAX_REQUESTS = numberFlag('max-requests', 2_000_000);
const THINK_MS = numberFlag('think-ms', 0);
const PHASES = flag('instances', '1,2').split(',').map(Number);
const SEED = numberFlag('seed', 20261202);

const DOCTORS = Math.round(USERS * 0.35);
const NURSES = Math.round(USERS * 0.3);
const RECEPTION = Math.round(USERS * 0.2);
const PATIENTS = USERS - DOCTORS - NURSES - RECEPTION;

// The PWA's own operations (pwa/src/features/*/graphql, fragments inlined).
const VITALS_FIELDS = `id takenAt temperatureC heartRate systolicBp diastolicBp respiratoryRate spo2 onOxygen
  consciousness painScore weightKg glucoseMmolL news2Score news2Risk abnormal recordedByName enteredInError`;
const CHART = `query PatientChart($patientId: ID!) { patientChart(patientId: $patientId) {
  patientId
  allergies { id substance reaction severity }
  activeProblems { id code label rank occurredAt }
  activePrescriptions { id medicationName form strength dose doseUnit route scheduleTimes intervalHours asNeeded
    startAt endAt instructions status allergyConflicts allergyOverrideReason recordedByName }
  latestVitals { ${VITALS_FIELDS} }
  vitalsTrend(last: 20) { ${VITALS_FIELDS} }
  pendingLabOrders { id testCode testNameEn testNameFr specimen priority status occurredAt orderedByName collectedAt }
  recentLabResults(first: 10) { id orderId testCode testNameEn testNameFr valueNumeric valueText unit flag critical
    referenceLow referenceHigh comment occurredAt validatedAt validatedByName recordedByName }
  recentEncounters(first: 5) { id kind status reason startedAt endedAt practitionerName } } }`;
const VITALS = `query Vitals($patientId: ID!, $first: Int) { vitals(patientId: $patientId, first: $first) {
  totalCount nodes { ${VITALS_FIELDS} } pageInfo { hasNextPage endCursor } } }`;
const SEARCH = `query PatientSearch($search: String, $first: Int, $after: String, $clinical: Boolean!) {
  patients(search: $search, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    nodes { id mrn displayName birthDate age sex status allergyStatus @include(if: $clinical) } } }`;
const DOSE = `mutation RecordMedicationAdministration($input: RecordMedicationAdministrationInput!) {
  recordMedicationAdministration(input: $input) { id status scheduledAt occurredAt dose doseUnit reason recordedByName } }`;
const SLOTS = `query AvailableSlots($practitionerId: ID, $specialty: String, $from: DateTimeISO!, $to: DateTimeISO!) {
  availableSlots(practitionerId: $practitionerId, specialty: $specialty, from: $from, to: $to) {
    practitioner { id displayName } slots { startsAt endsAt } } }`;
const APPOINTMENT_FIELDS = `id startsAt endsAt originalStartsAt durationMinutes status reason cancelReason version
  practitioner { id displayName specialtyInfo { code labelFr labelEn } }`;
const BOOK = `mutation BookAppointment($input: BookAppointmentInput!) { bookAppointment(input: $input) { ${APPOINTMENT_FIELDS} } }`;
const APPOINTMENTS = `query Appointments($filter: AppointmentFilter, $first: Int, $after: String) {
  appointments(filter: $filter, first: $first, after: $after) { nodes { ${APPOINTMENT_FIELDS} } pageInfo { hasNextPage endCursor } } }`;

/** Business answers that are part of the job, not errors. */
const EXPECTED: Record<string, string[]> = { bookAppointment: ['SLOT_TAKEN'] };

const db = await openBenchDatabase();
const startedAt = new Date();

async function exec<T>(sql: string, params: unknown[] = []) {
  return db.orm.em.fork().getConnection().execute<T>(sql, params);
}

// --- Accounts and data ------------------------------------------------------------------------

await checkSeeded(db);
const setupStarted = performance.now();
const nurses = await ensureNurses(db, NURSES);
const doctorEmails = await ensureAccounts(db, 'doctor', 'DOCTOR', DOCTORS);
const receptionEmails = await ensureAccounts(db, 'reception', 'RECEPTIONIST', RECEPTION);
const patientEmails = await ensureAccounts(db, 'patient', 'PATIENT', PATIENTS);
await linkPatientAccounts(db, patientEmails);

/** Each `bench.load.patient.N` account is the portal account of a patient with appointments. */
async function linkPatientAccounts(bench: BenchDb, emails: string[]) {
  await bench.orm.em
    .fork()
    .getConnection()
    .execute(
      `with u as (select a.id, row_number() over (order by a.email) as i from app_user a
                   where a.email = any(?::text[]) and not exists (select 1 from patient p where p.account_id = a.id)),
            p as (select id, row_number() over (order by id) as i from patient
                   where account_id is null and status = 'ACTIVE'
                     and id in (select patient_id from appointment where starts_at > now() and status = 'SCHEDULED')
                   order by id limit ?)
       update patient set account_id = u.id from u join p on p.i = u.i where patient.id = p.id`,
      [pgArray(emails), emails.length],
    );
}

const inpatients = (
  await exec<{ id: string }[]>(
    `select patient_id as id from bed_stay where ended_at is null and not cancelled order by random() limit 2000`,
  )
).map((r) => r.id);
const anyone = (
  await exec<{ id: string }[]>(`select id from patient order by random() limit 20000`)
).map((r) => r.id);
const chartPool = [...inpatients, ...anyone.slice(0, 3000)];
/** Names as typed at the desk: unaccented lower-case family name, or its first letters + given. */
const probes = (
  await exec<{ family_name: string; given_names: string }[]>(
    `select family_name, given_names from patient order by random() limit 500`,
  )
).map((p, i) => {
  const plain = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase();
  const family = plain(p.family_name);
  const given = plain(p.given_names.split(' ')[0] ?? '');
  return i % 2 === 0 ? family : `${family.slice(0, 4)} ${given.slice(0, 2)}`;
});
const practitioners = (
  await exec<{ id: string }[]>(`select id from practitioner where bio = 'bench' order by id`)
).map((r) => r.id);
const volumes = (
  await exec<Record<string, string>[]>(
    `select (select count(*) from patient)::int as patients,
            (select count(*) from vital_signs)::int as vitals,
            (select count(*) from medication_administration)::int as doses,
            (select count(*) from appointment)::int as appointments,
            (select count(*) from practitioner where bio = 'bench')::int as practitioners,
            (select count(*) from bed_stay where ended_at is null and not cancelled)::int as inpatients,
            (select count(*) from audit_event)::int as audit_events`,
  )
)[0];
const nursePatients = nurses.map((n) => n.patients.length);
console.log(
  JSON.stringify(
    {
      volumes,
      users: { doctors: DOCTORS, nurses: NURSES, reception: RECEPTION, patients: PATIENTS },
      nursePatients: { min: Math.min(...nursePatients), max: Math.max(...nursePatients) },
      setupSeconds: +((performance.now() - setupStarted) / 1000).toFixed(1),
    },
    null,
    2,
  ),
);
if (nursePatients.some((n) => n === 0))
  throw new Error('a load nurse has no inpatient on her ward');

const monday = new Date();
monday.setUTCDate(monday.getUTCDate() + ((8 - monday.getUTCDay()) % 7 || 7));
monday.setUTCHours(0, 0, 0, 0);

// --- One phase --------------------------------------------------------------------------------

async function phase(n: number) {
  const secret = randomSecret();
  const instances: Instance[] = [];
  for (let i = 0; i < n; i++)
    instances.push(await startInstance(`i${String(i + 1)}`, db.url, secret));
  const client = new Client(
    instances.map((i) => i.url),
    Math.ceil(USERS / n) + 4,
  );
  try {
    const [doctors, nurseTokens, reception, patients] = [
      await signIn(client, doctorEmails),
      await signIn(
        client,
        nurses.map((x) => x.email),
      ),
      await signIn(client, receptionEmails),
      await signIn(client, patientEmails),
    ];
    const loadBefore = machine().loadavg;
    console.log(
      `\n${String(n)} instance(s) ready (${instances.map((i) => i.url).join(', ')}); load average ${loadBefore.join(' ')}; ${String(WARMUP)} s warm-up then ${String(SECONDS)} s`,
    );

    const stats = new Stats();
    let recording = false;
    let stopped = false;
    let sent = 0;
    const perInstance = instances.map(() => 0);
    const ackedVitals: string[] = [];
    const ackedDoses: string[] = [];
    const noFreeSlot = { n: 0 };

    const call = async (
      op: string,
      query: string,
      vars: Record<string, unknown>,
      token: string,
    ) => {
      sent++;
      const a = await client.gql(query, vars, token);
      if (recording) {
        stats.add(op, a);
        perInstance[a.instance] = (perInstance[a.instance] ?? 0) + 1;
      }
      return a;
    };
    const vu = async (i: number, run: (r: ReturnType<typeof random>) => Promise<unknown>) => {
      const r = random(SEED + i * 7919);
      while (!stopped && sent < MAX_REQUESTS) {
        await run(r);
        if (THINK_MS > 0) await sleep(r.int(2 * THINK_MS));
      }
    };
    const ackOf = (a: Answer, field: string) =>
      a.code === 'OK' ? ((a.data?.[field] as { id?: string } | undefined)?.id ?? null) : null;

    const users = [
      ...doctors.map(
        (token, i) => () =>
          vu(i, async (r) => {
            const x = r.next();
            if (x < 0.5) await call('patientChart', CHART, { patientId: r.pick(chartPool) }, token);
            else if (x < 0.7)
              await call('vitals', VITALS, { patientId: r.pick(chartPool), first: 20 }, token);
            else
              await call(
                'patients (search)',
                SEARCH,
                { search: r.pick(probes), first: 20, clinical: true },
                token,
              );
          }),
      ),
      ...nurseTokens.map(
        (token, i) => () =>
          vu(1000 + i, async (r) => {
            const p = r.pick(nurses[i]?.patients ?? []);
            if (r.next() < 0.7) {
              const id = randomUUID();
              const a = await call(
                'recordVitals',
                RECORD_VITALS,
                { input: vitalsInput(id, p.patientId, r) },
                token,
              );
              if (ackOf(a, 'recordVitals') === id) ackedVitals.push(id);
            } else {
              const id = randomUUID();
              const a = await call(
                'recordMedicationAdministration',
                DOSE,
                { input: { id, prescriptionId: p.rx, status: 'GIVEN' } },
                token,
              );
              if (ackOf(a, 'recordMedicationAdministration') === id) ackedDoses.push(id);
            }
          }),
      ),
      ...reception.map(
        (token, i) => () =>
          vu(2000 + i, async (r) => {
            const practitionerId = r.pick(practitioners);
            const from = new Date(monday.getTime() + (10 + r.int(50)) * 7 * 86_400_000);
            const to = new Date(from.getTime() + 7 * 86_400_000);
            const a = await call(
              'availableSlots',
              SLOTS,
              { practitionerId, from: from.toISOString(), to: to.toISOString() },
              token,
            );
            const slots =
              (a.data?.availableSlots as { slots: { startsAt: string }[] }[] | undefined)?.[0]
                ?.slots ?? [];
            if (a.code !== 'OK') return;
            if (slots.length === 0) {
              noFreeSlot.n++;
              return;
            }
            const slot = slots[r.int(Math.min(5, slots.length))];
            if (!slot) return;
            await call(
              'bookAppointment',
              BOOK,
              {
                input: {
                  patientId: r.pick(anyone),
                  practitionerId,
                  startsAt: slot.startsAt,
                  reason: 'Bench load',
                },
              },
              token,
            );
          }),
      ),
      ...patients.map(
        (token, i) => () =>
          vu(3000 + i, async () => {
            await call(
              'appointments (patient)',
              APPOINTMENTS,
              { filter: { from: new Date(Date.now() - 90 * 86_400_000).toISOString() }, first: 20 },
              token,
            );
          }),
      ),
    ];

    const running = users.map((u) => u());
    await sleep(WARMUP * 1000);
    const cpu = cpuSampler();
    const watcher = loadWatcher();
    const cpuBefore = instances.map((i) => i.cpuSeconds());
    const selfBefore = process.cpuUsage();
    recording = true;
    const t0 = performance.now();
    const sentAtStart = sent;
    while (performance.now() - t0 < SECONDS * 1000 && sent < MAX_REQUESTS) {
      await sleep(1000);
      const s = Math.round((performance.now() - t0) / 1000);
      if (s % 30 === 0) {
        process.stderr.write(
          `  ${String(s)} s: ${String(stats.total())} answers, load ${os.loadavg()[0]?.toFixed(2) ?? '?'}\n`,
        );
      }
    }
    recording = false;
    const seconds = (performance.now() - t0) / 1000;
    const busy = cpu();
    const load = watcher.stop();
    const instanceCpu = instances.map(
      (inst, k) => +(((inst.cpuSeconds() - (cpuBefore[k] ?? 0)) / seconds) * 100).toFixed(0),
    );
    const self = process.cpuUsage(selfBefore);
    stopped = true;
    await Promise.all(running);

    // Every write a client was told was done is in the database.
    const present = async (table: string, ids: string[]) =>
      count(db, `select count(*)::text as n from ${table} where id = any(?::uuid[])`, [
        pgArray(ids),
      ]);
    const rows = stats.rows(seconds, EXPECTED);
    const result = {
      instances: n,
      seconds: +seconds.toFixed(1),
      requests: stats.total(),
      requestsSent: sent - sentAtStart,
      perSecond: +(stats.total() / seconds).toFixed(1),
      loadAverageBefore: loadBefore,
      loadAverageDuring: load,
      machineCpuBusyPercent: +(busy * 100).toFixed(0),
      instanceCpuPercent: instanceCpu,
      loadGeneratorCpuPercent: +(((self.user + self.system) / 1e6 / seconds) * 100).toFixed(0),
      answersPerInstance: perInstance,
      noFreeSlot: noFreeSlot.n,
      acknowledged: {
        vitals: ackedVitals.length,
        vitalsInDatabase: await present('vital_signs', ackedVitals),
        doses: ackedDoses.length,
        dosesInDatabase: await present('medication_administration', ackedDoses),
      },
      instanceLogs: Object.fromEntries(instances.map((i) => [i.name, loggedProblems(i)])),
      rows,
    };
    console.table(
      rows.map((r) => ({
        ...r,
        business: JSON.stringify(r.business),
        errors: JSON.stringify(r.errors),
      })),
    );
    console.log(markdown(rows));
    console.log(JSON.stringify({ ...result, rows: undefined }, null, 2));
    return result;
  } finally {
    await client.close();
    for (const i of instances) await stopInstance(i);
  }
}

const phases = [];
for (const n of PHASES) phases.push(await phase(n));
const file = writeResult('load.json', {
  at: startedAt.toISOString(),
  machine: machine(),
  flags: {
    seconds: SECONDS,
    warmup: WARMUP,
    users: USERS,
    thinkMs: THINK_MS,
    maxRequests: MAX_REQUESTS,
  },
  users: { doctors: DOCTORS, nurses: NURSES, reception: RECEPTION, patients: PATIENTS },
  volumes,
  phases,
});
console.log(`\nResults: ${file}`);
await db.close();
