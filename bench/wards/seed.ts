/**
 * `pnpm bench:wards:seed`: wards, beds and five years of inpatient stays for the bench database,
 * in bulk SQL (generate_series), on top of the patient bench's 100,000 patients
 * (`pnpm bench:seed --patients 100000`).
 *
 * - 38 wards of 40 beds (13 double rooms and 14 single ones each): 1,520 beds;
 * - 200,000 past admissions over five years, discharged, with one bed stay each or two when the
 *   two patients of a pair of beds swap beds half-way (a transfer). Each bed's history is a grid
 *   of time slots, the same for every bed: a stay lies inside its slot, and within one slot every
 *   bed has a different patient, so PostgreSQL's exclusion constraints (no two stays of a bed, or
 *   of a patient, overlapping) hold by construction;
 * - ~85 % of the beds occupied now (open stays, ACTIVE admissions, distinct patients, each with
 *   its inpatient encounter), the others free, to clean, out of service or reserved;
 * - vital signs with NEWS2 every 4 hours of the current stays, two per past stay; lab results of
 *   the last 24 hours for about a third of the inpatients; allergy status of the inpatients;
 * - 61 doctors attending them, one of whom (`bench.wards.round@…`) attends exactly 25 current
 *   inpatients spread over the wards; one in five inpatients has a second doctor on the care
 *   team; two nurses per ward and shift, plus `bench.wards.nurse@…` on ward 01 every shift, from
 *   a week ago to a month ahead; a receptionist who admits.
 *
 * Idempotent: does nothing when the bench wards are there. Everything but the accounts is written
 * in one transaction.
 */
import { performance } from 'node:perf_hooks';
import { hashPassword } from '../../api/src/kernel/auth/passwords.js';
import { flag, openBenchDatabase } from '../patients/db.js';
import { BOARD_NURSE, BOARD_WARD, RECEPTIONIST, ROUND_DOCTOR, WARDS_PASSWORD } from './accounts.js';

const WARDS = Number(flag('wards', '38'));
const ADMISSIONS = Number(flag('admissions', '200000'));
const OCCUPANCY = Number(flag('occupancy', '0.85'));
const DOCTORS = Number(flag('doctors', '60'));
const ROUND_PATIENTS = 25;
/** Per ward: 13 double rooms then 14 single rooms, 40 beds. */
const DOUBLES = 13;
const SINGLES = 14;

const SERVICES = [
  'Médecine interne',
  'Cardiologie',
  'Pneumologie',
  'Gastro-entérologie',
  'Neurologie',
  'Gériatrie',
  'Chirurgie orthopédique',
  'Chirurgie digestive',
  'Néphrologie',
  'Maladies infectieuses',
  'Endocrinologie',
  'Rhumatologie',
  'Oncologie',
];
const REASONS = [
  'Pneumopathie communautaire',
  'Décompensation de BPCO',
  'Pyélonéphrite aiguë',
  'Altération de l’état général',
  'Insuffisance cardiaque décompensée',
  'Fibrillation atriale rapide',
  'Chute à domicile, bilan',
  'Hyponatrémie',
  'Érysipèle de jambe',
  'AVC ischémique',
  'Prothèse totale de hanche',
  'Cholécystite aiguë',
  'Hémorragie digestive haute',
  'Déséquilibre de diabète',
];
const FAMILY = [
  'Martin',
  'Bernard',
  'Thomas',
  'Petit',
  'Robert',
  'Richard',
  'Durand',
  'Dubois',
  'Moreau',
  'Laurent',
  'Simon',
  'Michel',
  'Leroy',
  'Roux',
  'David',
  'Bertrand',
  'Morel',
  'Fournier',
  'Girard',
  'Bonnet',
];
const GIVEN = ['Claire', 'Paul', 'Sophie', 'Marc', 'Julie', 'Luc', 'Anne', 'Hugo', 'Emma', 'Yann'];

const sqlArray = (xs: string[]) =>
  `array[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(',')}]`;
/** A pseudo-random number in [0, 1) from an integer expression and a salt: repeatable. */
const rnd = (expr: string, salt: number) =>
  `(((hashint8((${expr})::bigint * 97 + ${String(salt)}) & 2147483647) % 1000000) / 1000000.0)`;

