import { isObjectType } from 'graphql';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, Role } from '../kernel/auth/roles.js';
import { buildBareSchema } from './schema.js';
import { publishAfterCommit } from '../kernel/pubsub.js';
import { NOTIFICATION_TOPIC, type NotificationPush } from '../modules/notifications/index.js';
import { generate } from 'otplib';
import {
  AccountTokenPurpose,
  issueAccountToken,
  newTotpSecret,
  sealSecret,
  User,
} from '../modules/auth/index.js';
import { Patient } from '../modules/patients/index.js';
import { AppointmentStatus, type Practitioner } from '../modules/scheduling/index.js';
import {
  seed,
  slots,
  type Account,
  type DoctorAccount,
  type PatientAccount,
  type Seed,
  type Vars,
  EVERY_DAY,
  ok,
} from './testing/fixtures.js';
import {
  Bed,
  NurseAssignment,
  Room,
  RoomKind,
  SexPolicy,
  Shift,
  Ward,
} from '../modules/wards/index.js';
import {
  ArrivalMode,
  ChiefComplaint,
  EmergencyCase,
  EmergencyOutcome,
  EmergencyStatus,
} from '../modules/emergency/index.js';
import { CENTRAL_PHARMACY_ID } from '../modules/pharmacy/index.js';
import { EmergencyAccess } from '../modules/break-glass/index.js';
import { startTestApp, wsSubscribe, type SeededUser, type TestApp } from './testing/test-app.js';

/**
 * Who calls: a role with its signed-in account, or nobody. Variables are built for the caller,
 * because some operations act on the caller's own data (their notification, their password,
 * their patient record).
 */
interface Caller {
  role: Role | null;
  account: Account | null;
}

/**
 * For every operation: who may call it, and variables built from real rows so that an allowed
 * caller succeeds — any error an allowed caller gets fails the test, so the table proves the
 * operation works for each role it names, not merely that the permission layer let it through.
 * Each later module adds its operations here; a root field missing from this table fails the
 * first test.
 */
interface Entry {
  doc: string;
  /** Called once per call: operations that consume a row get a fresh one each time. */
  vars?: (caller: Caller) => Vars | Promise<Vars>;
  allowed: readonly Role[] | 'anyone';
  /** The call ends or alters the caller's session or credentials: use a throwaway account. */
  fresh?: boolean;
  /** A subscription: checked over WebSocket in its own test below. */
  ws?: boolean;
}

const STAFF = ALL_ROLES.filter((r) => r !== Role.PATIENT);
const EVERY_ROLE = ALL_ROLES;
/** Staff who find and read patients: everyone but the manager. */
const PATIENT_READERS = STAFF.filter((r) => r !== Role.MANAGER);
/** Roles that read every agenda. */
const AGENDA = [Role.RECEPTIONIST, Role.DOCTOR, Role.NURSE, Role.ADMIN];
/** Roles that see the wards' bed boards; the admissions office and the care team admit. */
const BOARD = [Role.ADMIN, Role.MANAGER, Role.RECEPTIONIST, Role.DOCTOR, Role.NURSE, Role.CASHIER];
const ADT = [Role.RECEPTIONIST, Role.NURSE, Role.DOCTOR];
/** Staff who keep their own working hours: all but doctors, whose week is their sessions. */
const HOURS = STAFF.filter((r) => r !== Role.DOCTOR);

// Monday 1 June 2026, 08:00 in Paris: the clock of the whole file.
const NOW = new Date('2026-06-01T06:00:00Z');

let app: TestApp;
let s: Seed;
const callers = new Map<Role, Caller>();
/** The DOCTOR of the table, with a profile: it manages its own agenda. */
let doctor: DoctorAccount;
let practitioner: Practitioner;
/** The PATIENT of the table: operations a patient may call act on this record. */
let me: PatientAccount;
/** A patient without an account, on whom clinicians write. */
let ward: Patient;
/** An account for the login and refresh rows; another that administrators manage. */
let signIn: SeededUser;
let managed: SeededUser;
/** A doctor account whose profile the administrator upserts. */
let upserted: SeededUser;
/** Rows the read operations read (never consumed). */
let myAppointmentId: string;
let myEncounterId: string;
/** Future slots of the table's practitioner, from Tuesday 2 June 2026; past ones, from 1 May. */
let nextSlot: () => { startsAt: Date };
let pastSlot: () => { startsAt: Date };
let serial = 0;
const unique = () => `${String(++serial)}${randomUUID().slice(0, 6)}`;

/** A scheduled appointment of the table's patient with the table's practitioner. */
async function myAppointment(status?: AppointmentStatus, past = false) {
  const a = await s.appointment({
    patientId: me.patientId,
    practitioner,
    startsAt: (past ? pastSlot() : nextSlot()).startsAt,
    status,
  });
  return a.id;
}

/**
 * Puts a throwaway account's two-step verification in a known state — a new secret enrolled,
 * only offered (enrolment started), or none — and answers a current code of that secret.
 */
async function authenticator(account: Account | null, state: 'enrolled' | 'offered' | 'none') {
  const secret = newTotpSecret();
  if (account) {
    const sealed = sealSecret(secret, app.config.jwtSecret);
    await app.em().nativeUpdate(
      User,
      { id: account.user.id },
      state === 'enrolled'
        ? { mfaSecret: sealed, mfaEnabledAt: new Date(), mfaLastTimeStep: null }
        : {
            mfaSecret: null,
            mfaEnabledAt: null,
            mfaPendingSecret: state === 'offered' ? sealed : null,
          },
    );
  }
  return generate({ secret });
}

/** The password step of a fresh administrator (enrolled): its challenge and a current code. */
async function mfaChallenge() {
  const admin = await app.seedUser(Role.ADMIN);
  const r = await app.gql('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', {
    i: { email: admin.email, password: admin.password },
  });
  return { challenge: r.errors[0]?.extensions?.challenge, code: await app.totpCode(admin.email) };
}

/** A fresh account's mailed token of this purpose, in clear, as its link would carry it. */
async function mailedToken(purpose: AccountTokenPurpose): Promise<string> {
  const u = await app.seedUser(Role.NURSE);
  const em = app.em();
  const user = await em.findOneOrFail(User, u.user.id);
  return (await issueAccountToken(em, user, purpose, app.clock.now())).token;
}

/** An absence's span, far from any slot the table books. */
const FAR = {
  startsAt: new Date('2031-03-03T08:00:00Z'),
  endsAt: new Date('2031-03-03T09:00:00Z'),
};
/** A ward with one room; beds are added as the table consumes them. */
let wardRow: { id: string; roomId: string };
/** An admission of the table's patient, read by the read operations. */
let myAdmissionId: string;

/** A new, free bed in the table's ward. */
async function freeBed(): Promise<string> {
  const em = app.em();
  const bed = em.create(Bed, {
    room: em.getReference(Room, wardRow.roomId),
    ward: em.getReference(Ward, wardRow.id),
    label: unique().slice(0, 12),
  });
  await em.flush();
  return bed.id;
}

/** An admission made yesterday of a new patient, through the API, by reception. */
async function inpatient(patientId?: string): Promise<string> {
  const d = await ok<{ admitPatient: { id: string } }>(
    app,
    'mutation($i: AdmitPatientInput!) { admitPatient(input: $i) { id } }',
    {
      i: {
        patientId: patientId ?? (await s.patient()).id,
        bedId: await freeBed(),
        attendingUserId: doctor.user.id,
        reason: 'Pneumopathie',
        source: 'EMERGENCY',
        admittedAt: new Date(NOW.getTime() - 86_400_000).toISOString(),
      },
    },
    (callers.get(Role.RECEPTIONIST)?.account as Account).token,
  );
  return d.admitPatient.id;
}

/** An open reservation of a free bed for a new patient. */
async function reservation(): Promise<string> {
  const d = await ok<{ reserveBed: { id: string } }>(
    app,
    'mutation($b: ID!, $p: ID!) { reserveBed(input: { bedId: $b, patientId: $p, plannedFor: "2026-06-03T08:00:00Z" }) { id } }',
    { b: await freeBed(), p: (await s.patient()).id },
    (callers.get(Role.RECEPTIONIST)?.account as Account).token,
  );
  return d.reserveBed.id;
}

/** An open emergency case of a new patient (or a closed one of the table's patient). */
async function emergencyCase(closed = false): Promise<string> {
  const em = app.em();
  const nurse = (callers.get(Role.NURSE)?.account as Account).user;
  const c = em.create(EmergencyCase, {
    patient: closed ? em.getReference(Patient, me.patientId) : await s.patient(),
    arrivedAt: new Date(NOW.getTime() - 3_600_000),
    mode: ArrivalMode.WALK_IN,
    complaint: ChiefComplaint.FEVER,
    registeredById: nurse.id,
    registeredByName: 'Table',
    ...(closed
      ? {
          status: EmergencyStatus.CLOSED,
          outcome: EmergencyOutcome.LEFT_WITHOUT_BEING_SEEN,
          closedAt: new Date(NOW.getTime() - 1_800_000),
        }
      : {}),
  });
  await em.flush();
  return c.id;
}
let myEmergencyCaseId: string | undefined;

/** A new inpatient in a new ward nobody covers: the care scope keeps the table's nurse out. */
async function inpatientOutsideWards(): Promise<string> {
  const em = app.em();
  const w = em.create(Ward, {
    name: `Cardiologie ${unique()}`,
    service: 'Cardiologie',
    floor: '3',
    sexPolicy: SexPolicy.MIXED,
  });
  const room = em.create(Room, { ward: w, number: '301', kind: RoomKind.MULTI });
  const bed = em.create(Bed, { room, ward: w, label: unique().slice(0, 12) });
  await em.flush();
  const patientId = (await s.patient()).id;
  await ok(
    app,
    'mutation($i: AdmitPatientInput!) { admitPatient(input: $i) { id } }',
    {
      i: {
        patientId,
        bedId: bed.id,
        attendingUserId: doctor.user.id,
        reason: 'Douleur thoracique',
        source: 'EMERGENCY',
      },
    },
    (callers.get(Role.RECEPTIONIST)?.account as Account).token,
  );
  return patientId;
}

