import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allAtOnce, ok, seed, type Account, type Seed } from '../../app/testing/fixtures.js';
import { startTestApp, type TestApp } from '../../app/testing/test-app.js';
import { Role } from '../../kernel/auth/roles.js';
import { domainEvents } from '../../kernel/events.js';
import { NurseAssignment, SexPolicy, Shift, Ward } from '../wards/index.js';
import { LotStatus, MovementKind, StockItemKind } from './pharmacy-enums.js';
import type { StockDispensedFact } from './pharmacy.events.js';
import { CENTRAL_PHARMACY_ID } from './locations.service.js';
import { StockMovement, StockOperation } from './stock-movement.entity.js';
import { StockLot } from './stock-lot.entity.js';

let app: TestApp;
/** A second instance on the same database: twenty requests in flight need two pools. */
let second: TestApp;
let s: Seed;
let pharmacist: Account;
let nurse: Account;
let doctor: Account;
let manager: Account;
let cashier: Account;
let reception: Account;

// Monday 1 June 2026, 10:00 in Paris: the day shift; lots expiring before today are expired.
const NOW = new Date('2026-06-01T08:00:00Z');
const CENTRAL = CENTRAL_PHARMACY_ID;
const dispensed: StockDispensedFact[] = [];

beforeAll(async () => {
  const env = { JWT_SECRET: randomBytes(32).toString('hex') };
  app = await startTestApp(env);
  second = await startTestApp(env, { databaseUrl: app.databaseUrl });
  app.clock.set(NOW);
  second.clock.set(NOW);
  s = seed(app);
  pharmacist = await app.tokenFor(Role.PHARMACIST);
  nurse = await app.tokenFor(Role.NURSE);
  doctor = await app.tokenFor(Role.DOCTOR);
  manager = await app.tokenFor(Role.MANAGER);
  cashier = await app.tokenFor(Role.CASHIER);
  reception = await app.tokenFor(Role.RECEPTIONIST);
  // The event has no subscriber in the application yet: listen here, as billing will.
  domainEvents.on('StockDispensed', (fact) => {
    dispensed.push(fact);
    return Promise.resolve();
  });
});
afterAll(async () => {
  await second.close();
  await app.close();
});

const OP =
  '{ id kind movements { kind quantity lotChoiceReason fromLocationId toLocationId lot { id lotNumber } } }';
const RECEIVE = `mutation($i: ReceiveStockInput!) { receiveStock(input: $i) ${OP} }`;
const DISPENSE = `mutation($i: DispenseInput!) { dispense(input: $i) ${OP} }`;
const TRANSFER = `mutation($i: TransferStockInput!) { transferStock(input: $i) ${OP} }`;
const ADJUST = `mutation($i: AdjustStockInput!) { adjustStock(input: $i) ${OP} }`;
const WRITE_OFF = `mutation($i: WriteOffStockInput!) { writeOffStock(input: $i) ${OP} }`;
const LEVELS = `query($l: ID!, $i: ID) { stockLevels(locationId: $l, itemId: $i) { nodes {
  itemId onHand usableOnHand belowReorderLevel lots { quantity expired daysToExpiry lot { id lotNumber expiryDate } } } } }`;

interface Movement {
  kind: string;
  quantity: number;
  lotChoiceReason: string | null;
  fromLocationId: string | null;
  toLocationId: string | null;
  lot: { id: string; lotNumber: string };
}
interface Operation {
  id: string;
  kind: string;
  movements: Movement[];
}
interface Level {
  itemId: string;
  onHand: number;
  usableOnHand: number;
  belowReorderLevel: boolean;
  lots: {
    quantity: number;
    expired: boolean;
    daysToExpiry: number;
    lot: { id: string; lotNumber: string; expiryDate: string };
  }[];
}

async function receive(
  lines: {
    itemId: string;
    lotNumber: string;
    expiryDate: string;
    quantity: number;
    unitCostCents?: number;
  }[],
  locationId?: string,
): Promise<Operation> {
  const d = await ok<{ receiveStock: Operation }>(
    app,
    RECEIVE,
    {
      i: {
        id: randomUUID(),
        supplier: 'Grossiste Répartiteur',
        locationId,
        lines: lines.map((l) => ({ unitCostCents: 12, ...l })),
      },
    },
    pharmacist.token,
  );
  return d.receiveStock;
}

async function level(locationId: string, itemId: string, token = pharmacist.token) {
  const d = await ok<{ stockLevels: { nodes: Level[] } }>(
    app,
    LEVELS,
    { l: locationId, i: itemId },
    token,
  );
  return d.stockLevels.nodes[0] as Level;
}

async function newWard(): Promise<string> {
  const em = app.em();
  const w = em.create(Ward, {
    name: `Pharma ${randomUUID().slice(0, 8)}`,
    service: 'Médecine',
    floor: '3',
    sexPolicy: SexPolicy.MIXED,
  });
  await em.flush();
  return w.id;
}

const ledgerCount = () => app.em().count(StockMovement, {});

