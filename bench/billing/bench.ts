/**
 * `pnpm bench:billing`: what a cashier reads, through the real GraphQL endpoint (express + Apollo
 * + shield + access policy + read audit, in this process), on the database
 * `pnpm bench:billing:seed` fills (1,000,000 invoice lines): a patient's billing (balance,
 * invoices with their lines and payments, charges to invoice) and the worklist. Reports
 * p50/p95/p99/max and the SQL statements of one request; writes bench/results/billing.json.
 *
 * Flags: --requests 400 (one at a time), --mixed 800 (over --clients 8).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { flag, openBenchDatabase, root, startBenchServer } from '../patients/db.js';
import { graphqlClient, measure, statementCounter } from '../timing.js';
import { BILLING_CASHIER, BILLING_PASSWORD } from './accounts.js';

const REQUESTS = Number(flag('requests', '400'));
const MIXED = Number(flag('mixed', '800'));
const CLIENTS = Number(flag('clients', '8'));
const WARM_UP = 30;

const counter = statementCounter();
const db = await openBenchDatabase(counter.log);
const em = db.orm.em.fork();
const exec = <T extends Record<string, unknown>[]>(sql: string, params: unknown[] = []) =>
  em.getConnection().execute<T>(sql, params);

const volumes = (
  await exec<Record<string, number>[]>(
    `select (select count(*) from invoice)::int as invoices,
            (select count(*) from invoice_line)::int as invoice_lines,
            (select count(*) from charge)::int as charges,
            (select count(*) from payment)::int as payments,
            (select count(*) from patient)::int as patients`,
  )
)[0] as Record<string, number>;
if ((volumes.invoice_lines ?? 0) < 900_000) throw new Error('run `pnpm bench:billing:seed` first');
// Patients with invoices, to read at random.
const billed = (
  await exec<{ id: string }[]>(
    'select patient_id as id from invoice tablesample system (1) group by patient_id limit 2000',
  )
).map((r) => r.id);

const server = await startBenchServer(db, counter.log);
const { gql, signIn } = graphqlClient(server.url);
const cashier = await signIn(BILLING_CASHIER, BILLING_PASSWORD);

// What the PWA's patient billing screen asks.
const BILLING = `query($p: ID!) { patientBilling(patientId: $p) { patientDueMinor insurerDueMinor
  unbilledCharges { id actKind labelFr quantity unitMinor amountMinor occurredAt }
  invoices { id number status kind totalMinor insurerMinor patientMinor balanceMinor issuedAt
    lines { position labelFr quantity amountMinor patientMinor }
    payments { id method amountMinor receiptNumber receivedAt } } } }`;
const WORKLIST = `query { billingWorklist(first: 50) { patientId patientName mrn unbilledCharges
  unbilledMinor unpricedCharges patientDueMinor insurerDueMinor since } }`;
const patientBilling = (i: number) => gql(BILLING, { p: billed[i % billed.length] }, cashier);
const worklist = () => gql(WORKLIST, {}, cashier);

const sample = (await patientBilling(0)).patientBilling as { invoices: unknown[] };
const rows = ((await worklist()).billingWorklist as unknown[]).length;
console.log(
  JSON.stringify({ volumes, sampleInvoices: sample.invoices.length, worklistRows: rows }),
);
if (sample.invoices.length === 0 || rows === 0) throw new Error('nothing to read (see above)');

for (let i = 0; i < WARM_UP; i++) await patientBilling(i);
for (let i = 0; i < WARM_UP; i++) await worklist();
const billingSql = await counter.statementsOf(db.orm, () => patientBilling(1));
const worklistSql = await counter.statementsOf(db.orm, () => worklist());

const loadBefore = os.loadavg().map((x) => +x.toFixed(2));
const results = [
  await measure('patientBilling, one client', REQUESTS, 1, (i) => patientBilling(i)),
  await measure('billingWorklist(first: 50), one client', REQUESTS, 1, () => worklist()),
  await measure(`patientBilling and worklist, ${String(CLIENTS)} clients`, MIXED, CLIENTS, (i) =>
    i % 4 === 0 ? worklist() : patientBilling(i),
  ),
];
const loadAfter = os.loadavg().map((x) => +x.toFixed(2));

const report = {
  at: new Date().toISOString(),
  machine: { cpus: os.cpus().length, loadBefore, loadAfter },
  volumes,
  statements: {
    patientBilling: billingSql.length,
    billingWorklist: worklistSql.length,
    sql: [...billingSql, ...worklistSql].map((s) => s.sql),
  },
  results,
};
console.table(results);
console.log(
  `statements: patientBilling ${String(billingSql.length)}, billingWorklist ${String(worklistSql.length)}`,
);
const out = path.join(root, 'bench/results');
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'billing.json'), `${JSON.stringify(report, null, 2)}\n`);
await server.stop();
await db.close();
process.exit(0);
