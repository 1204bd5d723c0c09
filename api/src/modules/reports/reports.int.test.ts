import { randomUUID } from 'node:crypto';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ok,
  seed,
  type Account,
  type DoctorAccount,
  type Seed,
} from '../../app/testing/fixtures.js';
import { startTestApp, type TestApp } from '../../app/testing/test-app.js';
import { Role } from '../../kernel/auth/roles.js';
import { Sex } from '../patients/index.js';
import { CENTRAL_PHARMACY_ID } from '../pharmacy/index.js';
import { AppointmentStatus } from '../scheduling/index.js';
import type { Dashboard } from './reports.types.js';

/**
 * One small hospital in May 2026 (Paris, UTC+2), every figure computed by hand below. Each
 * section has an event at 23:30 on 31 May (inside) and one at 00:30 on 1 June (outside).
 */
let app: TestApp;
let s: Seed;
let manager: Account;
let admin: Account;
let nurse: Account;
let doctorA: DoctorAccount;
let doctorB: DoctorAccount;

const NOW = new Date('2026-06-01T08:00:00Z');
const MAY = { from: '2026-05-01', to: '2026-05-31' };
/** A Paris wall-clock time in May or June 2026 (UTC+2) as an instant. */
const paris = (local: string) => new Date(`${local}+02:00`);
const LAST_EVENING = paris('2026-05-31T23:30:00');
const NEXT_NIGHT = paris('2026-06-01T00:30:00');

const sql = (text: string, params: unknown[] = []) => app.em().execute(text, params);

const DASHBOARD = `query($p: ReportPeriodInput!, $s: ID) { dashboard(period: $p, serviceId: $s) {
  from to serviceId ownActivityOnly
  demographics { patientsSeen filteredByService cells { ageRange sex patients }
    byAgeRange { ageRange patients } bySex { sex patients } }
  appointments { ownActivityOnly practitioners { practitionerId booked completed cancelled
      cancelledByPractitioner noShows pending completedMinutes cancellationRate noShowRate }
    total { practitionerId booked completed cancelled cancelledByPractitioner noShows pending
      completedMinutes cancellationRate noShowRate } }
  occupancy { filteredByService wards { wardName service beds bedNights occupiedBedNights
      occupancyRate discharges meanLengthOfStayDays }
    total { wardId beds bedNights occupiedBedNights occupancyRate discharges meanLengthOfStayDays } }
  emergency { arrivals closed admitted medianMinutesToTriage medianMinutesToDoctor admissionRate
    outcomes { outcome cases } }
  revenue { currency invoicesIssued creditNotesIssued
    byActKind { actKind invoicedMinor creditedMinor netMinor insurerMinor patientMinor }
    total { actKind invoicedMinor creditedMinor netMinor insurerMinor patientMinor }
    paymentsByMethod { method receivedMinor refundedMinor netMinor }
    payments { receivedMinor refundedMinor netMinor }
    outstandingPatientMinor outstandingInsurerMinor outstandingMinor }
  expenses { purchasesMinor purchasedUnits filteredByService totalMinor
    writeOffsByReason { reason units valueMinor } writeOffs { units valueMinor } } } }`;

const EXPORT = `query($k: ReportExportKind!, $p: ReportPeriodInput!, $s: ID, $sep: CsvSeparator, $l: Locale) {
  reportExport(kind: $k, period: $p, serviceId: $s, separator: $sep, language: $l) { fileName contentType base64 } }`;

/** A manager's dashboard: every section present. */
type Full = { [K in keyof Dashboard]: NonNullable<Dashboard[K]> };

async function dashboardAs(token: string, serviceId?: string): Promise<Dashboard> {
  return (
    await ok<{ dashboard: Dashboard }>(app, DASHBOARD, { p: MAY, s: serviceId ?? null }, token)
  ).dashboard;
}

let wardA: string;