describe('receiving', () => {
  it('makes lots, reuses one delivered again with its expiry, and refuses another expiry', async () => {
    const a = await s.stockItem();
    const b = await s.stockItem();
    const first = await receive([
      { itemId: a.id, lotNumber: 'A-001', expiryDate: '2027-03-31', quantity: 100 },
      { itemId: b.id, lotNumber: 'B-001', expiryDate: '2026-12-31', quantity: 40 },
    ]);
    expect(first.kind).toBe('RECEIPT');
    expect(first.movements.map((m) => [m.quantity, m.toLocationId, m.fromLocationId])).toEqual(
      expect.arrayContaining([
        [100, CENTRAL, null],
        [40, CENTRAL, null],
      ]),
    );
    await receive([
      {
        itemId: a.id,
        lotNumber: 'A-001',
        expiryDate: '2027-03-31',
        quantity: 50,
        unitCostCents: 15,
      },
    ]);
    const lot = await app.em().findOneOrFail(StockLot, { item: a.id }, { refresh: true });
    expect(lot.receivedQuantity).toBe(150);
    // Each delivery's cost stays on its ledger line, though the lot keeps its first one.
    const costs = await app
      .em()
      .find(StockMovement, { lot: lot.id }, { orderBy: { quantity: 'desc' } });
    expect(costs.map((m) => [m.quantity, m.unitCostCents])).toEqual([
      [100, 12],
      [50, 15],
    ]);
    expect(lot.unitCostCents).toBe(12);
    expect((await level(CENTRAL, a.id)).onHand).toBe(150);

    const before = await ledgerCount();
    const r = await app.gql(
      RECEIVE,
      {
        i: {
          id: randomUUID(),
          supplier: 'Grossiste',
          lines: [
            {
              itemId: b.id,
              lotNumber: 'B-002',
              expiryDate: '2027-01-31',
              quantity: 5,
              unitCostCents: 1,
            },
            {
              itemId: a.id,
              lotNumber: 'A-001',
              expiryDate: '2027-04-30',
              quantity: 5,
              unitCostCents: 1,
            },
          ],
        },
      },
      { token: pharmacist.token },
    );
    expect(r.errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'lines.1.expiryDate': expect.stringContaining('2027-03-31') as unknown },
    });
    expect(await ledgerCount()).toBe(before);
    expect(await app.em().count(StockLot, { item: b.id })).toBe(1);
  });

  it('refuses a lot already expired, a quantity below one and an unknown item', async () => {
    const a = await s.stockItem();
    const before = await ledgerCount();
    for (const line of [
      { itemId: a.id, lotNumber: 'X1', expiryDate: '2026-05-31', quantity: 1, unitCostCents: 1 },
      { itemId: a.id, lotNumber: 'X1', expiryDate: '2027-05-31', quantity: 0, unitCostCents: 1 },
      { itemId: a.id, lotNumber: 'X1', expiryDate: '2027-05-31', quantity: 1, unitCostCents: -1 },
      { itemId: a.id, lotNumber: ' ', expiryDate: '2027-05-31', quantity: 1, unitCostCents: 1 },
    ]) {
      const r = await app.gql(
        RECEIVE,
        { i: { id: randomUUID(), supplier: 'Grossiste', lines: [line] } },
        { token: pharmacist.token },
      );
      expect(r.errors[0]?.extensions?.code, JSON.stringify(line)).toBe('BAD_USER_INPUT');
    }
    const unknown = await app.gql(
      RECEIVE,
      {
        i: {
          id: randomUUID(),
          supplier: 'Grossiste',
          lines: [
            {
              itemId: randomUUID(),
              lotNumber: 'X',
              expiryDate: '2027-01-01',
              quantity: 1,
              unitCostCents: 1,
            },
          ],
        },
      },
      { token: pharmacist.token },
    );
    expect(unknown.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await ledgerCount()).toBe(before);
  });
});

