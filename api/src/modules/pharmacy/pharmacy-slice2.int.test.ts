import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, seed, type Account, type Seed } from '../../app/testing/fixtures.js';
import { startTestApp, type TestApp } from '../../app/testing/test-app.js';
import { Role } from '../../kernel/auth/roles.js';
import { Notification, NotificationKind } from '../notifications/index.js';
import { NurseAssignment, Shift } from '../wards/index.js';
import { CENTRAL_PHARMACY_ID } from './locations.service.js';
import { MovementKind, StockAlertKind } from './pharmacy-enums.js';
import { StockAlert } from './stock-alert.entity.js';
import { stockAlertsJob } from './stock-alerts.job.js';
import { StockMovement } from './stock-movement.entity.js';

let app: TestApp;
let s: Seed;
let pharmacist: Account;
let nurse: Account;
let doctor: Account;
let otherDoctor: Account;
let manager: Account;
let reception: Account;

// Monday 1 June 2026, 10:00 in Paris: the day shift.
const NOW = new Date('2026-06-01T08:00:00Z');
const CENTRAL = CENTRAL_PHARMACY_ID;

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  s = seed(app);
  pharmacist = await app.tokenFor(Role.PHARMACIST);
  nurse = await app.tokenFor(Role.NURSE);
  doctor = await app.tokenFor(Role.DOCTOR);
  otherDoctor = await app.tokenFor(Role.DOCTOR);
  manager = await app.tokenFor(Role.MANAGER);
  reception = await app.tokenFor(Role.RECEPTIONIST);
});
afterAll(async () => {
  await app.close();
});

let wardSerial = 0;
/** A ward with `beds` beds that the nurse covers this shift. */
async function ward(beds: number): Promise<{ id: string; bedIds: string[] }> {
  wardSerial++;
  const w = await ok<{ saveWard: { id: string } }>(
    app,
    `mutation($i: SaveWardInput!) { saveWard(input: $i) { id } }`,
    {
      i: {
        name: `Lots ${String(wardSerial)}`,
        service: 'Médecine',
        floor: '2',
        sexPolicy: 'MIXED',
      },
    },
    manager.token,
  );
  const room = await ok<{ saveRoom: { id: string } }>(
    app,
    `mutation($i: SaveRoomInput!) { saveRoom(input: $i) { id } }`,
    { i: { wardId: w.saveWard.id, number: '201', kind: 'MULTI' } },
    manager.token,
  );
  const bedIds: string[] = [];
  for (let i = 0; i < beds; i++) {
    const b = await ok<{ addBed: { id: string } }>(
      app,
      `mutation($i: AddBedInput!) { addBed(input: $i) { id } }`,
      { i: { roomId: room.saveRoom.id, label: `201-${String.fromCharCode(65 + i)}` } },
      manager.token,
    );
    bedIds.push(b.addBed.id);
  }
  const em = app.em();
  em.create(NurseAssignment, {
    ward: w.saveWard.id,
    date: '2026-06-01',
    shift: Shift.DAY,
    nurseUserId: nurse.user.id,
    nurseName: 'Infirmière',
  });
  await em.flush();
  return { id: w.saveWard.id, bedIds };
}

/** A new patient admitted to a bed, `attending` their doctor. */
async function inpatient(bedId: string, attending: Account = doctor): Promise<string> {
  const p = await s.patient();
  await ok(
    app,
    `mutation($i: AdmitPatientInput!) { admitPatient(input: $i) { id } }`,
    {
      i: {
        patientId: p.id,
        bedId,
        attendingUserId: attending.user.id,
        reason: 'Surveillance',
        source: 'EMERGENCY',
        admittedAt: '2026-05-30T08:00:00Z',
      },
    },
    reception.token,
  );
  return p.id;
}

const GIVE = `mutation($i: RecordMedicationAdministrationInput!) {
  recordMedicationAdministration(input: $i) { id status lotId } }`;