async function ward(
  name: string,
  service: string,
  beds: number,
): Promise<{ id: string; beds: string[] }> {
  const id = randomUUID();
  const room = randomUUID();
  const created = new Date('2026-01-01T00:00:00Z');
  await sql(
    `insert into ward (id, name, service, floor, sex_policy, created_at, version) values (?, ?, ?, '1', 'MIXED', ?, 1)`,
    [id, name, service, created],
  );
  await sql(
    `insert into room (id, ward_id, number, kind, isolation_capable) values (?, ?, '1', 'MULTI', false)`,
    [room, id],
  );
  const ids: string[] = [];
  for (let i = 0; i < beds; i++) {
    const bed = randomUUID();
    ids.push(bed);
    await sql(
      `insert into bed (id, room_id, ward_id, label, condition, condition_since, created_at, version)
       values (?, ?, ?, ?, 'READY', ?, ?, 1)`,
      [bed, room, id, `1-${String(i)}`, created, created],
    );
  }
  return { id, beds: ids };
}

async function stay(args: {
  patientId: string;
  wardId: string;
  bedId: string;
  from: Date;
  to?: Date;
}): Promise<void> {
  const admission = randomUUID();
  await sql(
    `insert into admission (id, patient_id, status, source, reason, attending_user_id, attending_name,
       admitted_at, admitted_by_id, discharged_at, created_at, version)
     values (?, ?, ?, 'ELECTIVE', 'Bilan', ?, 'Dr Test', ?, ?, ?, ?, 1)`,
    [
      admission,
      args.patientId,
      args.to ? 'DISCHARGED' : 'ACTIVE',
      doctorA.user.id,
      args.from,
      doctorA.user.id,
      args.to ?? null,
      args.from,
    ],
  );
  await sql(
    `insert into bed_stay (id, admission_id, bed_id, ward_id, patient_id, started_at, ended_at, cancelled)
     values (?, ?, ?, ?, ?, ?, ?, false)`,
    [randomUUID(), admission, args.bedId, args.wardId, args.patientId, args.from, args.to ?? null],
  );
}

async function emergencyCase(args: {
  patientId: string;
  arrived: Date;
  triageMin?: number;
  doctorMin?: number;
  outcome?: string;
}): Promise<void> {
  const plus = (m?: number) =>
    m === undefined ? null : new Date(args.arrived.getTime() + m * 60_000);
  await sql(
    `insert into emergency_case (id, patient_id, arrived_at, mode, complaint, status, area, triaged_at,
       doctor_at, closed_at, outcome, registered_by_id, registered_by_name, created_at, version)
     values (?, ?, ?, 'WALK_IN', 'FEVER', ?, 'WAITING_ROOM', ?, ?, ?, ?, ?, 'IOA', ?, 1)`,
    [
      randomUUID(),
      args.patientId,
      args.arrived,
      args.outcome ? 'CLOSED' : 'WAITING',
      plus(args.triageMin),
      plus(args.doctorMin),
      args.outcome ? plus(120) : null,
      args.outcome ?? null,
      manager.user.id,
      args.arrived,
    ],
  );
}

let receipts = 0;
async function invoice(args: {
  patientId: string;
  kind?: 'INVOICE' | 'CREDIT_NOTE';
  status: string;
  issued: Date;
  lines: { kind: string; amount: number; insurer?: number }[];
  cancelled?: Date;
  credits?: string;
  /** What the invoice says is paid now (the payments below, as billing keeps it). */
  paidPatient?: number;
  paidInsurer?: number;
}): Promise<string> {
  const id = randomUUID();
  const total = args.lines.reduce((t, l) => t + l.amount, 0);
  const insurer = args.lines.reduce((t, l) => t + (l.insurer ?? 0), 0);
  await sql(
    `insert into invoice (id, kind, status, patient_id, number, year, seq, currency, total_minor, insurer_minor,
       patient_minor, paid_patient_minor, paid_insurer_minor, patient_name, created_at, created_by_id, issued_at,
       credited_invoice_id, cancelled_at, reason)
     values (?, ?, ?, ?, ?, 2026, ?, 'EUR', ?, ?, ?, ?, ?, 'Patient Test', ?, ?, ?, ?, ?, ?)`,
    [
      id,
      args.kind ?? 'INVOICE',
      args.status,
      args.patientId,
      `T-${id.slice(0, 8)}`,
      ++receipts,
      total,
      insurer,
      total - insurer,
      args.paidPatient ?? 0,
      args.paidInsurer ?? 0,
      args.issued,
      manager.user.id,
      args.issued,
      args.credits ?? null,
      args.cancelled ?? null,
      args.credits ? 'Erreur' : null,
    ],
  );
  let position = 0;
  for (const l of args.lines) {
    const charge = randomUUID();
    await sql(
      `insert into charge (id, patient_id, act_kind, code, label_fr, label_en, occurred_at, quantity, unit_minor,
         amount_minor, source_key, created_at)
       values (?, ?, ?, '*', 'Acte', 'Act', ?, 1, ?, ?, ?, ?)`,
      [
        charge,
        args.patientId,
        l.kind,
        args.issued,
        Math.abs(l.amount),
        Math.abs(l.amount),
        `manual:${charge}`,
        args.issued,
      ],
    );
    await sql(
      `insert into invoice_line (id, invoice_id, charge_id, position, act_kind, label_fr, label_en, occurred_at,
         quantity, unit_minor, amount_minor, insurer_minor, patient_minor)
       values (?, ?, ?, ?, ?, 'Acte', 'Act', ?, 1, ?, ?, ?, ?)`,
      [
        randomUUID(),
        id,
        charge,
        ++position,
        l.kind,
        args.issued,
        l.amount,
        l.amount,
        l.insurer ?? 0,
        l.amount - (l.insurer ?? 0),
      ],
    );
  }
  return id;
}