describe('dispensing', () => {
  it('twenty dispensings of the last five units at once: five succeed, fifteen are refused', async () => {
    const item = await s.stockItem();
    await receive([
      { itemId: item.id, lotNumber: 'RACE-1', expiryDate: '2027-01-31', quantity: 5 },
    ]);
    const patient = await s.patient();
    const rx = await s.prescription(patient.id);
    // Two API instances, as behind the proxy: one instance's pool holds 20 connections.
    let sent = 0;
    const answers = await allAtOnce(app, 'stock_balance', 20, () =>
      (sent++ % 2 === 0 ? app : second).gql(
        DISPENSE,
        {
          i: {
            id: randomUUID(),
            itemId: item.id,
            quantity: 1,
            fromLocationId: CENTRAL,
            patientId: patient.id,
            prescriptionId: rx.id,
          },
        },
        { token: pharmacist.token },
      ),
    );
    expect(answers.filter((a) => a.errors.length === 0)).toHaveLength(5);
    const refused = answers.filter((a) => a.errors.length > 0);
    expect(refused).toHaveLength(15);
    for (const r of refused) expect(r.errors[0]?.extensions?.code).toBe('INSUFFICIENT_STOCK');
    expect((await level(CENTRAL, item.id)).onHand).toBe(0);
    const lines = await app
      .em()
      .find(StockMovement, { item: item.id, kind: MovementKind.DISPENSE });
    expect(lines.reduce((sum, m) => sum + m.quantity, 0)).toBe(5);
    expect(lines.every((m) => m.patient?.id === patient.id && m.prescription?.id === rx.id)).toBe(
      true,
    );
  });

  it('takes the first-expiring lots first, splitting across them; another lot needs a reason', async () => {
    const item = await s.stockItem();
    await s.stockOnHand({
      itemId: item.id,
      locationId: CENTRAL,
      lotNumber: 'OLD',
      expiryDate: '2026-05-31',
      quantity: 50,
    });
    await receive([
      { itemId: item.id, lotNumber: 'DEC', expiryDate: '2026-12-31', quantity: 10 },
      { itemId: item.id, lotNumber: 'AUG', expiryDate: '2026-08-31', quantity: 4 },
      { itemId: item.id, lotNumber: 'JUN27', expiryDate: '2027-06-30', quantity: 10 },
    ]);
    const before = await level(CENTRAL, item.id);
    expect(before.lots.map((l) => [l.lot.lotNumber, l.quantity, l.expired])).toEqual([
      ['OLD', 50, true],
      ['AUG', 4, false],
      ['DEC', 10, false],
      ['JUN27', 10, false],
    ]);
    expect(before).toMatchObject({ onHand: 74, usableOnHand: 24, belowReorderLevel: false });
    expect(before.lots[1]?.daysToExpiry).toBe(91);

    const patient = await s.patient();
    const d = await ok<{ dispense: Operation }>(
      app,
      DISPENSE,
      {
        i: {
          id: randomUUID(),
          itemId: item.id,
          quantity: 6,
          fromLocationId: CENTRAL,
          patientId: patient.id,
        },
      },
      pharmacist.token,
    );
    expect(d.dispense.movements.map((m) => [m.lot.lotNumber, m.quantity])).toEqual([
      ['AUG', 4],
      ['DEC', 2],
    ]);
    expect(dispensed.find((f) => f.operationId === d.dispense.id)).toMatchObject({
      patientId: patient.id,
      itemId: item.id,
      unitPriceCents: 25,
      lines: [{ quantity: 4 }, { quantity: 2 }],
    });

    const later = before.lots.find((l) => l.lot.lotNumber === 'JUN27')?.lot.id;
    const noReason = await app.gql(
      DISPENSE,
      {
        i: {
          id: randomUUID(),
          itemId: item.id,
          quantity: 1,
          fromLocationId: CENTRAL,
          patientId: patient.id,
          lotId: later,
        },
      },
      { token: pharmacist.token },
    );
    expect(noReason.errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { lotChoiceReason: expect.stringContaining('DEC') as unknown },
    });
    const chosen = await ok<{ dispense: Operation }>(
      app,
      DISPENSE,
      {
        i: {
          id: randomUUID(),
          itemId: item.id,
          quantity: 1,
          fromLocationId: CENTRAL,
          patientId: patient.id,
          lotId: later,
          lotChoiceReason: 'Boîte entamée au guichet',
        },
      },
      pharmacist.token,
    );
    expect(chosen.dispense.movements).toMatchObject([
      { quantity: 1, lotChoiceReason: 'Boîte entamée au guichet', lot: { lotNumber: 'JUN27' } },
    ]);
    const after = await level(CENTRAL, item.id);
    expect(after.lots.map((l) => [l.lot.lotNumber, l.quantity])).toEqual([
      ['OLD', 50],
      ['DEC', 8],
      ['JUN27', 9],
    ]);
  });

  it('never dispenses an expired lot, nor sends one to a ward', async () => {
    const item = await s.stockItem();
    const old = await s.stockOnHand({
      itemId: item.id,
      locationId: CENTRAL,
      expiryDate: '2026-05-31',
      quantity: 20,
    });
    const patient = await s.patient();
    const wardId = await newWard();
    const before = await ledgerCount();
    const named = await app.gql(
      DISPENSE,
      {
        i: {
          id: randomUUID(),
          itemId: item.id,
          quantity: 1,
          fromLocationId: CENTRAL,
          patientId: patient.id,
          lotId: old.id,
          lotChoiceReason: 'test',
        },
      },
      { token: pharmacist.token },
    );
    expect(named.errors[0]?.extensions).toMatchObject({
      code: 'LOT_EXPIRED',
      expiryDate: '2026-05-31',
    });
    const fefo = await app.gql(
      DISPENSE,
      {
        i: {
          id: randomUUID(),
          itemId: item.id,
          quantity: 1,
          fromLocationId: CENTRAL,
          patientId: patient.id,
        },
      },
      { token: pharmacist.token },
    );
    expect(fefo.errors[0]?.extensions).toMatchObject({ code: 'INSUFFICIENT_STOCK', available: 0 });
    const toWard = await app.gql(
      TRANSFER,
      {
        i: {
          id: randomUUID(),
          itemId: item.id,
          quantity: 1,
          fromLocationId: CENTRAL,
          toLocationId: wardId,
          lotId: old.id,
          lotChoiceReason: 'test',
        },
      },
      { token: pharmacist.token },
    );
    expect(toWard.errors[0]?.extensions?.code).toBe('LOT_EXPIRED');
    expect(await ledgerCount()).toBe(before);
    expect((await level(CENTRAL, item.id)).onHand).toBe(20);
  });

  it('checks the patient, the prescription and the destination, and changes nothing when wrong', async () => {
    const item = await s.stockItem();
    await receive([{ itemId: item.id, lotNumber: 'CHK', expiryDate: '2027-01-31', quantity: 10 }]);
    const patient = await s.patient();
    const other = await s.patient();
    const othersRx = await s.prescription(other.id);
    const stopped = await s.prescription(patient.id);
    await ok(
      app,
      'mutation($i: StopPrescriptionInput!) { stopPrescription(input: $i) { id } }',
      { i: { id: stopped.id, reason: 'Arrêt' } },
      doctor.token,
    );
    // A prescription of another catalogue item (the gélule, say, when this is the comprimé).
    const otherItem = await s.stockItem();
    const forOther = await s.prescription(patient.id, { stockItemId: otherItem.id });
    const wardId = await newWard();
    const base = { itemId: item.id, quantity: 1, fromLocationId: CENTRAL };
    const before = await ledgerCount();
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, patientId: patient.id, toLocationId: wardId }, 'BAD_USER_INPUT'],
      [{ ...base }, 'BAD_USER_INPUT'],
      [{ ...base, quantity: 0, patientId: patient.id }, 'BAD_USER_INPUT'],
      [{ ...base, quantity: 1.5, patientId: patient.id }, 'BAD_USER_INPUT'],
      [{ ...base, patientId: patient.id, prescriptionId: othersRx.id }, 'NOT_FOUND'],
      [{ ...base, patientId: patient.id, prescriptionId: stopped.id }, 'BAD_USER_INPUT'],
      [{ ...base, patientId: patient.id, prescriptionId: forOther.id }, 'BAD_USER_INPUT'],
      [{ ...base, patientId: randomUUID() }, 'NOT_FOUND'],
      [{ ...base, itemId: randomUUID(), patientId: patient.id }, 'NOT_FOUND'],
      [{ ...base, toLocationId: randomUUID() }, 'NOT_FOUND'],
      [{ ...base, toLocationId: CENTRAL }, 'BAD_USER_INPUT'],
      [{ ...base, quantity: 11, patientId: patient.id }, 'INSUFFICIENT_STOCK'],
    ];
    for (const [i, code] of cases) {
      const r = await app.gql(
        DISPENSE,
        { i: { id: randomUUID(), ...i } },
        { token: pharmacist.token },
      );
      expect(r.errors[0]?.extensions?.code, JSON.stringify(i)).toBe(code);
    }
    expect(await ledgerCount()).toBe(before);
    expect((await level(CENTRAL, item.id)).onHand).toBe(10);
  });

  it('records a replayed operation once; its id reused for other content is a conflict', async () => {
    const item = await s.stockItem();
    await receive([
      { itemId: item.id, lotNumber: 'REPLAY', expiryDate: '2027-01-31', quantity: 10 },
    ]);
    const patient = await s.patient();
    const i = {
      id: randomUUID(),
      itemId: item.id,
      quantity: 3,
      fromLocationId: CENTRAL,
      patientId: patient.id,
    };
    const first = await ok<{ dispense: Operation }>(app, DISPENSE, { i }, pharmacist.token);
    const again = await ok<{ dispense: Operation }>(app, DISPENSE, { i }, pharmacist.token);
    expect(again.dispense).toEqual(first.dispense);
    expect(await app.em().count(StockOperation, { id: i.id })).toBe(1);
    expect(await app.em().count(StockMovement, { operation: i.id })).toBe(1);
    expect((await level(CENTRAL, item.id)).onHand).toBe(7);
    const other = await app.gql(
      DISPENSE,
      { i: { ...i, quantity: 4 } },
      { token: pharmacist.token },
    );
    expect(other.errors[0]?.extensions?.code).toBe('CONFLICT');
    expect((await level(CENTRAL, item.id)).onHand).toBe(7);
  });
});

