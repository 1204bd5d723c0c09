import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allAtOnce,
  seed,
  type Account,
  type PatientAccount,
  type Seed,
} from '../../../app/testing/fixtures.js';
import { startTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { Role } from '../../../kernel/auth/roles.js';
import { AuditEvent } from '../../audit/index.js';
import { MedicationAdministration } from './medication-administration.entity.js';
import { Prescription } from './prescription.entity.js';

let app: TestApp;
let s: Seed;
let doctor: Account;
let nurse: Account;
let pharmacist: Account;
let me: PatientAccount;

// Tuesday 10 March 2026, 10:30 in Paris.
const NOW = new Date('2026-03-10T09:30:00Z');

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  s = seed(app);
  doctor = await s.author(Role.DOCTOR);
  nurse = await s.author(Role.NURSE);
  pharmacist = await s.author(Role.PHARMACIST);
  me = await s.patientAccount();
});
afterAll(async () => {
  await app.close();
});

const STOP = `mutation($i: StopPrescriptionInput!) { stopPrescription(input: $i) { id status stoppedAt stopReason endAt } }`;
const LIST = `query($p: ID!, $active: Boolean) { prescriptions(patientId: $p, activeOnly: $active) { id status stopReason } }`;

interface Row {
  id: string;
  status: string;
  stopReason: string | null;
}

async function prescriptions(patientId: string, token: string, active?: boolean) {
  const r = await app.gql<{ prescriptions: Row[] }>(LIST, { p: patientId, active }, { token });
  expect(r.errors).toEqual([]);
  return r.data?.prescriptions ?? [];
}

