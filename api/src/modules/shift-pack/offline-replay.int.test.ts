import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, seed, type Account, type Seed } from '../../app/testing/fixtures.js';
import { startTestApp, type TestApp } from '../../app/testing/test-app.js';
import { Role } from '../../kernel/auth/roles.js';
import { MedicationAdministration, VitalSigns } from '../records/index.js';

/**
 * What an outbox entry written offline from the pack meets when it is replayed after the world
 * changed: the answers the PWA sorts into "sent", "to check" (a typed conflict) or "retry".
 */
let app: TestApp;
let s: Seed;
let doctor: Account;
let nurse: Account;
let colleague: Account;
let reception: Account;
let manager: Account;

// Monday 1 June 2026, 10:00 in Paris (UTC+2).
const NOW = new Date('2026-06-01T08:00:00Z');

beforeAll(async () => {
  // Tokens live an hour: a test moves the clock forward 40 minutes.
  app = await startTestApp({ ACCESS_TOKEN_TTL_SECONDS: '3600' });
  app.clock.set(NOW);
  s = seed(app);
  doctor = await app.tokenFor(Role.DOCTOR);
  nurse = await app.tokenFor(Role.NURSE);
  colleague = await app.tokenFor(Role.NURSE);
  reception = await app.tokenFor(Role.RECEPTIONIST);
  manager = await app.tokenFor(Role.MANAGER);
});
afterAll(async () => {
  await app.close();
});

const DOSE = `mutation($i: RecordMedicationAdministrationInput!) {
  recordMedicationAdministration(input: $i) { id status scheduledAt } }`;

/** A dose given, as the outbox sends it: its id made on the device when the form opened. */
function doseInput(prescriptionId: string, scheduledAt: string, administeredAt: string) {
  return { id: randomUUID(), prescriptionId, scheduledAt, status: 'GIVEN', administeredAt };
}

describe('a dose replayed after its prescription was stopped', () => {
  it('is refused as BAD_USER_INPUT with the reason PRESCRIPTION_STOPPED, and nothing is recorded', async () => {
    const p = await s.patient();
    // 09:00 and 10:30 in Paris; the doctor stops it at 10:00.
    const rx = await s.prescription(
      p.id,
      { scheduleTimes: ['09:00', '10:30'], startAt: '2026-06-01T00:00:00Z' },
      doctor,
    );
    await ok(
      app,
      `mutation($i: StopPrescriptionInput!) { stopPrescription(input: $i) { id } }`,
      { i: { id: rx.id, reason: 'Effet indésirable' } },
      doctor.token,
    );
    // Given offline at 10:35, sent at 10:40: the 10:30 dose came after the stop.
    app.clock.set(new Date('2026-06-01T08:40:00Z'));
    try {
      const late = doseInput(rx.id, '2026-06-01T08:30:00Z', '2026-06-01T08:35:00Z');
      const r = await app.gql(DOSE, { i: late }, { token: nurse.token });
      expect(r.errors[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'PRESCRIPTION_STOPPED',
        fields: { scheduledAt: 'the prescription was stopped before this dose' },
      });
      expect(await app.em().count(MedicationAdministration, { id: late.id })).toBe(0);
      // Recorded anyway, with why: kept, and the record says so; a replay returns it.
      const anyway = {
        ...late,
        afterStopReason: 'Donnée hors ligne à 10 h 35, avant de voir l’arrêt',
      };
      const kept = await ok<{
        recordMedicationAdministration: { id: string; afterStopReason: string };
      }>(
        app,
        `mutation($i: RecordMedicationAdministrationInput!) {
          recordMedicationAdministration(input: $i) { id afterStopReason } }`,
        { i: anyway },
        nurse.token,
      );
      expect(kept.recordMedicationAdministration).toEqual({
        id: late.id,
        afterStopReason: 'Donnée hors ligne à 10 h 35, avant de voir l’arrêt',
      });
      const again = await app.gql(DOSE, { i: anyway }, { token: nurse.token });
      expect(again.errors).toEqual([]);
      expect(await app.em().count(MedicationAdministration, { id: late.id })).toBe(1);
      // The override is only for a dose after a stop.
      const needless = await app.gql(
        DOSE,
        {
          i: {
            ...doseInput(rx.id, '2026-06-01T07:00:00Z', '2026-06-01T07:05:00Z'),
            afterStopReason: 'Sans objet',
          },
        },
        { token: nurse.token },
      );
      expect(needless.errors[0]?.extensions?.fields).toEqual({
        afterStopReason: 'only for a dose the prescription was stopped before',
      });
      // The 09:00 dose was due before the stop: recording it is still right.
      const early = doseInput(rx.id, '2026-06-01T07:00:00Z', '2026-06-01T07:05:00Z');
      const given = await app.gql(DOSE, { i: early }, { token: nurse.token });
      expect(given.errors).toEqual([]);
    } finally {
      app.clock.set(NOW);
    }
  });

  it('answers a time that was never a dose as before: BAD_USER_INPUT with no reason', async () => {
    const p = await s.patient();
    const rx = await s.prescription(p.id, { startAt: '2026-06-01T00:00:00Z' }, doctor);
    const r = await app.gql(
      DOSE,
      { i: doseInput(rx.id, '2026-06-01T07:30:00Z', '2026-06-01T07:35:00Z') },
      { token: nurse.token },
    );
    expect(r.errors[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { scheduledAt: 'is not a scheduled dose of this prescription' },
    });
  });

  it('is refused with the reason PRESCRIPTION_ENTERED_IN_ERROR when the prescription was marked in error', async () => {
    const p = await s.patient();
    const rx = await s.prescription(p.id, { startAt: '2026-06-01T00:00:00Z' }, doctor);
    await ok(
      app,
      `mutation($i: MarkEnteredInErrorInput!) { markEnteredInError(input: $i) { id } }`,
      { i: { kind: 'PRESCRIPTION', id: rx.id, reason: 'Mauvais patient' } },
      doctor.token,
    );
    const r = await app.gql(
      DOSE,
      { i: doseInput(rx.id, '2026-06-01T06:00:00Z', '2026-06-01T06:05:00Z') },
      { token: nurse.token },
    );
    expect(r.errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PRESCRIPTION_ENTERED_IN_ERROR',
      fields: { prescriptionId: 'is not a prescription in force' },
    });
  });
});