/** A pending emergency access of the table's nurse to a new patient, for a manager to review. */
async function pendingEmergencyAccess(): Promise<string> {
  const em = app.em();
  const grant = em.create(EmergencyAccess, {
    userId: (callers.get(Role.NURSE)?.account as Account).user.id,
    clinicianName: 'Infirmière',
    clinicianRole: Role.NURSE,
    patient: await s.patient(),
    reason: 'Patient en détresse, dossier nécessaire',
    openedAt: NOW,
    expiresAt: new Date(NOW.getTime() + 3_600_000),
  });
  await em.flush();
  return grant.id;
}
const closedCase = async () => (myEmergencyCaseId ??= await emergencyCase(true));
const ED_QUEUE = [Role.NURSE, Role.DOCTOR, Role.RECEPTIONIST, Role.MANAGER];

/** Who reads stock levels; only the pharmacist moves stock. */
const STOCK_LEVELS = [Role.PHARMACIST, Role.NURSE, Role.DOCTOR, Role.MANAGER];
const PHARMACIST = [Role.PHARMACIST];

/** A new catalogue item with 100 units of one lot at the central pharmacy. */
async function stocked(): Promise<{ itemId: string; lotId: string }> {
  const item = await s.stockItem();
  const lot = await s.stockOnHand({
    itemId: item.id,
    locationId: CENTRAL_PHARMACY_ID,
    expiryDate: '2027-01-31',
    quantity: 100,
  });
  return { itemId: item.id, lotId: lot.id };
}

/**
 * A ward of its own whose stock the table's nurse reads: she covers it this morning (the
 * table's assignNurses entry empties the other ward's shift).
 */
let stockWardId: string | undefined;
async function stockWard(): Promise<string> {
  if (stockWardId) return stockWardId;
  const em = app.em();
  const w = em.create(Ward, {
    name: 'Pharmacie test',
    service: 'Médecine',
    floor: '1',
    sexPolicy: SexPolicy.MIXED,
  });
  em.create(NurseAssignment, {
    ward: w,
    date: '2026-06-01',
    shift: Shift.DAY,
    nurseUserId: (callers.get(Role.NURSE)?.account as Account).user.id,
    nurseName: 'Infirmière',
  });
  await em.flush();
  stockWardId = w.id;
  return w.id;
}

/** The table's cashier, who bills what the billing entries act on. */
function cashierToken(): string {
  return (callers.get(Role.CASHIER)?.account as Account).token;
}

/** A charge waiting to be invoiced (a patient's, or a new patient's). */
async function unbilledCharge(
  patientId?: string,
): Promise<{ patientId: string; chargeId: string }> {
  const pid = patientId ?? (await s.patient()).id;
  const id = randomUUID();
  await app.em().execute(
    `insert into charge (id, source_key, patient_id, act_kind, code, label_fr, label_en, quantity,
                         unit_minor, amount_minor, occurred_at, created_at)
     values (?, ?, ?, 'OTHER', '*', 'Acte', 'Act', 1, 1000, 1000, ?, ?)`,
    [id, `test:${id}`, pid, NOW, NOW],
  );
  return { patientId: pid, chargeId: id };
}

async function draftInvoice(patientId?: string): Promise<string> {
  const c = await unbilledCharge(patientId);
  const d = await ok<{ createInvoice: { id: string } }>(
    app,
    'mutation($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }',
    { i: { id: randomUUID(), patientId: c.patientId, chargeIds: [c.chargeId] } },
    cashierToken(),
  );
  return d.createInvoice.id;
}

async function issuedInvoice(patientId?: string): Promise<string> {
  const id = await draftInvoice(patientId);
  await ok(
    app,
    'mutation($id: ID!) { issueInvoice(invoiceId: $id) { id } }',
    { id },
    cashierToken(),
  );
  return id;
}

async function payment(patientId?: string): Promise<string> {
  const invoiceId = await issuedInvoice(patientId);
  const d = await ok<{ recordPayment: { id: string } }>(
    app,
    'mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }',
    { i: { id: randomUUID(), invoiceId, method: 'CASH', amountMinor: 400 } },
    cashierToken(),
  );
  return d.recordPayment.id;
}

/** The patient's own record for a patient caller; another patient's for staff. */
const billedPatient = (caller: Caller) => (caller.role === Role.PATIENT ? me.patientId : undefined);

/**
 * A prescription naming a catalogue item, for an inpatient of the stock ward (the nurse covers
 * it whatever the table's assignNurses did), whose ward stock holds a lot: what `proposedLot`
 * answers with a lot.
 */
let stockedDoseId: string | undefined;
async function stockedDose(): Promise<string> {
  if (stockedDoseId) return stockedDoseId;
  const wardId = await stockWard();
  const em = app.em();
  const room = em.create(Room, { ward: wardId, number: '101', kind: RoomKind.MULTI });
  const bed = em.create(Bed, { room, ward: wardId, label: unique().slice(0, 12) });
  await em.flush();
  const patient = await s.patient();
  await ok(
    app,
    'mutation($i: AdmitPatientInput!) { admitPatient(input: $i) { id } }',
    {
      i: {
        patientId: patient.id,
        bedId: bed.id,
        attendingUserId: doctor.user.id,
        reason: 'Pneumopathie',
        source: 'EMERGENCY',
      },
    },
    (callers.get(Role.RECEPTIONIST)?.account as Account).token,
  );
  const item = await s.stockItem();
  await s.stockOnHand({
    itemId: item.id,
    locationId: wardId,
    expiryDate: '2027-01-31',
    quantity: 10,
  });
  stockedDoseId = (await s.prescription(patient.id, { stockItemId: item.id })).id;
  return stockedDoseId;
}

const strongPassword = () => `Synthetic-${unique()}-passphrase`;
const userOf = (c: Caller) => c.account?.user.id ?? signIn.user.id;

