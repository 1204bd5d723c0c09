import { isObjectType } from 'graphql';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, Role } from '../kernel/auth/roles.js';
import { buildBareSchema } from './schema.js';
import { notify } from '../modules/notifications/index.js';
import { Practitioner } from '../modules/scheduling/index.js';
import { startTestApp, wsSubscribe, type TestApp } from './testing/test-app.js';

/**
 * For every operation: who may call it. Each later module adds its operations here; a root field
 * missing from this table fails the first test.
 */
interface Entry {
  doc: string;
  vars?: () => Record<string, unknown>;
  allowed: readonly Role[] | 'anyone';
  /** The call ends or alters the caller's session: use a throwaway one. */
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

const MATRIX: Record<string, Entry> = {
  // Scheduling and notifications.
  'Query.specialties': { doc: '{ specialties { code } }', allowed: EVERY_ROLE },
  'Query.practitioners': { doc: '{ practitioners(first: 1) { totalCount } }', allowed: EVERY_ROLE },
  'Query.practitioner': {
    doc: 'query($id: ID!) { practitioner(id: $id) { id } }',
    vars: () => ({ id: randomUUID() }),
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
    vars: () => ({ id: randomUUID() }),
    allowed: AGENDA,
  },
  'Query.appointments': {
    doc: '{ appointments(first: 1) { totalCount } }',
    allowed: [...AGENDA, Role.PATIENT],
  },
  'Query.appointment': {
    doc: 'query($id: ID!) { appointment(id: $id) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [...AGENDA, Role.PATIENT],
  },
  'Query.visitHistory': {
    doc: 'query($id: ID!) { visitHistory(patientId: $id) { totalCount } }',
    vars: () => ({ id: randomUUID() }),
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
    doc: 'mutation($id: ID!) { upsertPractitioner(input: { userId: $id, specialty: "NOPE" }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.ADMIN],
  },
  'Mutation.updateMyPractitionerProfile': {
    doc: 'mutation { updateMyPractitionerProfile(input: { bio: "x" }) { id } }',
    allowed: [Role.DOCTOR],
  },
  'Mutation.setWeeklyAvailability': {
    doc: 'mutation($id: ID!) { setWeeklyAvailability(input: { practitionerId: $id, sessions: [] }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.ADMIN, Role.RECEPTIONIST, Role.DOCTOR],
  },
  'Mutation.addAvailabilityException': {
    doc: 'mutation($id: ID!) { addAvailabilityException(input: { practitionerId: $id, kind: ABSENCE, startsAt: "2030-01-01T00:00:00Z", endsAt: "2030-01-02T00:00:00Z" }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.ADMIN, Role.RECEPTIONIST, Role.DOCTOR],
  },
  'Mutation.removeAvailabilityException': {
    doc: 'mutation($id: ID!) { removeAvailabilityException(input: { id: $id }) }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.ADMIN, Role.RECEPTIONIST, Role.DOCTOR],
  },
  'Mutation.bookAppointment': {
    doc: 'mutation($id: ID!) { bookAppointment(input: { patientId: $id, practitionerId: $id, startsAt: "2030-01-01T09:00:00Z", reason: "" }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.PATIENT, Role.RECEPTIONIST, Role.DOCTOR],
  },
  'Mutation.rescheduleAppointment': {
    doc: 'mutation($id: ID!) { rescheduleAppointment(input: { id: $id, startsAt: "2030-01-01T09:00:00Z" }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.PATIENT, Role.RECEPTIONIST, Role.DOCTOR],
  },
  'Mutation.cancelAppointment': {
    doc: 'mutation($id: ID!) { cancelAppointment(input: { id: $id, reason: "x" }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.PATIENT, Role.RECEPTIONIST, Role.DOCTOR],
  },
  'Mutation.confirmAppointment': {
    doc: 'mutation($id: ID!) { confirmAppointment(input: { id: $id }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.PATIENT, Role.RECEPTIONIST],
  },
  'Mutation.checkInAppointment': {
    doc: 'mutation($id: ID!) { checkInAppointment(input: { id: $id }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.RECEPTIONIST],
  },
  'Mutation.startAppointment': {
    doc: 'mutation($id: ID!) { startAppointment(input: { id: $id }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR, Role.RECEPTIONIST],
  },
  'Mutation.completeAppointment': {
    doc: 'mutation($id: ID!) { completeAppointment(input: { id: $id }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR],
  },
  'Mutation.markNoShow': {
    doc: 'mutation($id: ID!) { markNoShow(input: { id: $id }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR, Role.RECEPTIONIST],
  },
  'Mutation.reportDelay': {
    doc: 'mutation($id: ID!) { reportDelay(input: { practitionerId: $id, minutes: 10 }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR, Role.RECEPTIONIST],
  },
  'Mutation.cancelPractitionerDay': {
    doc: 'mutation($id: ID!) { cancelPractitionerDay(input: { practitionerId: $id, from: "2030-01-01T00:00:00Z", to: "2030-01-02T00:00:00Z", reason: "x" }) { phone } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR, Role.RECEPTIONIST],
  },
  'Mutation.requestWaitlist': {
    doc: 'mutation($id: ID!) { requestWaitlist(input: { patientId: $id, fromDate: "2030-01-01", toDate: "2029-01-01" }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.PATIENT, Role.RECEPTIONIST],
  },
  'Mutation.cancelWaitlistRequest': {
    doc: 'mutation($id: ID!) { cancelWaitlistRequest(input: { id: $id }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.PATIENT, Role.RECEPTIONIST],
  },
  'Mutation.acceptWaitlistOffer': {
    doc: 'mutation($id: ID!) { acceptWaitlistOffer(input: { id: $id }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.PATIENT, Role.RECEPTIONIST],
  },
  'Mutation.markNotificationRead': {
    doc: 'mutation($id: ID!) { markNotificationRead(input: { id: $id }) { id } }',
    vars: () => ({ id: randomUUID() }),
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
    vars: () => ({ id: randomUUID() }),
    allowed: [...PATIENT_READERS, Role.PATIENT],
  },
  'Query.possiblePatientDuplicates': {
    doc: '{ possiblePatientDuplicates(input: { phone: "+33 1 00 00 00 00" }) { reasons } }',
    allowed: [Role.RECEPTIONIST, Role.ADMIN],
  },
  'Mutation.createPatient': {
    doc: 'mutation { createPatient(input: { familyName: "", givenNames: "", birthDate: "2000-01-01", sex: FEMALE }) { patient { id } } }',
    allowed: [Role.RECEPTIONIST, Role.ADMIN],
  },
  'Mutation.updatePatient': {
    doc: 'mutation($id: ID!) { updatePatient(input: { id: $id, version: 1 }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.RECEPTIONIST, Role.ADMIN],
  },
  'Mutation.mergePatients': {
    doc: 'mutation($a: ID!, $b: ID!) { mergePatients(input: { survivorId: $a, duplicateId: $b, reason: "same person" }) { movedReferences } }',
    vars: () => ({ a: randomUUID(), b: randomUUID() }),
    allowed: [Role.ADMIN],
  },
  'Mutation.recordAllergy': {
    doc: 'mutation($id: ID!) { recordAllergy(input: { patientId: $id, substance: "Latex", severity: MILD }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR, Role.NURSE, Role.PHARMACIST],
  },
  'Mutation.updateAllergy': {
    doc: 'mutation($id: ID!) { updateAllergy(input: { id: $id, version: 1, status: INACTIVE }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR, Role.NURSE, Role.PHARMACIST],
  },
  'Mutation.recordNoKnownAllergies': {
    doc: 'mutation($id: ID!) { recordNoKnownAllergies(input: { patientId: $id }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR, Role.NURSE, Role.PHARMACIST],
  },
  'Mutation.updateMyContactDetails': {
    doc: 'mutation { updateMyContactDetails(input: { version: 1, phone: "not a phone" }) { id } }',
    allowed: [Role.PATIENT],
  },
  'Query.me': { doc: '{ me { id role } }', allowed: EVERY_ROLE },
  'Query.users': { doc: '{ users(first: 1) { totalCount } }', allowed: [Role.ADMIN] },
  'Query.user': {
    doc: 'query($id: ID!) { user(id: $id) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.ADMIN],
  },
  'Query.auditEvents': { doc: '{ auditEvents(first: 1) { totalCount } }', allowed: [Role.ADMIN] },
  'Mutation.login': {
    doc: 'mutation { login(input: { email: "nobody@test.example", password: "wrong-password-1" }) { accessToken } }',
    allowed: 'anyone',
  },
  'Mutation.refreshSession': {
    doc: 'mutation { refreshSession(input: { refreshToken: "not-a-token" }) { accessToken } }',
    allowed: 'anyone',
  },
  'Mutation.registerPatient': {
    doc: 'mutation { registerPatient(input: { givenNames: "", familyName: "", birthDate: "2000-01-01", sex: FEMALE, phone: "x", email: "bad", password: "x" }) { accessToken } }',
    allowed: 'anyone',
  },
  'Mutation.logout': { doc: 'mutation { logout }', allowed: EVERY_ROLE, fresh: true },
  'Mutation.changePassword': {
    doc: 'mutation { changePassword(input: { currentPassword: "not-current-xx", newPassword: "short" }) { id } }',
    allowed: EVERY_ROLE,
  },
  'Mutation.updateMyProfile': {
    doc: 'mutation { updateMyProfile(input: { phone: "not a phone" }) { id } }',
    allowed: EVERY_ROLE,
  },
  'Mutation.createUser': {
    doc: 'mutation { createUser(input: { email: "bad", role: NURSE, givenName: "", familyName: "" }) { temporaryPassword } }',
    allowed: [Role.ADMIN],
  },
  'Mutation.updateUser': {
    doc: 'mutation($id: String!) { updateUser(input: { id: $id, active: true }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.ADMIN],
  },
  'Mutation.resetUserPassword': {
    doc: 'mutation($id: String!) { resetUserPassword(input: { id: $id }) { temporaryPassword } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.ADMIN],
  },
  // Clinical records (issue 6).
  'Query.patientChart': {
    doc: 'query($id: ID!) { patientChart(patientId: $id) { patientId } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR, Role.NURSE, Role.PATIENT],
  },
  'Query.patientTimeline': {
    doc: 'query($id: ID!) { patientTimeline(patientId: $id, first: 1) { totalCount } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR, Role.NURSE, Role.PATIENT],
  },
  'Query.encounters': {
    doc: 'query($id: ID!) { encounters(patientId: $id, first: 1) { totalCount } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR, Role.NURSE, Role.PATIENT],
  },
  'Query.encounter': {
    doc: 'query($id: ID!) { encounter(id: $id) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR, Role.NURSE, Role.PATIENT],
  },
  'Query.diagnoses': {
    doc: 'query($id: ID!) { diagnoses(patientId: $id) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR, Role.NURSE],
  },
  'Query.icd10Codes': {
    doc: '{ icd10Codes(search: "asthme", first: 1) { code } }',
    allowed: [Role.DOCTOR, Role.NURSE],
  },
  'Query.prescriptions': {
    doc: 'query($id: ID!) { prescriptions(patientId: $id) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR, Role.NURSE, Role.PHARMACIST, Role.PATIENT],
  },
  'Query.medicationSchedule': {
    doc: 'query($id: ID!) { medicationSchedule(patientId: $id, from: "2026-01-01T00:00:00Z", to: "2026-01-02T00:00:00Z") { state } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR, Role.NURSE],
  },
  'Query.medicationAdministrations': {
    doc: 'query($id: ID!) { medicationAdministrations(patientId: $id) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR, Role.NURSE],
  },
  'Query.vitals': {
    doc: 'query($id: ID!) { vitals(patientId: $id, first: 1) { totalCount } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR, Role.NURSE, Role.PATIENT],
  },
  'Query.careNotes': {
    doc: 'query($id: ID!) { careNotes(patientId: $id, first: 1) { totalCount } }',
    vars: () => ({ id: randomUUID() }),
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
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR, Role.NURSE, Role.LAB_TECHNICIAN, Role.PATIENT],
  },
  'Query.attachments': {
    doc: 'query($id: ID!) { attachments(patientId: $id, first: 1) { totalCount } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR, Role.NURSE],
  },
  'Mutation.createEncounter': {
    doc: 'mutation($id: ID!) { createEncounter(input: { patientId: $id, kind: CONSULTATION, reason: "" }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR],
  },
  'Mutation.completeEncounter': {
    doc: 'mutation($id: ID!) { completeEncounter(input: { id: $id }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR],
  },
  'Mutation.addDiagnosis': {
    doc: 'mutation($id: ID!) { addDiagnosis(input: { patientId: $id, code: "NOPE", rank: PRIMARY }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR],
  },
  'Mutation.resolveDiagnosis': {
    doc: 'mutation($id: ID!) { resolveDiagnosis(input: { id: $id }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR],
  },
  'Mutation.prescribe': {
    doc: 'mutation($id: ID!) { prescribe(input: { patientId: $id, medicationName: "", dose: 0, doseUnit: "mg", route: ORAL }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR],
  },
  'Mutation.stopPrescription': {
    doc: 'mutation($id: ID!) { stopPrescription(input: { id: $id, reason: "x" }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR],
  },
  'Mutation.recordVitals': {
    doc: 'mutation($id: ID!) { recordVitals(input: { patientId: $id, heartRate: 999 }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR, Role.NURSE],
  },
  'Mutation.addCareNote': {
    doc: 'mutation($id: ID!) { addCareNote(input: { patientId: $id, category: OTHER, text: "" }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR, Role.NURSE],
  },
  'Mutation.recordMedicationAdministration': {
    doc: 'mutation($id: ID!) { recordMedicationAdministration(input: { idempotencyKey: "x", prescriptionId: $id, status: GIVEN }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.NURSE],
  },
  'Mutation.orderLabTests': {
    doc: 'mutation($id: ID!) { orderLabTests(input: { patientId: $id, testCodes: [] }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR],
  },
  'Mutation.collectLabSpecimens': {
    doc: 'mutation { collectLabSpecimens(input: { orderIds: [] }) { id } }',
    allowed: [Role.NURSE, Role.LAB_TECHNICIAN],
  },
  'Mutation.cancelLabOrder': {
    doc: 'mutation($id: ID!) { cancelLabOrder(input: { id: $id, reason: "" }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR],
  },
  'Mutation.enterLabResult': {
    doc: 'mutation($id: ID!) { enterLabResult(input: { orderId: $id, valueNumeric: 1 }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.LAB_TECHNICIAN],
  },
  'Mutation.validateLabResult': {
    doc: 'mutation($id: ID!) { validateLabResult(input: { id: $id }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.LAB_TECHNICIAN],
  },
  'Mutation.markEnteredInError': {
    doc: 'mutation($id: ID!) { markEnteredInError(input: { kind: VITALS, id: $id, reason: "x" }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR, Role.NURSE, Role.LAB_TECHNICIAN],
  },
};

