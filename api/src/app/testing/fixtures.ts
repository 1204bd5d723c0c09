import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { Role } from '../../kernel/auth/roles.js';
import { Notification, NotificationKind } from '../../modules/notifications/index.js';
import {
  createPatientRecord,
  Sex,
  type NewPatient,
  type Patient,
} from '../../modules/patients/index.js';
import {
  Appointment,
  AppointmentStatus,
  AvailabilityException,
  AvailabilitySession,
  Practitioner,
  WaitlistOffer,
  WaitlistRequest,
} from '../../modules/scheduling/index.js';
import { zonedInstant } from '../../kernel/zoned-time.js';
import { ExceptionKind } from '../../modules/scheduling/practitioner.entity.js';
import { WaitlistStatus } from '../../modules/scheduling/waitlist.entity.js';
import {
  MovementKind,
  StockBalance,
  StockItem,
  StockItemKind,
  StockLocation,
  StockLocationKind,
  StockLot,
  StockMovement,
  StockOperation,
} from '../../modules/pharmacy/index.js';
import { MedicationRoute } from '../../modules/records/index.js';
import type { TestApp } from './test-app.js';

/** A signed-in account: the user row, its credentials and its tokens. */
export type Account = Awaited<ReturnType<TestApp['tokenFor']>>;

/** A signed-in patient account and the patient record it is linked to. */
export type PatientAccount = Account & { patientId: string };

/** A signed-in doctor with a practitioner profile. */
export type DoctorAccount = Account & { practitioner: Practitioner };

export type Vars = Record<string, unknown>;

/** A weekly session: ISO weekday (1 = Monday), local HH:MM times, slot length. */
export interface Session {
  weekday: number;
  startTime: string;
  endTime: string;
  slotMinutes: number;
}

/** 08:00 to 18:00 every day of the week, 20-minute slots. */
export const EVERY_DAY: readonly Session[] = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
  weekday,
  startTime: '08:00',
  endTime: '18:00',
  slotMinutes: 20,
}));

/** Runs an operation that must succeed and returns its data. */
export async function ok<T>(app: TestApp, query: string, vars: Vars, token: string): Promise<T> {
  const r = await app.gql<T>(query, vars, { token });
  expect(r.errors, JSON.stringify(r.errors)).toEqual([]);
  if (r.data === null) throw new Error(`no data: ${query}`);
  return r.data;
}

/**
 * Sends `n` requests that all meet in the database at once: `table` is held (ACCESS EXCLUSIVE)
 * until `n` lock requests of this database wait, then released. Without it, requests sent
 * together may still reach the table one after the other, and a race the code does not guard
 * against would go unseen.
 */