interface Given {
  id: string;
  status: string;
  lotId: string | null;
}

/** 08:00 and 20:00 in Paris, from 30 May: doses at 06:00Z and 18:00Z. */
const REGIMEN = { scheduleTimes: ['08:00', '20:00'], startAt: '2026-05-30T00:00:00Z' };

async function onHand(lotId: string, locationId: string): Promise<number> {
  const [row] = await app
    .em()
    .execute<{ quantity: number }[]>(
      'select quantity from stock_balance where lot_id = ? and location_id = ?',
      [lotId, locationId],
    );
  return row?.quantity ?? 0;
}

async function consumptionsOf(administrationId: string) {
  return app.em().fork().find(StockMovement, { administration: administrationId });
}

describe('the lot of each dose', () => {
  it('takes the first-expiring lot of the ward’s stock, proposed beforehand, and a replay takes nothing twice', async () => {
    const w = await ward(1);
    const patientId = await inpatient(w.bedIds[0] as string);
    const item = await s.stockItem();
    const later = await s.stockOnHand({
      itemId: item.id,
      locationId: w.id,
      expiryDate: '2026-12-31',
      quantity: 10,
    });
    const first = await s.stockOnHand({
      itemId: item.id,
      locationId: w.id,
      expiryDate: '2026-08-31',
      quantity: 10,
    });
    const rx = await s.prescription(patientId, {
      ...REGIMEN,
      stockItemId: item.id,
      unitsPerDose: 2,
    });

    const proposed = await ok<{
      proposedLot: { lot: { id: string }; locationId: string; quantity: number };
    }>(
      app,
      'query($p: ID!) { proposedLot(prescriptionId: $p) { lot { id } locationId quantity } }',
      { p: rx.id },
      nurse.token,
    );
    expect(proposed.proposedLot).toEqual({ lot: { id: first.id }, locationId: w.id, quantity: 10 });

    const input = {
      id: randomUUID(),
      prescriptionId: rx.id,
      scheduledAt: '2026-05-31T06:00:00.000Z',
      status: 'GIVEN',
    };
    const given = await ok<{ recordMedicationAdministration: Given }>(
      app,
      GIVE,
      { i: input },
      nurse.token,
    );
    expect(given.recordMedicationAdministration).toEqual({
      id: input.id,
      status: 'GIVEN',
      lotId: first.id,
    });
    expect(await onHand(first.id, w.id)).toBe(8);
    expect(await onHand(later.id, w.id)).toBe(10);
    const lines = await consumptionsOf(input.id);
    expect(lines.map((m) => [m.kind, m.lot.id, m.quantity, m.patient?.id])).toEqual([
      [MovementKind.CONSUMPTION, first.id, 2, patientId],
    ]);

    // The same write sent again (an offline outbox replaying it), three times at once.
    const replays = await Promise.all(
      [1, 2, 3].map(() =>
        app.gql<{ recordMedicationAdministration: Given }>(
          GIVE,
          { i: input },
          { token: nurse.token },
        ),
      ),
    );
    for (const r of replays) {
      expect(r.errors).toEqual([]);
      expect(r.data?.recordMedicationAdministration.lotId).toBe(first.id);
    }
    expect(await onHand(first.id, w.id)).toBe(8);
    expect(await consumptionsOf(input.id)).toHaveLength(1);

    // A lot the nurse names is taken as named (no reason asked: it is the box in her hand).
    const named = await ok<{ recordMedicationAdministration: Given }>(
      app,
      GIVE,
      {
        i: {
          id: randomUUID(),
          prescriptionId: rx.id,
          scheduledAt: '2026-05-31T18:00:00.000Z',
          status: 'GIVEN',
          lotId: later.id,
        },
      },
      nurse.token,
    );
    expect(named.recordMedicationAdministration.lotId).toBe(later.id);
    expect(await onHand(later.id, w.id)).toBe(8);
  });

  it('refuses an expired or a recalled lot, and records a dose without a lot when the ward has none', async () => {
    const w = await ward(1);
    const patientId = await inpatient(w.bedIds[0] as string);
    const item = await s.stockItem();
    const expired = await s.stockOnHand({
      itemId: item.id,
      locationId: w.id,
      expiryDate: '2026-05-31',
      quantity: 5,
    });
    const recalled = await s.stockOnHand({
      itemId: item.id,
      locationId: CENTRAL,
      expiryDate: '2027-03-31',
      quantity: 5,
    });
    await ok(
      app,
      'mutation($i: RecallLotInput!) { recallLot(input: $i) { id status } }',
      { i: { lotId: recalled.id, reason: 'Rappel fabricant' } },
      pharmacist.token,
    );
    const rx = await s.prescription(patientId, { ...REGIMEN, stockItemId: item.id });
    const dose = (scheduledAt: string, lotId?: string) => ({
      id: randomUUID(),
      prescriptionId: rx.id,
      scheduledAt,
      status: 'GIVEN',
      ...(lotId ? { lotId } : {}),
    });
    const a = await app.gql(
      GIVE,
      { i: dose('2026-05-31T06:00:00.000Z', expired.id) },
      { token: nurse.token },
    );
    expect(a.errors[0]?.extensions?.code).toBe('LOT_EXPIRED');
    const b = await app.gql(
      GIVE,
      { i: dose('2026-05-31T06:00:00.000Z', recalled.id) },
      { token: nurse.token },
    );
    expect(b.errors[0]?.extensions?.code).toBe('LOT_RECALLED');
    // Only an expired lot in the ward: nothing usable, the dose is recorded without a lot.
    expect(
      (
        await ok<{ proposedLot: null }>(
          app,
          'query($p: ID!) { proposedLot(prescriptionId: $p) { quantity } }',
          { p: rx.id },
          nurse.token,
        )
      ).proposedLot,
    ).toBeNull();
    const input = dose('2026-05-31T06:00:00.000Z');
    const c = await ok<{ recordMedicationAdministration: Given }>(
      app,
      GIVE,
      { i: input },
      nurse.token,
    );
    expect(c.recordMedicationAdministration.lotId).toBeNull();
    expect(await consumptionsOf(input.id)).toHaveLength(0);
    expect(await onHand(expired.id, w.id)).toBe(5);
  });

  it('records a free-text prescription’s dose as before, without a lot', async () => {
    const w = await ward(1);
    const patientId = await inpatient(w.bedIds[0] as string);
    const rx = await s.prescription(patientId, REGIMEN);
    const input = {
      id: randomUUID(),
      prescriptionId: rx.id,
      scheduledAt: '2026-05-31T06:00:00.000Z',
      status: 'GIVEN',
    };
    const r = await ok<{ recordMedicationAdministration: Given }>(
      app,
      GIVE,
      { i: input },
      nurse.token,
    );
    expect(r.recordMedicationAdministration.lotId).toBeNull();
  });
});