const MATRIX: Record<string, Entry> = {
  // Scheduling and notifications.
  'Query.specialties': { doc: '{ specialties { code } }', allowed: EVERY_ROLE },
  'Query.practitioners': { doc: '{ practitioners(first: 1) { totalCount } }', allowed: EVERY_ROLE },
  'Query.practitioner': {
    doc: 'query($id: ID!) { practitioner(id: $id) { id } }',
    vars: () => ({ id: practitioner.id }),
    allowed: EVERY_ROLE,
  },
  'Query.myPractitionerProfile': {
    doc: '{ myPractitionerProfile { id } }',
    allowed: [Role.DOCTOR],
  },
  'Query.availableSlots': {
    doc: '{ availableSlots(specialty: "CARDIOLOGY", from: "2030-01-01T00:00:00Z", to: "2030-01-02T00:00:00Z") { slots { startsAt } } }',
    allowed: EVERY_ROLE,
  },
  'Query.availabilityExceptions': {
    doc: 'query($id: ID!) { availabilityExceptions(practitionerId: $id) { id } }',
    vars: () => ({ id: practitioner.id }),
    allowed: AGENDA,
  },
  'Query.appointments': {
    doc: '{ appointments(first: 1) { totalCount } }',
    allowed: [...AGENDA, Role.PATIENT],
  },
  'Query.appointment': {
    doc: 'query($id: ID!) { appointment(id: $id) { id } }',
    vars: () => ({ id: myAppointmentId }),
    allowed: [...AGENDA, Role.PATIENT],
  },
  'Query.visitHistory': {
    doc: 'query($id: ID!) { visitHistory(patientId: $id) { totalCount } }',
    vars: () => ({ id: me.patientId }),
    allowed: [Role.RECEPTIONIST, Role.DOCTOR, Role.NURSE, Role.PATIENT],
  },
  'Query.dayBoard': {
    doc: '{ dayBoard(date: "2030-01-01") { appointments { id } } }',
    allowed: AGENDA,
  },
  'Query.waitlist': { doc: '{ waitlist { id } }', allowed: [Role.PATIENT, Role.RECEPTIONIST] },
  'Query.notifications': { doc: '{ notifications(first: 1) { totalCount } }', allowed: EVERY_ROLE },
  'Query.unreadNotificationCount': { doc: '{ unreadNotificationCount }', allowed: EVERY_ROLE },
  'Mutation.upsertPractitioner': {
    doc: 'mutation($i: UpsertPractitionerInput!) { upsertPractitioner(input: $i) { id } }',
    vars: () => ({ i: { userId: upserted.user.id, specialty: 'CARDIOLOGY' } }),
    allowed: [Role.ADMIN],
  },
  'Mutation.updateMyPractitionerProfile': {
    doc: 'mutation { updateMyPractitionerProfile(input: { bio: "Médecin généraliste" }) { id } }',
    allowed: [Role.DOCTOR],
  },
  'Mutation.setWeeklyAvailability': {
    doc: 'mutation($i: SetWeeklyAvailabilityInput!) { setWeeklyAvailability(input: $i) { id } }',
    vars: () => ({ i: { practitionerId: practitioner.id, sessions: EVERY_DAY } }),
    allowed: [Role.ADMIN, Role.RECEPTIONIST, Role.DOCTOR],
  },
  'Query.myWorkingHours': {
    doc: '{ myWorkingHours { id weekday startTime endTime } }',
    allowed: HOURS,
  },
  'Query.staffWorkingHours': {
    doc: 'query($u: ID!) { staffWorkingHours(userId: $u) { id } }',
    vars: () => ({ u: managed.user.id }),
    allowed: [Role.MANAGER, Role.ADMIN],
  },
  'Query.staffHours': {
    doc: 'query($u: ID!) { staffHours(userId: $u) { userId displayName spans { id } } }',
    vars: () => ({ u: managed.user.id }),
    allowed: [Role.MANAGER, Role.ADMIN],
  },
  'Query.staffHoursRoster': {
    doc: '{ staffHoursRoster(first: 5) { totalCount nodes { userId displayName spans { id } } } }',
    allowed: [Role.MANAGER, Role.ADMIN],
  },
  'Mutation.setMyWorkingHours': {
    doc: 'mutation($i: SetMyWorkingHoursInput!) { setMyWorkingHours(input: $i) { id } }',
    vars: () => ({ i: { spans: [{ weekday: 1, startTime: '08:00', endTime: '16:00' }] } }),
    allowed: HOURS,
  },
  'Mutation.setStaffWorkingHours': {
    doc: 'mutation($i: SetStaffWorkingHoursInput!) { setStaffWorkingHours(input: $i) { id } }',
    vars: () => ({
      i: { userId: managed.user.id, spans: [{ weekday: 2, startTime: '07:00', endTime: '15:00' }] },
    }),
    allowed: [Role.MANAGER, Role.ADMIN],
  },
  'Mutation.addAvailabilityException': {
    doc: 'mutation($i: AddAvailabilityExceptionInput!) { addAvailabilityException(input: $i) { id } }',
    vars: () => ({
      i: {
        practitionerId: practitioner.id,
        kind: 'ABSENCE',
        startsAt: FAR.startsAt.toISOString(),
        endsAt: FAR.endsAt.toISOString(),
      },
    }),
    allowed: [Role.ADMIN, Role.RECEPTIONIST, Role.DOCTOR],
  },
  'Mutation.removeAvailabilityException': {
    doc: 'mutation($id: ID!) { removeAvailabilityException(input: { id: $id }) }',
    vars: async () => ({ id: (await s.availabilityException(practitioner, FAR)).id }),
    allowed: [Role.ADMIN, Role.RECEPTIONIST, Role.DOCTOR],
  },
  'Mutation.bookAppointment': {
    doc: 'mutation($i: BookAppointmentInput!) { bookAppointment(input: $i) { id } }',
    vars: () => ({
      i: {
        patientId: me.patientId,
        practitionerId: practitioner.id,
        startsAt: nextSlot().startsAt.toISOString(),
        reason: 'Contrôle',
      },
    }),
    allowed: [Role.PATIENT, Role.RECEPTIONIST, Role.DOCTOR, Role.ADMIN],
  },
  'Mutation.rescheduleAppointment': {
    doc: 'mutation($i: RescheduleAppointmentInput!) { rescheduleAppointment(input: $i) { id } }',
    vars: async () => ({
      i: { id: await myAppointment(), startsAt: nextSlot().startsAt.toISOString() },
    }),
    allowed: [Role.PATIENT, Role.RECEPTIONIST, Role.DOCTOR, Role.ADMIN],
  },
  'Mutation.cancelAppointment': {
    doc: 'mutation($id: ID!) { cancelAppointment(input: { id: $id, reason: "Empêchement" }) { id } }',
    vars: async () => ({ id: await myAppointment() }),
    allowed: [Role.PATIENT, Role.RECEPTIONIST, Role.DOCTOR, Role.ADMIN],
  },
  'Mutation.confirmAppointment': {
    doc: 'mutation($id: ID!) { confirmAppointment(input: { id: $id }) { id } }',
    vars: async () => ({ id: await myAppointment() }),
    allowed: [Role.PATIENT, Role.RECEPTIONIST],
  },
  'Mutation.checkInAppointment': {
    doc: 'mutation($id: ID!) { checkInAppointment(input: { id: $id }) { id } }',
    vars: async () => ({ id: await myAppointment() }),
    allowed: [Role.RECEPTIONIST],
  },
  'Mutation.startAppointment': {
    doc: 'mutation($id: ID!) { startAppointment(input: { id: $id }) { id } }',
    vars: async () => ({ id: await myAppointment(AppointmentStatus.CHECKED_IN) }),
    allowed: [Role.DOCTOR, Role.RECEPTIONIST],
  },
  'Mutation.completeAppointment': {
    doc: 'mutation($id: ID!) { completeAppointment(input: { id: $id }) { id } }',
    vars: async () => ({ id: await myAppointment(AppointmentStatus.IN_PROGRESS) }),
    allowed: [Role.DOCTOR],
  },
  'Mutation.markNoShow': {
    doc: 'mutation($id: ID!) { markNoShow(input: { id: $id }) { id } }',
    vars: async () => ({ id: await myAppointment(AppointmentStatus.SCHEDULED, true) }),
    allowed: [Role.DOCTOR, Role.RECEPTIONIST],
  },
  'Mutation.reportDelay': {
    doc: 'mutation($id: ID!) { reportDelay(input: { practitionerId: $id, minutes: 10 }) { id } }',
    vars: () => ({ id: practitioner.id }),
    allowed: [Role.DOCTOR, Role.RECEPTIONIST],
  },
  'Mutation.cancelPractitionerDay': {
    doc: 'mutation($id: ID!) { cancelPractitionerDay(input: { practitionerId: $id, from: "2031-01-01T00:00:00Z", to: "2031-01-02T00:00:00Z", reason: "Congrès" }) { phone } }',
    vars: () => ({ id: practitioner.id }),
    allowed: [Role.DOCTOR, Role.RECEPTIONIST],
  },
  'Mutation.requestWaitlist': {
    doc: 'mutation($id: ID!) { requestWaitlist(input: { patientId: $id, specialty: "NEUROLOGY", fromDate: "2026-07-01", toDate: "2026-07-10" }) { id } }',
    vars: () => ({ id: me.patientId }),
    allowed: [Role.PATIENT, Role.RECEPTIONIST],
  },
  'Mutation.cancelWaitlistRequest': {
    doc: 'mutation($id: ID!) { cancelWaitlistRequest(input: { id: $id }) { id } }',
    vars: async () => ({
      id: (
        await s.waitlistRequest({
          patientId: me.patientId,
          specialty: 'NEUROLOGY',
          fromDate: '2026-07-01',
          toDate: '2026-07-10',
        })
      ).id,
    }),
    allowed: [Role.PATIENT, Role.RECEPTIONIST],
  },
  'Mutation.acceptWaitlistOffer': {
    doc: 'mutation($id: ID!) { acceptWaitlistOffer(input: { id: $id }) { id } }',
    vars: async () => ({
      id: (
        await s.waitlistOffer({
          patientId: me.patientId,
          practitioner,
          startsAt: nextSlot().startsAt,
        })
      ).id,
    }),
    allowed: [Role.PATIENT, Role.RECEPTIONIST],
  },
  'Mutation.markNotificationRead': {
    doc: 'mutation($id: ID!) { markNotificationRead(input: { id: $id }) { id } }',
    vars: async (c) => ({ id: (await s.notification(userOf(c))).id }),
    allowed: EVERY_ROLE,
  },
  'Mutation.markAllNotificationsRead': {
    doc: 'mutation { markAllNotificationsRead }',
    allowed: EVERY_ROLE,
  },
  'Subscription.notificationAdded': {
    doc: 'subscription { notificationAdded { id } }',
    allowed: EVERY_ROLE,
    ws: true,
  },
  'Subscription.appointmentChanged': {
    doc: 'subscription { appointmentChanged { appointmentId kind } }',
    allowed: [...AGENDA, Role.PATIENT],
    ws: true,
  },
  'Query.patients': { doc: '{ patients(first: 1) { totalCount } }', allowed: PATIENT_READERS },
  'Query.patient': {
    doc: 'query($id: ID!) { patient(id: $id) { id } }',
    vars: () => ({ id: me.patientId }),
    allowed: [...PATIENT_READERS, Role.PATIENT],
  },
  'Query.possiblePatientDuplicates': {
    doc: '{ possiblePatientDuplicates(input: { phone: "+33 1 00 00 00 00" }) { reasons } }',
    allowed: [Role.RECEPTIONIST, Role.ADMIN],
  },
  'Mutation.createPatient': {
    doc: 'mutation($i: CreatePatientInput!) { createPatient(input: $i) { duplicates { reasons } } }',
    vars: () => ({
      i: {
        familyName: `Nouveau${unique()}`,
        givenNames: 'Alix',
        birthDate: '2000-01-01',
        sex: 'FEMALE',
      },
    }),
    allowed: [Role.RECEPTIONIST, Role.ADMIN],
  },
  'Mutation.updatePatient': {
    doc: 'mutation($i: UpdatePatientInput!) { updatePatient(input: $i) { id } }',
    vars: async () => {
      const p = await s.patient();
      return { i: { id: p.id, version: p.version, phone: '+33 1 23 45 67 89' } };
    },
    allowed: [Role.RECEPTIONIST, Role.ADMIN],
  },
  'Mutation.mergePatients': {
    doc: 'mutation($a: ID!, $b: ID!) { mergePatients(input: { survivorId: $a, duplicateId: $b, reason: "same person" }) { movedReferences } }',
    vars: async () => ({ a: (await s.patient()).id, b: (await s.patient()).id }),
    allowed: [Role.ADMIN],
  },
  'Mutation.recordAllergy': {
    doc: 'mutation($id: ID!) { recordAllergy(input: { patientId: $id, substance: "Latex", severity: MILD }) { id } }',
    vars: async () => ({ id: (await s.patient()).id }),
    allowed: [Role.DOCTOR, Role.NURSE, Role.PHARMACIST],
  },
  'Mutation.updateAllergy': {
    doc: 'mutation($id: ID!, $v: Int!) { updateAllergy(input: { id: $id, version: $v, status: INACTIVE }) { id } }',
    vars: async () => {
      const a = await s.allergy((await s.patient()).id);
      return { id: a.id, v: a.version };
    },
    allowed: [Role.DOCTOR, Role.NURSE, Role.PHARMACIST],
  },
  'Mutation.recordNoKnownAllergies': {
    doc: 'mutation($id: ID!) { recordNoKnownAllergies(input: { patientId: $id }) { id } }',
    vars: async () => ({ id: (await s.patient()).id }),
    allowed: [Role.DOCTOR, Role.NURSE, Role.PHARMACIST],
  },
  'Mutation.updateMyContactDetails': {
    doc: 'mutation($v: Int!) { updateMyContactDetails(input: { version: $v, phone: "+33 6 11 22 33 44" }) { id } }',
    vars: async () => ({ v: (await app.em().findOneOrFail(Patient, me.patientId)).version }),
    allowed: [Role.PATIENT],
  },
  'Query.me': { doc: '{ me { id role } }', allowed: EVERY_ROLE },
  'Query.users': { doc: '{ users(first: 1) { totalCount } }', allowed: [Role.ADMIN] },
  'Query.user': {
    doc: 'query($id: ID!) { user(id: $id) { id } }',
    vars: () => ({ id: managed.user.id }),
    allowed: [Role.ADMIN],
  },
  'Query.auditEvents': { doc: '{ auditEvents(first: 1) { totalCount } }', allowed: [Role.ADMIN] },
  'Query.myRecordExport': { doc: '{ myRecordExport }', allowed: [Role.PATIENT] },
  'Query.myRecordPdf': {
    doc: '{ myRecordPdf { fileName base64 } }',
    allowed: [Role.PATIENT],
  },
  'Mutation.closeMyAccount': {
    doc: 'mutation($i: CloseMyAccountInput!) { closeMyAccount(input: $i) }',
    vars: (caller) => ({ i: { password: caller.account?.password ?? 'none', confirm: true } }),
    allowed: [Role.PATIENT],
    fresh: true,
  },
  'Query.emergencyAccessState': {
    doc: 'query($id: ID!) { emergencyAccessState(patientId: $id) { mayOpen activeUntil } }',
    vars: () => ({ id: ward.id }),
    allowed: [Role.NURSE],
  },
  'Query.emergencyAccesses': {
    doc: '{ emergencyAccesses(first: 5) { totalCount nodes { id patientName reason status } } }',
    allowed: [Role.MANAGER],
  },
  'Mutation.openEmergencyAccess': {
    doc: 'mutation($i: OpenEmergencyAccessInput!) { openEmergencyAccess(input: $i) { id expiresAt } }',
    vars: async () => ({
      i: {
        patientId: await inpatientOutsideWards(),
        reason: 'Arrêt cardiaque, dossier nécessaire',
      },
    }),
    allowed: [Role.NURSE],
  },
  'Mutation.reviewEmergencyAccess': {
    doc: 'mutation($i: ReviewEmergencyAccessInput!) { reviewEmergencyAccess(input: $i) { id status } }',
    vars: async () => ({ i: { id: await pendingEmergencyAccess(), decision: 'ACKNOWLEDGED' } }),
    allowed: [Role.MANAGER],
  },
  'Query.accessRefusals': {
    doc: '{ accessRefusals(since: "2026-01-01T00:00:00Z") { actorId refusals } }',
    allowed: [Role.ADMIN],
  },
  'Mutation.login': {
    doc: 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
    vars: () => ({ i: { email: signIn.email, password: signIn.password } }),
    allowed: 'anyone',
  },
  'Mutation.refreshSession': {
    doc: 'mutation($t: String!) { refreshSession(input: { refreshToken: $t }) { accessToken } }',
    vars: async () => ({ t: (await app.login(signIn.email, signIn.password)).refreshToken }),
    allowed: 'anyone',
  },
  'Mutation.registerPatient': {
    doc: 'mutation($i: RegisterPatientInput!) { registerPatient(input: $i) { accessToken } }',
    vars: () => ({
      i: {
        givenNames: 'Sacha',
        familyName: `Inscrit${unique()}`,
        birthDate: '1990-02-03',
        sex: 'MALE',
        phone: '+33 6 98 76 54 32',
        email: `register.${unique()}@test.example`,
        password: strongPassword(),
      },
    }),
    allowed: 'anyone',
  },
  'Mutation.logout': { doc: 'mutation { logout }', allowed: EVERY_ROLE, fresh: true },
  'Mutation.changePassword': {
    doc: 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) { id } }',
    vars: (c) => ({
      i: {
        currentPassword: c.account?.password ?? 'not-the-password',
        newPassword: strongPassword(),
      },
    }),
    allowed: EVERY_ROLE,
    fresh: true,
  },
  'Mutation.updateMyProfile': {
    doc: 'mutation { updateMyProfile(input: { phone: "+33 1 98 76 54 32" }) { id } }',
    allowed: EVERY_ROLE,
  },
  'Mutation.createUser': {
    doc: 'mutation($i: CreateUserInput!) { createUser(input: $i) { temporaryPassword } }',
    vars: () => ({
      i: {
        email: `staff.${unique()}@test.example`,
        role: 'NURSE',
        givenName: 'Noa',
        familyName: 'Infirmier',
      },
    }),
    allowed: [Role.ADMIN],
  },
  'Mutation.updateUser': {
    doc: 'mutation($id: String!) { updateUser(input: { id: $id, active: true }) { id } }',
    vars: () => ({ id: managed.user.id }),
    allowed: [Role.ADMIN],
  },
  'Mutation.resetUserPassword': {
    doc: 'mutation($id: String!) { resetUserPassword(input: { id: $id }) { temporaryPassword } }',
    vars: () => ({ id: managed.user.id }),
    allowed: [Role.ADMIN],
  },
  // Two-step verification (issue 18).
  'Mutation.verifyMfa': {
    doc: 'mutation($i: VerifyMfaInput!) { verifyMfa(input: $i) { accessToken } }',
    vars: async () => ({ i: await mfaChallenge() }),
    allowed: 'anyone',
  },
  'Mutation.startMfaEnrolment': {
    doc: 'mutation { startMfaEnrolment { secret otpauthUri qrCodeDataUrl } }',
    vars: async (c) => {
      await authenticator(c.account, 'none');
      return {};
    },
    allowed: STAFF,
    fresh: true,
  },
  'Mutation.confirmMfaEnrolment': {
    doc: 'mutation($c: String!) { confirmMfaEnrolment(code: $c) { recoveryCodes } }',
    vars: async (c) => ({ c: await authenticator(c.account, 'offered') }),
    allowed: STAFF,
    fresh: true,
  },
  // The rule lets staff in; the service refuses the roles that require it (FORBIDDEN).
  'Mutation.disableMfa': {
    doc: 'mutation($c: String!) { disableMfa(code: $c) { id } }',
    vars: async (c) => ({ c: await authenticator(c.account, 'enrolled') }),
    allowed: STAFF.filter((r) => r !== Role.ADMIN && r !== Role.MANAGER),
    fresh: true,
  },
  'Mutation.resetUserMfa': {
    doc: 'mutation($id: ID!) { resetUserMfa(id: $id) { id } }',
    vars: () => ({ id: managed.user.id }),
    allowed: [Role.ADMIN],
  },
  // Mail, password reset, email verification, reminders (issue 18).
  'Query.mailOutbox': {
    doc: '{ mailOutbox(first: 1) { totalCount } }',
    allowed: [Role.ADMIN],
  },
  'Mutation.requestPasswordReset': {
    doc: 'mutation($e: String!) { requestPasswordReset(email: $e) }',
    vars: () => ({ e: signIn.email }),
    allowed: 'anyone',
  },
  'Mutation.resetPassword': {
    doc: 'mutation($t: String!, $p: String!) { resetPassword(input: { token: $t, newPassword: $p }) }',
    vars: async () => ({
      t: await mailedToken(AccountTokenPurpose.PASSWORD_RESET),
      p: strongPassword(),
    }),
    allowed: 'anyone',
  },
  'Mutation.verifyEmail': {
    doc: 'mutation($t: String!) { verifyEmail(token: $t) }',
    vars: async () => ({ t: await mailedToken(AccountTokenPurpose.EMAIL_VERIFICATION) }),
    allowed: 'anyone',
  },
  'Mutation.resendVerificationEmail': {
    doc: 'mutation { resendVerificationEmail }',
    allowed: [Role.PATIENT],
    fresh: true,
  },
  'Mutation.setReminderOptOut': {
    doc: 'mutation { setReminderOptOut(optOut: false) { id } }',
    allowed: [Role.PATIENT],
  },
  // Clinical records (issue 6).
  'Query.patientChart': {
    doc: 'query($id: ID!) { patientChart(patientId: $id) { patientId } }',
    vars: () => ({ id: me.patientId }),
    allowed: [Role.DOCTOR, Role.NURSE, Role.PATIENT],
  },
  'Query.patientTimeline': {
    doc: 'query($id: ID!) { patientTimeline(patientId: $id, first: 1) { totalCount } }',
    vars: () => ({ id: me.patientId }),
    allowed: [Role.DOCTOR, Role.NURSE, Role.PATIENT],
  },
  'Query.encounters': {
    doc: 'query($id: ID!) { encounters(patientId: $id, first: 1) { totalCount } }',
    vars: () => ({ id: me.patientId }),
    allowed: [Role.DOCTOR, Role.NURSE, Role.PATIENT],
  },
  'Query.encounter': {
    doc: 'query($id: ID!) { encounter(id: $id) { id } }',
    vars: () => ({ id: myEncounterId }),
    allowed: [Role.DOCTOR, Role.NURSE, Role.PATIENT],
  },
  'Query.diagnoses': {
    doc: 'query($id: ID!) { diagnoses(patientId: $id) { id } }',
    vars: () => ({ id: me.patientId }),
    allowed: [Role.DOCTOR, Role.NURSE],
  },
  'Query.icd10Codes': {
    doc: '{ icd10Codes(search: "asthme", first: 1) { code } }',
    allowed: [Role.DOCTOR, Role.NURSE],
  },
  'Query.prescriptions': {
    doc: 'query($id: ID!) { prescriptions(patientId: $id) { id } }',
    vars: () => ({ id: me.patientId }),
    allowed: [Role.DOCTOR, Role.NURSE, Role.PHARMACIST, Role.PATIENT],
  },
  'Query.medicationSchedule': {
    doc: 'query($id: ID!) { medicationSchedule(patientId: $id, from: "2026-01-01T00:00:00Z", to: "2026-01-02T00:00:00Z") { state } }',
    vars: () => ({ id: me.patientId }),
    allowed: [Role.DOCTOR, Role.NURSE],
  },
  'Query.medicationAdministrations': {
    doc: 'query($id: ID!) { medicationAdministrations(patientId: $id) { id } }',
    vars: () => ({ id: me.patientId }),
    allowed: [Role.DOCTOR, Role.NURSE],
  },
  'Query.vitals': {
    doc: 'query($id: ID!) { vitals(patientId: $id, first: 1) { totalCount } }',
    vars: () => ({ id: me.patientId }),
    allowed: [Role.DOCTOR, Role.NURSE, Role.PATIENT],
  },
  'Query.careNotes': {
    doc: 'query($id: ID!) { careNotes(patientId: $id, first: 1) { totalCount } }',
    vars: () => ({ id: me.patientId }),
    allowed: [Role.DOCTOR, Role.NURSE],
  },
  'Query.labTests': {
    doc: '{ labTests(search: "K") { code } }',
    allowed: [Role.DOCTOR, Role.NURSE, Role.LAB_TECHNICIAN],
  },
  'Query.labOrders': {
    doc: '{ labOrders(first: 1) { totalCount } }',
    allowed: [Role.DOCTOR, Role.NURSE, Role.LAB_TECHNICIAN, Role.PATIENT],
  },
  'Query.labResults': {
    doc: 'query($id: ID!) { labResults(patientId: $id, first: 1) { totalCount } }',
    vars: () => ({ id: me.patientId }),
    allowed: [Role.DOCTOR, Role.NURSE, Role.LAB_TECHNICIAN, Role.PATIENT],
  },
  'Query.attachments': {
    doc: 'query($id: ID!) { attachments(patientId: $id, first: 1) { totalCount } }',
    vars: () => ({ id: me.patientId }),
    allowed: [Role.DOCTOR, Role.NURSE],
  },
  'Mutation.createEncounter': {
    doc: 'mutation($id: ID!) { createEncounter(input: { patientId: $id, kind: CONSULTATION, reason: "Fièvre" }) { id } }',
    vars: () => ({ id: ward.id }),
    allowed: [Role.DOCTOR],
  },
  'Mutation.completeEncounter': {
    doc: 'mutation($id: ID!) { completeEncounter(input: { id: $id }) { id } }',
    vars: async () => ({ id: (await s.encounter(ward.id)).id }),
    allowed: [Role.DOCTOR],
  },
  'Mutation.addDiagnosis': {
    doc: 'mutation($id: ID!) { addDiagnosis(input: { patientId: $id, code: "I10", rank: PRIMARY }) { id } }',
    vars: () => ({ id: ward.id }),
    allowed: [Role.DOCTOR],
  },
  'Mutation.resolveDiagnosis': {
    doc: 'mutation($id: ID!) { resolveDiagnosis(input: { id: $id }) { id } }',
    vars: async () => ({ id: (await s.diagnosis(ward.id)).id }),
    allowed: [Role.DOCTOR],
  },
  'Mutation.prescribe': {
    doc: 'mutation($id: ID!) { prescribe(input: { patientId: $id, medicationName: "Paracétamol", dose: 1, doseUnit: "g", route: ORAL, asNeeded: true }) { id } }',
    vars: () => ({ id: ward.id }),
    allowed: [Role.DOCTOR],
  },
  'Mutation.stopPrescription': {
    doc: 'mutation($id: ID!) { stopPrescription(input: { id: $id, reason: "Traitement terminé" }) { id } }',
    vars: async () => ({ id: (await s.prescription(ward.id)).id }),
    allowed: [Role.DOCTOR],
  },
  'Mutation.recordVitals': {
    doc: 'mutation($id: ID!, $new: ID!) { recordVitals(input: { id: $new, patientId: $id, heartRate: 72 }) { id } }',
    vars: () => ({ id: ward.id, new: randomUUID() }),
    allowed: [Role.DOCTOR, Role.NURSE],
  },
  'Mutation.addCareNote': {
    doc: 'mutation($id: ID!, $new: ID!) { addCareNote(input: { id: $new, patientId: $id, category: OTHER, text: "Patient installé" }) { id } }',
    vars: () => ({ id: ward.id, new: randomUUID() }),
    allowed: [Role.DOCTOR, Role.NURSE],
  },
  'Mutation.recordMedicationAdministration': {
    doc: 'mutation($new: ID!, $id: ID!, $at: DateTimeISO!) { recordMedicationAdministration(input: { id: $new, prescriptionId: $id, scheduledAt: $at, status: GIVEN }) { id } }',
    vars: async () => {
      // One dose a day at 08:00 in Paris, from today: today's is due now.
      const rx = await s.prescription(ward.id, {
        scheduleTimes: ['08:00'],
        startAt: '2026-06-01T00:00:00Z',
      });
      return { new: randomUUID(), id: rx.id, at: NOW.toISOString() };
    },
    allowed: [Role.NURSE],
  },
  'Mutation.orderLabTests': {
    doc: 'mutation($id: ID!) { orderLabTests(input: { patientId: $id, testCodes: ["K"] }) { id } }',
    vars: () => ({ id: ward.id }),
    allowed: [Role.DOCTOR],
  },
  'Mutation.collectLabSpecimens': {
    doc: 'mutation($id: ID!) { collectLabSpecimens(input: { orderIds: [$id] }) { id } }',
    vars: async () => ({ id: (await s.labOrder(ward.id)).id }),
    allowed: [Role.NURSE, Role.LAB_TECHNICIAN],
  },
  'Mutation.cancelLabOrder': {
    doc: 'mutation($id: ID!) { cancelLabOrder(input: { id: $id, reason: "Doublon" }) { id } }',
    vars: async () => ({ id: (await s.labOrder(ward.id)).id }),
    allowed: [Role.DOCTOR],
  },
  'Mutation.enterLabResult': {
    doc: 'mutation($id: ID!) { enterLabResult(input: { orderId: $id, valueNumeric: 4.1 }) { id } }',
    vars: async () => ({ id: (await s.labOrder(ward.id)).id }),
    allowed: [Role.LAB_TECHNICIAN],
  },
  'Mutation.validateLabResult': {
    doc: 'mutation($id: ID!) { validateLabResult(input: { id: $id }) { id } }',
    vars: async () => ({ id: (await s.labResult(ward.id)).id }),
    allowed: [Role.LAB_TECHNICIAN],
  },
  'Mutation.markEnteredInError': {
    doc: 'mutation($k: ClinicalEntryKind!, $id: ID!) { markEnteredInError(input: { kind: $k, id: $id, reason: "Mauvais patient" }) { id } }',
    // Each kind of entry is corrected by the role that writes it: the lab its results,
    // clinicians the vitals.
    vars: async (c) =>
      c.role === Role.LAB_TECHNICIAN
        ? { k: 'LAB_RESULT', id: (await s.labResult(ward.id)).id }
        : { k: 'VITALS', id: (await s.vitals(ward.id)).id },
    allowed: [Role.DOCTOR, Role.NURSE, Role.LAB_TECHNICIAN],
  },

  // Wards.
  'Query.wards': { doc: '{ wards { id free } }', allowed: BOARD },
  'Query.ward': {
    doc: 'query($id: ID!) { ward(id: $id) { id rooms { id beds { id } } } }',
    vars: () => ({ id: wardRow.id }),
    allowed: BOARD,
  },
  'Query.bedBoard': {
    doc: 'query($id: ID!) { bedBoard(wardId: $id) { asOf beds { bedId status } } }',
    vars: () => ({ id: wardRow.id }),
    allowed: BOARD,
  },
  'Query.admissions': {
    doc: 'query($p: ID!) { admissions(patientId: $p) { id status } }',
    vars: () => ({ p: me.patientId }),
    allowed: [Role.ADMIN, Role.RECEPTIONIST, Role.DOCTOR, Role.NURSE, Role.CASHIER, Role.PATIENT],
  },
  'Query.admission': {
    doc: 'query($id: ID!) { admission(id: $id) { id stays { id } } }',
    vars: () => ({ id: myAdmissionId }),
    allowed: [Role.ADMIN, Role.RECEPTIONIST, Role.DOCTOR, Role.NURSE, Role.CASHIER, Role.PATIENT],
  },
  'Query.nurseAssignments': {
    doc: '{ nurseAssignments(date: "2026-06-01") { id } }',
    allowed: [Role.MANAGER, Role.NURSE, Role.ADMIN],
  },
  'Query.attendingCandidates': { doc: '{ attendingCandidates { userId name } }', allowed: ADT },
  'Query.nurseCandidates': { doc: '{ nurseCandidates { userId name } }', allowed: [Role.MANAGER] },
  'Query.myPatients': { doc: '{ myPatients { patientId } }', allowed: [Role.NURSE] },
  'Query.myRound': { doc: '{ myRound { patientId } }', allowed: [Role.DOCTOR] },
  'Query.myShiftPack': {
    doc: '{ myShiftPack { kind asOf shiftEndsAt version patients { patientId inpatient { name } allergies { id } vitals { id } careNotes { id } } appointments { id } dosesDue { scheduledAt } } }',
    allowed: [Role.DOCTOR, Role.NURSE],
  },
  'Mutation.discardOfflineEntry': {
    doc: 'mutation($new: ID!, $id: ID!) { discardOfflineEntry(input: { id: $new, kind: VITALS, patientId: $id, enteredAt: "2026-06-01T05:00:00Z", reason: "Saisie en double" }) { id } }',
    vars: () => ({ id: ward.id, new: randomUUID() }),
    allowed: [Role.DOCTOR, Role.NURSE],
  },
  'Query.wardOccupancy': {
    doc: '{ wardOccupancy(from: "2026-05-30", to: "2026-06-01") { date rate } }',
    allowed: [Role.MANAGER, Role.ADMIN],
  },
  'Mutation.saveWard': {
    doc: 'mutation($n: String!) { saveWard(input: { name: $n, service: "Médecine", floor: "3", sexPolicy: MIXED }) { id } }',
    vars: () => ({ n: `Salle ${unique()}` }),
    allowed: [Role.ADMIN, Role.MANAGER],
  },
  'Mutation.saveRoom': {
    doc: 'mutation($w: ID!, $n: String!) { saveRoom(input: { wardId: $w, number: $n, kind: DOUBLE }) { id } }',
    vars: () => ({ w: wardRow.id, n: unique().slice(0, 12) }),
    allowed: [Role.ADMIN, Role.MANAGER],
  },
  'Mutation.addBed': {
    doc: 'mutation($r: ID!, $l: String!) { addBed(input: { roomId: $r, label: $l }) { id } }',
    vars: () => ({ r: wardRow.roomId, l: unique().slice(0, 12) }),
    allowed: [Role.ADMIN, Role.MANAGER],
  },
  'Mutation.removeBed': {
    doc: 'mutation($b: ID!) { removeBed(input: { bedId: $b }) { id } }',
    vars: async () => ({ b: await freeBed() }),
    allowed: [Role.ADMIN, Role.MANAGER],
  },
  'Mutation.setBedStatus': {
    doc: 'mutation($b: ID!) { setBedStatus(input: { bedId: $b, condition: TO_CLEAN }) { id } }',
    vars: async () => ({ b: await freeBed() }),
    allowed: [Role.NURSE, Role.MANAGER, Role.ADMIN],
  },
  'Mutation.reserveBed': {
    doc: 'mutation($b: ID!, $p: ID!) { reserveBed(input: { bedId: $b, patientId: $p, plannedFor: "2026-06-03T08:00:00Z" }) { id } }',
    vars: async () => ({ b: await freeBed(), p: (await s.patient()).id }),
    allowed: ADT,
  },
  'Mutation.cancelBedReservation': {
    doc: 'mutation($r: ID!) { cancelBedReservation(input: { reservationId: $r }) { id } }',
    vars: async () => ({ r: await reservation() }),
    allowed: ADT,
  },
  'Mutation.admitPatient': {
    doc: 'mutation($i: AdmitPatientInput!) { admitPatient(input: $i) { id } }',
    vars: async () => ({
      i: {
        patientId: (await s.patient()).id,
        bedId: await freeBed(),
        attendingUserId: doctor.user.id,
        reason: 'Décompensation cardiaque',
        source: 'ELECTIVE',
      },
    }),
    allowed: ADT,
  },
  'Mutation.transferPatient': {
    doc: 'mutation($a: ID!, $b: ID!) { transferPatient(input: { admissionId: $a, toBedId: $b, reason: "Chambre seule" }) { id } }',
    vars: async () => ({ a: await inpatient(), b: await freeBed() }),
    allowed: ADT,
  },
  'Mutation.dischargePatient': {
    doc: 'mutation($a: ID!) { dischargePatient(input: { admissionId: $a, destination: HOME }) { id } }',
    vars: async () => ({ a: await inpatient() }),
    allowed: ADT,
  },
  'Mutation.cancelAdmission': {
    doc: 'mutation($a: ID!) { cancelAdmission(input: { admissionId: $a, reason: "Doublon" }) { id } }',
    vars: async () => ({ a: await inpatient() }),
    allowed: ADT,
  },
  'Mutation.setCareTeam': {
    doc: 'mutation($a: ID!) { setCareTeam(input: { admissionId: $a, doctorUserIds: [] }) { id } }',
    vars: async () => ({ a: await inpatient() }),
    allowed: [Role.DOCTOR],
  },
  'Mutation.writeDischargeSummary': {
    doc: 'mutation($a: ID!) { writeDischargeSummary(input: { admissionId: $a, summary: "Évolution favorable." }) { id } }',
    vars: async () => ({ a: await inpatient() }),
    allowed: [Role.DOCTOR],
  },
  'Mutation.assignNurses': {
    doc: 'mutation($w: ID!) { assignNurses(input: { wardId: $w, date: "2026-06-01", shift: DAY, nurseUserIds: [] }) { id } }',
    vars: () => ({ w: wardRow.id }),
    allowed: [Role.MANAGER],
  },
  // Emergency department.
  'Query.emergencyQueue': {
    doc: '{ emergencyQueue { asOf cases { caseId status } } }',
    allowed: ED_QUEUE,
  },
  'Query.emergencyCase': {
    doc: 'query($id: ID!) { emergencyCase(id: $id) { id status } }',
    vars: async () => ({ id: await closedCase() }),
    allowed: [Role.NURSE, Role.DOCTOR, Role.RECEPTIONIST, Role.PATIENT],
  },
  'Query.myEmergencyVisits': { doc: '{ myEmergencyVisits { id } }', allowed: [Role.PATIENT] },
  'Query.emergencyFigures': {
    doc: '{ emergencyFigures(period: { from: "2026-05-01", to: "2026-05-31" }) { arrivals } }',
    allowed: [Role.MANAGER, Role.ADMIN],
  },
  'Mutation.registerEmergencyArrival': {
    doc: 'mutation($p: ID!) { registerEmergencyArrival(input: { patientId: $p, mode: AMBULANCE, complaint: CHEST_PAIN }) { id } }',
    vars: async () => ({ p: (await s.patient()).id }),
    allowed: [Role.NURSE, Role.RECEPTIONIST],
  },
  'Mutation.triageEmergencyCase': {
    doc: 'mutation($c: ID!) { triageEmergencyCase(input: { caseId: $c, level: L3B }) { id } }',
    vars: async () => ({ c: await emergencyCase() }),
    allowed: [Role.NURSE],
  },
  'Mutation.moveEmergencyCase': {
    doc: 'mutation($c: ID!) { moveEmergencyCase(input: { caseId: $c, area: BOX, areaLabel: "Box 2" }) { id } }',
    vars: async () => ({ c: await emergencyCase() }),
    allowed: [Role.NURSE, Role.DOCTOR],
  },
  'Mutation.takeEmergencyCase': {
    doc: 'mutation($c: ID!) { takeEmergencyCase(input: { caseId: $c }) { id } }',
    vars: async () => ({ c: await emergencyCase() }),
    allowed: [Role.DOCTOR],
  },
  'Mutation.closeEmergencyCase': {
    doc: 'mutation($c: ID!) { closeEmergencyCase(input: { caseId: $c, outcome: LEFT_WITHOUT_BEING_SEEN }) { id } }',
    vars: async () => ({ c: await emergencyCase() }),
    allowed: [Role.DOCTOR],
  },
  'Mutation.amendEmergencyCase': {
    doc: 'mutation($c: ID!) { amendEmergencyCase(input: { caseId: $c, reason: "Relecture", note: "Appel de contrôle fait." }) { id } }',
    vars: async () => ({ c: await closedCase() }),
    allowed: [Role.NURSE, Role.DOCTOR],
  },
  // Pharmacy and stock.
  'Query.stockItems': {
    doc: '{ stockItems(first: 1) { totalCount nodes { nameFr unitPriceCents } } }',
    allowed: [Role.PHARMACIST, Role.CASHIER],
  },
  'Query.stockLocations': { doc: '{ stockLocations { id kind name } }', allowed: STOCK_LEVELS },
  'Query.stockLevels': {
    doc: 'query($l: ID!) { stockLevels(locationId: $l) { nodes { onHand } } }',
    vars: async () => ({ l: await stockWard() }),
    allowed: STOCK_LEVELS,
  },
  'Query.stockMovements': {
    doc: '{ stockMovements(first: 1) { totalCount } }',
    allowed: [Role.PHARMACIST, Role.MANAGER],
  },
  'Mutation.receiveStock': {
    doc: 'mutation($i: ReceiveStockInput!) { receiveStock(input: $i) { id } }',
    vars: async () => ({
      i: {
        id: randomUUID(),
        supplier: 'Grossiste',
        lines: [
          {
            itemId: (await s.stockItem()).id,
            lotNumber: unique(),
            expiryDate: '2027-01-31',
            quantity: 10,
            unitCostCents: 5,
          },
        ],
      },
    }),
    allowed: PHARMACIST,
  },
  'Mutation.dispense': {
    doc: 'mutation($i: DispenseInput!) { dispense(input: $i) { id } }',
    vars: async () => ({
      i: {
        id: randomUUID(),
        itemId: (await stocked()).itemId,
        quantity: 1,
        fromLocationId: CENTRAL_PHARMACY_ID,
        patientId: ward.id,
      },
    }),
    allowed: PHARMACIST,
  },
  'Mutation.transferStock': {
    doc: 'mutation($i: TransferStockInput!) { transferStock(input: $i) { id } }',
    vars: async () => ({
      i: {
        id: randomUUID(),
        itemId: (await stocked()).itemId,
        quantity: 5,
        fromLocationId: CENTRAL_PHARMACY_ID,
        toLocationId: wardRow.id,
      },
    }),
    allowed: PHARMACIST,
  },
  'Mutation.adjustStock': {
    doc: 'mutation($i: AdjustStockInput!) { adjustStock(input: $i) { id } }',
    vars: async () => ({
      i: {
        id: randomUUID(),
        lotId: (await stocked()).lotId,
        locationId: CENTRAL_PHARMACY_ID,
        countedQuantity: 98,
        reason: 'Inventaire',
      },
    }),
    allowed: PHARMACIST,
  },
  'Mutation.writeOffStock': {
    doc: 'mutation($i: WriteOffStockInput!) { writeOffStock(input: $i) { id } }',
    vars: async () => ({
      i: {
        id: randomUUID(),
        lotId: (await stocked()).lotId,
        locationId: CENTRAL_PHARMACY_ID,
        quantity: 1,
        reason: 'DAMAGED',
      },
    }),
    allowed: PHARMACIST,
  },
  'Query.proposedLot': {
    doc: 'query($p: ID!) { proposedLot(prescriptionId: $p) { quantity lot { id } } }',
    vars: async () => ({ p: await stockedDose() }),
    allowed: [Role.PHARMACIST, Role.NURSE],
  },
  'Query.lotTrace': {
    doc: 'query($l: ID!) { lotTrace(lotId: $l) { lot { id } locations { quantity } } }',
    vars: async () => ({ l: (await stocked()).lotId }),
    allowed: PHARMACIST,
  },
  'Query.stockAlerts': {
    doc: '{ stockAlerts { id kind } }',
    allowed: [Role.PHARMACIST, Role.MANAGER],
  },
  'Query.stockValuation': {
    doc: '{ stockValuation(at: "2026-06-01") { locationId valueCents } }',
    allowed: [Role.PHARMACIST, Role.MANAGER],
  },
  'Query.dispensingWorklist': {
    doc: 'query($w: ID!) { dispensingWorklist(wardId: $w) { prescriptionId unitsToDispense } }',
    vars: () => ({ w: wardRow.id }),
    allowed: PHARMACIST,
  },
  'Mutation.recallLot': {
    doc: 'mutation($i: RecallLotInput!) { recallLot(input: $i) { id status } }',
    vars: async () => ({ i: { lotId: (await stocked()).lotId, reason: 'Rappel fabricant' } }),
    allowed: PHARMACIST,
  },
  // Billing.
  'Query.billingSettings': {
    doc: '{ billingSettings { currency minorDigits } }',
    allowed: [Role.CASHIER, Role.MANAGER, Role.ADMIN, Role.PATIENT],
  },
  'Query.tariffs': { doc: '{ tariffs { id } }', allowed: [Role.CASHIER, Role.MANAGER, Role.ADMIN] },
  'Query.insuranceCoverages': {
    doc: '{ insuranceCoverages { id } }',
    allowed: [Role.CASHIER, Role.MANAGER, Role.ADMIN],
  },
  'Query.billingWorklist': {
    doc: '{ billingWorklist(first: 1) { patientId } }',
    allowed: [Role.CASHIER],
  },
  'Query.patientBilling': {
    doc: 'query($p: ID!) { patientBilling(patientId: $p) { patientDueMinor } }',
    vars: (caller) => ({ p: billedPatient(caller) ?? ward.id }),
    allowed: [Role.CASHIER, Role.PATIENT],
  },
  'Query.billableCharges': {
    doc: 'query($p: ID!) { billableCharges(patientId: $p) { id amountMinor } }',
    vars: (caller) => ({ p: billedPatient(caller) ?? ward.id }),
    allowed: [Role.CASHIER, Role.PATIENT],
  },
  'Query.myInvoices': {
    doc: '{ myInvoices { id totalMinor } }',
    allowed: [Role.PATIENT],
  },
  'Query.invoice': {
    doc: 'query($id: ID!) { invoice(id: $id) { id totalMinor } }',
    vars: async (caller) => ({ id: await issuedInvoice(billedPatient(caller)) }),
    allowed: [Role.CASHIER, Role.MANAGER, Role.PATIENT],
  },
  'Query.invoices': {
    doc: '{ invoices(first: 1) { totalCount } }',
    allowed: [Role.CASHIER, Role.MANAGER],
  },
  'Query.invoicePdf': {
    doc: 'query($id: ID!) { invoicePdf(invoiceId: $id) { fileName } }',
    vars: async (caller) => ({ id: await issuedInvoice(billedPatient(caller)) }),
    allowed: [Role.CASHIER, Role.MANAGER, Role.PATIENT],
  },
  'Query.receiptPdf': {
    doc: 'query($id: ID!) { receiptPdf(paymentId: $id) { fileName } }',
    vars: async (caller) => ({ id: await payment(billedPatient(caller)) }),
    allowed: [Role.CASHIER, Role.PATIENT],
  },
  'Query.insurerClaims': {
    doc: '{ insurerClaims(from: "2026-01-01", to: "2026-12-31") { payer } }',
    allowed: [Role.CASHIER, Role.MANAGER],
  },
  'Query.cashUpPreview': { doc: '{ cashUpPreview { paymentCount } }', allowed: [Role.CASHIER] },
  'Query.cashUps': {
    doc: '{ cashUps(from: "2026-01-01", to: "2026-12-31") { id } }',
    allowed: [Role.CASHIER, Role.MANAGER],
  },
  'Query.dashboard': {
    doc: '{ dashboard(period: { from: "2026-05-01", to: "2026-05-31" }) { ownActivityOnly appointments { total { booked } } } }',
    allowed: [Role.MANAGER, Role.ADMIN, Role.DOCTOR],
  },
  'Query.reportServices': {
    doc: '{ reportServices { id name wards } }',
    allowed: [Role.MANAGER, Role.ADMIN],
  },
  'Query.reportExport': {
    doc: 'query($k: ReportExportKind!) { reportExport(kind: $k, period: { from: "2026-05-01", to: "2026-05-31" }) { fileName } }',
    vars: () => ({ k: 'APPOINTMENTS' }),
    allowed: [Role.MANAGER, Role.ADMIN, Role.DOCTOR],
  },
  'Mutation.setTariff': {
    doc: 'mutation($i: SetTariffInput!) { setTariff(input: $i) { id } }',
    vars: () => ({
      i: {
        actKind: 'PROCEDURE',
        code: unique(),
        labelFr: 'Pansement',
        labelEn: 'Dressing',
        amountMinor: 1500,
        validFrom: '2026-01-01',
      },
    }),
    allowed: [Role.MANAGER, Role.ADMIN],
  },
  'Mutation.setInsuranceCoverage': {
    doc: 'mutation($i: SetCoverageInput!) { setInsuranceCoverage(input: $i) { id } }',
    vars: () => ({ i: { payer: unique(), actKind: 'LAB_TEST', percent: 60 } }),
    allowed: [Role.MANAGER, Role.ADMIN],
  },
  'Mutation.addManualCharge': {
    doc: 'mutation($i: AddManualChargeInput!) { addManualCharge(input: $i) { id } }',
    vars: () => ({
      i: {
        id: randomUUID(),
        patientId: ward.id,
        actKind: 'OTHER',
        label: 'Certificat médical',
        quantity: 1,
        unitMinor: 2500,
        reason: 'Demandé par le patient',
      },
    }),
    allowed: [Role.CASHIER],
  },
  'Mutation.priceCharge': {
    doc: 'mutation($i: PriceChargeInput!) { priceCharge(input: $i) { id } }',
    vars: async () => ({
      i: { chargeId: (await unbilledCharge()).chargeId, unitMinor: 900, reason: 'Tarif' },
    }),
    allowed: [Role.CASHIER],
  },
  'Mutation.voidCharge': {
    doc: 'mutation($i: VoidChargeInput!) { voidCharge(input: $i) { id } }',
    vars: async () => ({ i: { chargeId: (await unbilledCharge()).chargeId, reason: 'Erreur' } }),
    allowed: [Role.CASHIER],
  },
  'Mutation.createInvoice': {
    doc: 'mutation($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }',
    vars: async () => {
      const c = await unbilledCharge();
      return { i: { id: randomUUID(), patientId: c.patientId, chargeIds: [c.chargeId] } };
    },
    allowed: [Role.CASHIER],
  },
  'Mutation.issueInvoice': {
    doc: 'mutation($id: ID!) { issueInvoice(invoiceId: $id) { id number } }',
    vars: async () => ({ id: await draftInvoice() }),
    allowed: [Role.CASHIER],
  },
  'Mutation.discardDraftInvoice': {
    doc: 'mutation($id: ID!) { discardDraftInvoice(invoiceId: $id) { id } }',
    vars: async () => ({ id: await draftInvoice() }),
    allowed: [Role.CASHIER],
  },
  'Mutation.issueCreditNote': {
    doc: 'mutation($i: IssueCreditNoteInput!) { issueCreditNote(input: $i) { id } }',
    vars: async () => ({
      i: { id: randomUUID(), invoiceId: await issuedInvoice(), reason: 'Erreur de saisie' },
    }),
    allowed: [Role.CASHIER],
  },
  'Mutation.recordPayment': {
    doc: 'mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }',
    vars: async () => ({
      i: { id: randomUUID(), invoiceId: await issuedInvoice(), method: 'CASH', amountMinor: 100 },
    }),
    allowed: [Role.CASHIER],
  },
  'Mutation.refundPayment': {
    doc: 'mutation($i: RefundPaymentInput!) { refundPayment(input: $i) { id } }',
    vars: async () => ({
      i: { id: randomUUID(), paymentId: await payment(), amountMinor: 100, reason: 'Trop perçu' },
    }),
    allowed: [Role.CASHIER],
  },
  'Mutation.closeCashDay': {
    doc: 'mutation($i: CloseCashDayInput!) { closeCashDay(input: $i) { id } }',
    vars: () => ({ i: { id: randomUUID(), countedCashMinor: 0, note: 'Fin de journée' } }),
    allowed: [Role.CASHIER],
  },
  'Subscription.emergencyQueueChanged': {
    doc: 'subscription { emergencyQueueChanged { caseId change } }',
    allowed: ED_QUEUE,
    ws: true,
  },
  'Subscription.bedBoardChanged': {
    doc: 'subscription { bedBoardChanged { wardId bedId change } }',
    allowed: BOARD,
    ws: true,
  },
};

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  s = seed(app);
  nextSlot = slots(app.config.timeZone, '2026-06-02');
  pastSlot = slots(app.config.timeZone, '2026-05-01');
  doctor = await s.doctor();
  practitioner = doctor.practitioner;
  me = await s.patientAccount();
  for (const role of ALL_ROLES) {
    const account =
      role === Role.DOCTOR ? doctor : role === Role.PATIENT ? me : await app.tokenFor(role);
    callers.set(role, { role, account });
  }
  ward = await s.patient();
  signIn = await app.seedUser(Role.NURSE);
  managed = await app.seedUser(Role.RECEPTIONIST);
  upserted = await app.seedUser(Role.DOCTOR);
  myAppointmentId = await myAppointment();
  myEncounterId = (await s.encounter(me.patientId)).id;
  const em = app.em();
  const w = em.create(Ward, {
    name: 'Médecine interne',
    service: 'Médecine',
    floor: '2',
    sexPolicy: SexPolicy.MIXED,
  });
  const room = em.create(Room, { ward: w, number: '201', kind: RoomKind.MULTI });
  await em.flush();
  wardRow = { id: w.id, roomId: room.id };
  // The table's nurse covers this ward this morning: the care scope lets her read its patients.
  em.create(NurseAssignment, {
    ward: w,
    date: '2026-06-01',
    shift: Shift.DAY,
    nurseUserId: (callers.get(Role.NURSE)?.account as Account).user.id,
    nurseName: 'Infirmière',
  });
  await em.flush();
  myAdmissionId = await inpatient(me.patientId);
});
afterAll(async () => {
  await app.close();
});