export async function allAtOnce<T>(
  app: TestApp,
  table: string,
  n: number,
  send: () => Promise<T>,
): Promise<T[]> {
  let answers: Promise<T[]> | undefined;
  await app.em().transactional(async (tx) => {
    await tx.execute(`lock table "${table}" in access exclusive mode`);
    answers = Promise.all(Array.from({ length: n }, send));
    const deadline = Date.now() + 20_000;
    for (;;) {
      const [row] = await app
        .em()
        .execute<{ n: number }[]>(
          'select count(*)::int as n from pg_locks where not granted and database = (select oid from pg_database where datname = current_database())',
        );
      if ((row?.n ?? 0) >= n) break;
      if (Date.now() > deadline) throw new Error(`allAtOnce: ${String(n)} requests never waited`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  });
  if (!answers) throw new Error('allAtOnce: nothing sent');
  return answers;
}

interface Id {
  id: string;
}

/** A practitioner, or one given by id. */
type PractitionerRef = Practitioner | string;
const idOf = (p: PractitionerRef) => (typeof p === 'string' ? p : p.id);

/**
 * The one seed builder for test data (STYLE.md): synthetic patients, staff and the rows tests
 * act on. Clinical entries are written through the API by a real clinician (doctor, nurse, lab
 * technician), so they hold exactly what the services write; scheduling rows the API would refuse to create as such
 * (an appointment already past or already checked in, a pending waitlist offer) go through the
 * ORM. Every call makes a new row, so a test may consume what it gets.
 *
 * ```ts
 * const s = seed(app);
 * const patientId = (await s.patient()).id;
 * const rx = await s.prescription(patientId);
 * ```
 */
export function seed(app: TestApp) {
  let counter = 0;
  const accounts = new Map<Role, Promise<Account>>();

  /**
   * One account per role, signed in on first use, that writes what the builder needs written. Its
   * access token lasts as long as the app's setting from the clock at sign-in.
   */
  function author(role: Role): Promise<Account> {
    let a = accounts.get(role);
    if (!a) {
      a = app.tokenFor(role);
      accounts.set(role, a);
    }
    return a;
  }
  const tokenOf = async (by: Account | undefined, role: Role) => (by ?? (await author(role))).token;

  async function patient(over: Partial<NewPatient> = {}): Promise<Patient> {
    counter++;
    const em = app.em();
    const p = await createPatientRecord(em, {
      familyName: `Synthetique${String(counter)}${randomUUID().slice(0, 4)}`,
      givenNames: 'Camille',
      birthDate: '1975-04-12',
      sex: Sex.FEMALE,
      ...over,
    });
    await em.flush();
    return p;
  }

  async function practitioner(
    userId: string,
    opts: { specialty?: string; sessions?: readonly Session[]; consultationMinutes?: number } = {},
  ): Promise<Practitioner> {
    const em = app.em();
    const p = em.create(Practitioner, {
      user: userId,
      specialty: opts.specialty ?? 'GENERAL_PRACTICE',
      consultationMinutes: opts.consultationMinutes ?? 20,
    });
    for (const s of opts.sessions ?? EVERY_DAY)
      em.create(AvailabilitySession, { practitioner: p, ...s });
    await em.flush();
    return p;
  }

  async function doctor(
    opts: { specialty?: string; sessions?: readonly Session[] } = {},
  ): Promise<DoctorAccount> {
    const account = await app.tokenFor(Role.DOCTOR);
    return { ...account, practitioner: await practitioner(account.user.id, opts) };
  }

  async function patientAccount(): Promise<PatientAccount> {
    const account = await app.tokenFor(Role.PATIENT);
    const patientId = account.patientId;
    if (!patientId) throw new Error('a patient account without a patient record');
    return { ...account, patientId };
  }

  async function encounter(
    patientId: string,
    input: Vars = {},
    by?: Account,
  ): Promise<Id & { status: string }> {
    const d = await ok<{ createEncounter: Id & { status: string } }>(
      app,
      `mutation($i: CreateEncounterInput!) { createEncounter(input: $i) { id status } }`,
      { i: { patientId, kind: 'CONSULTATION', reason: 'Douleur thoracique', ...input } },
      await tokenOf(by, Role.DOCTOR),
    );
    return d.createEncounter;
  }

  async function diagnosis(
    patientId: string,
    input: Vars = {},
    by?: Account,
  ): Promise<Id & { status: string }> {
    const d = await ok<{ addDiagnosis: Id & { status: string } }>(
      app,
      `mutation($i: AddDiagnosisInput!) { addDiagnosis(input: $i) { id status } }`,
      { i: { patientId, code: 'I10', rank: 'PRIMARY', ...input } },
      await tokenOf(by, Role.DOCTOR),
    );
    return d.addDiagnosis;
  }

  async function prescription(
    patientId: string,
    input: Vars = {},
    by?: Account,
  ): Promise<Id & { status: string }> {
    const d = await ok<{ prescribe: Id & { status: string } }>(
      app,
      `mutation($i: PrescribeInput!) { prescribe(input: $i) { id status } }`,
      {
        i: {
          patientId,
          medicationName: 'Paracétamol',
          dose: 1,
          doseUnit: 'g',
          route: 'ORAL',
          scheduleTimes: ['08:00', '20:00'],
          ...input,
        },
      },
      await tokenOf(by, Role.DOCTOR),
    );
    return d.prescribe;
  }

  async function labOrders(
    patientId: string,
    testCodes: readonly string[] = ['K'],
    input: Vars = {},
    by?: Account,
  ): Promise<(Id & { status: string; testCode: string })[]> {
    const d = await ok<{ orderLabTests: (Id & { status: string; testCode: string })[] }>(
      app,
      `mutation($i: OrderLabTestsInput!) { orderLabTests(input: $i) { id status testCode } }`,
      { i: { patientId, testCodes, ...input } },
      await tokenOf(by, Role.DOCTOR),
    );
    return d.orderLabTests;
  }

  async function labOrder(patientId: string, testCode = 'K', by?: Account): Promise<Id> {
    const [order] = await labOrders(patientId, [testCode], {}, by);
    if (!order) throw new Error('no order');
    return order;
  }

  /** A result entered by a lab technician on a fresh order (potassium, normal unless given). */
  async function labResult(
    patientId: string,
    valueNumeric = 4.2,
    by?: Account,
  ): Promise<Id & { orderId: string }> {
    const order = await labOrder(patientId);
    const d = await ok<{ enterLabResult: Id }>(
      app,
      `mutation($i: EnterLabResultInput!) { enterLabResult(input: $i) { id } }`,
      { i: { orderId: order.id, valueNumeric } },
      await tokenOf(by, Role.LAB_TECHNICIAN),
    );
    return { id: d.enterLabResult.id, orderId: order.id };
  }

  async function vitals(patientId: string, input: Vars = {}, by?: Account): Promise<Id> {
    const d = await ok<{ recordVitals: Id }>(
      app,
      `mutation($i: RecordVitalsInput!) { recordVitals(input: $i) { id } }`,
      { i: { id: randomUUID(), patientId, heartRate: 76, temperatureC: 36.9, ...input } },
      await tokenOf(by, Role.NURSE),
    );
    return d.recordVitals;
  }

  async function careNote(patientId: string, by?: Account): Promise<Id> {
    const d = await ok<{ addCareNote: Id }>(
      app,
      `mutation($i: AddCareNoteInput!) { addCareNote(input: $i) { id } }`,
      {
        i: {
          id: randomUUID(),
          patientId,
          category: 'OBSERVATION',
          text: 'Patient calme, bien installé',
        },
      },
      await tokenOf(by, Role.NURSE),
    );
    return d.addCareNote;
  }

  async function allergy(
    patientId: string,
    substance = 'Latex',
    by?: Account,
  ): Promise<Id & { version: number }> {
    const d = await ok<{ recordAllergy: Id & { version: number } }>(
      app,
      `mutation($i: RecordAllergyInput!) { recordAllergy(input: $i) { id version } }`,
      { i: { patientId, substance, severity: 'MODERATE' } },
      await tokenOf(by, Role.DOCTOR),
    );
    return d.recordAllergy;
  }

  /**
   * An appointment as it stands at some point of its life, straight in the table: the API books
   * only future ones and moves them step by step.
   */
  async function appointment(args: {
    patientId: string;
    practitioner: PractitionerRef;
    startsAt: Date;
    minutes?: number;
    status?: AppointmentStatus;
    reason?: string;
  }): Promise<Appointment> {
    const em = app.em();
    const a = em.create(Appointment, {
      patient: args.patientId,
      practitioner: idOf(args.practitioner),
      startsAt: args.startsAt,
      endsAt: new Date(args.startsAt.getTime() + (args.minutes ?? 20) * 60_000),
      status: args.status ?? AppointmentStatus.SCHEDULED,
      reason: args.reason ?? 'Contrôle',
      createdAt: app.clock.now(),
    });
    await em.flush();
    return a;
  }

  async function availabilityException(
    practitionerId: PractitionerRef,
    args: { startsAt: Date; endsAt: Date; kind?: ExceptionKind; reason?: string },
  ): Promise<AvailabilityException> {
    const em = app.em();
    const kind = args.kind ?? ExceptionKind.ABSENCE;
    const e = em.create(AvailabilityException, {
      practitioner: idOf(practitionerId),
      kind,
      startsAt: args.startsAt,
      endsAt: args.endsAt,
      slotMinutes: kind === ExceptionKind.EXTRA ? 20 : null,
      reason: args.reason ?? 'Congrès',
    });
    await em.flush();
    return e;
  }

  async function waitlistRequest(args: {
    patientId: string;
    practitioner?: PractitionerRef;
    specialty?: string;
    fromDate: string;
    toDate: string;
    status?: WaitlistStatus;
  }): Promise<WaitlistRequest> {
    const em = app.em();
    const r = em.create(WaitlistRequest, {
      status: args.status ?? WaitlistStatus.WAITING,
      patient: args.patientId,
      practitioner: args.practitioner ? idOf(args.practitioner) : null,
      specialty: args.practitioner ? null : (args.specialty ?? 'GENERAL_PRACTICE'),
      fromDate: args.fromDate,
      toDate: args.toDate,
      createdAt: app.clock.now(),
    });
    await em.flush();
    return r;
  }

  /** A pending offer of a slot to a waiting request, open for an hour. */
  async function waitlistOffer(args: {
    patientId: string;
    practitioner: PractitionerRef;
    startsAt: Date;
    minutes?: number;
  }): Promise<WaitlistOffer> {
    const date = args.startsAt.toISOString().slice(0, 10);
    const request = await waitlistRequest({
      patientId: args.patientId,
      practitioner: args.practitioner,
      fromDate: date,
      toDate: date,
      status: WaitlistStatus.OFFERED,
    });
    const em = app.em();
    const offer = em.create(WaitlistOffer, {
      request: request.id,
      practitioner: idOf(args.practitioner),
      startsAt: args.startsAt,
      endsAt: new Date(args.startsAt.getTime() + (args.minutes ?? 20) * 60_000),
      expiresAt: new Date(app.clock.now().getTime() + 60 * 60_000),
    });
    await em.flush();
    return offer;
  }

  /** A stored notification (no live push), by default reception's call list after an absence. */
  async function notification(
    userId: string,
    params: Record<string, unknown> = { count: 1, practitionerName: 'Dr TEST' },
    kind: NotificationKind = NotificationKind.PATIENTS_TO_CALL,
  ): Promise<Notification> {
    const em = app.em();
    const n = em.create(Notification, {
      user: userId,
      kind,
      params,
      createdAt: app.clock.now(),
    });
    await em.flush();
    return n;
  }

  /** A catalogue item of its own (unique names), active, with a reorder level of 10. */
  async function stockItem(over: Partial<StockItem> = {}): Promise<StockItem> {
    counter++;
    const em = app.em();
    const tag = `${String(counter)}${randomUUID().slice(0, 6)}`;
    const item = em.create(StockItem, {
      kind: StockItemKind.MEDICATION,
      nameFr: `Synthétique ${tag} 500 mg comprimé`,
      nameEn: `Synthetic ${tag} 500 mg tablet`,
      inn: `synthétique ${tag}`,
      form: 'comprimé',
      strength: '500 mg',
      route: MedicationRoute.ORAL,
      atcCode: 'N02BE01',
      unitOfIssue: 'comprimé',
      reorderLevel: 10,
      unitPriceCents: 25,
      ...over,
    });
    await em.flush();
    return item;
  }

  /**
   * Units of a lot on hand at a location, written as a seeded receipt (ledger line and balance
   * together): for what the API refuses to receive, such as a lot already expired. A ward's
   * location is made from the ward when needed.
   */
  async function stockOnHand(args: {
    itemId: string;
    locationId: string;
    lotNumber?: string;
    expiryDate: string;
    quantity: number;
  }): Promise<StockLot> {
    counter++;
    const em = app.em();
    const ward = await em.findOne(StockLocation, args.locationId);
    if (!ward) {
      await em.execute(
        `insert into stock_location (id, kind, name, ward_id) select id, ?, name, id from ward where id = ?`,
        [StockLocationKind.WARD, args.locationId],
      );
    }
    const by = await author(Role.PHARMACIST);
    const lot = em.create(StockLot, {
      item: args.itemId,
      lotNumber: args.lotNumber ?? `SEED${String(counter)}${randomUUID().slice(0, 4)}`,
      expiryDate: args.expiryDate,
      supplier: 'Fournisseur de test',
      receivedQuantity: args.quantity,
      unitCostCents: 10,
    });
    const op = em.create(StockOperation, {
      kind: MovementKind.RECEIPT,
      at: app.clock.now(),
      byUserId: by.user.id,
      byName: 'Seed',
    });
    em.create(StockMovement, {
      operation: op,
      kind: MovementKind.RECEIPT,
      at: op.at,
      byUserId: by.user.id,
      byName: 'Seed',
      item: args.itemId,
      lot,
      toLocation: args.locationId,
      quantity: args.quantity,
      unitCostCents: 10,
    });
    em.create(StockBalance, {
      lot,
      location: args.locationId,
      item: args.itemId,
      quantity: args.quantity,
    });
    await em.flush();
    return lot;
  }

  return {
    author,
    patient,
    stockItem,
    stockOnHand,
    practitioner,
    doctor,
    patientAccount,
    encounter,
    diagnosis,
    prescription,
    labOrders,
    labOrder,
    labResult,
    vitals,
    careNote,
    allergy,
    appointment,
    availabilityException,
    waitlistRequest,
    waitlistOffer,
    notification,
  };
}

export type Seed = ReturnType<typeof seed>;

/**
 * Successive 20-minute slots, in the hospital's time zone, from 08:00 to 18:00 of each day from
 * `firstDate` on: what the builder's practitioners work (`EVERY_DAY`). Each call gives a slot no
 * earlier call gave, so appointments of one patient or one practitioner never overlap.
 */
export function slots(timeZone: string, firstDate: string, minutes = 20) {
  const perDay = Math.floor((10 * 60) / minutes);
  let n = 0;
  return (): { startsAt: Date; endsAt: Date } => {
    const day = Math.floor(n / perDay);
    const slot = n % perDay;
    n++;
    const d = new Date(`${firstDate}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + day);
    const startsAt = zonedInstant(d.toISOString().slice(0, 10), 8 * 60 + slot * minutes, timeZone);
    return { startsAt, endsAt: new Date(startsAt.getTime() + minutes * 60_000) };
  };
}