describe('transfers, counts and write-offs', () => {
  it('transfers balance: the pharmacy goes down, the ward goes up, the total stays', async () => {
    const item = await s.stockItem();
    await receive([
      { itemId: item.id, lotNumber: 'T-EARLY', expiryDate: '2026-09-30', quantity: 5 },
      { itemId: item.id, lotNumber: 'T-LATE', expiryDate: '2027-09-30', quantity: 15 },
    ]);
    const wardId = await newWard();
    const t = await ok<{ transferStock: Operation }>(
      app,
      TRANSFER,
      {
        i: {
          id: randomUUID(),
          itemId: item.id,
          quantity: 8,
          fromLocationId: CENTRAL,
          toLocationId: wardId,
        },
      },
      pharmacist.token,
    );
    expect(
      t.transferStock.movements.map((m) => [
        m.lot.lotNumber,
        m.quantity,
        m.fromLocationId,
        m.toLocationId,
      ]),
    ).toEqual([
      ['T-EARLY', 5, CENTRAL, wardId],
      ['T-LATE', 3, CENTRAL, wardId],
    ]);
    // To a ward by dispensing, too.
    await ok(
      app,
      DISPENSE,
      {
        i: {
          id: randomUUID(),
          itemId: item.id,
          quantity: 2,
          fromLocationId: CENTRAL,
          toLocationId: wardId,
        },
      },
      pharmacist.token,
    );
    const central = await level(CENTRAL, item.id);
    const ward = await level(wardId, item.id);
    expect(central.onHand).toBe(10);
    expect(ward.onHand).toBe(10);
    expect(central.onHand + ward.onHand).toBe(20);
    expect(ward.belowReorderLevel).toBe(false);
    expect(ward.lots.map((l) => [l.lot.lotNumber, l.quantity])).toEqual([
      ['T-EARLY', 5],
      ['T-LATE', 5],
    ]);
    // Back to the pharmacy, and the ledger of the ward tells it all.
    await ok(
      app,
      TRANSFER,
      {
        i: {
          id: randomUUID(),
          itemId: item.id,
          quantity: 10,
          fromLocationId: wardId,
          toLocationId: CENTRAL,
        },
      },
      pharmacist.token,
    );
    expect((await level(CENTRAL, item.id)).onHand).toBe(20);
    expect((await level(wardId, item.id)).onHand).toBe(0);
    const ledger = await ok<{
      stockMovements: { totalCount: number; nodes: { kind: string; quantity: number }[] };
    }>(
      app,
      'query($f: StockMovementFilter) { stockMovements(filter: $f) { totalCount nodes { kind quantity } } }',
      { f: { locationId: wardId } },
      manager.token,
    );
    expect(ledger.stockMovements.totalCount).toBe(5);
    const same = await app.gql(
      TRANSFER,
      {
        i: {
          id: randomUUID(),
          itemId: item.id,
          quantity: 1,
          fromLocationId: CENTRAL,
          toLocationId: CENTRAL,
        },
      },
      { token: pharmacist.token },
    );
    expect(same.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('turns a count into an adjustment of the difference, with its reason', async () => {
    const item = await s.stockItem();
    const op = await receive([
      { itemId: item.id, lotNumber: 'CNT', expiryDate: '2027-01-31', quantity: 10 },
    ]);
    const lotId = op.movements[0]?.lot.id;
    const count = (countedQuantity: number, reason = 'Inventaire mensuel') =>
      app.gql<{ adjustStock: Operation }>(
        ADJUST,
        { i: { id: randomUUID(), lotId, locationId: CENTRAL, countedQuantity, reason } },
        { token: pharmacist.token },
      );
    const down = await count(7);
    expect(down.errors).toEqual([]);
    expect(down.data?.adjustStock.movements).toMatchObject([
      { kind: 'ADJUSTMENT', quantity: 3, fromLocationId: CENTRAL, toLocationId: null },
    ]);
    expect((await level(CENTRAL, item.id)).onHand).toBe(7);
    const none = await count(7);
    expect(none.errors[0]?.extensions?.fields).toMatchObject({
      countedQuantity: expect.stringContaining('nothing to adjust') as unknown,
    });
    expect((await count(9, '  ')).errors[0]?.extensions?.fields).toMatchObject({
      reason: 'is required',
    });
    expect((await count(-1)).errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const up = await count(9, 'Boîte retrouvée en réserve');
    expect(up.data?.adjustStock.movements).toMatchObject([
      { quantity: 2, fromLocationId: null, toLocationId: CENTRAL },
    ]);
    expect((await level(CENTRAL, item.id)).onHand).toBe(9);
    const reasons = await app
      .em()
      .find(StockMovement, { lot: lotId, kind: MovementKind.ADJUSTMENT });
    expect(reasons.map((m) => m.reason).sort()).toEqual([
      'Boîte retrouvée en réserve',
      'Inventaire mensuel',
    ]);
  });

  it('writes off units with a reason; more than on hand is refused; OTHER needs a note', async () => {
    const item = await s.stockItem();
    const expired = await s.stockOnHand({
      itemId: item.id,
      locationId: CENTRAL,
      expiryDate: '2026-04-30',
      quantity: 6,
    });
    const off = (quantity: number, reason: string, note?: string) =>
      app.gql<{ writeOffStock: Operation }>(
        WRITE_OFF,
        { i: { id: randomUUID(), lotId: expired.id, locationId: CENTRAL, quantity, reason, note } },
        { token: pharmacist.token },
      );
    expect((await off(7, 'EXPIRED')).errors[0]?.extensions).toMatchObject({
      code: 'INSUFFICIENT_STOCK',
      available: 6,
    });
    expect((await off(1, 'OTHER')).errors[0]?.extensions?.fields).toMatchObject({
      note: 'is required',
    });
    const broken = await off(2, 'DAMAGED', 'Flacons brisés à la livraison');
    expect(broken.data?.writeOffStock.movements).toMatchObject([
      { kind: 'WRITE_OFF', quantity: 2, fromLocationId: CENTRAL },
    ]);
    expect((await off(4, 'EXPIRED')).errors).toEqual([]);
    expect((await level(CENTRAL, item.id)).onHand).toBe(0);
    const lines = await app
      .em()
      .find(StockMovement, { lot: expired.id, kind: MovementKind.WRITE_OFF });
    expect(lines.map((m) => m.writeOffReason).sort()).toEqual(['DAMAGED', 'EXPIRED']);
  });

  it('keeps the ledger append-only in the database itself', async () => {
    const item = await s.stockItem();
    await receive([
      { itemId: item.id, lotNumber: 'LEDGER', expiryDate: '2027-01-31', quantity: 3 },
    ]);
    const em = app.em();
    await expect(
      em.execute('update stock_movement set quantity = 30 where item_id = ?', [item.id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      em.execute('delete from stock_movement where item_id = ?', [item.id]),
    ).rejects.toThrow(/append-only/);
    await expect(em.execute('truncate stock_movement')).rejects.toThrow(/append-only/);
    // Billing sets the invoice line once.
    const invoiceLine = randomUUID();
    await em.execute('update stock_movement set invoice_line_id = ? where item_id = ?', [
      invoiceLine,
      item.id,
    ]);
    await expect(
      em.execute('update stock_movement set invoice_line_id = ? where item_id = ?', [
        randomUUID(),
        item.id,
      ]),
    ).rejects.toThrow(/append-only/);
    // And the balance never goes below zero, whoever writes.
    await expect(
      em.execute('update stock_balance set quantity = quantity - 4 where item_id = ?', [item.id]),
    ).rejects.toThrow(/stock_balance_not_negative/);
  });
});

describe('reading stock', () => {
  it('finds catalogue items by name or DCI, by kind, a page at a time, with their prices', async () => {
    const tag = randomUUID().slice(0, 8);
    await s.stockItem({ nameFr: `Zeta ${tag} 10 mg comprimé`, inn: `zetamab ${tag}` });
    await s.stockItem({ nameFr: `Alpha ${tag} 5 mg gélule`, nameEn: `Alpha ${tag} capsule` });
    await s.stockItem({
      nameFr: `Gants ${tag}`,
      kind: StockItemKind.CONSUMABLE,
      inn: null,
      route: null,
      atcCode: null,
    });
    const q = `query($s: String, $k: StockItemKind, $f: Int, $a: String) { stockItems(search: $s, kind: $k, first: $f, after: $a) {
      totalCount pageInfo { hasNextPage endCursor } nodes { nameFr unitPriceCents kind } } }`;
    type Page = {
      stockItems: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        nodes: { nameFr: string; unitPriceCents: number; kind: string }[];
      };
    };
    const page1 = await ok<Page>(app, q, { s: tag, f: 2 }, cashier.token);
    expect(page1.stockItems.totalCount).toBe(3);
    expect(page1.stockItems.nodes.map((n) => n.nameFr.split(' ')[0])).toEqual(['Alpha', 'Gants']);
    expect(page1.stockItems.nodes[0]?.unitPriceCents).toBe(25);
    const page2 = await ok<Page>(
      app,
      q,
      { s: tag, f: 2, a: page1.stockItems.pageInfo.endCursor },
      cashier.token,
    );
    expect(page2.stockItems.nodes.map((n) => n.nameFr.split(' ')[0])).toEqual(['Zeta']);
    const byDci = await ok<Page>(app, q, { s: `ZETAMAB ${tag}` }, pharmacist.token);
    expect(byDci.stockItems.totalCount).toBe(1);
    const consumables = await ok<Page>(app, q, { s: tag, k: 'CONSUMABLE' }, pharmacist.token);
    expect(consumables.stockItems.nodes.map((n) => n.kind)).toEqual(['CONSUMABLE']);
    const wild = await ok<Page>(app, q, { s: '%_' }, pharmacist.token);
    expect(wild.stockItems.totalCount).toBe(0);
  });

  it('flags an item below its reorder level at the central pharmacy, and lists an empty one', async () => {
    const item = await s.stockItem({ reorderLevel: 30 });
    const op = await receive([
      { itemId: item.id, lotNumber: 'LOW', expiryDate: '2027-01-31', quantity: 20 },
    ]);
    expect(await level(CENTRAL, item.id)).toMatchObject({ onHand: 20, belowReorderLevel: true });
    await ok(
      app,
      WRITE_OFF,
      {
        i: {
          id: randomUUID(),
          lotId: op.movements[0]?.lot.id,
          locationId: CENTRAL,
          quantity: 20,
          reason: 'DAMAGED',
        },
      },
      pharmacist.token,
    );
    const all = await ok<{ stockLevels: { nodes: Level[] } }>(
      app,
      LEVELS,
      { l: CENTRAL, i: item.id },
      doctor.token,
    );
    expect(all.stockLevels.nodes.find((l) => l.itemId === item.id)).toMatchObject({
      onHand: 0,
      belowReorderLevel: true,
      lots: [],
    });
  });
});

describe('stock levels of a location, a page at a time', () => {
  const PAGE = `query($l: ID!, $s: String, $k: StockItemKind, $f: StockLevelFilter, $n: Int, $a: String) {
    stockLevels(locationId: $l, search: $s, kind: $k, filter: $f, first: $n, after: $a) {
      totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
      nodes { itemId onHand usableOnHand belowReorderLevel item { nameFr } lots { quantity lot { lotNumber } } } } }`;
  interface LevelPage {
    stockLevels: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
      nodes: {
        itemId: string;
        onHand: number;
        usableOnHand: number;
        belowReorderLevel: boolean;
        item: { nameFr: string };
        lots: { quantity: number; lot: { lotNumber: string } }[];
      }[];
    };
  }
  const names = (p: LevelPage) => p.stockLevels.nodes.map((n) => n.item.nameFr.split(' ')[0] ?? '');

  it('lists a location by French name, page after page, each item once with its lots', async () => {
    const ward = await newWard();
    const tag = randomUUID().slice(0, 8);
    // French order: "Céline" before "Cyan" (byte order would put it after).
    for (const name of ['Cyan', 'Alpha', 'Echo', 'Céline', 'Bravo']) {
      const item = await s.stockItem({ nameFr: `${name} ${tag}` });
      for (const expiryDate of ['2027-03-31', '2026-12-31']) {
        await s.stockOnHand({ itemId: item.id, locationId: ward, expiryDate, quantity: 3 });
      }
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (const expected of [['Alpha', 'Bravo'], ['Céline', 'Cyan'], ['Echo']]) {
      const page: LevelPage = await ok(app, PAGE, { l: ward, n: 2, a: after }, pharmacist.token);
      expect(names(page)).toEqual(expected);
      expect(page.stockLevels.totalCount).toBe(5);
      expect(page.stockLevels.pageInfo.hasNextPage).toBe(expected.length === 2);
      expect(page.stockLevels.pageInfo.hasPreviousPage).toBe(after !== null);
      for (const n of page.stockLevels.nodes) {
        expect(n.onHand).toBe(6);
        expect(n.lots.map((l) => l.quantity)).toEqual([3, 3]);
      }
      seen.push(...names(page));
      after = page.stockLevels.pageInfo.endCursor;
    }
    expect(seen).toEqual(['Alpha', 'Bravo', 'Céline', 'Cyan', 'Echo']);
    // A next page that does not read the total (the screen keeps the first page's).
    const first = await ok<LevelPage>(app, PAGE, { l: ward, n: 2 }, pharmacist.token);
    const next = await ok<{ stockLevels: { nodes: { item: { nameFr: string } }[] } }>(
      app,
      `query($l: ID!, $a: String, $t: Boolean! = false) { stockLevels(locationId: $l, first: 2, after: $a) {
        totalCount @include(if: $t) pageInfo { hasNextPage } nodes { item { nameFr } } } }`,
      { l: ward, a: first.stockLevels.pageInfo.endCursor },
      pharmacist.token,
    );
    expect(next.stockLevels.nodes.map((n) => n.item.nameFr.split(' ')[0])).toEqual([
      'Céline',
      'Cyan',
    ]);
    const bad = await app.gql(PAGE, { l: ward, a: 'not-a-cursor' }, { token: pharmacist.token });
    expect(bad.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await app.gql(PAGE, { l: ward, n: 101 }, { token: pharmacist.token });
    expect(tooMany.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('searches both names, the DCI and the ATC code, every word, accents and case ignored', async () => {
    const ward = await newWard();
    const tag = randomUUID().slice(0, 8);
    const items = [
      await s.stockItem({
        nameFr: `Ibuprofène ${tag} 400 mg`,
        nameEn: `Ibuprofen ${tag} 400 mg`,
        inn: 'ibuprofène',
        atcCode: 'M01AE01',
      }),
      await s.stockItem({
        nameFr: `Amoxicilline ${tag} 1 g`,
        nameEn: `Amoxicillin ${tag} 1 g`,
        inn: 'amoxicilline',
        atcCode: 'J01CA04',
      }),
      await s.stockItem({
        nameFr: `Compresses ${tag}`,
        nameEn: `Swabs ${tag}`,
        kind: StockItemKind.CONSUMABLE,
        inn: null,
        route: null,
        atcCode: null,
      }),
    ];
    for (const item of items) {
      await s.stockOnHand({
        itemId: item.id,
        locationId: ward,
        expiryDate: '2027-01-31',
        quantity: 5,
      });
    }
    const find = async (vars: Record<string, unknown>) =>
      names(await ok<LevelPage>(app, PAGE, { l: ward, ...vars }, pharmacist.token));
    expect(await find({ s: 'IBUPROFENE' })).toEqual(['Ibuprofène']);
    expect(await find({ s: 'amoxicillin 1' })).toEqual(['Amoxicilline']);
    expect(await find({ s: 'j01ca' })).toEqual(['Amoxicilline']);
    expect(await find({ s: 'swabs' })).toEqual(['Compresses']);
    expect(await find({ s: `${tag} 100%` })).toEqual([]);
    expect(await find({ k: 'CONSUMABLE' })).toEqual(['Compresses']);
    expect(await find({ s: tag, k: 'MEDICATION' })).toEqual(['Amoxicilline', 'Ibuprofène']);
  });

  it('filters items with a lot expired or expiring soon, and the central pharmacy below its reorder level', async () => {
    const ward = await newWard();
    const tag = randomUUID().slice(0, 8);
    const soon = await s.stockItem({ nameFr: `Bientôt ${tag}` });
    const later = await s.stockItem({ nameFr: `Tard ${tag}` });
    const gone = await s.stockItem({ nameFr: `Périmé ${tag}` });
    // Today is 2026-06-01; the alerts' window is 30 days.
    await s.stockOnHand({
      itemId: soon.id,
      locationId: ward,
      expiryDate: '2026-06-20',
      quantity: 2,
    });
    await s.stockOnHand({
      itemId: later.id,
      locationId: ward,
      expiryDate: '2027-06-20',
      quantity: 2,
    });
    await s.stockOnHand({
      itemId: gone.id,
      locationId: ward,
      expiryDate: '2026-05-20',
      quantity: 2,
    });
    const expiring = await ok<LevelPage>(app, PAGE, { l: ward, f: 'EXPIRING' }, pharmacist.token);
    expect(names(expiring)).toEqual(['Bientôt', 'Périmé']);
    expect(expiring.stockLevels.totalCount).toBe(2);
    const wardBelow = await ok<LevelPage>(
      app,
      PAGE,
      { l: ward, f: 'BELOW_REORDER_LEVEL' },
      pharmacist.token,
    );
    expect(wardBelow.stockLevels.nodes).toEqual([]);

    // Reorder level 10: 4 usable units are below it, 50 are not, 50 expired ones count for none.
    const low = await s.stockItem({ nameFr: `Bas ${tag}` });
    const enough = await s.stockItem({ nameFr: `Assez ${tag}` });
    const expired = await s.stockItem({ nameFr: `Vieux ${tag}` });
    await s.stockOnHand({
      itemId: low.id,
      locationId: CENTRAL,
      expiryDate: '2027-01-31',
      quantity: 4,
    });
    await s.stockOnHand({
      itemId: enough.id,
      locationId: CENTRAL,
      expiryDate: '2027-01-31',
      quantity: 50,
    });
    await s.stockOnHand({
      itemId: expired.id,
      locationId: CENTRAL,
      expiryDate: '2026-05-01',
      quantity: 50,
    });
    // A recalled lot counts for none either.
    const recalled = await s.stockItem({ nameFr: `Rappelé ${tag}` });
    const recalledLot = await s.stockOnHand({
      itemId: recalled.id,
      locationId: CENTRAL,
      expiryDate: '2027-01-31',
      quantity: 50,
    });
    await app.em().nativeUpdate(StockLot, recalledLot.id, {
      status: LotStatus.RECALLED,
      recalledAt: app.clock.now(),
      recallReason: 'Avis du fabricant',
    });
    const below = await ok<LevelPage>(
      app,
      PAGE,
      { l: CENTRAL, s: tag, f: 'BELOW_REORDER_LEVEL' },
      doctor.token,
    );
    expect(names(below)).toEqual(['Bas', 'Rappelé', 'Vieux']);
    expect(below.stockLevels.nodes.every((n) => n.belowReorderLevel)).toBe(true);
    expect(below.stockLevels.nodes.map((n) => n.usableOnHand)).toEqual([4, 0, 0]);
  });
});

describe('who may do what', () => {
  it('a nurse reads the stock of the wards she covers this shift, and nothing else', async () => {
    const item = await s.stockItem();
    const mine = await newWard();
    const other = await newWard();
    await s.stockOnHand({
      itemId: item.id,
      locationId: mine,
      expiryDate: '2027-01-31',
      quantity: 4,
    });
    await s.stockOnHand({
      itemId: item.id,
      locationId: other,
      expiryDate: '2027-01-31',
      quantity: 4,
    });
    const em = app.em();
    em.create(NurseAssignment, {
      ward: em.getReference(Ward, mine),
      date: '2026-06-01',
      shift: Shift.DAY,
      nurseUserId: nurse.user.id,
      nurseName: 'Infirmière',
    });
    await em.flush();
    expect((await level(mine, item.id, nurse.token)).onHand).toBe(4);
    for (const l of [other, CENTRAL]) {
      const r = await app.gql(LEVELS, { l, i: item.id }, { token: nurse.token });
      expect(r.errors[0]?.extensions?.code, l).toBe('NOT_FOUND');
    }
    const locations = await ok<{ stockLocations: { id: string; kind: string }[] }>(
      app,
      '{ stockLocations { id kind name wardId } }',
      {},
      nurse.token,
    );
    expect(locations.stockLocations).toEqual([expect.objectContaining({ id: mine, kind: 'WARD' })]);
    const costs = await app.gql(
      'query($l: ID!) { stockLevels(locationId: $l) { nodes { lots { lot { unitCostCents } } } } }',
      { l: mine },
      { token: nurse.token },
    );
    expect(costs.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    const all = await ok<{ stockLocations: { id: string }[] }>(
      app,
      '{ stockLocations { id } }',
      {},
      doctor.token,
    );
    expect(all.stockLocations.map((l) => l.id)).toEqual(
      expect.arrayContaining([CENTRAL, mine, other]),
    );
  });

  it('a manager reads the ledger without patients; only the pharmacist moves stock', async () => {
    const item = await s.stockItem();
    await receive([{ itemId: item.id, lotNumber: 'ROLE', expiryDate: '2027-01-31', quantity: 4 }]);
    const patient = await s.patient();
    await ok(
      app,
      DISPENSE,
      {
        i: {
          id: randomUUID(),
          itemId: item.id,
          quantity: 1,
          fromLocationId: CENTRAL,
          patientId: patient.id,
        },
      },
      pharmacist.token,
    );
    const f = { itemId: item.id, kind: 'DISPENSE' };
    const seen = await ok<{ stockMovements: { nodes: { quantity: number; byName: string }[] } }>(
      app,
      'query($f: StockMovementFilter) { stockMovements(filter: $f) { nodes { quantity byName lot { lotNumber expiryDate unitCostCents } item { nameFr } fromLocation { name kind } } } }',
      { f },
      manager.token,
    );
    expect(seen.stockMovements.nodes).toHaveLength(1);
    const named = await app.gql(
      'query($f: StockMovementFilter) { stockMovements(filter: $f) { nodes { patientId } } }',
      { f },
      { token: manager.token },
    );
    expect(named.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    const byPharmacist = await ok<{ stockMovements: { nodes: { patientId: string }[] } }>(
      app,
      'query($f: StockMovementFilter) { stockMovements(filter: $f) { nodes { patientId } } }',
      { f },
      pharmacist.token,
    );
    expect(byPharmacist.stockMovements.nodes).toEqual([{ patientId: patient.id }]);
    for (const token of [
      nurse.token,
      doctor.token,
      manager.token,
      cashier.token,
      reception.token,
    ]) {
      const r = await app.gql(
        DISPENSE,
        {
          i: {
            id: randomUUID(),
            itemId: item.id,
            quantity: 1,
            fromLocationId: CENTRAL,
            patientId: patient.id,
          },
        },
        { token },
      );
      expect(r.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const cashierLevels = await app.gql(
      LEVELS,
      { l: CENTRAL, i: item.id },
      { token: cashier.token },
    );
    expect(cashierLevels.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    const me = await s.patientAccount();
    for (const q of ['{ stockLocations { id } }', '{ stockItems { totalCount } }']) {
      const r = await app.gql(q, {}, { token: me.token });
      expect(r.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await level(CENTRAL, item.id)).onHand).toBe(3);
  });
});

describe('units on hand per item and location', () => {
  it('agree with the sum of the lots’ balances after every operation of this file', async () => {
    const rows = await app.em().execute<{ pairs: number; wrong: number }[]>(
      `select count(*)::int as pairs,
              count(*) filter (where h.quantity is distinct from b.quantity)::int as wrong
         from (select location_id, item_id, sum(quantity)::int as quantity from stock_balance
                group by location_id, item_id) b
         full join stock_on_hand h using (location_id, item_id)`,
    );
    expect(rows[0]?.pairs).toBeGreaterThan(20);
    expect(rows[0]?.wrong).toBe(0);
  });
});