/** A denial by the permission layer, as opposed to the operation's own answer. */
function denial(errors: { message: string; extensions?: Record<string, unknown> }[]) {
  const e = errors[0];
  if (!e) return null;
  if (e.extensions?.code === 'FORBIDDEN') return 'FORBIDDEN';
  if (e.extensions?.code === 'UNAUTHENTICATED' && e.message === 'You must sign in.') {
    return 'UNAUTHENTICATED';
  }
  return null;
}

const nothing = (data: Record<string, unknown> | null) =>
  Object.values(data ?? {}).every((v) => v === null);

describe('role matrix', () => {
  it('covers every operation of the schema', async () => {
    const schema = await buildBareSchema();
    const ops: string[] = [];
    for (const t of [
      schema.getQueryType(),
      schema.getMutationType(),
      schema.getSubscriptionType(),
    ]) {
      if (t && isObjectType(t))
        ops.push(...Object.keys(t.getFields()).map((f) => `${t.name}.${f}`));
    }
    expect(ops.sort()).toEqual(Object.keys(MATRIX).sort());
  });

  for (const [op, entry] of Object.entries(MATRIX).filter(([, e]) => !e.ws)) {
    const anyone = entry.allowed === 'anyone';
    it(`${op}: anonymous callers are ${anyone ? 'allowed' : 'refused'}`, async () => {
      const r = await app.gql(entry.doc, await (entry.vars?.({ role: null, account: null }) ?? {}));
      if (anyone) {
        expect(r.errors, `${op} as anonymous`).toEqual([]);
        expect(nothing(r.data)).toBe(false);
      } else {
        expect(denial(r.errors)).toBe('UNAUTHENTICATED');
        expect(nothing(r.data)).toBe(true);
      }
    });

    it(
      `${op}: each role it names succeeds, every other is refused`,
      { timeout: 120_000 },
      async () => {
        for (const role of ALL_ROLES) {
          const caller: Caller = entry.fresh
            ? { role, account: await app.tokenFor(role) }
            : (callers.get(role) ?? { role, account: null });
          const r = await app.gql(entry.doc, await (entry.vars?.(caller) ?? {}), {
            token: caller.account?.token,
          });
          const may = anyone || entry.allowed.includes(role);
          if (may) {
            // Any error fails: the operation must work for every role the table allows.
            expect(r.errors, `${op} as ${role}`).toEqual([]);
            expect(nothing(r.data), `${op} as ${role} returns data`).toBe(false);
          } else {
            expect(denial(r.errors), `${op} as ${role}`).toBe('FORBIDDEN');
            expect(nothing(r.data), `${op} as ${role} returns nothing`).toBe(true);
          }
        }
      },
    );
  }
});

