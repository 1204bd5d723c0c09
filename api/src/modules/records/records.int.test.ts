import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../app/testing/test-app.js';
import { Role } from '../../kernel/auth/roles.js';
import { AuditEvent } from '../audit/index.js';
import { Notification } from '../notifications/index.js';
import { createPatientRecord, Patient, Sex } from '../patients/index.js';

let app: TestApp;
type Tok = Awaited<ReturnType<TestApp['tokenFor']>>;
let doctor: Tok;
let nurse: Tok;

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(new Date('2026-03-10T09:30:00Z'));
  doctor = await app.tokenFor(Role.DOCTOR);
  nurse = await app.tokenFor(Role.NURSE);
});
afterAll(async () => {
  await app.close();
});

async function newPatient(sex = Sex.FEMALE) {
  const em = app.em();
  const p = await createPatientRecord(em, {
    familyName: `Durand${randomUUID().slice(0, 6)}`,
    givenNames: 'Léa',
    birthDate: '1970-05-02',
    sex,
  });
  await em.flush();
  return p.id;
}

async function ok<T>(query: string, vars: Record<string, unknown>, token: string): Promise<T> {
  const r = await app.gql<T>(query, vars, { token });
  expect(r.errors, JSON.stringify(r.errors)).toEqual([]);
  return r.data as T;
}

const ENCOUNTER = `mutation($i: CreateEncounterInput!) { createEncounter(input: $i) { id status practitionerName } }`;
const VITALS = `mutation($i: RecordVitalsInput!) { recordVitals(input: $i) { id news2Score news2Risk abnormal enteredInError replacesId } }`;
const PRESCRIBE = `mutation($i: PrescribeInput!) { prescribe(input: $i) { id allergyConflicts allergyOverrideReason scheduleTimes } }`;
const MAR = `mutation($i: RecordMedicationAdministrationInput!) { recordMedicationAdministration(input: $i) { id status scheduledAt dose } }`;

async function openVisit(patientId: string) {
  const d = await ok<{ createEncounter: { id: string } }>(
    ENCOUNTER,
    {
      i: {
        patientId,
        kind: 'WARD_ROUND',
        reason: 'Pneumopathie',
        subjective: 'Toux depuis 3 jours',
      },
    },
    doctor.token,
  );
  return d.createEncounter.id;
}

describe('vitals', () => {
  it('refuses impossible values with a field error per value and records nothing', async () => {
    const patientId = await newPatient();
    const r = await app.gql(
      VITALS,
      { i: { id: randomUUID(), patientId, temperatureC: 47, heartRate: 350, spo2: 101 } },
      { token: nurse.token },
    );
    expect(r.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors[0]?.extensions?.fields).toEqual({
      temperatureC: 'must be between 25 and 45',
      heartRate: 'must be between 20 and 300',
      spo2: 'must be between 40 and 100',
    });
    const list = await ok<{ vitals: { totalCount: number } }>(
      `query($p: ID!) { vitals(patientId: $p) { totalCount } }`,
      { p: patientId },
      nurse.token,
    );
    expect(list.vitals.totalCount).toBe(0);
  });

  it('scores NEWS2 on a complete set and notifies the attending doctor at once when high', async () => {
    const patientId = await newPatient();
    await openVisit(patientId);
    const before = await app.em().count(Notification, { user: doctor.user.id });
    const d = await ok<{
      recordVitals: { news2Score: number; news2Risk: string; abnormal: string[] };
    }>(
      VITALS,
      {
        i: {
          id: randomUUID(),
          patientId,
          respiratoryRate: 26,
          spo2: 93,
          onOxygen: true,
          systolicBp: 98,
          diastolicBp: 60,
          heartRate: 118,
          consciousness: 'ALERT',
          temperatureC: 39.2,
        },
      },
      nurse.token,
    );
    expect(d.recordVitals).toMatchObject({ news2Score: 13, news2Risk: 'HIGH' });
    expect(d.recordVitals.abnormal).toEqual(expect.arrayContaining(['heartRate', 'spo2']));
    const notes = await app
      .em()
      .find(Notification, { user: doctor.user.id }, { orderBy: { createdAt: 'desc' } });
    expect(notes.length).toBe(before + 1);
    const patient = await app.em().findOneOrFail(Patient, patientId);
    expect(notes[0]).toMatchObject({
      kind: 'NEWS2_HIGH',
      params: { patientId, patientName: patient.displayName, score: 13 },
      urgent: true,
      link: `/patients/${patientId}`,
    });
    expect(notes[0]?.params).toEqual({ patientId, patientName: patient.displayName, score: 13 });
  });

  it('leaves NEWS2 empty for an incomplete set and records the same device id once', async () => {
    const patientId = await newPatient();
    const id = randomUUID();
    const input = { id, patientId, heartRate: 80, painScore: 2 };
    const [a, b] = await Promise.all([
      ok<{ recordVitals: { id: string; news2Score: number | null } }>(
        VITALS,
        { i: input },
        nurse.token,
      ),
      ok<{ recordVitals: { id: string } }>(VITALS, { i: input }, nurse.token),
    ]);
    expect(a.recordVitals).toMatchObject({ id, news2Score: null });
    expect(b.recordVitals.id).toBe(id);
  });
});

