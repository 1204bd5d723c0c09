/**
 * `pnpm bench:billing:seed`: three years of a hospital's billing for the bench database, in bulk
 * SQL (generate_series), on top of the patient bench's patients (`pnpm bench:seed`):
 *
 * - 250,000 issued invoices of 4 lines each: 1,000,000 invoice lines, each with its charge
 *   (visits, lab tests, medicines, bed-days), numbered per year; 85 % paid, 10 % partly paid,
 *   5 % unpaid, a third with an insurer's share; one payment per paid or partly paid invoice;
 * - 2,000 charges not invoiced yet, of 600 patients (the cashier's worklist);
 * - a cashier to sign in with.
 *
 * Idempotent: does nothing when the bench invoices are there.
 */
import { performance } from 'node:perf_hooks';
import { hashPassword } from '../../api/src/kernel/auth/passwords.js';
import { flag, openBenchDatabase } from '../patients/db.js';
import { BILLING_CASHIER, BILLING_PASSWORD } from './accounts.js';

const INVOICES = Number(flag('invoices', '250000'));
const LINES = 4;
const UNBILLED = Number(flag('unbilled', '2000'));

const db = await openBenchDatabase();
const em = db.orm.em.fork();
const exec = <T extends Record<string, unknown>[]>(sql: string, params: unknown[] = []) =>
  em.getConnection().execute<T>(sql, params);
const count = async (sql: string) => Number((await exec<{ n: string }[]>(sql))[0]?.n ?? 0);

const patients = await count('select count(*)::text as n from patient');
if (patients < 10_000) throw new Error('run `pnpm bench:seed --patients 100000` first');
if ((await count('select count(*)::text as n from invoice')) >= INVOICES) {
  console.log('the bench invoices are there already');
  await db.close();
  process.exit(0);
}

const t0 = performance.now();
await exec(
  `insert into app_user (id, email, role, given_name, family_name, password_hash, locale,
     created_at, updated_at)
   values (gen_random_uuid(), ?, 'CASHIER'::role, 'Bench', 'Caisse', ?, 'fr', now(), now())
   on conflict do nothing`,
  [BILLING_CASHIER, await hashPassword(BILLING_PASSWORD)],
);
const cashier = (
  await exec<{ id: string }[]>('select id from app_user where email = ?', [BILLING_CASHIER])
)[0]?.id as string;

