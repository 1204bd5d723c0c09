/**
 * `pnpm bench:records:seed`: clinical history for the bench database, in bulk SQL
 * (generate_series), on top of the patient bench's 100,000 patients (`pnpm bench:seed`).
 * Every patient gets ~20 vital sign sets (2,000,000 in all), visits, a prescription, lab orders
 * and results, care notes; one patient gets five years of inpatient-grade history. Idempotent:
 * does nothing when the vitals are already there.
 */
import { hashPassword } from '../../api/src/kernel/auth/passwords.js';
import { Locale, Role } from '../../api/src/kernel/auth/roles.js';
import { User } from '../../api/src/modules/auth/index.js';
import { flag, openBenchDatabase } from '../patients/db.js';

const PER_PATIENT = Number(flag('vitals-per-patient', '20'));
export const BENCH_PASSWORD = 'bench-password-not-secret-42';
export const HEAVY_MRN_ORDER = 'order by mrn limit 1';

const db = await openBenchDatabase();
const em = db.orm.em.fork();
const exec = <T = unknown[]>(sql: string, params: unknown[] = []) =>
  em.execute<T & unknown[]>(sql, params);
const n = async (sql: string) => Number((await exec<{ n: string }[]>(sql))[0]?.n ?? 0);
const step = async (label: string, sql: string, params: unknown[] = []) => {
  const t = Date.now();
  await exec(sql, params);
  process.stderr.write(`${label}: ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
};

try {
  const patients = await n('select count(*)::text as n from patient');
  if (patients < 1000)
    throw new Error(`only ${String(patients)} patients: run \`pnpm bench:seed\` first`);
  let doctor = await em.findOne(User, { email: 'bench.doctor@caregraph.example' });
  if (!doctor) {
    doctor = em.create(User, {
      email: 'bench.doctor@caregraph.example',
      role: Role.DOCTOR,
      givenName: 'Bench',
      familyName: 'Doctor',
      passwordHash: await hashPassword(BENCH_PASSWORD),
      locale: Locale.fr,
    });
    await em.flush();
  }
  const doc = doctor.id;
  const heavy = (await exec<{ id: string }[]>(`select id from patient ${HEAVY_MRN_ORDER}`))[0]?.id;
  if ((await n('select count(*)::text as n from vital_signs')) >= patients * PER_PATIENT * 0.9) {
    process.stderr.write('Clinical history already loaded.\n');
  } else {
    const who = `'${doc}', 'BENCH Doctor'`;
    const vitalsCols = `id, patient_id, occurred_at, recorded_at, recorded_by_id, recorded_by_name, temperature_c, heart_rate, systolic_bp, diastolic_bp, respiratory_rate, spo2, on_oxygen, consciousness, news2_score, news2_risk, abnormal`;
    const vitalsVals = `gen_random_uuid(), p.id, t, t, ${who}, 36 + random() * 2.5, 55 + (random() * 50)::int, 100 + (random() * 50)::int, 60 + (random() * 25)::int, 12 + (random() * 10)::int, 92 + (random() * 8)::int, random() < 0.1, 'ALERT', (random() * 6)::int, 'LOW', '{}'`;
    const mrnChunks = await exec<{ lo: string; hi: string }[]>(
      `select min(mrn) as lo, max(mrn) as hi from (select mrn, ntile(10) over (order by mrn) b from patient) x group by b order by lo`,
    );
    for (const [i, c] of mrnChunks.entries()) {
      await step(
        `vitals ${String(i + 1)}/10`,
        `insert into vital_signs (${vitalsCols})
         select ${vitalsVals}
         from (select id from patient where mrn between ? and ?) p
         cross join lateral (select now() - random() * interval '1825 days' + g * interval '0 s' as t from generate_series(1, ?) g) s`,
        [c.lo, c.hi, PER_PATIENT],
      );
    }
    const base = (t: string) => `gen_random_uuid(), p.id, ${t}, ${t}, ${who}`;
    const common = 'id, patient_id, occurred_at, recorded_at, recorded_by_id, recorded_by_name';
    await step(
      'encounters',
      `insert into encounter (${common}, kind, status, practitioner_id, practitioner_name, reason, ended_at, assessment)
       select ${base('t')}, 'CONSULTATION', 'COMPLETED', '${doc}', 'BENCH Doctor', 'Consultation de suivi', t + interval '20 min', 'Stable'
       from patient p cross join lateral (select now() - random() * interval '1825 days' + g * interval '0 s' as t from generate_series(1, 2) g) s`,
    );
    await step(
      'prescriptions',
      `insert into prescription (${common}, medication_name, strength, dose, dose_unit, route, schedule_times, start_at, end_at)
       select ${base('t')}, 'Paracétamol', '1 g', 1, 'g', 'ORAL', '{08:00,14:00,20:00}', t, t + interval '7 days'
       from patient p cross join lateral (select now() - random() * interval '1825 days' as t) s`,
    );
    await step(
      'care notes',
      `insert into care_note (${common}, category, text, author_role)
       select ${base('t')}, 'OBSERVATION', 'Patient calme, pas de plainte.', 'NURSE'
       from patient p cross join lateral (select now() - random() * interval '1825 days' + g * interval '0 s' as t from generate_series(1, 2) g) s`,
    );
    await step(
      'lab orders',
      `insert into lab_order (${common}, test_id, group_id, test_code, test_name_fr, test_name_en, specimen, priority, status)
       select ${base('t')}, k.id, gen_random_uuid(), k.code, k.name_fr, k.name_en, k.specimen, 'ROUTINE', 'VALIDATED'
       from patient p cross join lateral (select now() - random() * interval '1825 days' + g * interval '0 s' as t from generate_series(1, 2) g) s
       cross join (select * from lab_test where code = 'K') k`,
    );
    await step(
      'lab results',
      `insert into lab_result (id, patient_id, occurred_at, recorded_at, recorded_by_id, recorded_by_name, order_id, test_code, test_name_fr, test_name_en, value_numeric, unit, flag, reference_low, reference_high, validated_at, validated_by_id, validated_by_name)
       select gen_random_uuid(), o.patient_id, o.occurred_at + interval '2 h', o.occurred_at + interval '2 h', '${doc}', 'BENCH Lab', o.id, o.test_code, o.test_name_fr, o.test_name_en, 3.5 + random() * 1.5, 'mmol/L', 'NORMAL', 3.5, 5.0, o.occurred_at + interval '3 h', '${doc}', 'BENCH Lab'
       from lab_order o`,
    );
    // Five years of an inpatient-grade record for one patient: vitals every 4 hours, a visit a
    // week, daily care notes, frequent labs, doses recorded.
    await step(
      'heavy patient',
      `with p as (select ?::uuid as id),
       v as (insert into vital_signs (${vitalsCols})
             select ${vitalsVals} from p cross join lateral (select now() - g * interval '4 h' as t from generate_series(1, 10950) g) s returning 1),
       e as (insert into encounter (${common}, kind, status, practitioner_id, practitioner_name, reason, ended_at, subjective, assessment, plan)
             select ${base('t')}, 'WARD_ROUND', 'COMPLETED', '${doc}', 'BENCH Doctor', 'Visite hebdomadaire', t + interval '15 min', 'Pas de plainte', 'Stable', 'Poursuite' from p cross join lateral (select now() - g * interval '7 days' as t from generate_series(1, 260) g) s returning 1),
       d as (insert into diagnosis (${common}, code, label, rank, status)
             select ${base('t')}, 'I10', 'Hypertension essentielle (primitive)', 'SECONDARY', case when g % 3 = 0 then 'ACTIVE' else 'RESOLVED' end::diagnosis_status from p cross join lateral (select now() - g * interval '60 days' as t, g from generate_series(1, 30) g) s returning 1),
       c as (insert into care_note (${common}, category, text, author_role)
             select ${base('t')}, 'OBSERVATION', 'Nuit calme. Douleur 2/10.', 'NURSE' from p cross join lateral (select now() - g * interval '1 day' as t from generate_series(1, 1825) g) s returning 1),
       r as (insert into prescription (${common}, medication_name, strength, dose, dose_unit, route, schedule_times, start_at, end_at)
             select ${base('t')}, 'Amlodipine', '5 mg', 5, 'mg', 'ORAL', '{08:00}', t, case when g <= 8 then null else t + interval '10 days' end from p cross join lateral (select now() - g * interval '12 days' as t, g from generate_series(1, 150) g) s returning 1),
       o as (insert into lab_order (${common}, test_id, group_id, test_code, test_name_fr, test_name_en, specimen, priority, status)
             select ${base('t')}, k.id, gen_random_uuid(), k.code, k.name_fr, k.name_en, k.specimen, 'ROUTINE', case when g <= 3 then 'ORDERED' else 'VALIDATED' end::lab_order_status from p cross join lateral (select now() - g * interval '3 days' as t, g from generate_series(1, 600) g) s cross join (select * from lab_test where code = 'CREA') k returning 1)
       select (select count(*) from v), (select count(*) from e), (select count(*) from d), (select count(*) from c), (select count(*) from r), (select count(*) from o)`,
      [heavy],
    );
    await step(
      'heavy patient results and doses',
      `with r as (insert into lab_result (id, patient_id, occurred_at, recorded_at, recorded_by_id, recorded_by_name, order_id, test_code, test_name_fr, test_name_en, value_numeric, unit, flag, reference_low, reference_high, validated_at)
             select gen_random_uuid(), o.patient_id, o.occurred_at + interval '2 h', o.occurred_at + interval '2 h', '${doc}', 'BENCH Lab', o.id, o.test_code, o.test_name_fr, o.test_name_en, 70 + random() * 40, 'µmol/L', 'NORMAL', 60, 110, o.occurred_at + interval '3 h'
             from lab_order o where o.patient_id = ?::uuid and o.status = 'VALIDATED' and o.test_code = 'CREA' returning 1),
       m as (insert into medication_administration (id, patient_id, occurred_at, recorded_at, recorded_by_id, recorded_by_name, prescription_id, scheduled_at, status, dose, dose_unit, route, request_hash)
             select gen_random_uuid(), x.patient_id, x.occurred_at + g * interval '1 day', x.occurred_at + g * interval '1 day', '${doc}', 'BENCH Nurse', x.id, x.occurred_at + g * interval '1 day', 'GIVEN', 5, 'mg', 'ORAL', 'bench'
             from prescription x cross join generate_series(0, 9) g where x.patient_id = ?::uuid returning 1)
       select (select count(*) from r), (select count(*) from m)`,
      [heavy, heavy],
    );
    for (const t of [
      'vital_signs',
      'encounter',
      'prescription',
      'care_note',
      'lab_order',
      'lab_result',
      'diagnosis',
      'medication_administration',
    ]) {
      await exec(`analyze ${t}`);
    }
  }
  const counts = await exec<{ t: string; n: string }[]>(
    `select 'patients' t, count(*)::text n from patient union all select 'vitals', count(*)::text from vital_signs union all select 'encounters', count(*)::text from encounter union all select 'lab results', count(*)::text from lab_result union all select 'heavy patient timeline entries', ((select count(*) from vital_signs where patient_id = ?::uuid) + (select count(*) from encounter where patient_id = ?::uuid) + (select count(*) from care_note where patient_id = ?::uuid) + (select count(*) from lab_result where patient_id = ?::uuid) + (select count(*) from prescription where patient_id = ?::uuid) + (select count(*) from medication_administration where patient_id = ?::uuid) + (select count(*) from diagnosis where patient_id = ?::uuid))::text`,
    Array(7).fill(heavy),
  );
  for (const c of counts) process.stderr.write(`${c.t}: ${c.n}\n`);
} finally {
  await db.close();
}