let app: TestApp;
const tokens = new Map<Role, string>();

beforeAll(async () => {
  app = await startTestApp();
  for (const role of ALL_ROLES) tokens.set(role, (await app.tokenFor(role)).token);
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
    it(`${op}: anonymous callers are ${entry.allowed === 'anyone' ? 'allowed' : 'refused'}`, async () => {
      const r = await app.gql(entry.doc, entry.vars?.() ?? {});
      if (entry.allowed === 'anyone') expect(denial(r.errors)).toBeNull();
      else {
        expect(denial(r.errors)).toBe('UNAUTHENTICATED');
        expect(Object.values(r.data ?? {}).every((v) => v === null)).toBe(true);
      }
    });

    it(`${op}: each role is allowed or refused as the table says`, async () => {
      for (const role of ALL_ROLES) {
        const token = entry.fresh ? (await app.tokenFor(role)).token : tokens.get(role);
        const r = await app.gql(entry.doc, entry.vars?.() ?? {}, { token });
        const may = entry.allowed === 'anyone' || entry.allowed.includes(role);
        expect(denial(r.errors), `${op} as ${role}`).toBe(may ? null : 'FORBIDDEN');
      }
    });
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
    expect(r.data?.me.patient?.id).toBe(p.user.patient?.id);
  });

  it('a staff account has no patient record', async () => {
    const r = await app.gql<{ me: { patient: unknown } }>(
      '{ me { patient { id } } }',
      {},
      { token: tokens.get(Role.NURSE) },
    );
    expect(r.data?.me.patient).toBeNull();
  });

  it('non-admins cannot read other accounts through any list', async () => {
    for (const role of STAFF.filter((r) => r !== Role.ADMIN)) {
      const r = await app.gql(
        '{ users(first: 5) { nodes { email } } }',
        {},
        {
          token: tokens.get(role),
        },
      );
      expect(r.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('subscriptions', () => {
  const settle = () => new Promise((r) => setTimeout(r, 300));

  it('refuse anonymous connections', async () => {
    const sub = wsSubscribe(app.url, 'subscription { notificationAdded { id } }');
    await settle();
    expect(sub.failure()).not.toBeNull();
    expect(sub.received).toEqual([]);
    await sub.close();
  });

  it('appointmentChanged reaches agenda readers and the patient concerned, nobody else', async () => {
    const em = app.em();
    const doctor = await app.tokenFor(Role.DOCTOR);
    const patient = await app.tokenFor(Role.PATIENT);
    const practitioner = em.create(Practitioner, { user: doctor.user.id, specialty: 'CARDIOLOGY' });
    await em.flush();
    const subs = new Map(
      ALL_ROLES.map((role) => [
        role,
        wsSubscribe(
          app.url,
          'subscription { appointmentChanged { appointmentId kind } }',
          tokens.get(role),
        ),
      ]),
    );
    const own = wsSubscribe(app.url, 'subscription { appointmentChanged { kind } }', patient.token);
    await Promise.all([...subs.values(), own].map((s) => s.connected));
    await settle();
    const booked = await app.gql(
      'mutation($i: BookAppointmentInput!) { bookAppointment(input: $i) { id } }',
      {
        i: {
          patientId: patient.user.patient!.id,
          practitionerId: practitioner.id,
          startsAt: new Date(Date.now() + 86_400_000).toISOString(),
          reason: 'Suivi',
          outsideSessionReason: 'test',
        },
      },
      { token: tokens.get(Role.RECEPTIONIST) },
    );
    expect(booked.errors).toEqual([]);
    await settle();
    for (const [role, sub] of subs) {
      const sees = AGENDA.includes(role);
      const gotData = sub.received.some((m) => m.data && !m.errors);
      expect(gotData, `${role} receives the event`).toBe(sees);
    }
    expect(own.received.map((m) => m.data)).toEqual([{ appointmentChanged: { kind: 'BOOKED' } }]);
    await Promise.all([...subs.values(), own].map((s) => s.close()));
  });

  it('notificationAdded delivers a user’s own notifications only', async () => {
    const a = await app.tokenFor(Role.PATIENT);
    const b = await app.tokenFor(Role.PATIENT);
    const subA = wsSubscribe(app.url, 'subscription { notificationAdded { title } }', a.token);
    const subB = wsSubscribe(app.url, 'subscription { notificationAdded { title } }', b.token);
    await Promise.all([subA.connected, subB.connected]);
    await settle();
    const em = app.em();
    notify(em, { userId: a.user.id, kind: 'TEST', title: 'Bonjour', body: 'x', at: new Date() });
    await em.flush();
    await settle();
    expect(subA.received.map((m) => m.data)).toEqual([{ notificationAdded: { title: 'Bonjour' } }]);
    expect(subB.received).toEqual([]);
    await Promise.all([subA.close(), subB.close()]);
  });
});