describe('stopPrescription', () => {
  it('stops an active prescription now, with its reason, and takes it off the active list and the chart', async () => {
    const patient = await s.patient();
    const rx = await s.prescription(patient.id, { durationDays: 7 });
    const r = await app.gql<{
      stopPrescription: { status: string; stoppedAt: string; stopReason: string; endAt: string };
    }>(
      STOP,
      { i: { id: rx.id, reason: '  Effet indésirable : nausées  ' } },
      { token: doctor.token },
    );
    expect(r.errors).toEqual([]);
    expect(r.data?.stopPrescription).toMatchObject({
      status: 'STOPPED',
      stoppedAt: NOW.toISOString(),
      stopReason: 'Effet indésirable : nausées',
      endAt: NOW.toISOString(),
    });
    expect(await prescriptions(patient.id, nurse.token, true)).toEqual([]);
    expect(await prescriptions(patient.id, pharmacist.token)).toEqual([
      { id: rx.id, status: 'STOPPED', stopReason: 'Effet indésirable : nausées' },
    ]);
    const chart = await app.gql<{ patientChart: { activePrescriptions: unknown[] } }>(
      `query($p: ID!) { patientChart(patientId: $p) { activePrescriptions { id } } }`,
      { p: patient.id },
      { token: nurse.token },
    );
    expect(chart.data?.patientChart.activePrescriptions).toEqual([]);
    const [audit] = await app
      .em()
      .find(
        AuditEvent,
        { action: 'stopPrescription', targetId: rx.id },
        { orderBy: { id: 'desc' }, limit: 1 },
      );
    expect(audit).toMatchObject({
      outcome: 'SUCCESS',
      actorId: doctor.user.id,
      targetType: 'Prescription',
      patientId: patient.id,
    });
  });

  it('shows the patient their own prescription as stopped', async () => {
    const rx = await s.prescription(me.patientId);
    await app.gql(
      STOP,
      { i: { id: rx.id, reason: 'Traitement terminé' } },
      { token: doctor.token },
    );
    expect(await prescriptions(me.patientId, me.token)).toContainEqual({
      id: rx.id,
      status: 'STOPPED',
      stopReason: 'Traitement terminé',
    });
  });

  it('needs a reason and stops nothing without one', async () => {
    const patient = await s.patient();
    const rx = await s.prescription(patient.id);
    const r = await app.gql(STOP, { i: { id: rx.id, reason: '   ' } }, { token: doctor.token });
    expect(r.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors[0]?.extensions?.fields).toEqual({ reason: 'is required' });
    const row = await app.em().findOneOrFail(Prescription, rx.id);
    expect(row.status).toBe('ACTIVE');
    expect(row.stoppedAt ?? null).toBeNull();
  });

  it('refuses to stop a prescription twice, keeping the first stop', async () => {
    const patient = await s.patient();
    const rx = await s.prescription(patient.id);
    await app.gql(STOP, { i: { id: rx.id, reason: 'Relais IV' } }, { token: doctor.token });
    app.clock.advance(60_000);
    try {
      const again = await app.gql(
        STOP,
        { i: { id: rx.id, reason: 'Autre' } },
        { token: doctor.token },
      );
      expect(again.errors[0]?.extensions?.code).toBe('CONFLICT');
    } finally {
      app.clock.set(NOW);
    }
    const row = await app.em().findOneOrFail(Prescription, rx.id);
    expect(row).toMatchObject({ stopReason: 'Relais IV', stoppedAt: NOW });
  });

  it('refuses to stop a prescription entered in error', async () => {
    const patient = await s.patient();
    const rx = await s.prescription(patient.id);
    const marked = await app.gql(
      `mutation($i: MarkEnteredInErrorInput!) { markEnteredInError(input: $i) { id } }`,
      { i: { kind: 'PRESCRIPTION', id: rx.id, reason: 'Mauvais patient' } },
      { token: doctor.token },
    );
    expect(marked.errors).toEqual([]);
    const r = await app.gql(STOP, { i: { id: rx.id, reason: 'Arrêt' } }, { token: doctor.token });
    expect(r.errors[0]?.extensions?.code).toBe('CONFLICT');
    expect((await app.em().findOneOrFail(Prescription, rx.id)).status).toBe('ACTIVE');
  });

  it('answers "not found" for an unknown prescription', async () => {
    const r = await app.gql(
      STOP,
      { i: { id: '00000000-0000-4000-8000-000000000000', reason: 'Arrêt' } },
      { token: doctor.token },
    );
    expect(r.errors[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lets only doctors stop a prescription: the nurse, the pharmacist and the patient are refused', async () => {
    const rx = await s.prescription(me.patientId);
    for (const token of [nurse.token, pharmacist.token, me.token]) {
      const r = await app.gql(STOP, { i: { id: rx.id, reason: 'Arrêt' } }, { token });
      expect(r.errors[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(r.data).toBeNull();
    }
    expect((await app.em().findOneOrFail(Prescription, rx.id)).status).toBe('ACTIVE');
  });
});

describe('prescribe', () => {
  const PRESCRIBE = `mutation($i: PrescribeInput!) { prescribe(input: $i) { id } }`;
  const times = (n: number) =>
    Array.from({ length: n }, (_, i) => {
      const minutes = i * Math.floor(1440 / n);
      return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    });
  const input = (scheduleTimes: string[]) => ({
    i: {
      patientId: me.patientId,
      medicationName: 'Paracétamol',
      dose: 1,
      doseUnit: 'g',
      route: 'IV',
      scheduleTimes,
    },
  });

  it('refuses more than 24 clock times a day, and records nothing', async () => {
    const before = await app.em().count(Prescription, { patient: me.patientId });
    const r = await app.gql(PRESCRIBE, input(times(1440)), { token: doctor.token });
    expect(r.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(r.errors[0]?.extensions)).toContain('at most 24 times a day');
    expect(await app.em().count(Prescription, { patient: me.patientId })).toBe(before);
  });

  it('accepts an hourly schedule', async () => {
    const r = await app.gql(PRESCRIBE, input(times(24)), { token: doctor.token });
    expect(r.errors).toEqual([]);
  });
});

describe('recordMedicationAdministration under a device-made id', () => {
  const MAR = `mutation($i: RecordMedicationAdministrationInput!) { recordMedicationAdministration(input: $i) { id patientId prescriptionId status scheduledAt occurredAt recordedAt dose reason } }`;
  // 08:00 in Paris, the first dose of the day, due before NOW.
  const dose8 = '2026-03-10T07:00:00.000Z';

  interface Dose {
    id: string;
    status: string;
  }

  async function prescribed() {
    const patient = await s.patient();
    const rx = await s.prescription(patient.id, {
      scheduleTimes: ['08:00', '14:00', '20:00'],
      startAt: '2026-03-10T00:00:00Z',
    });
    return { patientId: patient.id, prescriptionId: rx.id };
  }

  const send = (input: Record<string, unknown>) =>
    app.gql<{ recordMedicationAdministration: Dose }>(MAR, { i: input }, { token: nurse.token });

  async function given(input: Record<string, unknown>) {
    const r = await send(input);
    expect(r.errors, JSON.stringify(r.errors)).toEqual([]);
    return r.data?.recordMedicationAdministration;
  }

  const records = (prescriptionId: string) =>
    app.em().count(MedicationAdministration, { prescription: prescriptionId });

  it('answers a replay with the original record, unchanged, and keeps one row', async () => {
    const { patientId, prescriptionId } = await prescribed();
    const input = { id: randomUUID(), prescriptionId, scheduledAt: dose8, status: 'GIVEN' };
    const first = await given(input);
    app.clock.advance(10 * 60_000);
    try {
      // The dose's slot is taken, by this very record: the replay still answers with it.
      expect(
        await given({ status: 'GIVEN', scheduledAt: dose8, prescriptionId, id: input.id }),
      ).toEqual(first);
    } finally {
      app.clock.set(NOW);
    }
    expect(first).toMatchObject({ id: input.id, patientId, status: 'GIVEN', dose: 1 });
    expect(await records(prescriptionId)).toBe(1);
    const audit = await app
      .em()
      .find(
        AuditEvent,
        { action: 'recordMedicationAdministration', targetId: input.id },
        { orderBy: { id: 'asc' } },
      );
    expect(audit.map((a) => [a.outcome, a.patientId, a.details.replay ?? false])).toEqual([
      ['SUCCESS', patientId, false],
      ['SUCCESS', patientId, true],
    ]);
  });

  it('refuses a different request under a used id as a conflict, and changes nothing', async () => {
    const { prescriptionId } = await prescribed();
    const other = await prescribed();
    const input = { id: randomUUID(), prescriptionId, scheduledAt: dose8, status: 'GIVEN' };
    const first = await given(input);
    for (const attempt of [
      { ...input, status: 'HELD', reason: 'À jeun pour examen' },
      { ...input, dose: 0.5 },
      { ...input, prescriptionId: other.prescriptionId },
    ]) {
      const r = await send(attempt);
      expect(r.errors[0]?.extensions?.code).toBe('CONFLICT');
    }
    expect(await records(prescriptionId)).toBe(1);
    expect(await records(other.prescriptionId)).toBe(0);
    expect(await given(input)).toEqual(first);
  });

  it('records five identical requests sent at once exactly once, and all answer its id', async () => {
    const { prescriptionId } = await prescribed();
    const input = { id: randomUUID(), prescriptionId, scheduledAt: dose8, status: 'GIVEN' };
    const answers = await allAtOnce(app, 'medication_administration', 5, () => send(input));
    for (const r of answers) expect(r.errors).toEqual([]);
    expect(answers.map((r) => r.data?.recordMedicationAdministration.id)).toEqual(
      Array(5).fill(input.id),
    );
    expect(await records(prescriptionId)).toBe(1);
  });

  it('refuses a dose under the id of a care note', async () => {
    const { patientId, prescriptionId } = await prescribed();
    const note = await s.careNote(patientId);
    const r = await send({ id: note.id, prescriptionId, scheduledAt: dose8, status: 'GIVEN' });
    expect(r.errors[0]?.extensions?.code).toBe('CONFLICT');
    expect(await records(prescriptionId)).toBe(0);
  });
});
