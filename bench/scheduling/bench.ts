/**
 * `pnpm bench:scheduling [--practitioners 200] [--appointments 500000]`: the slot finder and
 * booking through the real GraphQL endpoint (express + Apollo + shield + mutation pipeline, in
 * this process, on a local port) against realistic volumes, plus the 50-way race for one slot.
 * Seeds its own practitioners and appointments (SQL generate_series) on first run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { hashPassword } from '../../api/src/kernel/auth/passwords.js';
import { Locale, Role } from '../../api/src/kernel/auth/roles.js';
import { User } from '../../api/src/modules/auth/index.js';
import { createPatientRecord, Sex } from '../../api/src/modules/patients/index.js';
import { flag, openBenchDatabase, quietLogger, root, startBenchServer } from '../patients/db.js';

const PRACTITIONERS = Number(flag('practitioners', '200'));
const APPOINTMENTS = Number(flag('appointments', '500000'));
const SPECIALTIES = ['CARDIOLOGY', 'GENERAL_PRACTICE', 'PAEDIATRICS', 'DERMATOLOGY', 'NEUROLOGY'];

let statements = 0;
const log = quietLogger((line) => {
  if (line.startsWith('[slow-query]')) statements++;
});
const db = await openBenchDatabase(log);
const em = db.orm.em.fork();
const exec = <T>(sql: string, params: unknown[] = []) => em.getConnection().execute<T>(sql, params);
const count = async (sql: string) => Number((await exec<{ n: string }[]>(sql))[0]?.n ?? 0);

const password = 'bench-password-not-secret-42';
async function benchUser(email: string, role: Role) {
  const found = await em.findOne(User, { email });
  if (found) return found;
  const u = em.create(User, {
    email,
    role,
    givenName: 'Bench',
    familyName: role,
    passwordHash: await hashPassword(password),
    locale: Locale.fr,
  });
  await em.flush();
  return u;
}
await benchUser('bench.reception@caregraph.example', Role.RECEPTIONIST);

// Patients: reuse the patient bench's 100,000 when present, else create enough for the agenda.
while ((await count('select count(*)::text as n from patient')) < 5000) {
  for (let i = 0; i < 1000; i++) {
    await createPatientRecord(em, {
      familyName: `Agenda${String(i)}`,
      givenNames: 'Bench',
      birthDate: '1970-01-01',
      sex: Sex.FEMALE,
      phone: '+33 6 00 00 00 00',
    });
  }
  await em.flush();
}

const existing = await count(`select count(*)::text as n from practitioner where bio = 'bench'`);
if (existing < PRACTITIONERS) {
  const t0 = performance.now();
  console.log(
    `Seeding ${String(PRACTITIONERS)} practitioners and ${String(APPOINTMENTS)} appointments…`,
  );
  const hash = await hashPassword(password);
  await exec(
    `insert into app_user (id, email, password_hash, role, given_name, family_name, created_at, updated_at, locale)
     select gen_random_uuid(), 'bench.doctor.' || g || '@caregraph.example', ?, 'DOCTOR', 'Doc', 'Bench' || g, now(), now(), 'fr'
       from generate_series(1, ?) g on conflict do nothing`,
    [hash, PRACTITIONERS],
  );
  await exec(
    `insert into practitioner (id, user_id, specialty, bio, languages, consultation_minutes, active)
     select gen_random_uuid(), u.id, (array[${SPECIALTIES.map((s) => `'${s}'`).join(',')}])[1 + (row_number() over (order by u.email)) % ${String(SPECIALTIES.length)}],
            'bench', '{fr}', 20, true
       from app_user u where u.email like 'bench.doctor.%' and not exists (select 1 from practitioner p where p.user_id = u.id)`,
  );
  await exec(
    `insert into availability_session (id, practitioner_id, weekday, start_time, end_time, slot_minutes)
     select gen_random_uuid(), p.id, d, '08:00', '18:00', 20
       from practitioner p cross join generate_series(1, 5) d where p.bio = 'bench'`,
  );
  // Each practitioner: 30 slots a day, 5 days a week, from 8 weeks ago onwards. At one time slot
  // every practitioner sees a different patient, so no patient is double-booked.
  const perPractitioner = Math.ceil(APPOINTMENTS / PRACTITIONERS);
  await exec(
    `with pr as (select id, row_number() over (order by id) - 1 as i from practitioner where bio = 'bench'),
          pa as (select id, row_number() over (order by id) - 1 as i from patient),
          n as (select count(*) as c from patient),
          base as (select date_trunc('week', now()) - interval '8 weeks' + interval '7 hours' as t0)
     insert into appointment (id, patient_id, practitioner_id, starts_at, ends_at, status, reason, created_at, updated_at, version)
     select gen_random_uuid(), pa.id, pr.id,
            base.t0 + (k / 150) * interval '7 days' + ((k % 150) / 30) * interval '1 day' + (k % 30) * interval '20 minutes',
            base.t0 + (k / 150) * interval '7 days' + ((k % 150) / 30) * interval '1 day' + (k % 30 + 1) * interval '20 minutes',
            (case when k < 1200 then 'COMPLETED' else 'SCHEDULED' end)::appointment_status, 'Bench', now(), now(), 1
       from pr cross join generate_series(0, ? - 1) k cross join base cross join n
       join pa on pa.i = (k * ${String(PRACTITIONERS)} + pr.i) % n.c`,
    [perPractitioner],
  );
  await exec('analyze');
  console.log(`Seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
const appointmentCount = await count('select count(*)::text as n from appointment');
const practitionerCount = await count(`select count(*)::text as n from practitioner`);

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
  return (await res.json()) as {
    data?: Record<string, unknown>;
    errors?: { extensions?: { code?: string } }[];
  };
}

const login = await gql('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', {
  i: { email: 'bench.reception@caregraph.example', password },
});
const token = (login.data?.login as { accessToken: string }).accessToken;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

async function measure(
  name: string,
  n: number,
  concurrency: number,
  run: (i: number) => Promise<void>,
) {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
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
    concurrency,
    p50: +pct(times, 50).toFixed(1),
    p95: +pct(times, 95).toFixed(1),
    p99: +pct(times, 99).toFixed(1),
    perSecond: +(n / seconds).toFixed(0),
  };
}

const practitionerIds = (
  await exec<{ id: string }[]>(`select id from practitioner where bio = 'bench' order by id`)
).map((r) => r.id);
const monday = new Date();
monday.setUTCDate(monday.getUTCDate() + ((8 - monday.getUTCDay()) % 7 || 7));
monday.setUTCHours(0, 0, 0, 0);
const week = (offset: number) => ({
  from: new Date(monday.getTime() + offset * 7 * 86_400_000).toISOString(),
  to: new Date(monday.getTime() + (offset * 7 + 7) * 86_400_000).toISOString(),
});

const SLOTS_ONE = `query($p: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
  availableSlots(practitionerId: $p, from: $from, to: $to) { slots { startsAt } } }`;
const SLOTS_SPECIALTY = `query($s: String!, $from: DateTimeISO!, $to: DateTimeISO!) {
  availableSlots(specialty: $s, from: $from, to: $to) { practitioner { id displayName } slots { startsAt } } }`;

// Statement count of one request of each kind.
db.orm.config.set('slowQueryThreshold', 0);
statements = 0;
await gql(SLOTS_ONE, { p: practitionerIds[0], ...week(1) }, token);
const slotsOneStatements = statements;
statements = 0;
await gql(SLOTS_SPECIALTY, { s: 'CARDIOLOGY', ...week(1) }, token);
const slotsSpecialtyStatements = statements;
db.orm.config.set('slowQueryThreshold', undefined);

const results = [];
for (let i = 0; i < 30; i++)
  await gql(SLOTS_ONE, { p: practitionerIds[i % practitionerIds.length], ...week(1) }, token);
results.push(
  await measure('availableSlots (one practitioner, one week)', 400, 1, async (i) => {
    await gql(SLOTS_ONE, { p: practitionerIds[i % practitionerIds.length], ...week(i % 4) }, token);
  }),
  await measure('availableSlots (one practitioner, one week), 8 clients', 800, 8, async (i) => {
    await gql(SLOTS_ONE, { p: practitionerIds[i % practitionerIds.length], ...week(i % 4) }, token);
  }),
  await measure('availableSlots (specialty ≈ 40 practitioners, one week)', 100, 1, async (i) => {
    await gql(SLOTS_SPECIALTY, { s: SPECIALTIES[i % SPECIALTIES.length], ...week(1) }, token);
  }),
);

// Booking: distinct free slots far in the future (week 30+), 8 clients.
const patientIds = (
  await exec<{ id: string }[]>(`select id from patient order by id limit 2000`)
).map((r) => r.id);
const BOOK = `mutation($i: BookAppointmentInput!) { bookAppointment(input: $i) { id } }`;
const bookingErrors: string[] = [];
const bookBase =
  monday.getTime() + (30 + Math.floor(Math.random() * 200)) * 7 * 86_400_000 + 8 * 3_600_000;
results.push(
  await measure('bookAppointment (distinct slots), 8 clients', 400, 8, async (i) => {
    const r = await gql(
      BOOK,
      {
        i: {
          patientId: patientIds[i % patientIds.length],
          practitionerId: practitionerIds[i % practitionerIds.length],
          startsAt: new Date(
            bookBase + Math.floor(i / practitionerIds.length) * 20 * 60_000,
          ).toISOString(),
          reason: 'Bench',
          outsideSessionReason: 'bench',
        },
      },
      token,
    );
    if (r.errors?.length) bookingErrors.push(r.errors[0]?.extensions?.code ?? 'unknown');
  }),
);

// The race: 50 concurrent bookings of one slot.
const raceAt = new Date(bookBase + 7 * 86_400_000).toISOString();
const race = await Promise.all(
  patientIds.slice(0, 50).map((patientId) =>
    gql(
      BOOK,
      {
        i: {
          patientId,
          practitionerId: practitionerIds[0],
          startsAt: raceAt,
          reason: 'Race',
          outsideSessionReason: 'bench',
        },
      },
      token,
    ),
  ),
);
const raceCodes: Record<string, number> = {};
for (const r of race) {
  const code = r.errors?.[0]?.extensions?.code ?? 'OK';
  raceCodes[code] = (raceCodes[code] ?? 0) + 1;
}

const report = {
  at: new Date().toISOString(),
  practitioners: practitionerCount,
  appointments: appointmentCount,
  statementsPerRequest: {
    availableSlotsOne: slotsOneStatements,
    availableSlotsSpecialty: slotsSpecialtyStatements,
  },
  results,
  bookingErrors: bookingErrors.length,
  race: raceCodes,
};
console.table(results);
console.log(JSON.stringify({ ...report, results: undefined }, null, 2));
mkdirSync(path.join(root, 'bench/results'), { recursive: true });
writeFileSync(path.join(root, 'bench/results/scheduling.json'), JSON.stringify(report, null, 2));
await server.stop();
await db.close();