await em.transactional(async (tx) => {
  const run = (sql: string, params: unknown[] = []) => tx.execute(sql, params);
  // Invoice i: patient (i mod patients)-th, issued over three years, 4 lines of i's kinds.
  await run(
    `create temporary table bench_invoice on commit drop as
     with p as (select id, family_name, given_names, row_number() over (order by id) as k from patient),
          n as (select count(*) as total from p),
          g as (select i, now() - interval '1 day' - (i::double precision / ? * interval '1095 days') as at
                  from generate_series(1, ?) i)
     select gen_random_uuid() as id, g.i, g.at, p.id as patient_id,
            upper(p.family_name) || ' ' || p.given_names as patient_name,
            case when g.i % 3 = 0 then 'Mutuelle Bench' end as payer,
            case when g.i % 20 = 0 then 'ISSUED' when g.i % 10 = 0 then 'PARTIALLY_PAID' else 'PAID' end as status
       from g, n, p where p.k = 1 + g.i % n.total`,
    [INVOICES, INVOICES],
  );
  await run(
    `create temporary table bench_line on commit drop as
     select gen_random_uuid() as id, gen_random_uuid() as charge_id, b.id as invoice_id, b.i, l as position,
            b.patient_id, b.at - (l * interval '1 hour') as occurred_at, b.payer,
            (array['CONSULTATION','LAB_TEST','MEDICATION','BED_DAY'])[l] as act_kind,
            (array[3000, 1234, 37, 80000])[l] * (case when l = 3 then 1 + b.i % 20 when l = 4 then 1 + b.i % 6 else 1 end) as amount,
            case when l = 3 then 1 + b.i % 20 when l = 4 then 1 + b.i % 6 else 1 end as quantity
       from bench_invoice b, generate_series(1, ?) l`,
    [LINES],
  );
  await run(
    `insert into charge (id, source_key, patient_id, act_kind, code, label_fr, label_en, quantity,
       unit_minor, amount_minor, occurred_at, invoice_id, created_at)
     select charge_id, 'bench:' || charge_id, patient_id, act_kind, '*', act_kind, act_kind, quantity,
            amount / quantity, amount, occurred_at, invoice_id, occurred_at from bench_line`,
  );
  await run(
    `insert into invoice (id, kind, status, patient_id, number, year, seq, currency, total_minor,
       insurer_minor, patient_minor, paid_patient_minor, paid_insurer_minor, payer, payer_key,
       patient_name, created_at, created_by_id, issued_at, issued_by_name)
     select b.id, 'INVOICE', b.status, b.patient_id,
            extract(year from b.at)::int || '-' || lpad((row_number() over (partition by extract(year from b.at) order by b.i))::text, 6, '0'),
            extract(year from b.at)::int, row_number() over (partition by extract(year from b.at) order by b.i),
            'EUR', t.total, t.insurer, t.total - t.insurer,
            case b.status when 'PAID' then t.total - t.insurer when 'PARTIALLY_PAID' then (t.total - t.insurer) / 2 else 0 end,
            case b.status when 'PAID' then t.insurer else 0 end,
            b.payer, upper(b.payer), b.patient_name, b.at, ?, b.at, 'Bench Caisse'
       from bench_invoice b
       join (select invoice_id, sum(amount)::int as total,
                    sum(case when payer is null then 0 else amount * 70 / 100 end)::int as insurer
               from bench_line group by invoice_id) t on t.invoice_id = b.id`,
    [cashier],
  );
  await run(
    `insert into invoice_line (id, invoice_id, charge_id, position, act_kind, label_fr, label_en,
       occurred_at, quantity, unit_minor, amount_minor, insurer_minor, patient_minor)
     select id, invoice_id, charge_id, position, act_kind, act_kind, act_kind, occurred_at, quantity,
            amount / quantity, amount, case when payer is null then 0 else amount * 70 / 100 end,
            amount - case when payer is null then 0 else amount * 70 / 100 end
       from bench_line`,
  );
  await run(
    `insert into payment (id, invoice_id, patient_id, method, amount_minor, receipt_number,
       received_at, received_by_id, received_by_name, cash_up_id)
     select gen_random_uuid(), i.id, i.patient_id, (array['CASH','CARD','MOBILE_MONEY'])[1 + i.seq % 3],
            i.paid_patient_minor, 'R-' || i.number, i.issued_at + interval '10 minutes', ?, 'Bench Caisse',
            gen_random_uuid()
       from invoice i where i.paid_patient_minor > 0`,
    [cashier],
  );
  await run(
    `insert into billing_counter (series, year, last)
     select 'INVOICE', year, max(seq) from invoice group by year
     on conflict (series, year) do update set last = excluded.last`,
  );
  // The worklist: charges not invoiced yet of 600 patients.
  await run(
    `with p as (select id, row_number() over (order by id desc) as k from patient)
     insert into charge (id, source_key, patient_id, act_kind, code, label_fr, label_en, quantity,
       unit_minor, amount_minor, occurred_at, created_at)
     select gen_random_uuid(), 'bench-unbilled:' || g.i, p.id, 'CONSULTATION', '*', 'Consultation',
            'Consultation', 1, 3000, 3000, now() - (g.i * interval '7 minutes'), now()
       from generate_series(1, ?) g(i) join p on p.k = 1 + g.i % 600`,
    [UNBILLED],
  );
});
await exec('analyze charge; analyze invoice; analyze invoice_line; analyze payment');
const volumes = (
  await exec<Record<string, number>[]>(
    `select (select count(*) from invoice)::int as invoices,
            (select count(*) from invoice_line)::int as invoice_lines,
            (select count(*) from charge)::int as charges,
            (select count(*) from payment)::int as payments,
            (select count(*) from charge where invoice_id is null)::int as unbilled`,
  )
)[0];
console.log(JSON.stringify({ volumes, seconds: Math.round((performance.now() - t0) / 1000) }));
await db.close();
process.exit(0);
