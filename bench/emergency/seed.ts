/**
 * `pnpm bench:emergency:seed`: the emergency department of a large hospital for the bench
 * database, in bulk SQL (generate_series), on top of the patient bench's 100,000 patients
 * (`pnpm bench:seed --patients 100000`):
 *
 * - 300,000 closed cases over five years (about 165 a day), each with its triage row, outcomes in
 *   realistic shares (two-thirds home, one in five admitted, a few transferred, left without
 *   being seen or deceased);
 * - 80 open cases of distinct patients at every step (untriaged, waiting, with a doctor,
 *   awaiting a decision), arrived over the last six hours, with triage and NEWS2;
 * - a triage nurse and a doctor to sign in with.
 *
 * Idempotent: does nothing when the bench cases are there.
 */
import { performance } from 'node:perf_hooks';
import { hashPassword } from '../../api/src/kernel/auth/passwords.js';
import { flag, openBenchDatabase } from '../patients/db.js';
import { ED_DOCTOR, ED_NURSE, ED_PASSWORD } from './accounts.js';

const PAST = Number(flag('past', '300000'));
const OPEN = Number(flag('open', '80'));

const db = await openBenchDatabase();
const em = db.orm.em.fork();
const exec = <T extends Record<string, unknown>[]>(sql: string, params: unknown[] = []) =>
  em.getConnection().execute<T>(sql, params);
const count = async (sql: string) => Number((await exec<{ n: string }[]>(sql))[0]?.n ?? 0);

const patients = await count('select count(*)::text as n from patient');
if (patients < OPEN * 10) throw new Error('run `pnpm bench:seed --patients 100000` first');
if ((await count('select count(*)::text as n from emergency_case')) >= PAST) {
  console.log('the bench emergency department is there already');
  await db.close();
  process.exit(0);
}

const t0 = performance.now();
const hash = await hashPassword(ED_PASSWORD);
for (const [email, role, family] of [
  [ED_NURSE, 'NURSE', 'Triage'],
  [ED_DOCTOR, 'DOCTOR', 'Urgentiste'],
] as const) {
  await exec(
    `insert into app_user (id, email, role, given_name, family_name, password_hash, locale,
       created_at, updated_at)
     values (gen_random_uuid(), ?, ?::role, 'Bench', ?, ?, 'fr', now(), now())
     on conflict do nothing`,
    [email, role, family, hash],
  );
}
const nurse = (
  await exec<{ id: string }[]>('select id from app_user where email = ?', [ED_NURSE])
)[0]?.id as string;
const doctor = (
  await exec<{ id: string }[]>('select id from app_user where email = ?', [ED_DOCTOR])
)[0]?.id as string;

