/**
 * `pnpm bench:offline:seed`: what the offline ward round packs (issue 13), in bulk SQL, on top of
 * the wards bench (`pnpm bench:seed --patients 100000`, `bench/records/seed.ts`,
 * `pnpm bench:wards:seed`: 100,000 patients, 2.5 million vital sets, 200,000 past stays, 1,292
 * current inpatients on 38 wards):
 *
 * - a doctor (`bench.offline.doctor@…`) on the care team of 25 current inpatients spread over the
 *   wards, all admitted more than three days ago (so 72 hours of vitals every 4 hours, from the
 *   wards seed), with a practitioner profile, Monday–Friday sessions and 30 appointments of 20
 *   minutes today (08:00–18:00, hospital time) after eight weeks of the same;
 * - a 20-bed ward (`Bench offline ward`, 4 double and 12 single rooms), every bed occupied by a
 *   patient admitted 3–12 days ago with vitals every 4 hours, and its nurse
 *   (`bench.offline.nurse@…`) on every shift from a week ago to a month ahead;
 * - for those 45 patients, the chart a ward patient has: allergies (about 40 % have 1–2, the
 *   others none known), 2–4 active problems, 3–6 active prescriptions at fixed times with the
 *   doses of the last 24 hours recorded, a lab panel of 8 tests every other day over 7 days, two
 *   care notes a day over the last 3 days.
 *
 * Idempotent: does nothing when the offline ward is there. Everything is one transaction.
 */
import { performance } from 'node:perf_hooks';
import { hashPassword } from '../../api/src/kernel/auth/passwords.js';
import { openBenchDatabase } from '../patients/db.js';
import {
  OFFLINE_DOCTOR,
  OFFLINE_NURSE,
  OFFLINE_PASSWORD,
  OFFLINE_WARD,
  SEED_TAG,
} from './accounts.js';