describe('object types', () => {
  it('a patient sees their own record and nobody else’s account', async () => {
    const p = await app.tokenFor(Role.PATIENT);
    const r = await app.gql<{ me: { patient: { id: string } | null } }>(
      '{ me { patient { id mrn phone } } }',
      {},
      { token: p.token },
    );
    expect(r.errors).toEqual([]);
    expect(r.data?.me.patient?.id).toBe(p.patientId!);
  });

  it('a staff account has no patient record', async () => {
    const r = await app.gql<{ me: { patient: unknown } }>(
      '{ me { patient { id } } }',
      {},
      { token: callers.get(Role.NURSE)?.account?.token },
    );
    expect(r.data?.me.patient).toBeNull();
  });

  it('non-admins cannot read other accounts through any list', async () => {
    for (const role of STAFF.filter((r) => r !== Role.ADMIN)) {
      const r = await app.gql(
        '{ users(first: 5) { nodes { email } } }',
        {},
        {
          token: callers.get(role)?.account?.token,
        },
      );
      expect(r.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('subscriptions', () => {
  const settle = () => new Promise((r) => setTimeout(r, 300));
  const tokenOf = (role: Role) => callers.get(role)?.account?.token;

  it('refuse anonymous connections', async () => {
    const sub = wsSubscribe(app.url, 'subscription { notificationAdded { id } }');
    // The refusal arrives when the server has answered; a loaded machine answers late.
    await expect.poll(() => sub.failure(), { timeout: 10_000 }).not.toBeNull();
    expect(sub.received).toEqual([]);
    await sub.close();
  });

  it('appointmentChanged reaches agenda readers and the patient concerned, nobody else', async () => {
    const other = await s.doctor({ specialty: 'CARDIOLOGY', sessions: [] });
    const patient = await s.patientAccount();
    const subs = new Map(
      ALL_ROLES.map((role) => [
        role,
        wsSubscribe(
          app.url,
          'subscription { appointmentChanged { appointmentId kind } }',
          tokenOf(role),
        ),
      ]),
    );
    const own = wsSubscribe(app.url, 'subscription { appointmentChanged { kind } }', patient.token);
    await Promise.all([...subs.values(), own].map((sub) => sub.connected));
    await settle();
    const booked = await app.gql(
      'mutation($i: BookAppointmentInput!) { bookAppointment(input: $i) { id } }',
      {
        i: {
          patientId: patient.patientId,
          practitionerId: other.practitioner.id,
          startsAt: new Date(NOW.getTime() + 86_400_000).toISOString(),
          reason: 'Suivi',
          outsideSessionReason: 'test',
        },
      },
      { token: tokenOf(Role.RECEPTIONIST) },
    );
    expect(booked.errors).toEqual([]);
    await settle();
    for (const [role, sub] of subs) {
      const sees = AGENDA.includes(role);
      const gotData = sub.received.some((m) => m.data && !m.errors);
      expect(gotData, `${role} receives the event`).toBe(sees);
    }
    expect(own.received.map((m) => m.data)).toEqual([{ appointmentChanged: { kind: 'BOOKED' } }]);
    await Promise.all([...subs.values(), own].map((sub) => sub.close()));
  });

  it('notificationAdded delivers a user’s own notifications only', async () => {
    const a = await app.tokenFor(Role.PATIENT);
    const b = await app.tokenFor(Role.PATIENT);
    const subA = wsSubscribe(app.url, 'subscription { notificationAdded { params } }', a.token);
    const subB = wsSubscribe(app.url, 'subscription { notificationAdded { params } }', b.token);
    await Promise.all([subA.connected, subB.connected]);
    await settle();
    const params = { count: 1, practitionerName: 'Bonjour' };
    const n = await s.notification(a.user.id, params);
    publishAfterCommit(NOTIFICATION_TOPIC, {
      userId: a.user.id,
      notificationId: n.id,
    } satisfies NotificationPush);
    await settle();
    expect(subA.received.map((m) => m.data)).toEqual([{ notificationAdded: { params } }]);
    expect(subB.received).toEqual([]);
    await Promise.all([subA.close(), subB.close()]);
  });
});