await em.transactional(async (tx) => {
  const run = (sql: string, params: unknown[] = []) => tx.getConnection().execute(sql, params);
  // Past cases: patient k-th of the registry, arrival spread over five years, times in minutes.
  await run(
    `with p as (select id, row_number() over (order by id) as k from patient),
          n as (select count(*) as total from p),
          g as (
            select i,
                   now() - interval '1 day' - (i::double precision / ? * interval '1826 days') as arrived,
                   (array['L1','L2','L3A','L3B','L3B','L4','L4','L4','L5','L5'])[1 + i % 10]::triage_level as level,
                   (array['DISCHARGED','DISCHARGED','DISCHARGED','DISCHARGED','DISCHARGED','DISCHARGED',
                          'ADMITTED','ADMITTED','TRANSFERRED','LEFT_WITHOUT_BEING_SEEN'])[1 + (i * 7) % 10] as outcome,
                   3 + i % 17 as to_triage, 15 + (i * 13) % 160 as to_doctor, 90 + (i * 31) % 400 as stay
              from generate_series(1, ?) i
          )
     insert into emergency_case (id, patient_id, arrived_at, mode, complaint, status, level, triaged_at,
       area, doctor_user_id, doctor_name, doctor_at, outcome, outcome_note, closed_at, closed_by_id,
       registered_by_id, registered_by_name, created_at, version)
     select gen_random_uuid(), p.id, g.arrived,
            (enum_range(null::arrival_mode))[1 + g.i % 5],
            (enum_range(null::chief_complaint))[1 + (g.i * 7) % 28],
            'CLOSED', g.level, g.arrived + g.to_triage * interval '1 minute', 'BOX',
            case when g.outcome = 'LEFT_WITHOUT_BEING_SEEN' then null else ?::uuid end,
            case when g.outcome = 'LEFT_WITHOUT_BEING_SEEN' then null else 'URGENTISTE Bench' end,
            case when g.outcome = 'LEFT_WITHOUT_BEING_SEEN' then null
                 else g.arrived + g.to_doctor * interval '1 minute' end,
            g.outcome::emergency_outcome, 'Prise en charge terminée.',
            g.arrived + g.stay * interval '1 minute', ?, ?, 'TRIAGE Bench', g.arrived, 1
       from g, n join p on true
      where p.k = 1 + (g.i::bigint * 7919) % n.total`,
    [PAST, PAST, doctor, doctor, nurse],
  );
  await run(
    `insert into emergency_triage (id, case_id, level, at, by_user_id, by_name)
     select gen_random_uuid(), id, level, triaged_at, ?, 'TRIAGE Bench' from emergency_case`,
    [nurse],
  );
  // Open cases: distinct patients not in the department, every step, the last six hours.
  await run(
    `with p as (select id, row_number() over (order by id desc) as k from patient
                 where id not in (select patient_id from emergency_case where closed_at is null)
                 limit ?),
          g as (select p.id as patient_id, p.k,
                       now() - ((p.k * 277) % 360) * interval '1 minute' as arrived,
                       case when p.k % 8 = 0 then null
                            else (array['L1','L2','L2','L3A','L3A','L3B','L3B','L4','L4','L5'])[1 + p.k % 10]::triage_level end as level
                  from p)
     insert into emergency_case (id, patient_id, arrived_at, mode, complaint, complaint_text, status, level,
       triaged_at, area, area_label, doctor_user_id, doctor_name, doctor_at, registered_by_id,
       registered_by_name, created_at, version)
     select gen_random_uuid(), g.patient_id, g.arrived,
            (enum_range(null::arrival_mode))[1 + g.k % 5],
            (enum_range(null::chief_complaint))[1 + (g.k * 7) % 28],
            'Motif détaillé par l’infirmière d’accueil',
            case when g.level is null then 'WAITING'
                 when g.k % 5 = 0 then 'WITH_DOCTOR'
                 when g.k % 7 = 0 then 'AWAITING_DECISION'
                 else 'WAITING_FOR_DOCTOR' end::emergency_status,
            g.level, case when g.level is null then null else g.arrived + interval '5 minutes' end,
            (enum_range(null::emergency_area))[1 + g.k % 4], 'Box ' || (1 + g.k % 20),
            case when g.level is not null and (g.k % 5 = 0 or g.k % 7 = 0) then ?::uuid end,
            case when g.level is not null and (g.k % 5 = 0 or g.k % 7 = 0) then 'URGENTISTE Bench' end,
            case when g.level is not null and (g.k % 5 = 0 or g.k % 7 = 0)
                 then g.arrived + interval '20 minutes' end,
            ?, 'TRIAGE Bench', g.arrived, 1
       from g`,
    [OPEN, doctor, nurse],
  );
  await run(
    `insert into emergency_triage (id, case_id, level, at, by_user_id, by_name, news2_score, news2_risk)
     select gen_random_uuid(), c.id, c.level, c.triaged_at, ?, 'TRIAGE Bench', s.score,
            case when s.score >= 7 then 'HIGH' when s.score >= 5 then 'MEDIUM'
                 when s.score >= 1 then 'LOW' else 'LOW' end::news2_risk
       from emergency_case c, lateral (select (abs(hashtext(c.id::text)) % 10) as score) s
      where c.closed_at is null and c.level is not null`,
    [nurse],
  );
});
await exec('analyze emergency_case');
await exec('analyze emergency_triage');
const summary = await exec(
  `select (select count(*) from emergency_case where closed_at is not null)::int as closed,
          (select count(*) from emergency_case where closed_at is null)::int as open,
          (select count(*) from emergency_triage)::int as triages`,
);
console.log(
  JSON.stringify({ ...summary[0], seconds: +((performance.now() - t0) / 1000).toFixed(1) }),
);
await db.close();