/** name, form, strength, dose, unit, route, times (hospital time). */
const MEDICATIONS: [string, string, string, number, string, string, string[]][] = [
  ['Paracétamol', 'comprimé', '1 g', 1, 'g', 'ORAL', ['08:00', '14:00', '20:00']],
  ['Enoxaparine', 'seringue', '4000 UI', 4000, 'UI', 'SC', ['20:00']],
  [
    'Amoxicilline-acide clavulanique',
    'comprimé',
    '1 g/125 mg',
    1,
    'cp',
    'ORAL',
    ['08:00', '14:00', '20:00'],
  ],
  ['Furosémide', 'comprimé', '40 mg', 40, 'mg', 'ORAL', ['08:00']],
  ['Bisoprolol', 'comprimé', '2,5 mg', 2.5, 'mg', 'ORAL', ['08:00']],
  ['Oméprazole', 'gélule', '20 mg', 20, 'mg', 'ORAL', ['08:00']],
  ['Ceftriaxone', 'poudre pour injection', '1 g', 1, 'g', 'IV', ['10:00']],
  ['Insuline glargine', 'stylo', '100 UI/mL', 14, 'UI', 'SC', ['22:00']],
  ['Atorvastatine', 'comprimé', '40 mg', 40, 'mg', 'ORAL', ['20:00']],
  ['Chlorure de potassium', 'gélule', '600 mg', 1200, 'mg', 'ORAL', ['08:00', '20:00']],
  [
    'Morphine',
    'solution buvable',
    '10 mg/5 mL',
    5,
    'mg',
    'ORAL',
    ['06:00', '12:00', '18:00', '00:00'],
  ],
  ['Métformine', 'comprimé', '1000 mg', 1000, 'mg', 'ORAL', ['08:00', '20:00']],
];
const ALLERGENS: [string, string, string][] = [
  ['Pénicillines', 'Urticaire généralisée', 'MODERATE'],
  ['Iode (produits de contraste)', 'Œdème de Quincke', 'SEVERE'],
  ['AINS', 'Bronchospasme', 'MODERATE'],
  ['Latex', 'Eczéma de contact', 'MILD'],
  ['Codéine', 'Nausées, vomissements', 'MILD'],
  ['Sulfamides', 'Éruption cutanée', 'MODERATE'],
];
const PROBLEMS: [string, string][] = [
  ['J18.9', 'Pneumopathie, sans précision'],
  ['I50.9', 'Insuffisance cardiaque, sans précision'],
  ['E11.9', 'Diabète de type 2 sans complication'],
  ['I10', 'Hypertension essentielle'],
  ['N17.9', 'Insuffisance rénale aiguë'],
  ['J44.1', 'BPCO avec exacerbation aiguë'],
  ['I48.9', 'Fibrillation atriale'],
  ['E87.1', 'Hyponatrémie'],
  ['N39.0', 'Infection des voies urinaires'],
  ['F03', 'Démence, sans précision'],
];
/** Lab panel: code and the normal range the values are drawn around. */
const PANEL: [string, number, number][] = [
  ['HB', 11, 16],
  ['WBC', 4, 11],
  ['PLT', 150, 400],
  ['NA', 134, 146],
  ['K', 3.4, 5.2],
  ['CREA', 55, 130],
  ['UREE', 2.5, 9],
  ['CRP', 1, 80],
];
const NOTES: [string, string][] = [
  ['OBSERVATION', 'Patient calme, orienté. Constantes stables, pas de douleur thoracique.'],
  ['HYGIENE', 'Toilette au lit avec aide partielle. Prévention d’escarres : effleurages faits.'],
  ['NUTRITION', 'A mangé la moitié du plateau. Hydratation encouragée, 1 L bu sur la journée.'],
  ['MOBILITY', 'Premier lever au fauteuil avec le kinésithérapeute, bien toléré.'],
  ['PAIN', 'EVA 4/10 à la mobilisation, soulagée par le paracétamol à 14 h.'],
  ['HANDOVER', 'Transmission : surveiller la diurèse, bilan sanguin demain 6 h, famille prévenue.'],
];

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
const sqlArray = (xs: string[]) => `array[${xs.map(q).join(',')}]`;
/** A repeatable number in [0, 1) from a uuid expression and a salt. */
const rnd = (expr: string, salt: number) =>
  `((abs(hashtext((${expr})::text || '${String(salt)}')) % 1000000) / 1000000.0)`;

const db = await openBenchDatabase();
const em = db.orm.em.fork();
const tz = db.config.timeZone;
const count = async (sql: string, params: unknown[] = []) =>
  Number((await em.execute<{ n: string }[]>(sql, params))[0]?.n ?? 0);

