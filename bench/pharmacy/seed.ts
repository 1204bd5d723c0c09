/**
 * `pnpm bench:pharmacy:seed`: a large hospital pharmacy for the bench database, in bulk SQL
 * (generate_series), on top of the patient bench's patients (`pnpm bench:seed`):
 *
 * - 5,000 catalogue items and 50,000 lots (ten per item, expiries over three years);
 * - 10 ward stocks beside the central pharmacy;
 * - 2,000,000 ledger lines: one delivery per lot into the central pharmacy, 450,000 transfers
 *   to the wards, 1,500,000 dispensings to patients; the per-lot balances are the ledger's sums;
 * - a 40-bed ward, every bed taken, each inpatient with three treatments naming catalogue items
 *   (the dispensing worklist);
 * - a pharmacist to sign in with.
 *
 * Idempotent: does nothing when the bench ledger is there.
 */
import { performance } from 'node:perf_hooks';
import { hashPassword } from '../../api/src/kernel/auth/passwords.js';
import { CENTRAL_PHARMACY_ID as CENTRAL } from '../../api/src/modules/pharmacy/index.js';
import { flag, openBenchDatabase } from '../patients/db.js';
import { PHARMACY_PASSWORD, PHARMACY_USER, WORKLIST_WARD } from './accounts.js';

const ITEMS = Number(flag('items', '5000'));
const LOTS_PER_ITEM = 10;
const TRANSFERS = 450_000;
const DISPENSINGS = 1_500_000;
const WARDS = 10;

const db = await openBenchDatabase();
const em = db.orm.em.fork();
const exec = <T extends Record<string, unknown>[]>(sql: string, params: unknown[] = []) =>
  em.getConnection().execute<T>(sql, params);
const count = async (sql: string) => Number((await exec<{ n: string }[]>(sql))[0]?.n ?? 0);

if ((await count('select count(*)::text as n from patient')) < 10_000) {
  throw new Error('run `pnpm bench:seed --patients 100000` first');
}
if ((await count('select count(*)::text as n from stock_movement')) >= 1_900_000) {
  console.log('the bench pharmacy is there already');
  await db.close();
  process.exit(0);
}

const t0 = performance.now();
const hash = await hashPassword(PHARMACY_PASSWORD);
await exec(
  `insert into app_user (id, email, role, given_name, family_name, password_hash, locale,
     created_at, updated_at)
   values (gen_random_uuid(), ?, 'PHARMACIST'::role, 'Bench', 'Pharmacie', ?, 'fr', now(), now()),
          (gen_random_uuid(), 'bench.pharmacy.doctor@caregraph.example', 'DOCTOR'::role, 'Bench',
           'Médecin', ?, 'fr', now(), now())
   on conflict do nothing`,
  [PHARMACY_USER, hash, hash],
);
const userId = async (email: string) =>
  (await exec<{ id: string }[]>('select id from app_user where email = ?', [email]))[0]
    ?.id as string;
const pharmacist = await userId(PHARMACY_USER);
const doctor = await userId('bench.pharmacy.doctor@caregraph.example');