const db = await openBenchDatabase();
const em = db.orm.em.fork();
const count = async (sql: string, params: unknown[] = []) =>
  Number((await em.execute<{ n: string }[]>(sql, params))[0]?.n ?? 0);
const timeZone = db.config.timeZone;

try {
  const patients = await count('select count(*)::text as n from patient');
  if (patients < 10_000) {
    throw new Error(
      `only ${String(patients)} patients: run \`pnpm bench:seed --patients 100000\` first`,
    );
  }
  const existing = await count(
    `select count(*)::text as n from bed b join ward w on w.id = b.ward_id where w.name like 'Bench ward %'`,
  );
  if (existing > 0) {
    process.stderr.write(`Bench wards already seeded (${String(existing)} beds).\n`);
  } else {
    const started = performance.now();
    const step = async (label: string, run: () => Promise<unknown>) => {
      const t = performance.now();
      const r = await run();
      process.stderr.write(`${label}: ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
      return r;
    };

    // Accounts, as the other bench seeds create theirs (one argon2 hash shared by all).
    const hash = await hashPassword(WARDS_PASSWORD);
    const user = `insert into app_user (id, email, password_hash, role, given_name, family_name, created_at, updated_at, locale)`;
    await em.execute(
      `${user} values
         (gen_random_uuid(), ?, ?, 'DOCTOR'::role, 'Romane', 'Tournée', now(), now(), 'fr'),
         (gen_random_uuid(), ?, ?, 'NURSE'::role, 'Inès', 'Garde', now(), now(), 'fr'),
         (gen_random_uuid(), ?, ?, 'RECEPTIONIST'::role, 'Bench', 'Admissions', now(), now(), 'fr')
       on conflict do nothing`,
      [ROUND_DOCTOR, hash, BOARD_NURSE, hash, RECEPTIONIST, hash],
    );
    await em.execute(
      `${user}
       select gen_random_uuid(), 'bench.wards.doctor.' || g || '@caregraph.example', ?, 'DOCTOR'::role,
              (${sqlArray(GIVEN)})[1 + g % ${String(GIVEN.length)}], (${sqlArray(FAMILY)})[1 + g % ${String(FAMILY.length)}] || '-' || g,
              now(), now(), 'fr'::locale
         from generate_series(1, ?) g
       union all
       select gen_random_uuid(), 'bench.wards.nurse.' || g || '@caregraph.example', ?, 'NURSE'::role,
              (${sqlArray(GIVEN)})[1 + (g + 3) % ${String(GIVEN.length)}], (${sqlArray(FAMILY)})[1 + (g + 7) % ${String(FAMILY.length)}] || '-' || g,
              now(), now(), 'fr'::locale
         from generate_series(1, ?) g
       on conflict do nothing`,
      [hash, DOCTORS, hash, WARDS * 2],
    );

    await em.transactional(async (tx) => {
      const exec = (sql: string, params: unknown[] = []) => tx.execute(sql, params);
      const one = async (sql: string, params: unknown[] = []) =>
        Number((await tx.execute<{ n: string }[]>(sql, params))[0]?.n ?? 0);

      await step('wards, rooms, beds', async () => {
        await exec(
          `insert into ward (id, name, service, floor, sex_policy, created_at, version)
           select gen_random_uuid(), 'Bench ward ' || lpad(w::text, 2, '0'),
                  (${sqlArray(SERVICES)})[1 + (w - 1) % ${String(SERVICES.length)}],
                  'Bâtiment ' || chr(64 + 1 + (w - 1) / 10) || ', ' || (1 + (w - 1) % 10) || 'e étage',
                  'MIXED'::ward_sex_policy, now() - interval '6 years', 1
             from generate_series(1, ?) w`,
          [WARDS],
        );
        await exec(
          `insert into room (id, ward_id, number, kind, isolation_capable)
           select gen_random_uuid(), w.id, (100 + r)::text,
                  (case when r <= ? then 'DOUBLE' else 'SINGLE' end)::room_kind, r > ? and r % 4 = 0
             from ward w cross join generate_series(1, ?) r
            where w.name like 'Bench ward %'`,
          [DOUBLES, DOUBLES, DOUBLES + SINGLES],
        );
        await exec(
          `insert into bed (id, room_id, ward_id, label, condition, condition_since, created_at, version)
           select gen_random_uuid(), r.id, r.ward_id,
                  case when r.kind = 'DOUBLE' then r.number || '-' || s else r.number end,
                  'READY', now() - interval '400 days', now() - interval '6 years', 1
             from room r join ward w on w.id = r.ward_id
             cross join lateral (select unnest(case when r.kind = 'DOUBLE' then array['A', 'B'] else array['A'] end) s) x
            where w.name like 'Bench ward %'`,
        );
      });

      // Numbered working sets: beds (pairs 2j, 2j+1 share a room or are neighbours on a ward),
      // patients old enough for five years of history, the doctors.
      await exec(
        `create temp table wb on commit drop as
         select (row_number() over (order by w.name, r.number::int, b.label) - 1)::int as i,
                b.id, b.ward_id
           from bed b join room r on r.id = b.room_id join ward w on w.id = b.ward_id
          where w.name like 'Bench ward %'`,
      );
      await exec('create unique index on wb (i)');
      await exec(
        `create temp table wp on commit drop as
         select (row_number() over (order by id) - 1)::int as i, id
           from patient where status = 'ACTIVE' and birth_date < current_date - interval '6 years'`,
      );
      await exec('create unique index on wp (i)');
      await exec(
        `create temp table wd on commit drop as
         select (row_number() over (order by email) - 1)::int as i, id,
                upper(family_name) || ' ' || given_name as name
           from app_user where email like 'bench.wards.doctor.%'`,
      );
      await exec('create unique index on wd (i)');
      const B = await one('select count(*)::text as n from wb');
      const N = await one('select count(*)::text as n from wp');
      const D = await one('select count(*)::text as n from wd');
      const K = Math.ceil(ADMISSIONS / B);
      const ids = await tx.execute<{ round: string; reception: string; nurse: string }[]>(
        `select (select id from app_user where email = ?) as round,
                (select id from app_user where email = ?) as reception,
                (select id from app_user where email = ?) as nurse`,
        [ROUND_DOCTOR, RECEPTIONIST, BOARD_NURSE],
      );
      const { round, reception, nurse } = ids[0] as {
        round: string;
        reception: string;
        nurse: string;
      };
      process.stderr.write(
        `${String(B)} beds, ${String(N)} patients in the pool, ${String(D)} doctors + the round doctor, ${String(K)} slots per bed\n`,
      );

      // History: admission a lies in slot k = a / B of bed i = a % B. Slots are ~13.6 days over
      // the five years up to 30 days ago; a stay starts in the first 30 % of its slot and ends
      // after half of it; a swap of the beds 2j and 2j+1 happens at 40 % of the slot.
      await step('past admissions (temp)', () =>
        exec(
          `create temp table h on commit drop as
           with p as (select now() - interval '1825 days' as t0, interval '1795 days' / ?::int as l)
           select a, a % ?::int as i, a / ?::int as k, gen_random_uuid() as id,
                  (select id from wp where wp.i = a % ?::int) as patient_id,
                  p.t0 + (a / ?::int) * p.l + ${rnd('a', 1)} * 0.3 * p.l as started_at,
                  p.t0 + (a / ?::int) * p.l + (0.5 + ${rnd('a', 2)} * 0.45) * p.l as ended_at,
                  p.t0 + (a / ?::int) * p.l + 0.4 * p.l as swap_at,
                  (a / ?::int) * ?::int + ((a % ?::int) | 1) < ?::int
                    and ${rnd(`((a % ${String(B)}) / 2) * 1000 + a / ${String(B)}`, 3)} < 0.15 as swapped,
                  ${rnd('a', 4)} as x
             from p, generate_series(0, ?::int - 1) a`,
          [K, B, B, N, B, B, B, B, B, B, ADMISSIONS, ADMISSIONS],
        ),
      );
      await step('past admissions', () =>
        exec(
          `insert into admission (id, patient_id, status, source, reason, expected_days, attending_user_id, attending_name,
                                  admitted_at, admitted_by_id, discharged_at, discharge_destination, discharged_by_id, created_at, version)
           select h.id, h.patient_id, 'DISCHARGED',
                  (case when h.x < 0.6 then 'EMERGENCY' when h.x < 0.92 then 'ELECTIVE' else 'TRANSFER_IN' end)::admission_source,
                  (${sqlArray(REASONS)})[1 + h.a % ${String(REASONS.length)}], 3 + h.a % 8,
                  coalesce(d.id, ?::uuid), coalesce(d.name, 'TOURNÉE Romane'),
                  h.started_at, ?::uuid, h.ended_at,
                  (case when h.x < 0.9 then 'HOME' when h.x < 0.97 then 'TRANSFER' when h.x < 0.99 then 'AGAINST_ADVICE' else 'DECEASED' end)::discharge_destination,
                  coalesce(d.id, ?::uuid), h.started_at, 2
             from h left join wd d on d.i = h.a % ${String(D + 1)}`,
          [round, reception, round],
        ),
      );
      await step('past bed stays (exclusion constraints checked)', () =>
        exec(
          `insert into bed_stay (id, admission_id, bed_id, ward_id, patient_id, started_at, ended_at, transfer_reason, cancelled)
           select gen_random_uuid(), h.id, b.id, b.ward_id, h.patient_id, h.started_at,
                  case when h.swapped then h.swap_at else h.ended_at end, null, false
             from h join wb b on b.i = h.i
           union all
           select gen_random_uuid(), h.id, b.id, b.ward_id, h.patient_id, h.swap_at, h.ended_at,
                  'Changement de chambre', false
             from h join wb b on b.i = (h.i # 1)
            where h.swapped`,
        ),
      );
      await step('past vitals (2 per stay)', () =>
        exec(
          `insert into vital_signs (id, patient_id, occurred_at, recorded_at, recorded_by_id, recorded_by_name,
                                    temperature_c, heart_rate, systolic_bp, diastolic_bp, respiratory_rate, spo2, on_oxygen,
                                    consciousness, news2_score, news2_risk, abnormal)
           select gen_random_uuid(), h.patient_id, t, t, ?::uuid, 'GARDE Inès',
                  36.5 + random() * 1.5, 60 + (random() * 40)::int, 105 + (random() * 40)::int, 60 + (random() * 25)::int,
                  12 + (random() * 8)::int, 93 + (random() * 6)::int, false, 'ALERT', s, 
                  (case when s >= 7 then 'HIGH' when s >= 5 then 'MEDIUM' else 'LOW' end)::news2_risk, '{}'
             from h cross join lateral (values (h.started_at + interval '2 hours'), (h.ended_at - interval '2 hours')) v(t)
             cross join lateral (select (power(random(), 2.5) * 9)::int + 0 * extract(epoch from v.t)::int as s) sc`,
          [nurse],
        ),
      );

      // Now: ~85 % of the beds occupied by distinct patients (numbers past the last slot's),
      // admitted over the last 20 days, the round doctor attending 25 of them spread out.
      await step('current inpatients', async () => {
        await exec(
          `create temp table c on commit drop as
           with occ as (
             select wb.i, wb.id as bed_id, wb.ward_id, gen_random_uuid() as id, gen_random_uuid() as encounter_id,
                    (select id from wp where wp.i = (?::int * ?::int + wb.i) % ?::int) as patient_id,
                    now() - interval '1 hour' - ${rnd('wb.i', 51)} * interval '20 days' as started_at,
                    row_number() over (order by wb.i) - 1 as rn, count(*) over () as total
               from wb where ${rnd('wb.i', 50)} < ?)
           select occ.*, rn % (total / ?) = 3 and rn / (total / ?) < ? as round_patient,
                  ${rnd('occ.i', 52)} as x
             from occ`,
          [K, B, N, OCCUPANCY, ROUND_PATIENTS, ROUND_PATIENTS, ROUND_PATIENTS],
        );
        await exec(
          `insert into admission (id, patient_id, status, source, reason, expected_days, attending_user_id, attending_name,
                                  admitted_at, admitted_by_id, created_at, version)
           select c.id, c.patient_id, 'ACTIVE',
                  (case when c.x < 0.6 then 'EMERGENCY' when c.x < 0.92 then 'ELECTIVE' else 'TRANSFER_IN' end)::admission_source,
                  (${sqlArray(REASONS)})[1 + c.i % ${String(REASONS.length)}], 3 + c.i % 8,
                  case when c.round_patient then ?::uuid else d.id end,
                  case when c.round_patient then 'TOURNÉE Romane' else d.name end,
                  c.started_at, ?::uuid, c.started_at, 1
             from c join wd d on d.i = c.i % ?`,
          [round, reception, D],
        );
        await exec(
          `insert into bed_stay (id, admission_id, bed_id, ward_id, patient_id, started_at, ended_at, cancelled)
           select gen_random_uuid(), c.id, c.bed_id, c.ward_id, c.patient_id, c.started_at, null, false from c`,
        );
        await exec(
          `insert into encounter (id, patient_id, occurred_at, recorded_at, recorded_by_id, recorded_by_name, kind, status,
                                  practitioner_id, practitioner_name, reason, admission_id)
           select c.encounter_id, c.patient_id, c.started_at, c.started_at, a.attending_user_id, a.attending_name,
                  'INPATIENT', 'IN_PROGRESS', a.attending_user_id, a.attending_name, a.reason, a.id
             from c join admission a on a.id = c.id`,
        );
        await exec(
          `insert into care_team_member (id, admission_id, user_id, name, added_at)
           select gen_random_uuid(), c.id, d.id, d.name, c.started_at + interval '1 day'
             from c join wd d on d.i = (c.i + 13) % ?
            where not c.round_patient and ${rnd('c.i', 60)} < 0.2`,
          [D],
        );
        await exec(
          `update patient p set allergy_status = (case when c.x < 0.25 then 'HAS_ALLERGIES' when c.x < 0.7 then 'NO_KNOWN_ALLERGIES' else 'UNKNOWN' end)::allergy_status
             from c where p.id = c.patient_id`,
        );
      });

      await step('free beds: to clean, out of service, reserved', async () => {
        await exec(
          `create temp table f on commit drop as
           select wb.i, wb.id, ${rnd('wb.i', 70)} as x from wb where not exists (select 1 from c where c.i = wb.i)`,
        );
        await exec(
          `update bed b set condition = (case when f.x < 0.3 then 'TO_CLEAN' else 'OUT_OF_SERVICE' end)::bed_condition,
                  condition_reason = case when f.x < 0.3 then null else 'Maintenance du lit' end,
                  condition_since = now() - f.x * interval '2 days'
             from f where f.id = b.id and f.x < 0.4`,
        );
        await exec(
          `insert into bed_reservation (id, bed_id, patient_id, planned_for, note, created_at)
           select gen_random_uuid(), f.id, (select id from wp where wp.i = (?::int * ?::int + ?::int + f.i) % ?::int),
                  now() + interval '1 day', 'Admission programmée', now() - interval '2 days'
             from f where f.x >= 0.9`,
          [K, B, B, N],
        );
      });

      await step('current vitals (every 4 h) and lab results (last 24 h)', async () => {
        await exec(
          `insert into vital_signs (id, patient_id, occurred_at, recorded_at, recorded_by_id, recorded_by_name, encounter_id,
                                    temperature_c, heart_rate, systolic_bp, diastolic_bp, respiratory_rate, spo2, on_oxygen,
                                    consciousness, news2_score, news2_risk, abnormal)
           select gen_random_uuid(), c.patient_id, t, t, ?::uuid, 'GARDE Inès', c.encounter_id,
                  36.5 + random() * 2, 60 + (random() * 50)::int, 95 + (random() * 50)::int, 55 + (random() * 30)::int,
                  12 + (random() * 12)::int, 90 + (random() * 9)::int, random() < 0.1, 'ALERT', s,
                  (case when s >= 7 then 'HIGH' when s >= 5 then 'MEDIUM' else 'LOW' end)::news2_risk, '{}'
             from c cross join lateral generate_series(c.started_at + interval '1 hour', now(), interval '4 hours') t
             cross join lateral (select (power(random(), 2) * 10)::int + 0 * extract(epoch from t)::int as s) sc`,
          [nurse],
        );
        await exec(
          `create temp table lo on commit drop as
           select gen_random_uuid() as id, c.patient_id, c.encounter_id, k.id as test_id, k.code, k.name_fr, k.name_en, k.specimen,
                  greatest(c.started_at, now() - random() * interval '20 hours') as t
             from c cross join lab_test k
            where k.code in ('K', 'CREA', 'CRP') and ${rnd('c.i', 80)} < 0.35 and random() < 0.7`,
        );
        await exec(
          `insert into lab_order (id, patient_id, occurred_at, recorded_at, recorded_by_id, recorded_by_name, encounter_id,
                                  test_id, group_id, test_code, test_name_fr, test_name_en, specimen, priority, status)
           select lo.id, lo.patient_id, lo.t, lo.t, ?::uuid, 'TOURNÉE Romane', lo.encounter_id,
                  lo.test_id, gen_random_uuid(), lo.code, lo.name_fr, lo.name_en, lo.specimen, 'ROUTINE', 'VALIDATED'
             from lo`,
          [round],
        );
        await exec(
          `insert into lab_result (id, patient_id, occurred_at, recorded_at, recorded_by_id, recorded_by_name, order_id,
                                   test_code, test_name_fr, test_name_en, value_numeric, unit, flag, validated_at, validated_by_id, validated_by_name)
           select gen_random_uuid(), lo.patient_id, least(now(), lo.t + interval '1 hour'), least(now(), lo.t + interval '2 hours'), ?::uuid, 'BENCH Lab', lo.id,
                  lo.code, lo.name_fr, lo.name_en, 1 + random() * 100, 'u', 'NORMAL', least(now(), lo.t + interval '2 hours'), ?::uuid, 'BENCH Lab'
             from lo`,
          [round, round],
        );
      });

      await step('nurse assignments', () =>
        exec(
          `insert into nurse_assignment (id, ward_id, date, shift, nurse_user_id, nurse_name, assigned_at)
           select gen_random_uuid(), w.id, d::date, s::nursing_shift, u.id, upper(u.family_name) || ' ' || u.given_name, now()
             from (select id, row_number() over (order by name) - 1 as wi from ward where name like 'Bench ward %') w
             cross join generate_series((now() at time zone ?)::date - 7, (now() at time zone ?)::date + 30, interval '1 day') d
             cross join unnest(array['DAY', 'EVENING', 'NIGHT']) s
             join (select id, family_name, given_name, row_number() over (order by email) - 1 as ni
                     from app_user where email like 'bench.wards.nurse.%') u on u.ni / 2 = w.wi
           union all
           select gen_random_uuid(), w.id, d::date, s::nursing_shift, ?::uuid, 'GARDE Inès', now()
             from ward w
             cross join generate_series((now() at time zone ?)::date - 7, (now() at time zone ?)::date + 30, interval '1 day') d
             cross join unnest(array['DAY', 'EVENING', 'NIGHT']) s
            where w.name = ?`,
          [timeZone, timeZone, nurse, timeZone, timeZone, BOARD_WARD],
        ),
      );
    });
    await step('analyze', async () => {
      for (const t of [
        'ward',
        'room',
        'bed',
        'admission',
        'bed_stay',
        'bed_reservation',
        'care_team_member',
        'nurse_assignment',
        'vital_signs',
        'encounter',
        'lab_order',
        'lab_result',
        'patient',
        'app_user',
      ]) {
        await em.execute(`analyze ${t}`);
      }
    });
    process.stderr.write(`Seeded in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }

  const counts = await em.execute<{ what: string; n: string }[]>(
    `select 'patients' what, count(*)::text n from patient
     union all select 'wards', count(*)::text from ward where name like 'Bench ward %'
     union all select 'beds', count(*)::text from bed b join ward w on w.id = b.ward_id where w.name like 'Bench ward %'
     union all select 'admissions', count(*)::text from admission
     union all select 'admissions ' || status, count(*)::text from admission group by status
     union all select 'bed stays', count(*)::text from bed_stay
     union all select 'open bed stays', count(*)::text from bed_stay where ended_at is null and not cancelled
     union all select 'vital signs', count(*)::text from vital_signs
     union all select 'round doctor inpatients', count(*)::text from admission a join app_user u on u.id = a.attending_user_id
       where u.email = ? and a.status = 'ACTIVE'
     union all select 'board ward beds / occupied', count(*)::text || ' / ' || count(s.id)::text
       from bed b join ward w on w.id = b.ward_id left join bed_stay s on s.bed_id = b.id and s.ended_at is null and not s.cancelled
       where w.name = ?`,
    [ROUND_DOCTOR, BOARD_WARD],
  );
  for (const c of counts) process.stderr.write(`${c.what}: ${c.n}\n`);
} finally {
  await db.close();
}