describe('a lot traced and recalled', () => {
  it('traces a lot to every location, line and patient, and a recall tells the doctors of the inpatients who received it, once', async () => {
    const w = await ward(3);
    const given = await inpatient(w.bedIds[0] as string, doctor);
    const dispensedTo = await inpatient(w.bedIds[1] as string, otherDoctor);
    const untouched = await inpatient(w.bedIds[2] as string, doctor);
    const item = await s.stockItem();
    const received = await ok<{ receiveStock: { movements: { lot: { id: string } }[] } }>(
      app,
      'mutation($i: ReceiveStockInput!) { receiveStock(input: $i) { movements { lot { id } } } }',
      {
        i: {
          id: randomUUID(),
          supplier: 'Grossiste',
          lines: [
            {
              itemId: item.id,
              lotNumber: `R${String(Date.now())}`,
              expiryDate: '2027-02-28',
              quantity: 40,
              unitCostCents: 30,
            },
          ],
        },
      },
      pharmacist.token,
    );
    const lotId = received.receiveStock.movements[0]?.lot.id as string;
    await ok(
      app,
      'mutation($i: TransferStockInput!) { transferStock(input: $i) { id } }',
      {
        i: {
          id: randomUUID(),
          itemId: item.id,
          quantity: 10,
          fromLocationId: CENTRAL,
          toLocationId: w.id,
        },
      },
      pharmacist.token,
    );
    const rxGiven = await s.prescription(given, { ...REGIMEN, stockItemId: item.id }, doctor);
    const rxDispensed = await s.prescription(
      dispensedTo,
      { ...REGIMEN, stockItemId: item.id },
      otherDoctor,
    );
    await s.prescription(untouched, { ...REGIMEN, stockItemId: item.id });
    const doseId = randomUUID();
    await ok(
      app,
      GIVE,
      {
        i: {
          id: doseId,
          prescriptionId: rxGiven.id,
          scheduledAt: '2026-05-31T06:00:00.000Z',
          status: 'GIVEN',
        },
      },
      nurse.token,
    );
    await ok(
      app,
      'mutation($i: DispenseInput!) { dispense(input: $i) { id } }',
      {
        i: {
          id: randomUUID(),
          itemId: item.id,
          quantity: 3,
          fromLocationId: CENTRAL,
          patientId: dispensedTo,
          prescriptionId: rxDispensed.id,
        },
      },
      pharmacist.token,
    );

    const TRACE = `query($l: ID!) { lotTrace(lotId: $l) {
      lot { id status }
      locations { locationId quantity }
      movements { kind quantity administrationId }
      patients { patientId patientName currentInpatient unitsDispensed unitsAdministered
        administrations { id prescriptionId } } } }`;
    const t = await ok<{
      lotTrace: {
        lot: { status: string };
        locations: { locationId: string; quantity: number }[];
        movements: { kind: string; quantity: number; administrationId: string | null }[];
        patients: {
          patientId: string;
          patientName: string;
          currentInpatient: boolean;
          unitsDispensed: number;
          unitsAdministered: number;
          administrations: { id: string; prescriptionId: string }[];
        }[];
      };
    }>(app, TRACE, { l: lotId }, pharmacist.token);
    expect(t.lotTrace.lot.status).toBe('ACTIVE');
    expect(new Map(t.lotTrace.locations.map((l) => [l.locationId, l.quantity]))).toEqual(
      new Map([
        [CENTRAL, 27],
        [w.id, 9],
      ]),
    );
    expect(
      t.lotTrace.movements.map((m) => [m.kind, m.quantity, m.administrationId]).sort(),
    ).toEqual(
      [
        ['RECEIPT', 40, null],
        ['TRANSFER', 10, null],
        ['CONSUMPTION', 1, doseId],
        ['DISPENSE', 3, null],
      ].sort(),
    );
    const byPatient = new Map(t.lotTrace.patients.map((p) => [p.patientId, p]));
    expect([...byPatient.keys()].sort()).toEqual([given, dispensedTo].sort());
    expect(byPatient.get(given)).toMatchObject({
      currentInpatient: true,
      unitsDispensed: 0,
      unitsAdministered: 1,
      administrations: [{ id: doseId, prescriptionId: rxGiven.id }],
    });
    expect(byPatient.get(dispensedTo)).toMatchObject({ unitsDispensed: 3, administrations: [] });
    expect(byPatient.get(given)?.patientName).not.toBe('');

    // Nobody but the pharmacist traces a lot.
    for (const who of [nurse, doctor, manager]) {
      const r = await app.gql(TRACE, { l: lotId }, { token: who.token });
      expect(r.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    }

    const recalledNotices = (userId: string) =>
      app.em().fork().find(Notification, { user: userId, kind: NotificationKind.LOT_RECALLED });
    const before = {
      doctor: (await recalledNotices(doctor.user.id)).length,
      other: (await recalledNotices(otherDoctor.user.id)).length,
    };
    const RECALL =
      'mutation($i: RecallLotInput!) { recallLot(input: $i) { id status recalledAt recallReason } }';
    const recall = { i: { lotId, reason: 'Rappel ANSM: défaut de stérilité' } };
    const r1 = await ok<{ recallLot: { status: string; recallReason: string } }>(
      app,
      RECALL,
      recall,
      pharmacist.token,
    );
    expect(r1.recallLot).toMatchObject({ status: 'RECALLED', recallReason: recall.i.reason });
    await ok(app, RECALL, recall, pharmacist.token);
    // The doctor attending and prescribing for the patient given a dose, and the other doctor
    // for the patient dispensed to: one notification each, naming their patient; the patient who
    // never received the lot is named to nobody.
    const doctorNotices = await recalledNotices(doctor.user.id);
    const otherNotices = await recalledNotices(otherDoctor.user.id);
    expect(doctorNotices.length - before.doctor).toBe(1);
    expect(otherNotices.length - before.other).toBe(1);
    expect(doctorNotices.at(-1)?.params).toMatchObject({ patientId: given, lotId });
    expect(otherNotices.at(-1)?.params).toMatchObject({ patientId: dispensedTo, lotId });
    expect(
      [...doctorNotices, ...otherNotices].some(
        (n) => (n.params as { patientId?: string }).patientId === untouched,
      ),
    ).toBe(false);

    // Recalled: no more dispensing from it, nor doses.
    const d = await app.gql(
      'mutation($i: DispenseInput!) { dispense(input: $i) { id } }',
      {
        i: {
          id: randomUUID(),
          itemId: item.id,
          quantity: 1,
          fromLocationId: CENTRAL,
          patientId: dispensedTo,
          lotId,
        },
      },
      { token: pharmacist.token },
    );
    expect(d.errors[0]?.extensions?.code).toBe('LOT_RECALLED');
    const g = await app.gql(
      GIVE,
      {
        i: {
          id: randomUUID(),
          prescriptionId: rxGiven.id,
          scheduledAt: '2026-05-31T18:00:00.000Z',
          status: 'GIVEN',
          lotId,
        },
      },
      { token: nurse.token },
    );
    expect(g.errors[0]?.extensions?.code).toBe('LOT_RECALLED');
    // Without a named lot, FEFO skips it: the ward has no other lot, the dose goes without.
    const h = await ok<{ recordMedicationAdministration: Given }>(
      app,
      GIVE,
      {
        i: {
          id: randomUUID(),
          prescriptionId: rxGiven.id,
          scheduledAt: '2026-05-31T18:00:00.000Z',
          status: 'GIVEN',
        },
      },
      nurse.token,
    );
    expect(h.recordMedicationAdministration.lotId).toBeNull();
  });
});

describe('valuation', () => {
  it('values each location at weighted average cost, matching a hand-computed example', async () => {
    const item = await s.stockItem();
    const w = await ward(0);
    const receive = (
      lotNumber: string,
      quantity: number,
      unitCostCents: number,
      token = pharmacist.token,
    ) =>
      ok(
        app,
        'mutation($i: ReceiveStockInput!) { receiveStock(input: $i) { id } }',
        {
          i: {
            id: randomUUID(),
            supplier: 'Grossiste',
            lines: [
              { itemId: item.id, lotNumber, expiryDate: '2027-06-30', quantity, unitCostCents },
            ],
          },
        },
        token,
      );
    // 1 June: 100 units at 12 c and 50 at 15 c (1,950 c for 150 units: 13 c each); 30 go to
    // the ward. 2 June: 7 units at 41 c (2,237 c for 157 units: 14.248… c each).
    await receive('VAL-A', 100, 12);
    await receive('VAL-B', 50, 15);
    await ok(
      app,
      'mutation($i: TransferStockInput!) { transferStock(input: $i) { id } }',
      {
        i: {
          id: randomUUID(),
          itemId: item.id,
          quantity: 30,
          fromLocationId: CENTRAL,
          toLocationId: w.id,
        },
      },
      pharmacist.token,
    );
    app.clock.set(new Date('2026-06-02T08:00:00Z'));
    try {
      // A token of that day: the first day's have expired by then.
      await receive('VAL-C', 7, 41, (await app.tokenFor(Role.PHARMACIST)).token);
    } finally {
      app.clock.set(NOW);
    }
    const VALUE = `query($at: LocalDate!, $l: ID) { stockValuation(at: $at, locationId: $l) {
      locationId valueCents lines { itemId onHand averageUnitCostCents valueCents } } }`;
    type V = {
      stockValuation: {
        locationId: string;
        valueCents: number;
        lines: {
          itemId: string;
          onHand: number;
          averageUnitCostCents: number;
          valueCents: number;
        }[];
      }[];
    };
    const lineOf = (v: V, locationId: string) =>
      v.stockValuation
        .find((l) => l.locationId === locationId)
        ?.lines.find((x) => x.itemId === item.id);
    const june1 = await ok<V>(app, VALUE, { at: '2026-06-01' }, manager.token);
    expect(lineOf(june1, CENTRAL)).toEqual({
      itemId: item.id,
      onHand: 120,
      averageUnitCostCents: 13,
      valueCents: 1560,
    });
    expect(lineOf(june1, w.id)).toEqual({
      itemId: item.id,
      onHand: 30,
      averageUnitCostCents: 13,
      valueCents: 390,
    });
    // 31 May: nothing was there yet.
    const may31 = await ok<V>(app, VALUE, { at: '2026-05-31' }, manager.token);
    expect(lineOf(may31, CENTRAL)).toBeUndefined();
    // 2 June: 127 × 2237 / 157 = 1809.55… → 1810 c; 30 × 2237 / 157 = 427.45… → 427 c.
    const june2 = await ok<V>(app, VALUE, { at: '2026-06-02', l: w.id }, pharmacist.token);
    expect(june2.stockValuation.map((l) => l.locationId)).toEqual([w.id]);
    expect(lineOf(june2, w.id)?.valueCents).toBe(427);
    expect(june2.stockValuation[0]?.valueCents).toBe(427);
    const all2 = await ok<V>(app, VALUE, { at: '2026-06-02', l: CENTRAL }, pharmacist.token);
    expect(lineOf(all2, CENTRAL)?.valueCents).toBe(1810);
    const denied = await app.gql(VALUE, { at: '2026-06-02' }, { token: nurse.token });
    expect(denied.errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('dispensing worklist', () => {
  it('lists what a ward’s inpatients need for 24 h less what was dispensed, partial dispensing counted', async () => {
    const w = await ward(2);
    const a = await inpatient(w.bedIds[0] as string);
    const b = await inpatient(w.bedIds[1] as string);
    const item = await s.stockItem();
    await s.stockOnHand({
      itemId: item.id,
      locationId: CENTRAL,
      expiryDate: '2027-01-31',
      quantity: 50,
    });
    // From now (10:00 in Paris): 20:00 today and 08:00 tomorrow, two doses of 2 units.
    const rxA = await s.prescription(a, {
      scheduleTimes: ['08:00', '20:00'],
      stockItemId: item.id,
      unitsPerDose: 2,
    });
    const rxB = await s.prescription(b, {
      scheduleTimes: ['08:00', '20:00'],
      stockItemId: item.id,
      unitsPerDose: 2,
    });
    // Free text and as needed: not on the list.
    await s.prescription(a, { scheduleTimes: ['12:00'] });
    await s.prescription(b, { scheduleTimes: [], asNeeded: true, stockItemId: item.id });
    const dispense = (patientId: string, prescriptionId: string, quantity: number) =>
      ok(
        app,
        'mutation($i: DispenseInput!) { dispense(input: $i) { id } }',
        {
          i: {
            id: randomUUID(),
            itemId: item.id,
            quantity,
            fromLocationId: CENTRAL,
            patientId,
            prescriptionId,
          },
        },
        pharmacist.token,
      );
    await dispense(a, rxA.id, 1);
    await dispense(b, rxB.id, 4);
    const LIST = `query($w: ID!) { dispensingWorklist(wardId: $w) {
      patientId prescriptionId bedLabel dosesNext24h unitsNeeded unitsCovered unitsToDispense item { id } } }`;
    const r = await ok<{ dispensingWorklist: Record<string, unknown>[] }>(
      app,
      LIST,
      { w: w.id },
      pharmacist.token,
    );
    expect(r.dispensingWorklist).toEqual([
      {
        patientId: a,
        prescriptionId: rxA.id,
        bedLabel: '201-A',
        dosesNext24h: 2,
        unitsNeeded: 4,
        unitsCovered: 1,
        unitsToDispense: 3,
        item: { id: item.id },
      },
    ]);
    const denied = await app.gql(LIST, { w: w.id }, { token: nurse.token });
    expect(denied.errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('stock alerts', () => {
  it('are computed by the job into a table, once for two runs sent together, and pharmacists are told once', async () => {
    const item = await s.stockItem({ reorderLevel: 20 });
    const soon = await s.stockOnHand({
      itemId: item.id,
      locationId: CENTRAL,
      expiryDate: '2026-06-20',
      quantity: 12,
    });
    const old = await s.stockOnHand({
      itemId: item.id,
      locationId: CENTRAL,
      expiryDate: '2026-05-15',
      quantity: 3,
    });
    const fine = await s.stockOnHand({
      itemId: item.id,
      locationId: CENTRAL,
      expiryDate: '2027-06-20',
      quantity: 5,
    });
    const told = () =>
      app
        .em()
        .fork()
        .count(Notification, { user: pharmacist.user.id, kind: NotificationKind.STOCK_ALERTS });
    const before = await told();
    const jobsIn = async (states: string[]) => {
      const [row] = await app
        .em()
        .execute<{ n: number }[]>(
          'select count(*)::int as n from pgboss.job where name = ? and state::text = any(?::text[])',
          [stockAlertsJob.name, `{${states.join(',')}}`],
        );
      return row?.n ?? 0;
    };
    const runs = () => jobsIn(['completed']);
    const pending = () => jobsIn(['created', 'retry', 'active']);
    const done = await runs();
    // Two runs asked at once (one at a time, the second finds nothing new), then a third.
    await Promise.all([app.jobs.send(stockAlertsJob, {}), app.jobs.send(stockAlertsJob, {})]);
    await expect
      .poll(async () => (await runs()) > done && (await pending()) === 0, { timeout: 20_000 })
      .toBe(true);
    const afterTwo = await runs();
    await app.jobs.send(stockAlertsJob, {});
    await expect.poll(runs, { timeout: 20_000 }).toBe(afterTwo + 1);
    const alerts = await app.em().fork().find(StockAlert, { item: item.id });
    expect(alerts.map((a) => [a.kind, a.lot?.id ?? null, a.quantity]).sort()).toEqual(
      [
        [StockAlertKind.BELOW_REORDER_LEVEL, null, 17],
        [StockAlertKind.EXPIRED_ON_HAND, old.id, 3],
        [StockAlertKind.EXPIRING, soon.id, 12],
      ].sort(),
    );
    expect(alerts.some((a) => a.lot?.id === fine.id)).toBe(false);
    expect((await told()) - before).toBe(1);

    const LIST = '{ stockAlerts { kind quantity itemId lot { id } location { id } } }';
    for (const who of [pharmacist, manager]) {
      const r = await ok<{ stockAlerts: { itemId: string }[] }>(app, LIST, {}, who.token);
      expect(r.stockAlerts.filter((a) => a.itemId === item.id)).toHaveLength(3);
    }
    const denied = await app.gql(LIST, {}, { token: nurse.token });
    expect(denied.errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