await em.transactional(async (tx) => {
  const run = (sql: string, params: unknown[] = []) => tx.execute(sql, params);
  await run(
    `insert into stock_item (id, kind, name_fr, name_en, inn, form, strength, route, unit_of_issue,
       reorder_level, unit_price_cents, active, created_at)
     select gen_random_uuid(), 'MEDICATION', 'Banc ' || i || ' 500 mg comprimé',
            'Bench ' || i || ' 500 mg tablet', 'banc ' || i, 'comprimé', '500 mg', 'ORAL',
            'comprimé', 200, 10 + i % 500, true, now()
       from generate_series(1, ?) i`,
    [ITEMS],
  );
  await run(
    `insert into ward (id, name, service, floor, sex_policy, created_at, version)
     select gen_random_uuid(), 'Bench stock ' || w, 'Médecine', '1', 'MIXED', now(), 1
       from generate_series(1, ?) w
     on conflict do nothing`,
    [WARDS],
  );
  await run(
    `insert into stock_location (id, kind, name, ward_id)
     select id, 'WARD', name, id from ward where name like 'Bench stock %'
     on conflict do nothing`,
  );
  // Ten lots per item, expiring over three years (a few already past).
  await run(
    `create temporary table bench_lot on commit drop as
     select gen_random_uuid() as id, it.id as item_id, it.k, l,
            'B' || it.k || '-' || l as lot_number,
            (current_date - 30 + ((it.k * 7 + l * 113) % 1100)::int)::date as expiry_date,
            50 + (it.k % 300) as unit_cost_cents
       from (select id, row_number() over (order by id) as k from stock_item where name_fr like 'Banc %') it,
            generate_series(1, ?) l`,
    [LOTS_PER_ITEM],
  );
  await run(
    `insert into stock_lot (id, item_id, lot_number, expiry_date, supplier, received_quantity,
       unit_cost_cents, status, created_at)
     select id, item_id, lot_number, expiry_date, 'Bench Grossiste', 10000, unit_cost_cents, 'ACTIVE', now()
       from bench_lot`,
  );
  await run(
    `create temporary table bench_ward on commit drop as
     select id, row_number() over (order by id) - 1 as w from stock_location where kind = 'WARD' and name like 'Bench stock %'`,
  );
  // Operations of four lines each; lines spread over two years.
  const lines = 50_000 * 1 + TRANSFERS + DISPENSINGS;
  await run(
    `create temporary table bench_line on commit drop as
     with lots as (select id, item_id, unit_cost_cents, row_number() over (order by id) - 1 as n from bench_lot),
          p as (select id, row_number() over (order by id) - 1 as n from patient),
          np as (select count(*) as total from p),
          g as (select i from generate_series(0, ? - 1) i)
     select g.i,
            case when g.i < 50000 then 'RECEIPT' when g.i < 50000 + ? then 'TRANSFER' else 'DISPENSE' end as kind,
            lots.id as lot_id, lots.item_id, lots.unit_cost_cents,
            now() - interval '730 days' + (g.i::double precision / ? * interval '729 days') as at,
            bw.id as ward_id,
            (g.i::bigint * 7919) % np.total as pn
       from g join lots on lots.n = g.i % 50000
       join bench_ward bw on bw.w = g.i % ${String(WARDS)}
       cross join np`,
    [lines, TRANSFERS, lines],
  );
  // Operations of (up to) four lines each.
  await run(
    `create temporary table bench_op on commit drop as
     select i / 4 as g, kind, gen_random_uuid() as id, min(at) as at from bench_line group by i / 4, kind`,
  );
  await run(
    `insert into stock_operation (id, request_hash, kind, at, by_user_id, by_name, patient_id)
     select id, null, kind::movement_kind, at, ?, 'Bench Pharmacie', null from bench_op`,
    [pharmacist],
  );
  await run(
    `insert into stock_movement (id, operation_id, kind, at, by_user_id, by_name, item_id, lot_id,
       from_location_id, to_location_id, quantity, unit_cost_cents, patient_id)
     select gen_random_uuid(), o.id, l.kind::movement_kind, l.at, ?, 'Bench Pharmacie', l.item_id, l.lot_id,
            case when l.kind = 'RECEIPT' then null else ?::uuid end,
            case l.kind when 'RECEIPT' then ?::uuid when 'TRANSFER' then l.ward_id end,
            case l.kind when 'RECEIPT' then 10000 when 'TRANSFER' then 5 else 1 end,
            case when l.kind = 'RECEIPT' then l.unit_cost_cents end,
            case when l.kind = 'DISPENSE' then p.id end
       from bench_line l
       join bench_op o on o.g = l.i / 4 and o.kind = l.kind
       left join (select id, row_number() over (order by id) - 1 as n from patient) p
         on l.kind = 'DISPENSE' and p.n = l.pn`,
    [pharmacist, CENTRAL, CENTRAL],
  );
  await run(
    `insert into stock_balance (id, lot_id, location_id, item_id, quantity)
     select gen_random_uuid(), lot_id, location_id, item_id, sum(q)::int from (
       select lot_id, item_id, to_location_id as location_id, quantity as q from stock_movement
        where to_location_id is not null and by_user_id = ?
       union all
       select lot_id, item_id, from_location_id, -quantity from stock_movement
        where from_location_id is not null and by_user_id = ?) t
      group by lot_id, location_id, item_id
     on conflict (lot_id, location_id) do update set quantity = excluded.quantity`,
    [pharmacist, pharmacist],
  );

  // The 40-bed ward, every bed taken, three treatments per inpatient.
  await run(
    `insert into ward (id, name, service, floor, sex_policy, created_at, version)
     values (gen_random_uuid(), ?, 'Médecine', '4', 'MIXED', now(), 1) on conflict do nothing`,
    [WORKLIST_WARD],
  );
  const wardId = (
    (await run('select id from ward where name = ?', [WORKLIST_WARD])) as { id: string }[]
  )[0]?.id as string;
  await run(
    `insert into room (id, ward_id, number, kind, isolation_capable)
     select gen_random_uuid(), ?, 'B' || r, 'MULTI', false from generate_series(1, 10) r`,
    [wardId],
  );
  await run(
    `insert into bed (id, room_id, ward_id, label, condition, condition_since, created_at, version)
     select gen_random_uuid(), r.id, r.ward_id, r.number || '-' || b, 'READY', now(), now(), 1
       from room r, generate_series(1, 4) b where r.ward_id = ?`,
    [wardId],
  );
  await run(
    `create temporary table bench_stay on commit drop as
     with beds as (select id, row_number() over (order by label) as k from bed where ward_id = ?),
          pts as (select id, row_number() over (order by id desc) as k from patient p
                   where not exists (select 1 from bed_stay s where s.patient_id = p.id and s.ended_at is null)
                   limit 40)
     select gen_random_uuid() as admission_id, beds.id as bed_id, pts.id as patient_id
       from beds join pts on pts.k = beds.k`,
    [wardId],
  );
  await run(
    `insert into admission (id, patient_id, status, source, reason, attending_user_id, attending_name,
       admitted_at, admitted_by_id, created_at, version)
     select admission_id, patient_id, 'ACTIVE', 'EMERGENCY', 'Bench', ?, 'MÉDECIN Bench',
            now() - interval '2 days', ?, now() - interval '2 days', 1 from bench_stay`,
    [doctor, doctor],
  );
  await run(
    `insert into bed_stay (id, admission_id, bed_id, ward_id, patient_id, started_at, ended_at, cancelled)
     select gen_random_uuid(), admission_id, bed_id, ?, patient_id, now() - interval '2 days', null, false
       from bench_stay`,
    [wardId],
  );
  await run(
    `insert into prescription (id, patient_id, occurred_at, recorded_at, recorded_by_id, recorded_by_name,
       medication_name, form, strength, dose, dose_unit, route, schedule_times, as_needed, start_at,
       status, stock_item_id, units_per_dose)
     select gen_random_uuid(), s.patient_id, now() - interval '2 days', now() - interval '2 days', ?, 'MÉDECIN Bench',
            i.inn, i.form, i.strength, 1, 'comprimé', 'ORAL', array['08:00', '14:00', '20:00'], false,
            now() - interval '2 days', 'ACTIVE', i.id, 1 + t % 2
       from bench_stay s cross join generate_series(1, 3) t
       join lateral (select id, inn, form, strength from stock_item where name_fr like 'Banc %'
                     order by id offset ((abs(hashtext(s.patient_id::text)) + t * 37) % 4000) limit 1) i on true`,
    [doctor],
  );
});
await exec('analyze stock_item; analyze stock_lot; analyze stock_movement; analyze stock_balance');
const volumes = (
  await exec<Record<string, number>[]>(
    `select (select count(*) from stock_item)::int as items, (select count(*) from stock_lot)::int as lots,
            (select count(*) from stock_movement)::int as movements,
            (select count(*) from stock_balance)::int as balances,
            (select count(*) from prescription where stock_item_id is not null)::int as prescriptions`,
  )
)[0];
console.log(JSON.stringify({ volumes, seconds: Math.round((performance.now() - t0) / 1000) }));
await db.close();
process.exit(0);