describe('a dose already recorded by a colleague', () => {
  it('is a CONFLICT with the reason DOSE_ALREADY_RECORDED and the standing record’s id', async () => {
    const p = await s.patient();
    const rx = await s.prescription(p.id, { startAt: '2026-06-01T00:00:00Z' }, doctor);
    const theirs = await ok<{ recordMedicationAdministration: { id: string } }>(
      app,
      DOSE,
      { i: doseInput(rx.id, '2026-06-01T06:00:00Z', '2026-06-01T06:02:00Z') },
      colleague.token,
    );
    const mine = doseInput(rx.id, '2026-06-01T06:00:00Z', '2026-06-01T06:10:00Z');
    const r = await app.gql(DOSE, { i: mine }, { token: nurse.token });
    expect(r.errors[0]?.extensions).toEqual({
      code: 'CONFLICT',
      reason: 'DOSE_ALREADY_RECORDED',
      existingId: theirs.recordMedicationAdministration.id,
    });
    expect(await app.em().count(MedicationAdministration, { id: mine.id })).toBe(0);
  });

  it('is answered with the first record when it is the same entry sent again', async () => {
    const p = await s.patient();
    const rx = await s.prescription(p.id, { startAt: '2026-06-01T00:00:00Z' }, doctor);
    const entry = doseInput(rx.id, '2026-06-01T06:00:00Z', '2026-06-01T06:10:00Z');
    const first = await ok<{ recordMedicationAdministration: { id: string } }>(
      app,
      DOSE,
      { i: entry },
      nurse.token,
    );
    const again = await app.gql<{ recordMedicationAdministration: { id: string } }>(
      DOSE,
      { i: entry },
      { token: nurse.token },
    );
    expect(again.errors).toEqual([]);
    expect(again.data?.recordMedicationAdministration.id).toBe(
      first.recordMedicationAdministration.id,
    );
    const other = await app.gql(
      DOSE,
      { i: { ...entry, status: 'HELD', reason: 'À jeun' } },
      { token: nurse.token },
    );
    // The same id on other content: the write path's own conflict, without a reason.
    expect(other.errors[0]?.extensions).toEqual({ code: 'CONFLICT' });
  });
});

describe('vitals replayed after the patient was discharged', () => {
  it('are recorded as they come: no rule ties vitals to a stay', async () => {
    const w = await ok<{ saveWard: { id: string } }>(
      app,
      `mutation($i: SaveWardInput!) { saveWard(input: $i) { id } }`,
      { i: { name: 'Replay', service: 'Médecine', floor: '1', sexPolicy: 'MIXED' } },
      manager.token,
    );
    const room = await ok<{ saveRoom: { id: string } }>(
      app,
      `mutation($i: SaveRoomInput!) { saveRoom(input: $i) { id } }`,
      { i: { wardId: w.saveWard.id, number: '1', kind: 'SINGLE' } },
      manager.token,
    );
    const bed = await ok<{ addBed: { id: string } }>(
      app,
      `mutation($i: AddBedInput!) { addBed(input: $i) { id } }`,
      { i: { roomId: room.saveRoom.id, label: '1-A' } },
      manager.token,
    );
    const p = await s.patient();
    const admission = await ok<{ admitPatient: { id: string } }>(
      app,
      `mutation($i: AdmitPatientInput!) { admitPatient(input: $i) { id } }`,
      {
        i: {
          patientId: p.id,
          bedId: bed.addBed.id,
          attendingUserId: doctor.user.id,
          reason: 'Surveillance',
          source: 'EMERGENCY',
          admittedAt: '2026-05-31T08:00:00Z',
        },
      },
      reception.token,
    );
    await ok(
      app,
      `mutation($i: DischargePatientInput!) { dischargePatient(input: $i) { id } }`,
      { i: { admissionId: admission.admitPatient.id, destination: 'HOME' } },
      doctor.token,
    );
    // Taken at 09:30, before the discharge was known on the device.
    const id = randomUUID();
    const r = await app.gql<{ recordVitals: { id: string; encounterId: string | null } }>(
      `mutation($i: RecordVitalsInput!) { recordVitals(input: $i) { id encounterId } }`,
      { i: { id, patientId: p.id, heartRate: 80, takenAt: '2026-06-01T07:30:00Z' } },
      { token: nurse.token },
    );
    expect(r.errors).toEqual([]);
    // Outside any stay: the inpatient encounter was completed at discharge.
    expect(r.data?.recordVitals).toEqual({ id, encounterId: null });
    expect(await app.em().count(VitalSigns, { id })).toBe(1);
  });
});
