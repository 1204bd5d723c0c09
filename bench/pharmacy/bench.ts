/**
 * `pnpm bench:pharmacy`: the pharmacist's reads and the FEFO pick, through the real GraphQL
 * endpoint (express + Apollo + shield + access policy, in this process), on the database
 * `pnpm bench:pharmacy:seed` fills (5,000 items, 50,000 lots, 2,000,000 ledger lines):
 * `stockLevels` as the stock list asks it (a page of 20 items with their lots and the total) of
 * a ward's stock and of the central pharmacy, a later page, a search, the two filters, and one
 * item; `dispense` (the FEFO pick under row locks, ledger lines, balances, the billing charge — a
 * write), and `dispensingWorklist` of a 40-bed ward.
 * Reports p50/p95/p99/max and the SQL statements of one request; writes
 * bench/results/pharmacy.json.
 *
 * Flags: --requests 300 (one at a time).
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CENTRAL_PHARMACY_ID } from '../../api/src/modules/pharmacy/index.js';
import { flag, openBenchDatabase, root, startBenchServer } from '../patients/db.js';
import { graphqlClient, measure, statementCounter } from '../timing.js';
import { PHARMACY_PASSWORD, PHARMACY_USER, WORKLIST_WARD } from './accounts.js';

const REQUESTS = Number(flag('requests', '300'));
const WARM_UP = 20;

const counter = statementCounter();
const db = await openBenchDatabase(counter.log);
const em = db.orm.em.fork();
const exec = <T extends Record<string, unknown>[]>(sql: string, params: unknown[] = []) =>
  em.getConnection().execute<T>(sql, params);

const volumes = (
  await exec<Record<string, number>[]>(
    `select (select count(*) from stock_item)::int as items, (select count(*) from stock_lot)::int as lots,
            (select count(*) from stock_movement)::int as movements,
            (select count(*) from stock_balance)::int as balances`,
  )
)[0] as Record<string, number>;
if ((volumes.movements ?? 0) < 1_900_000) throw new Error('run `pnpm bench:pharmacy:seed` first');
const ward = (
  await exec<{ id: string }[]>(
    `select l.id from stock_location l where l.name like 'Bench stock %' order by l.name limit 1`,
  )
)[0]?.id as string;
const worklistWard = (
  await exec<{ id: string }[]>('select id from ward where name = ?', [WORKLIST_WARD])
)[0]?.id as string;
const items = (
  await exec<{ id: string }[]>(
    `select item_id as id from stock_balance where location_id = ? and quantity > 100
      group by item_id order by item_id limit 1000`,
    [CENTRAL_PHARMACY_ID],
  )
).map((r) => r.id);
const prescriptions = await exec<{ id: string; patient_id: string; stock_item_id: string }[]>(
  `select p.id, p.patient_id, p.stock_item_id from prescription p
       join bed_stay s on s.patient_id = p.patient_id and s.ended_at is null and s.ward_id = ?
      where p.stock_item_id is not null and p.status = 'ACTIVE'`,
  [worklistWard],
);

const server = await startBenchServer(db, counter.log);
const { gql, signIn } = graphqlClient(server.url);
const token = await signIn(PHARMACY_USER, PHARMACY_PASSWORD);

// What the PWA's stock list (a page with its total) and item screens ask.
const LEVEL_FIELDS = `itemId onHand usableOnHand belowReorderLevel
  item { id nameFr nameEn inn kind unitOfIssue reorderLevel }
  lots { quantity expired daysToExpiry lot { id lotNumber expiryDate status } }`;
// A next page does not ask for the total again (the screen keeps the first page's).
const PAGE = `query($l: ID!, $s: String, $f: StockLevelFilter, $a: String, $t: Boolean! = true) {
  stockLevels(locationId: $l, search: $s, filter: $f, first: 20, after: $a) {
    totalCount @include(if: $t) pageInfo { hasNextPage endCursor } nodes { ${LEVEL_FIELDS} } } }`;
const ITEM = `query($l: ID!, $i: ID) { stockLevels(locationId: $l, itemId: $i) { nodes { ${LEVEL_FIELDS} } } }`;
const DISPENSE = `mutation($i: DispenseInput!) { dispense(input: $i) { id } }`;
const WORKLIST = `query($w: ID!) { dispensingWorklist(wardId: $w) { prescriptionId patientId patientName
  medicationName bedLabel unitsNeeded unitsCovered unitsToDispense item { nameFr } } }`;

type Page = { stockLevels: { totalCount: number; pageInfo: { endCursor: string } } };
const levelsPage = async (vars: Record<string, unknown>) =>
  (await gql(PAGE, vars, token)) as unknown as Page;
const wardLevels = () => levelsPage({ l: ward });
const centralLevels = () => levelsPage({ l: CENTRAL_PHARMACY_ID });
// The fifth page of the central pharmacy (items 81 to 100), from its cursor.
let after = (await centralLevels()).stockLevels.pageInfo.endCursor;
for (let i = 0; i < 3; i++) {
  after = (await levelsPage({ l: CENTRAL_PHARMACY_ID, a: after })).stockLevels.pageInfo.endCursor;
}
const centralLaterPage = () => levelsPage({ l: CENTRAL_PHARMACY_ID, a: after, t: false });
// Two words, each found in the names or the DCI ("banc 12", "banc 312", "Bench 1200"…).
const centralSearch = () => levelsPage({ l: CENTRAL_PHARMACY_ID, s: 'banc 12' });
const centralBelow = () => levelsPage({ l: CENTRAL_PHARMACY_ID, f: 'BELOW_REORDER_LEVEL' });
const centralExpiring = () => levelsPage({ l: CENTRAL_PHARMACY_ID, f: 'EXPIRING' });
const centralItem = (i: number) =>
  gql(ITEM, { l: CENTRAL_PHARMACY_ID, i: items[i % items.length] }, token);
const worklist = () => gql(WORKLIST, { w: worklistWard }, token);
const dispense = (i: number) => {
  const rx = prescriptions[i % prescriptions.length];
  return gql(
    DISPENSE,
    {
      i: {
        id: randomUUID(),
        itemId: rx?.stock_item_id,
        quantity: 1,
        fromLocationId: CENTRAL_PHARMACY_ID,
        patientId: rx?.patient_id,
        prescriptionId: rx?.id,
      },
    },
    token,
  );
};

const sample = {
  wardItems: (await wardLevels()).stockLevels.totalCount,
  centralItems: (await centralLevels()).stockLevels.totalCount,
  centralSearch: (await centralSearch()).stockLevels.totalCount,
  centralBelow: (await centralBelow()).stockLevels.totalCount,
  centralExpiring: (await centralExpiring()).stockLevels.totalCount,
  worklistRows: ((await worklist()).dispensingWorklist as unknown[]).length,
  prescriptions: prescriptions.length,
};
console.log(JSON.stringify({ volumes, sample }));
if (sample.wardItems === 0) throw new Error('nothing to read');
// Each run dispenses against the worklist's prescriptions: within 24 hours of an earlier run the
// list is covered and answers fewer rows (it still computes every treatment).
if (sample.worklistRows === 0) console.warn('the worklist is covered by an earlier run: 0 rows');

for (let i = 0; i < WARM_UP; i++) {
  await wardLevels();
  await centralLevels();
  await centralItem(i);
  await worklist();
}
const statements = {
  wardLevels: (await counter.statementsOf(db.orm, () => wardLevels())).length,
  centralLevels: (await counter.statementsOf(db.orm, () => centralLevels())).length,
  centralLaterPage: (await counter.statementsOf(db.orm, () => centralLaterPage())).length,
  centralItem: (await counter.statementsOf(db.orm, () => centralItem(1))).length,
  worklist: (await counter.statementsOf(db.orm, () => worklist())).length,
  dispense: (await counter.statementsOf(db.orm, () => dispense(0))).length,
};

const loadBefore = os.loadavg().map((x) => +x.toFixed(2));
const results = [
  await measure(
    `stockLevels of a ward, first page of 20 (${String(sample.wardItems)} items)`,
    REQUESTS,
    1,
    () => wardLevels(),
  ),
  await measure(
    `stockLevels of the central pharmacy, first page of 20 (${String(sample.centralItems)} items)`,
    REQUESTS,
    1,
    () => centralLevels(),
  ),
  await measure('stockLevels of the central pharmacy, fifth page', REQUESTS, 1, () =>
    centralLaterPage(),
  ),
  await measure(
    `stockLevels of the central pharmacy, search (${String(sample.centralSearch)} found)`,
    REQUESTS,
    1,
    () => centralSearch(),
  ),
  await measure(
    `stockLevels of the central pharmacy, below reorder level (${String(sample.centralBelow)})`,
    REQUESTS,
    1,
    () => centralBelow(),
  ),
  await measure(
    `stockLevels of the central pharmacy, expiring (${String(sample.centralExpiring)})`,
    REQUESTS,
    1,
    () => centralExpiring(),
  ),
  await measure('stockLevels of one item at the central pharmacy', REQUESTS, 1, (i) =>
    centralItem(i),
  ),
  await measure(
    `dispensingWorklist of a 40-bed ward (${String(sample.prescriptions)} treatments)`,
    REQUESTS,
    1,
    () => worklist(),
  ),
  await measure('dispense 1 unit (FEFO pick, write)', REQUESTS, 1, (i) => dispense(i)),
];
const loadAfter = os.loadavg().map((x) => +x.toFixed(2));
console.table(results);
console.log(JSON.stringify({ statements }));
const out = path.join(root, 'bench/results');
mkdirSync(out, { recursive: true });
writeFileSync(
  path.join(out, 'pharmacy.json'),
  `${JSON.stringify({ at: new Date().toISOString(), machine: { cpus: os.cpus().length, loadBefore, loadAfter }, volumes, sample, statements, results }, null, 2)}\n`,
);
await server.stop();
await db.close();
process.exit(0);