describe('prescriptions and allergies', () => {
  async function allergicPatient() {
    const patientId = await newPatient();
    await ok(
      `mutation($i: RecordAllergyInput!) { recordAllergy(input: $i) { id } }`,
      { i: { patientId, substance: 'Pénicilline', severity: 'SEVERE' } },
      doctor.token,
    );
    return patientId;
  }
  const amoxicillin = (patientId: string, extra: Record<string, unknown> = {}) => ({
    i: {
      patientId,
      medicationName: 'Amoxicilline',
      strength: '1 g',
      dose: 1,
      doseUnit: 'g',
      route: 'ORAL',
      scheduleTimes: ['08:00', '20:00'],
      durationDays: 7,
      ...extra,
    },
  });

  it('refuses a drug matching an active allergy without an override reason', async () => {
    const patientId = await allergicPatient();
    const r = await app.gql(PRESCRIBE, amoxicillin(patientId), { token: doctor.token });
    expect(r.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors[0]?.extensions?.allergyConflicts).toEqual(['Pénicilline']);
    expect(r.errors[0]?.extensions?.fields).toHaveProperty('allergyOverrideReason');
  });

  it('accepts it with an override reason, kept on the prescription and flagged in the audit row', async () => {
    const patientId = await allergicPatient();
    const d = await ok<{
      prescribe: { id: string; allergyConflicts: string[]; allergyOverrideReason: string };
    }>(
      PRESCRIBE,
      amoxicillin(patientId, {
        allergyOverrideReason: 'Tolérance documentée en 2024, avis allergologue',
      }),
      doctor.token,
    );
    expect(d.prescribe.allergyConflicts).toEqual(['Pénicilline']);
    const [event] = await app
      .em()
      .find(AuditEvent, { action: 'prescribe', patientId }, { orderBy: { id: 'desc' }, limit: 1 });
    expect(event).toMatchObject({
      outcome: 'SUCCESS',
      targetType: 'Prescription',
      targetId: d.prescribe.id,
    });
    expect(event?.details).toMatchObject({ allergyOverride: true, allergyConflictCount: 1 });
  });

  it('never lets a nurse prescribe', async () => {
    const patientId = await newPatient();
    const r = await app.gql(PRESCRIBE, amoxicillin(patientId), { token: nurse.token });
    expect(r.errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('medication administration record', () => {
  async function prescribed() {
    const patientId = await newPatient();
    const d = await ok<{ prescribe: { id: string } }>(
      PRESCRIBE,
      {
        i: {
          patientId,
          medicationName: 'Paracétamol',
          dose: 1,
          doseUnit: 'g',
          route: 'ORAL',
          scheduleTimes: ['08:00', '14:00', '20:00'],
          startAt: '2026-03-10T00:00:00Z',
        },
      },
      doctor.token,
    );
    return { patientId, prescriptionId: d.prescribe.id };
  }
  // 08:00 in Paris on 10 March 2026 (UTC+1).
  const dose8 = '2026-03-10T07:00:00.000Z';

  it('lists scheduled doses with late ones visible, then shows a given one', async () => {
    const { patientId, prescriptionId } = await prescribed();
    const q = `query($p: ID!) { medicationSchedule(patientId: $p, from: "2026-03-10T00:00:00Z", to: "2026-03-11T00:00:00Z") { scheduledAt state administration { id } } }`;
    const before = await ok<{ medicationSchedule: { scheduledAt: string; state: string }[] }>(
      q,
      { p: patientId },
      nurse.token,
    );
    expect(before.medicationSchedule.map((d) => [d.scheduledAt, d.state])).toEqual([
      [dose8, 'LATE'],
      ['2026-03-10T13:00:00.000Z', 'DUE'],
      ['2026-03-10T19:00:00.000Z', 'DUE'],
    ]);
    await ok(
      MAR,
      { i: { id: randomUUID(), prescriptionId, scheduledAt: dose8, status: 'GIVEN' } },
      nurse.token,
    );
    const after = await ok<{ medicationSchedule: { state: string }[] }>(
      q,
      { p: patientId },
      nurse.token,
    );
    expect(after.medicationSchedule[0]?.state).toBe('GIVEN');
  });

  it('refuses to record the same dose twice under another id', async () => {
    const { prescriptionId } = await prescribed();
    await ok(
      MAR,
      { i: { id: randomUUID(), prescriptionId, scheduledAt: dose8, status: 'GIVEN' } },
      nurse.token,
    );
    const twice = await app.gql(
      MAR,
      {
        i: {
          id: randomUUID(),
          prescriptionId,
          scheduledAt: dose8,
          status: 'REFUSED',
          reason: 'Dort',
        },
      },
      { token: nurse.token },
    );
    expect(twice.errors[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('needs a reason to hold a dose, and a real scheduled time', async () => {
    const { prescriptionId } = await prescribed();
    const noReason = await app.gql(
      MAR,
      { i: { id: randomUUID(), prescriptionId, scheduledAt: dose8, status: 'HELD' } },
      { token: nurse.token },
    );
    expect(noReason.errors[0]?.extensions?.fields).toHaveProperty('reason');
    const offSchedule = await app.gql(
      MAR,
      {
        i: {
          id: randomUUID(),
          prescriptionId,
          scheduledAt: '2026-03-10T08:30:00Z',
          status: 'GIVEN',
        },
      },
      { token: nurse.token },
    );
    expect(offSchedule.errors[0]?.extensions?.fields).toHaveProperty('scheduledAt');
  });

  it('corrects a dose record: the first is kept, marked in error, and the slot recorded again', async () => {
    const { patientId, prescriptionId } = await prescribed();
    const first = await ok<{ recordMedicationAdministration: { id: string } }>(
      MAR,
      { i: { id: randomUUID(), prescriptionId, scheduledAt: dose8, status: 'GIVEN' } },
      nurse.token,
    );
    const fixed = await ok<{ recordMedicationAdministration: { id: string; status: string } }>(
      MAR,
      {
        i: {
          id: randomUUID(),
          prescriptionId,
          scheduledAt: dose8,
          status: 'REFUSED',
          reason: 'Refus du patient',
          corrects: {
            id: first.recordMedicationAdministration.id,
            reason: 'Mauvais patient coché',
          },
        },
      },
      nurse.token,
    );
    expect(fixed.recordMedicationAdministration.status).toBe('REFUSED');
    const all = await ok<{
      medicationAdministrations: {
        id: string;
        enteredInError: boolean;
        replacedById: string | null;
      }[];
    }>(
      `query($p: ID!) { medicationAdministrations(patientId: $p) { id enteredInError replacedById } }`,
      { p: patientId },
      nurse.token,
    );
    expect(all.medicationAdministrations).toEqual(
      expect.arrayContaining([
        {
          id: first.recordMedicationAdministration.id,
          enteredInError: true,
          replacedById: fixed.recordMedicationAdministration.id,
        },
        { id: fixed.recordMedicationAdministration.id, enteredInError: false, replacedById: null },
      ]),
    );
  });
});