async function payment(
  invoiceId: string,
  patientId: string,
  method: string,
  amount: number,
  at: Date,
  refundOf?: string,
) {
  const id = randomUUID();
  await sql(
    `insert into payment (id, invoice_id, patient_id, method, amount_minor, reason, refund_of_id, receipt_number,
       received_at, received_by_id, received_by_name, reference)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Caisse', ?)`,
    [
      id,
      invoiceId,
      patientId,
      method,
      amount,
      amount < 0 ? 'Remboursement' : null,
      refundOf ?? null,
      `R-T-${String(++receipts)}`,
      at,
      manager.user.id,
      method === 'CASH' ? null : 'REF1',
    ],
  );
  return id;
}

async function movement(args: {
  kind: 'RECEIPT' | 'WRITE_OFF';
  itemId: string;
  lotId: string;
  at: Date;
  quantity: number;
  unitCost?: number;
  location: string;
  reason?: string;
}) {
  const op = randomUUID();
  await sql(
    `insert into stock_operation (id, kind, at, by_user_id, by_name) values (?, ?, ?, ?, 'Pharmacie')`,
    [op, args.kind, args.at, manager.user.id],
  );
  await sql(
    `insert into stock_movement (id, operation_id, kind, at, by_user_id, by_name, item_id, lot_id, from_location_id,
       to_location_id, quantity, unit_cost_cents, write_off_reason, reason)
     values (?, ?, ?, ?, ?, 'Pharmacie', ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      randomUUID(),
      op,
      args.kind,
      args.at,
      manager.user.id,
      args.itemId,
      args.lotId,
      args.kind === 'WRITE_OFF' ? args.location : null,
      args.kind === 'RECEIPT' ? args.location : null,
      args.quantity,
      args.unitCost ?? null,
      args.reason ?? null,
      args.reason ? 'Constat' : null,
    ],
  );
}

async function lot(itemId: string): Promise<string> {
  const id = randomUUID();
  await sql(
    `insert into stock_lot (id, item_id, lot_number, expiry_date, supplier, received_quantity, unit_cost_cents, status, created_at)
     values (?, ?, ?, '2027-12-31', 'Fournisseur', 100, 10, 'ACTIVE', ?)`,
    [id, itemId, `L${id.slice(0, 6)}`, NOW],
  );
  return id;
}

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  s = seed(app);
  manager = await app.tokenFor(Role.MANAGER);
  admin = await app.tokenFor(Role.ADMIN);
  nurse = await app.tokenFor(Role.NURSE);
  doctorA = await s.doctor({ specialty: 'CARDIOLOGY' });
  doctorB = await s.doctor();

  const p1 = await s.patient({ birthDate: '2010-06-15', sex: Sex.FEMALE }); // 15 on 31 May
  const p2 = await s.patient({ birthDate: '1986-05-31', sex: Sex.MALE }); // 40 that very day
  const p3 = await s.patient({ birthDate: '1986-06-01', sex: Sex.MALE }); // still 39
  const p4 = await s.patient({ birthDate: '1940-01-01', sex: Sex.FEMALE }); // 86
  const p5 = await s.patient({ birthDate: '1950-03-03', sex: Sex.MALE }); // only a cancellation
  const p6 = await s.patient({ birthDate: '1990-02-02', sex: Sex.FEMALE }); // 36
  const p7 = await s.patient({ birthDate: '1990-02-02', sex: Sex.FEMALE }); // outside May only
  const p8 = await s.patient({ birthDate: '2000-01-01', sex: Sex.MALE }); // 26

  // Appointments. Doctor A: 6 due in May; doctor B: 1 in May, 2 just outside.
  const appt = (
    patientId: string,
    d: DoctorAccount,
    startsAt: Date,
    status: AppointmentStatus,
    minutes = 20,
  ) => s.appointment({ patientId, practitioner: d.practitioner, startsAt, status, minutes });
  await appt(p1.id, doctorA, paris('2026-05-10T10:00:00'), AppointmentStatus.COMPLETED);
  await appt(p1.id, doctorA, paris('2026-05-11T10:00:00'), AppointmentStatus.COMPLETED, 30);
  await appt(p5.id, doctorA, paris('2026-05-12T10:00:00'), AppointmentStatus.CANCELLED);
  await appt(p3.id, doctorA, paris('2026-05-13T10:00:00'), AppointmentStatus.NO_SHOW);
  await appt(
    p4.id,
    doctorA,
    paris('2026-05-14T10:00:00'),
    AppointmentStatus.CANCELLED_PRACTITIONER_ABSENT,
  );
  await appt(p2.id, doctorA, paris('2026-05-15T10:00:00'), AppointmentStatus.SCHEDULED);
  await appt(p6.id, doctorB, LAST_EVENING, AppointmentStatus.COMPLETED);
  await appt(p7.id, doctorB, NEXT_NIGHT, AppointmentStatus.COMPLETED);
  await appt(p7.id, doctorB, paris('2026-04-30T23:30:00'), AppointmentStatus.COMPLETED);

  // Wards: Chirurgie A (2 beds), Médecine B (1 bed).
  const a = await ward('Chirurgie A', 'Chirurgie', 2);
  const b = await ward('Médecine B', 'Médecine', 1);
  wardA = a.id;
  const [a1 = '', a2 = ''] = a.beds;
  await stay({
    patientId: p2.id,
    wardId: a.id,
    bedId: a1,
    from: paris('2026-04-28T10:00:00'),
    to: paris('2026-05-03T11:00:00'),
  });
  await stay({ patientId: p8.id, wardId: a.id, bedId: a2, from: LAST_EVENING });
  await stay({ patientId: p7.id, wardId: a.id, bedId: a1, from: NEXT_NIGHT });
  await stay({
    patientId: p4.id,
    wardId: b.id,
    bedId: b.beds[0] ?? '',
    from: paris('2026-05-30T15:00:00'),
  });

  // Emergency: three arrivals in May (triage after 10, 20, 30 min; doctor after 40, 60), one after.
  await emergencyCase({
    patientId: p3.id,
    arrived: paris('2026-05-20T10:00:00'),
    triageMin: 10,
    doctorMin: 40,
    outcome: 'ADMITTED',
  });
  await emergencyCase({
    patientId: p3.id,
    arrived: paris('2026-05-21T10:00:00'),
    triageMin: 20,
    doctorMin: 60,
    outcome: 'DISCHARGED',
  });
  await emergencyCase({ patientId: p3.id, arrived: LAST_EVENING, triageMin: 30 });
  await emergencyCase({
    patientId: p7.id,
    arrived: NEXT_NIGHT,
    triageMin: 1,
    doctorMin: 2,
    outcome: 'ADMITTED',
  });

  // Billing.
  await invoice({
    patientId: p2.id,
    status: 'ISSUED',
    issued: paris('2026-04-20T10:00:00'),
    lines: [{ kind: 'OTHER', amount: 1000 }],
  });
  const i1 = await invoice({
    patientId: p1.id,
    status: 'PARTIALLY_PAID',
    issued: paris('2026-05-05T10:00:00'),
    paidPatient: 1871,
    paidInsurer: 2000,
    lines: [
      { kind: 'CONSULTATION', amount: 5000, insurer: 3500 },
      { kind: 'LAB_TEST', amount: 1234, insurer: 863 },
    ],
  });
  await payment(i1, p1.id, 'CASH', 1871, paris('2026-05-06T10:00:00'));
  await payment(i1, p1.id, 'INSURANCE', 2000, paris('2026-06-02T10:00:00'));
  const i2 = await invoice({
    patientId: p6.id,
    status: 'PAID', // by the card payment at 00:30, after the period
    issued: LAST_EVENING,
    paidPatient: 3000,
    lines: [{ kind: 'CONSULTATION', amount: 3000 }],
  });
  await payment(i2, p6.id, 'CARD', 3000, NEXT_NIGHT);
  await invoice({
    patientId: p7.id,
    status: 'ISSUED',
    issued: NEXT_NIGHT,
    lines: [{ kind: 'CONSULTATION', amount: 9999 }],
  });
  const i4 = await invoice({
    patientId: p2.id,
    status: 'CANCELLED',
    issued: paris('2026-05-08T10:00:00'),
    cancelled: paris('2026-05-09T10:00:00'),
    lines: [{ kind: 'BED_DAY', amount: 80000 }],
  });
  const paid = await payment(i4, p2.id, 'CASH', 500, paris('2026-05-08T11:00:00'));
  await payment(i4, p2.id, 'CASH', -500, paris('2026-05-09T09:00:00'), paid);
  await invoice({
    patientId: p2.id,
    kind: 'CREDIT_NOTE',
    status: 'ISSUED',
    issued: paris('2026-05-09T10:00:00'),
    credits: i4,
    lines: [{ kind: 'BED_DAY', amount: -80000 }],
  });

  // Stock: item X received before and during May, written off in May (and just after); item Y
  // received in May and written off from Chirurgie A's stock.
  await sql(
    `insert into stock_location (id, kind, name, ward_id) values (?, 'WARD', 'Chirurgie A', ?)`,
    [a.id, a.id],
  );
  const x = await s.stockItem();
  const y = await s.stockItem();
  const lx = await lot(x.id);
  const ly = await lot(y.id);
  const central = CENTRAL_PHARMACY_ID;
  await movement({
    kind: 'RECEIPT',
    itemId: x.id,
    lotId: lx,
    at: paris('2026-04-10T10:00:00'),
    quantity: 100,
    unitCost: 10,
    location: central,
  });
  await movement({
    kind: 'RECEIPT',
    itemId: x.id,
    lotId: lx,
    at: paris('2026-05-05T10:00:00'),
    quantity: 50,
    unitCost: 13,
    location: central,
  });
  await movement({
    kind: 'WRITE_OFF',
    itemId: x.id,
    lotId: lx,
    at: paris('2026-05-20T10:00:00'),
    quantity: 3,
    location: central,
    reason: 'EXPIRED',
  });
  await movement({
    kind: 'RECEIPT',
    itemId: x.id,
    lotId: lx,
    at: LAST_EVENING,
    quantity: 10,
    unitCost: 20,
    location: central,
  });
  await movement({
    kind: 'WRITE_OFF',
    itemId: x.id,
    lotId: lx,
    at: NEXT_NIGHT,
    quantity: 1,
    location: central,
    reason: 'EXPIRED',
  });
  await movement({
    kind: 'RECEIPT',
    itemId: y.id,
    lotId: ly,
    at: paris('2026-05-02T10:00:00'),
    quantity: 3,
    unitCost: 10,
    location: central,
  });
  await movement({
    kind: 'RECEIPT',
    itemId: y.id,
    lotId: ly,
    at: paris('2026-05-03T10:00:00'),
    quantity: 4,
    unitCost: 11,
    location: central,
  });
  await movement({
    kind: 'WRITE_OFF',
    itemId: y.id,
    lotId: ly,
    at: paris('2026-05-25T10:00:00'),
    quantity: 2,
    location: a.id,
    reason: 'DAMAGED',
  });
});

afterAll(async () => {
  await app.close();
});

describe('the manager’s dashboard for May 2026', () => {
  let d: Full;
  beforeAll(async () => {
    d = (await dashboardAs(manager.token)) as Full;
  });

  it('counts each patient seen once, by age on the last day and sex', () => {
    // Seen: P1 (visits), P2 (stay into May), P3 (emergency), P4 (stay), P6 (visit at 23:30 on
    // 31 May), P8 (stay begun at 23:30 on 31 May). Not P5 (cancelled) nor P7 (all outside).
    expect(d.demographics.patientsSeen).toBe(6);
    expect(d.demographics.byAgeRange).toEqual([
      { ageRange: 'FROM_0_TO_17', patients: 1 },
      { ageRange: 'FROM_18_TO_39', patients: 3 },
      { ageRange: 'FROM_40_TO_64', patients: 1 },
      { ageRange: 'FROM_65_TO_79', patients: 0 },
      { ageRange: 'FROM_80', patients: 1 },
    ]);
    expect(d.demographics.bySex).toEqual([
      { sex: 'FEMALE', patients: 3 },
      { sex: 'MALE', patients: 3 },
    ]);
    expect(d.demographics.cells).toContainEqual({
      ageRange: 'FROM_18_TO_39',
      sex: 'MALE',
      patients: 2,
    });
    expect(d.demographics.cells).toHaveLength(5);
  });

  it('counts appointments due in the period per practitioner, with both rates', () => {
    const a = d.appointments.practitioners.find(
      (r) => r.practitionerId === doctorA.practitioner.id,
    );
    expect(a).toEqual({
      practitionerId: doctorA.practitioner.id,
      booked: 6,
      completed: 2,
      cancelled: 1,
      cancelledByPractitioner: 1,
      noShows: 1,
      pending: 1,
      completedMinutes: 50,
      cancellationRate: 2 / 6,
      noShowRate: 1 / 4,
    });
    const b = d.appointments.practitioners.find(
      (r) => r.practitionerId === doctorB.practitioner.id,
    );
    expect(b).toMatchObject({
      booked: 1,
      completed: 1,
      completedMinutes: 20,
      cancellationRate: 0,
      noShowRate: 0,
    });
    expect(d.appointments.total).toEqual({
      practitionerId: null,
      booked: 7,
      completed: 3,
      cancelled: 1,
      cancelledByPractitioner: 1,
      noShows: 1,
      pending: 1,
      completedMinutes: 70,
      cancellationRate: 2 / 7,
      noShowRate: 1 / 5,
    });
  });

  it('counts occupied beds at each midnight of the period, discharges and their length of stay', () => {
    expect(d.occupancy.wards).toEqual([
      {
        wardName: 'Chirurgie A',
        service: 'Chirurgie',
        beds: 2,
        bedNights: 62,
        occupiedBedNights: 3, // 1, 2 and 3 May; the stay begun at 23:30 on 31 May has no midnight
        occupancyRate: 3 / 62,
        discharges: 1,
        meanLengthOfStayDays: 5.04, // 28 April 10:00 → 3 May 11:00
      },
      {
        wardName: 'Médecine B',
        service: 'Médecine',
        beds: 1,
        bedNights: 31,
        occupiedBedNights: 1, // 31 May
        occupancyRate: 1 / 31,
        discharges: 0,
        meanLengthOfStayDays: null,
      },
    ]);
    expect(d.occupancy.total).toEqual({
      wardId: null,
      beds: 3,
      bedNights: 93,
      occupiedBedNights: 4,
      occupancyRate: 4 / 93,
      discharges: 1,
      meanLengthOfStayDays: 5.04,
    });
  });

  it('agrees with the wards’ occupancy per day summed over the period', async () => {
    const r = await ok<{ wardOccupancy: { occupied: number; discharges: number }[] }>(
      app,
      'query($w: ID) { wardOccupancy(from: "2026-05-01", to: "2026-05-31", wardId: $w) { occupied discharges } }',
      { w: wardA },
      manager.token,
    );
    expect(r.wardOccupancy.reduce((t, x) => t + x.occupied, 0)).toBe(3);
    expect(r.wardOccupancy.reduce((t, x) => t + x.discharges, 0)).toBe(1);
  });

  it('gives the emergency flow of the cases that arrived in the period', () => {
    expect(d.emergency).toMatchObject({
      arrivals: 3,
      closed: 2,
      admitted: 1,
      medianMinutesToTriage: 20,
      medianMinutesToDoctor: 50,
      admissionRate: 0.5,
    });
    expect(d.emergency.outcomes).toContainEqual({ outcome: 'ADMITTED', cases: 1 });
    expect(d.emergency.outcomes).toContainEqual({ outcome: 'DECEASED', cases: 0 });
  });

  it('sums revenue by act kind and payer, deducts credit notes, and owes what is unpaid at the end', () => {
    const r = d.revenue;
    expect(r.currency).toBe('EUR');
    expect(r.invoicesIssued).toBe(3);
    expect(r.creditNotesIssued).toBe(1);
    expect(r.byActKind).toEqual([
      {
        actKind: 'BED_DAY',
        invoicedMinor: 80000,
        creditedMinor: -80000,
        netMinor: 0,
        insurerMinor: 0,
        patientMinor: 0,
      },
      {
        actKind: 'CONSULTATION',
        invoicedMinor: 8000,
        creditedMinor: 0,
        netMinor: 8000,
        insurerMinor: 3500,
        patientMinor: 4500,
      },
      {
        actKind: 'LAB_TEST',
        invoicedMinor: 1234,
        creditedMinor: 0,
        netMinor: 1234,
        insurerMinor: 863,
        patientMinor: 371,
      },
    ]);
    expect(r.total).toEqual({
      actKind: null,
      invoicedMinor: 89234,
      creditedMinor: -80000,
      netMinor: 9234,
      insurerMinor: 4363,
      patientMinor: 4871,
    });
    expect(r.paymentsByMethod).toEqual([
      { method: 'CASH', receivedMinor: 2371, refundedMinor: -500, netMinor: 1871 },
    ]);
    expect(r.payments).toEqual({ receivedMinor: 2371, refundedMinor: -500, netMinor: 1871 });
    // April's 10.00 unpaid, May's consultation at 23:30 on 31 May paid only after midnight, and
    // the insurer's share of the first; the cancelled invoice owes nothing.
    expect(r.outstandingPatientMinor).toBe(4000);
    expect(r.outstandingInsurerMinor).toBe(4363);
    expect(r.outstandingMinor).toBe(8363);
  });

  it('values purchases at cost and write-offs at weighted average cost', () => {
    // Purchases: 50 × 13 + 10 × 20 + 3 × 10 + 4 × 11 = 924. Write-offs: 3 × (1650 / 150) = 33;
    // 2 × (74 / 7) = 21.14 → 21.
    expect(d.expenses).toEqual({
      purchasesMinor: 924,
      purchasedUnits: 67,
      filteredByService: false,
      totalMinor: 978,
      writeOffsByReason: [
        { reason: 'DAMAGED', units: 2, valueMinor: 21 },
        { reason: 'EXPIRED', units: 3, valueMinor: 33 },
      ],
      writeOffs: { units: 5, valueMinor: 54 },
    });
  });

  it('narrows demographics, occupancy and expenses to one service', async () => {
    const f = (await dashboardAs(admin.token, 'Chirurgie')) as Full;
    expect(f.serviceId).toBe('Chirurgie');
    expect(f.demographics).toMatchObject({ patientsSeen: 2, filteredByService: true }); // P2, P8
    expect(f.occupancy.wards.map((w) => w.wardName)).toEqual(['Chirurgie A']);
    expect(f.occupancy.total).toMatchObject({ beds: 2, occupiedBedNights: 3 });
    expect(f.expenses).toMatchObject({
      purchasesMinor: 0,
      writeOffs: { units: 2, valueMinor: 21 },
    });
    expect(f.appointments.total.booked).toBe(7);
  });

  it('refuses a period that ends before it starts', async () => {
    const r = await app.gql(
      DASHBOARD,
      { p: { from: '2026-05-31', to: '2026-05-01' } },
      { token: manager.token },
    );
    expect(r.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('who reads the figures', () => {
  it('gives a doctor their own appointments and nothing else', async () => {
    const d = await dashboardAs(doctorB.token);
    expect(d.ownActivityOnly).toBe(true);
    expect(d.appointments.ownActivityOnly).toBe(true);
    expect(d.appointments.practitioners.map((r) => r.practitionerId)).toEqual([
      doctorB.practitioner.id,
    ]);
    expect(d.appointments.total.booked).toBe(1);
    for (const section of [
      'demographics',
      'occupancy',
      'emergency',
      'revenue',
      'expenses',
    ] as const) {
      expect(d[section]).toBeNull();
    }
  });

  it('lets a doctor export their appointments, unmasked, and refuses them other sections', async () => {
    const r = await ok<{ reportExport: { base64: string } }>(
      app,
      EXPORT,
      { k: 'APPOINTMENTS', p: MAY, l: 'en' },
      doctorB.token,
    );
    const text = Buffer.from(r.reportExport.base64, 'base64').toString('utf8');
    expect(text.split('\r\n')[1]).toMatch(/^[^,]+,GENERAL_PRACTICE,1,1,0,0,0,0,20,0,0$/);
    const refused = await app.gql(EXPORT, { k: 'REVENUE', p: MAY }, { token: doctorB.token });
    expect(refused.errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses other roles', async () => {
    const r = await app.gql(DASHBOARD, { p: MAY }, { token: nurse.token });
    expect(r.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    const services = await app.gql('{ reportServices { id } }', {}, { token: doctorA.token });
    expect(services.errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('exports', () => {
  const file = async (vars: Record<string, unknown>, token = manager.token) =>
    (
      await ok<{ reportExport: { fileName: string; contentType: string; base64: string } }>(
        app,
        EXPORT,
        vars,
        token,
      )
    ).reportExport;

  it('writes a section as CSV with a BOM, the semicolon and "< 5" for small counts of patients', async () => {
    const f = await file({ k: 'APPOINTMENTS', p: MAY, sep: 'SEMICOLON', l: 'fr' });
    expect(f.fileName).toBe('appointments-2026-05-01_2026-05-31.csv');
    expect(f.contentType).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(f.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Praticien;Spécialité;Rendez-vous;Honorés;Annulés;Annulés (praticien absent);Absences;En attente;Minutes de consultation;Taux d’annulation (%);Taux d’absence (%)',
    );
    // Doctor A: 6 booked, the rest under 5; minutes and rates are not counts of patients.
    expect(lines).toContainEqual(
      expect.stringMatching(/;CARDIOLOGY;6;< 5;< 5;< 5;< 5;< 5;50;33,3;25$/),
    );
    expect(lines).toContainEqual('Total;;7;< 5;< 5;< 5;< 5;< 5;70;28,6;20');
  });

  it('writes money in major units with the decimal mark of the separator', async () => {
    const f = await file({ k: 'REVENUE', p: MAY, l: 'en' });
    const text = Buffer.from(f.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFFFigure,Detail,Value\r\n')).toBe(true);
    expect(text).toContain('Net (EUR),LAB_TEST,12.34\r\n');
    expect(text).toContain('Outstanding at the period’s end (EUR),Total,83.63\r\n');
    const fr = Buffer.from(
      (await file({ k: 'REVENUE', p: MAY, sep: 'SEMICOLON', l: 'fr' })).base64,
      'base64',
    );
    expect(fr.toString('utf8')).toContain('Net (EUR);LAB_TEST;12,34\r\n');
  });

  it('masks the demographics’ small cells', async () => {
    const f = await file({ k: 'DEMOGRAPHICS', p: MAY, l: 'en' });
    const lines = Buffer.from(f.base64, 'base64').toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Age range,Sex,Patients');
    expect(lines).toContain('18-39,Male,< 5');
    expect(lines).toContain('Total,Total,6');
  });

  it('summarises the period on one PDF page', async () => {
    const f = await file({ k: 'SUMMARY_PDF', p: MAY, l: 'en' });
    expect(f.fileName).toBe('summary-2026-05-01_2026-05-31.pdf');
    const pdf = await getDocumentProxy(new Uint8Array(Buffer.from(f.base64, 'base64')));
    expect(pdf.numPages).toBe(1);
    const text = (await extractText(pdf, { mergePages: true })).text;
    for (const words of [
      'Dashboard',
      '2026-05-01',
      'Patients seen',
      'Appointments',
      'Bed occupancy',
      'Revenue',
      'Expenses',
      '€83.63',
    ]) {
      expect(text).toContain(words);
    }
  });
});