try {
  if ((await count(`select count(*)::text as n from ward where name like 'Bench ward %'`)) === 0) {
    throw new Error('run `pnpm bench:wards:seed` first (on top of `pnpm bench:seed`)');
  }
  if ((await count('select count(*)::text as n from ward where name = ?', [OFFLINE_WARD])) > 0) {
    process.stderr.write('The offline bench data is there already.\n');
  } else {
    const started = performance.now();
    const step = async (label: string, run: () => Promise<unknown>) => {
      const t = performance.now();
      await run();
      process.stderr.write(`${label}: ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
    };
    const hash = await hashPassword(OFFLINE_PASSWORD);
    await em.execute(
      `insert into app_user (id, email, password_hash, role, given_name, family_name, created_at, updated_at, locale)
       values (gen_random_uuid(), ?, ?, 'DOCTOR'::role, 'Hélène', 'Visite', now(), now(), 'fr'),
              (gen_random_uuid(), ?, ?, 'NURSE'::role, 'Nadia', 'Chevet', now(), now(), 'fr')
       on conflict do nothing`,
      [OFFLINE_DOCTOR, hash, OFFLINE_NURSE, hash],
    );
    await em.transactional(async (tx) => {
      const exec = (sql: string, params: unknown[] = []) => tx.execute(sql, params);
      const ids = (
        await tx.execute<{ doctor: string; nurse: string; attending: string; name: string }[]>(
          `select (select id from app_user where email = ?) as doctor,
                  (select id from app_user where email = ?) as nurse,
                  (select id from app_user where email like 'bench.wards.doctor.%' order by email limit 1) as attending,
                  (select upper(family_name) || ' ' || given_name from app_user
                    where email like 'bench.wards.doctor.%' order by email limit 1) as name`,
          [OFFLINE_DOCTOR, OFFLINE_NURSE],
        )
      )[0] as { doctor: string; nurse: string; attending: string; name: string };

      await step('the round: 25 inpatients on the doctor’s care team', async () => {
        await exec(
          `insert into care_team_member (id, admission_id, user_id, name, added_at)
           select gen_random_uuid(), a.id, ?::uuid, 'VISITE Hélène', a.admitted_at + interval '1 hour'
             from admission a
             join bed_stay s on s.admission_id = a.id and s.ended_at is null and not s.cancelled
             join ward w on w.id = s.ward_id
            where a.status = 'ACTIVE' and a.admitted_at < now() - interval '80 hours'
              and w.name like 'Bench ward %' and w.name <> 'Bench ward 01'
            order by hashtext(a.id::text) limit 25`,
          [ids.doctor],
        );
      });

      await step('the 20-bed ward, its patients admitted, its nurse', async () => {
        await exec(
          `insert into ward (id, name, service, floor, sex_policy, created_at, version)
           values (gen_random_uuid(), ?, 'Médecine interne', 'Bâtiment H, 2e étage', 'MIXED', now() - interval '6 years', 1)`,
          [OFFLINE_WARD],
        );
        await exec(
          `insert into room (id, ward_id, number, kind, isolation_capable)
           select gen_random_uuid(), w.id, (200 + r)::text,
                  (case when r <= 4 then 'DOUBLE' else 'SINGLE' end)::room_kind, r > 12
             from ward w cross join generate_series(1, 16) r where w.name = ?`,
          [OFFLINE_WARD],
        );
        await exec(
          `insert into bed (id, room_id, ward_id, label, condition, condition_since, created_at, version)
           select gen_random_uuid(), r.id, r.ward_id,
                  case when r.kind = 'DOUBLE' then r.number || '-' || s else r.number end,
                  'READY', now() - interval '400 days', now() - interval '6 years', 1
             from room r join ward w on w.id = r.ward_id
             cross join lateral (select unnest(case when r.kind = 'DOUBLE' then array['A', 'B'] else array['A'] end) s) x
            where w.name = ?`,
          [OFFLINE_WARD],
        );
        // Adults with no stay, admission or reservation in the last two months.
        await exec(
          `create temp table ob on commit drop as
           with beds as (
             select b.id as bed_id, b.ward_id, row_number() over (order by r.number::int, b.label) as i
               from bed b join room r on r.id = b.room_id join ward w on w.id = b.ward_id where w.name = ?),
           pats as (
             select p.id as patient_id, row_number() over (order by hashtext(p.id::text)) as i
               from patient p
              where p.status = 'ACTIVE' and p.birth_date < current_date - interval '30 years'
                and not exists (select 1 from admission a where a.patient_id = p.id
                                 and (a.status <> 'DISCHARGED' or a.discharged_at > now() - interval '60 days'))
                and not exists (select 1 from bed_reservation r where r.patient_id = p.id and r.closed_at is null)
              order by hashtext(p.id::text) limit 20)
           select beds.*, pats.patient_id, gen_random_uuid() as admission_id, gen_random_uuid() as encounter_id,
                  now() - interval '3 days' - ${rnd('pats.patient_id', 1)} * interval '9 days' as started_at
             from beds join pats on pats.i = beds.i`,
          [OFFLINE_WARD],
        );
        await exec(
          `insert into admission (id, patient_id, status, source, reason, expected_days, attending_user_id, attending_name,
                                  admitted_at, admitted_by_id, created_at, version)
           select ob.admission_id, ob.patient_id, 'ACTIVE', 'EMERGENCY',
                  (array['Pneumopathie communautaire', 'Insuffisance cardiaque décompensée', 'Pyélonéphrite aiguë',
                         'Altération de l’état général', 'Décompensation de BPCO'])[1 + ob.i % 5],
                  7, ?::uuid, ?, ob.started_at, ?::uuid, ob.started_at, 1
             from ob`,
          [ids.attending, ids.name, ids.attending],
        );
        await exec(
          `insert into bed_stay (id, admission_id, bed_id, ward_id, patient_id, started_at, ended_at, cancelled)
           select gen_random_uuid(), ob.admission_id, ob.bed_id, ob.ward_id, ob.patient_id, ob.started_at, null, false from ob`,
        );
        await exec(
          `insert into encounter (id, patient_id, occurred_at, recorded_at, recorded_by_id, recorded_by_name, kind, status,
                                  practitioner_id, practitioner_name, reason, admission_id)
           select ob.encounter_id, ob.patient_id, ob.started_at, ob.started_at, a.attending_user_id, a.attending_name,
                  'INPATIENT', 'IN_PROGRESS', a.attending_user_id, a.attending_name, a.reason, a.id
             from ob join admission a on a.id = ob.admission_id`,
        );
        await exec(
          `insert into vital_signs (id, patient_id, occurred_at, recorded_at, recorded_by_id, recorded_by_name, encounter_id,
                                    temperature_c, heart_rate, systolic_bp, diastolic_bp, respiratory_rate, spo2, on_oxygen,
                                    consciousness, news2_score, news2_risk, abnormal)
           select gen_random_uuid(), ob.patient_id, t, t, ?::uuid, 'CHEVET Nadia', ob.encounter_id,
                  36.5 + random() * 2, 60 + (random() * 50)::int, 95 + (random() * 50)::int, 55 + (random() * 30)::int,
                  12 + (random() * 12)::int, 90 + (random() * 9)::int, random() < 0.1, 'ALERT', s,
                  (case when s >= 7 then 'HIGH' when s >= 5 then 'MEDIUM' else 'LOW' end)::news2_risk, '{}'
             from ob cross join lateral generate_series(ob.started_at + interval '1 hour', now(), interval '4 hours') t
             cross join lateral (select (power(random(), 2) * 10)::int + 0 * extract(epoch from t)::int as s) sc`,
          [ids.nurse],
        );
        await exec(
          `insert into nurse_assignment (id, ward_id, date, shift, nurse_user_id, nurse_name, assigned_at)
           select gen_random_uuid(), w.id, d::date, s::nursing_shift, ?::uuid, 'CHEVET Nadia', now()
             from ward w
             cross join generate_series((now() at time zone ?)::date - 7, (now() at time zone ?)::date + 30, interval '1 day') d
             cross join unnest(array['DAY', 'EVENING', 'NIGHT']) s
            where w.name = ?`,
          [ids.nurse, tz, tz, OFFLINE_WARD],
        );
      });

      // The 45 charted patients: the round's and the ward's, with their admission and encounter.
      await exec(
        `create temp table cp on commit drop as
         select a.patient_id, a.id as admission_id, e.id as encounter_id, a.admitted_at
           from admission a join encounter e on e.admission_id = a.id
          where a.status = 'ACTIVE'
            and (exists (select 1 from care_team_member m where m.admission_id = a.id and m.user_id = ?::uuid)
                 or exists (select 1 from bed_stay s join ward w on w.id = s.ward_id
                             where s.admission_id = a.id and w.name = ? and s.ended_at is null))`,
        [ids.doctor, OFFLINE_WARD],
      );

      await step('allergies and problems', async () => {
        await exec(
          `insert into allergy (id, patient_id, kind, substance, reaction, severity, status, recorded_by_id, recorded_by_name,
                                recorded_at, updated_at, version)
           select gen_random_uuid(), cp.patient_id, 'ALLERGY', (${sqlArray(ALLERGENS.map((a) => a[0]))})[1 + (k + x.j) % ${String(ALLERGENS.length)}],
                  (${sqlArray(ALLERGENS.map((a) => a[1]))})[1 + (k + x.j) % ${String(ALLERGENS.length)}],
                  ((${sqlArray(ALLERGENS.map((a) => a[2]))})[1 + (k + x.j) % ${String(ALLERGENS.length)}])::allergy_severity,
                  'ACTIVE', ?::uuid, 'CHEVET Nadia', cp.admitted_at, cp.admitted_at, 1
             from cp cross join lateral (select (abs(hashtext(cp.patient_id::text)) % 6) as j) x
             cross join generate_series(1, 2) k
            where ${rnd('cp.patient_id', 2)} < 0.4 and (k = 1 or ${rnd('cp.patient_id', 3)} < 0.5)`,
          [ids.nurse],
        );
        await exec(
          `update patient p set allergy_status = (case when exists (select 1 from allergy a where a.patient_id = p.id)
                                                     then 'HAS_ALLERGIES' else 'NO_KNOWN_ALLERGIES' end)::allergy_status
             from cp where cp.patient_id = p.id`,
        );
        await exec(
          `insert into diagnosis (id, patient_id, occurred_at, recorded_at, recorded_by_id, recorded_by_name, encounter_id,
                                  code, label, rank, status)
           select gen_random_uuid(), cp.patient_id, cp.admitted_at + k * interval '1 hour', cp.admitted_at + k * interval '1 hour',
                  ?::uuid, 'VISITE Hélène', cp.encounter_id,
                  (${sqlArray(PROBLEMS.map((p) => p[0]))})[1 + (k * 3 + x.j) % ${String(PROBLEMS.length)}],
                  (${sqlArray(PROBLEMS.map((p) => p[1]))})[1 + (k * 3 + x.j) % ${String(PROBLEMS.length)}],
                  (case when k = 1 then 'PRIMARY' else 'SECONDARY' end)::diagnosis_rank, 'ACTIVE'
             from cp cross join lateral (select abs(hashtext(cp.patient_id::text || 'p')) % 10 as j,
                                                2 + abs(hashtext(cp.patient_id::text || 'n')) % 3 as n) x
             cross join generate_series(1, 4) k
            where k <= x.n`,
          [ids.doctor],
        );
      });

      await step('prescriptions and the doses of the last 24 hours', async () => {
        const m = (i: number) => sqlArray(MEDICATIONS.map((x) => String(x[i])));
        await exec(
          `create temp table rx on commit drop as
           select gen_random_uuid() as id, cp.patient_id, cp.encounter_id, cp.admitted_at + interval '2 hours' as start_at,
                  1 + (k * 5 + x.j) % ${String(MEDICATIONS.length)} as med
             from cp cross join lateral (select abs(hashtext(cp.patient_id::text || 'm')) % 12 as j,
                                                3 + abs(hashtext(cp.patient_id::text || 'c')) % 4 as n) x
             cross join generate_series(1, 6) k
            where k <= x.n`,
        );
        await exec(
          `insert into prescription (id, patient_id, occurred_at, recorded_at, recorded_by_id, recorded_by_name, encounter_id,
                                     medication_name, form, strength, dose, dose_unit, route, schedule_times, as_needed,
                                     start_at, instructions, status)
           select rx.id, rx.patient_id, rx.start_at, rx.start_at, ?::uuid, 'VISITE Hélène', rx.encounter_id,
                  (${m(0)})[rx.med], (${m(1)})[rx.med], (${m(2)})[rx.med], ((${m(3)})[rx.med])::float8,
                  (${m(4)})[rx.med], ((${m(5)})[rx.med])::medication_route,
                  string_to_array((${sqlArray(MEDICATIONS.map((x) => x[6].join(',')))})[rx.med], ','),
                  false, rx.start_at, 'Pendant le repas si per os', 'ACTIVE'
             from rx`,
          [ids.doctor],
        );
        // Fixed times on yesterday's and today's hospital dates, in the last 24 hours.
        await exec(
          `insert into medication_administration (id, patient_id, occurred_at, recorded_at, recorded_by_id, recorded_by_name,
                                                  prescription_id, scheduled_at, status, dose, dose_unit, route, reason, request_hash)
           select gen_random_uuid(), p.patient_id, least(at + interval '10 minutes', now()), least(at + interval '12 minutes', now()),
                  ?::uuid, 'CHEVET Nadia', p.id, at,
                  (case when ${rnd('p.id::text || at::text', 4)} < 0.05 then 'HELD' else 'GIVEN' end)::administration_status,
                  p.dose, p.dose_unit, p.route,
                  case when ${rnd('p.id::text || at::text', 4)} < 0.05 then 'Patient à jeun pour examen' end, ?
             from prescription p join rx on rx.id = p.id
             cross join generate_series((now() at time zone ?)::date - 1, (now() at time zone ?)::date, interval '1 day') d
             cross join unnest(p.schedule_times) t
             cross join lateral (select (d::date + t::time) at time zone ? as at) s
            where at >= now() - interval '24 hours' and at < now() and at >= p.start_at`,
          [ids.nurse, SEED_TAG, tz, tz, tz],
        );
      });

      await step('lab panels every other day over 7 days', async () => {
        await exec(
          `create temp table lo on commit drop as
           select gen_random_uuid() as id, gen_random_uuid() as group_id, cp.patient_id, cp.encounter_id,
                  k.id as test_id, k.code, k.name_fr, k.name_en, k.specimen, k.unit, r.low, r.high, at
             from cp
             cross join generate_series(0, 6, 2) day
             cross join lateral (select ((now() at time zone ?)::date - day + time '06:00') at time zone ? as at) s
             join lab_test k on true
             join (values ${PANEL.map(([c, lo, hi]) => `(${q(c)}, ${String(lo)}::float8, ${String(hi)}::float8)`).join(', ')}) r(code, low, high)
               on r.code = k.code
            where at > cp.admitted_at and at < now() - interval '2 hours'`,
          [tz, tz],
        );
        await exec(
          `insert into lab_order (id, patient_id, occurred_at, recorded_at, recorded_by_id, recorded_by_name, encounter_id,
                                  test_id, group_id, test_code, test_name_fr, test_name_en, specimen, priority, status,
                                  collected_at, collected_by_id)
           select lo.id, lo.patient_id, lo.at - interval '1 hour', lo.at - interval '1 hour', ?::uuid, 'VISITE Hélène', lo.encounter_id,
                  lo.test_id, lo.group_id, lo.code, lo.name_fr, lo.name_en, lo.specimen, 'ROUTINE', 'VALIDATED',
                  lo.at, ?::uuid
             from lo`,
          [ids.doctor, ids.nurse],
        );
        await exec(
          `insert into lab_result (id, patient_id, occurred_at, recorded_at, recorded_by_id, recorded_by_name, order_id,
                                   test_code, test_name_fr, test_name_en, value_numeric, unit, flag, reference_low, reference_high,
                                   validated_at, validated_by_id, validated_by_name)
           select gen_random_uuid(), lo.patient_id, lo.at + interval '1 hour', lo.at + interval '90 minutes', ?::uuid, 'BENCH Lab', lo.id,
                  lo.code, lo.name_fr, lo.name_en, v, lo.unit,
                  (case when v < lo.low then 'LOW' when v > lo.high then 'HIGH' else 'NORMAL' end)::result_flag,
                  lo.low, lo.high, lo.at + interval '2 hours', ?::uuid, 'BENCH Lab'
             from lo cross join lateral (select round((lo.low * 0.85 + random() * (lo.high - lo.low) * 1.3)::numeric, 1)::float8 as v) x`,
          [ids.doctor, ids.doctor],
        );
      });

      await step('care notes: two a day over 3 days', () =>
        exec(
          `insert into care_note (id, patient_id, occurred_at, recorded_at, recorded_by_id, recorded_by_name, encounter_id,
                                  category, text, author_role)
           select gen_random_uuid(), cp.patient_id, at, at, ?::uuid, 'CHEVET Nadia', cp.encounter_id,
                  ((${sqlArray(NOTES.map((n) => n[0]))})[1 + k % ${String(NOTES.length)}])::care_note_category,
                  (${sqlArray(NOTES.map((n) => n[1]))})[1 + k % ${String(NOTES.length)}], 'NURSE'
             from cp cross join generate_series(0, 5) k
             cross join lateral (select now() - interval '2 hours' - k * interval '12 hours' as at) s`,
          [ids.nurse],
        ),
      );

      await step(
        'the doctor’s practitioner profile and appointments (8 weeks and today)',
        async () => {
          await exec(
            `insert into practitioner (id, user_id, specialty, bio, languages, consultation_minutes, active)
           values (gen_random_uuid(), ?::uuid, 'GERIATRICS', ?, '{fr}', 20, true)`,
            [ids.doctor, SEED_TAG],
          );
          await exec(
            `insert into availability_session (id, practitioner_id, weekday, start_time, end_time, slot_minutes)
           select gen_random_uuid(), p.id, d, '08:00', '18:00', 20
             from practitioner p cross join generate_series(1, 5) d where p.user_id = ?::uuid`,
            [ids.doctor],
          );
          await exec(
            `with pa as (select id, row_number() over (order by hashtext(id::text || 'rdv')) - 1 as i from patient
                        where status = 'ACTIVE' limit 5000),
                days as (select d::date as day, row_number() over (order by d) - 1 as di
                           from generate_series((now() at time zone ?)::date - 56, (now() at time zone ?)::date, interval '1 day') d
                          where extract(isodow from d) < 6 or d::date = (now() at time zone ?)::date),
                slots as (select days.day, days.di, k,
                                 (days.day + time '08:00' + k * interval '20 minutes') at time zone ? as at
                            from days cross join generate_series(0, 29) k)
           insert into appointment (id, patient_id, practitioner_id, starts_at, ends_at, status, reason, created_at, updated_at, version)
           select gen_random_uuid(), pa.id, pr.id, slots.at, slots.at + interval '20 minutes',
                  (case when slots.at + interval '20 minutes' < now() then 'COMPLETED' else 'SCHEDULED' end)::appointment_status,
                  (array['Suivi post-hospitalisation', 'Consultation de médecine interne', 'Bilan d’anémie',
                         'Suivi diabète', 'Avis sur bilan hépatique'])[1 + k % 5], now() - interval '60 days', now(), 1
             from slots join pa on pa.i = (slots.di * 30 + slots.k) % 5000
             cross join practitioner pr where pr.user_id = ?::uuid`,
            [tz, tz, tz, tz, ids.doctor],
          );
        },
      );
    });
    for (const t of [
      'ward',
      'room',
      'bed',
      'admission',
      'bed_stay',
      'encounter',
      'care_team_member',
      'nurse_assignment',
      'allergy',
      'diagnosis',
      'prescription',
      'medication_administration',
      'lab_order',
      'lab_result',
      'care_note',
      'vital_signs',
      'practitioner',
      'appointment',
      'patient',
    ]) {
      await em.execute(`analyze ${t}`);
    }
    process.stderr.write(`Seeded in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
} finally {
  await db.close();
}
