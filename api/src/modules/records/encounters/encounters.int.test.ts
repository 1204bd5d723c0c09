import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed, type Account, type Seed } from '../../../app/testing/fixtures.js';
import { startTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { Role } from '../../../kernel/auth/roles.js';
import { AuditEvent } from '../../audit/index.js';
import { Diagnosis } from './diagnosis.entity.js';
import { Encounter } from './encounter.entity.js';

let app: TestApp;
let s: Seed;
let doctor: Account;
let nurse: Account;

// Tuesday 10 March 2026, 10:30 in Paris.
const NOW = new Date('2026-03-10T09:30:00Z');

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  s = seed(app);
  doctor = await s.author(Role.DOCTOR);
  nurse = await s.author(Role.NURSE);
});
afterAll(async () => {
  await app.close();
});

const COMPLETE = `mutation($i: CompleteEncounterInput!) { completeEncounter(input: $i) { id status endedAt } }`;
const ADD = `mutation($i: AddDiagnosisInput!) { addDiagnosis(input: $i) { id code label uncoded rank status onsetDate encounterId replacesId } }`;
const RESOLVE = `mutation($i: ResolveDiagnosisInput!) { resolveDiagnosis(input: $i) { id status resolvedAt } }`;
const DIAGNOSES = `query($p: ID!, $active: Boolean) { diagnoses(patientId: $p, activeOnly: $active) { id code status enteredInError replacedById } }`;

async function lastAudit(action: string, targetId: string) {
  const [row] = await app
    .em()
    .find(AuditEvent, { action, targetId }, { orderBy: { id: 'desc' }, limit: 1 });
  return row;
}

async function readEncounter(id: string, token = doctor.token) {
  const r = await app.gql<{ encounter: { status: string; endedAt: string | null } }>(
    `query($id: ID!) { encounter(id: $id) { status endedAt } }`,
    { id },
    { token },
  );
  expect(r.errors).toEqual([]);
  return r.data?.encounter;
}

describe('completeEncounter', () => {
  it('closes an open visit at the time of the clock, as the chart then shows, and audits it', async () => {
    const patient = await s.patient();
    const visit = await s.encounter(patient.id);
    expect(visit.status).toBe('IN_PROGRESS');

    const r = await app.gql<{ completeEncounter: { status: string; endedAt: string } }>(
      COMPLETE,
      { i: { id: visit.id } },
      { token: doctor.token },
    );
    expect(r.errors).toEqual([]);
    expect(r.data?.completeEncounter).toMatchObject({
      status: 'COMPLETED',
      endedAt: NOW.toISOString(),
    });
    expect(await readEncounter(visit.id)).toEqual({
      status: 'COMPLETED',
      endedAt: NOW.toISOString(),
    });
    expect(await lastAudit('completeEncounter', visit.id)).toMatchObject({
      outcome: 'SUCCESS',
      actorId: doctor.user.id,
      targetType: 'Encounter',
      patientId: patient.id,
    });
  });

  it('keeps the first end time when a visit is completed again', async () => {
    const patient = await s.patient();
    const visit = await s.encounter(patient.id);
    const first = await app.gql(COMPLETE, { i: { id: visit.id } }, { token: doctor.token });
    expect(first.errors).toEqual([]);
    app.clock.advance(5 * 60_000);
    try {
      const again = await app.gql<{ completeEncounter: { endedAt: string } }>(
        COMPLETE,
        { i: { id: visit.id } },
        { token: doctor.token },
      );
      expect(again.errors).toEqual([]);
      expect(again.data?.completeEncounter.endedAt).toBe(NOW.toISOString());
    } finally {
      app.clock.set(NOW);
    }
  });

  it('refuses an end before the start and leaves the visit open', async () => {
    const patient = await s.patient();
    const visit = await s.encounter(patient.id, { startedAt: '2026-03-10T08:00:00Z' });
    const r = await app.gql(
      COMPLETE,
      { i: { id: visit.id, endedAt: '2026-03-10T07:59:00Z' } },
      { token: doctor.token },
    );
    expect(r.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors[0]?.extensions?.fields).toEqual({ endedAt: 'is before the start' });
    expect(await readEncounter(visit.id)).toEqual({ status: 'IN_PROGRESS', endedAt: null });
    expect(await lastAudit('completeEncounter', visit.id)).toMatchObject({
      outcome: 'FAILURE',
      errorCode: 'BAD_USER_INPUT',
    });
  });

  it('refuses to complete a visit marked entered in error', async () => {
    const patient = await s.patient();
    const visit = await s.encounter(patient.id);
    const marked = await app.gql(
      `mutation($i: MarkEnteredInErrorInput!) { markEnteredInError(input: $i) { id } }`,
      { i: { kind: 'ENCOUNTER', id: visit.id, reason: 'Mauvais patient' } },
      { token: doctor.token },
    );
    expect(marked.errors).toEqual([]);
    const r = await app.gql(COMPLETE, { i: { id: visit.id } }, { token: doctor.token });
    expect(r.errors[0]?.extensions?.code).toBe('CONFLICT');
    const row = await app.em().findOneOrFail(Encounter, visit.id);
    expect(row.status).toBe('IN_PROGRESS');
    expect(row.endedAt ?? null).toBeNull();
  });

  it('answers "not found" for an unknown visit and lets no nurse complete one', async () => {
    const unknown = await app.gql(
      COMPLETE,
      { i: { id: '00000000-0000-4000-8000-000000000000' } },
      { token: doctor.token },
    );
    expect(unknown.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    const patient = await s.patient();
    const visit = await s.encounter(patient.id);
    const byNurse = await app.gql(COMPLETE, { i: { id: visit.id } }, { token: nurse.token });
    expect(byNurse.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(byNurse.data).toBeNull();
    expect(await readEncounter(visit.id)).toEqual({ status: 'IN_PROGRESS', endedAt: null });
  });
});

describe('addDiagnosis', () => {
  it('codes a diagnosis from the ICD-10 list with its French title, linked to the visit, on the problem list', async () => {
    const patient = await s.patient();
    const visit = await s.encounter(patient.id);
    const r = await app.gql<{ addDiagnosis: { id: string } & Record<string, unknown> }>(
      ADD,
      {
        i: {
          patientId: patient.id,
          encounterId: visit.id,
          code: 'i10',
          rank: 'PRIMARY',
          onsetDate: '2026-03-10',
        },
      },
      { token: doctor.token },
    );
    expect(r.errors).toEqual([]);
    const d = r.data!.addDiagnosis;
    expect(d).toEqual({
      id: d.id,
      code: 'I10',
      label: 'Hypertension essentielle (primitive)',
      uncoded: false,
      rank: 'PRIMARY',
      status: 'ACTIVE',
      onsetDate: '2026-03-10',
      encounterId: visit.id,
      replacesId: null,
    });
    const chart = await app.gql<{ patientChart: { activeProblems: { id: string }[] } }>(
      `query($p: ID!) { patientChart(patientId: $p) { activeProblems { id } } }`,
      { p: patient.id },
      { token: nurse.token },
    );
    expect(chart.data?.patientChart.activeProblems).toEqual([{ id: d.id }]);
    expect(await lastAudit('addDiagnosis', d.id)).toMatchObject({
      outcome: 'SUCCESS',
      targetType: 'Diagnosis',
      patientId: patient.id,
    });
  });

  it('records free text as an uncoded diagnosis', async () => {
    const patient = await s.patient();
    const r = await app.gql<{
      addDiagnosis: { code: string | null; label: string; uncoded: boolean };
    }>(
      ADD,
      { i: { patientId: patient.id, freeText: '  Syndrome post-viral  ', rank: 'SECONDARY' } },
      { token: doctor.token },
    );
    expect(r.errors).toEqual([]);
    expect(r.data?.addDiagnosis).toMatchObject({
      code: null,
      label: 'Syndrome post-viral',
      uncoded: true,
    });
  });

  it('refuses a code outside the list, a diagnosis with neither code nor text, and records nothing', async () => {
    const patient = await s.patient();
    const unknown = await app.gql(
      ADD,
      { i: { patientId: patient.id, code: 'ZZ99.9', rank: 'PRIMARY' } },
      { token: doctor.token },
    );
    expect(unknown.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors[0]?.extensions?.fields).toHaveProperty('code');
    const empty = await app.gql(
      ADD,
      { i: { patientId: patient.id, code: ' ', rank: 'PRIMARY' } },
      { token: doctor.token },
    );
    expect(empty.errors[0]?.extensions?.fields).toEqual({
      freeText: 'is required when no code is given',
    });
    expect(await app.em().count(Diagnosis, { patient: patient.id })).toBe(0);
  });

  it('refuses an onset after today by the hospital clock, and accepts today', async () => {
    const patient = await s.patient();
    const tomorrow = await app.gql(
      ADD,
      { i: { patientId: patient.id, code: 'I10', rank: 'PRIMARY', onsetDate: '2026-03-11' } },
      { token: doctor.token },
    );
    expect(tomorrow.errors[0]?.extensions?.fields).toEqual({
      onsetDate: 'cannot be in the future',
    });
    const today = await app.gql(
      ADD,
      { i: { patientId: patient.id, code: 'I10', rank: 'PRIMARY', onsetDate: '2026-03-10' } },
      { token: doctor.token },
    );
    expect(today.errors).toEqual([]);
  });

  it('refuses a visit of another patient and an unknown patient', async () => {
    const patient = await s.patient();
    const other = await s.patient();
    const otherVisit = await s.encounter(other.id);
    const wrongVisit = await app.gql(
      ADD,
      { i: { patientId: patient.id, encounterId: otherVisit.id, code: 'I10', rank: 'PRIMARY' } },
      { token: doctor.token },
    );
    expect(wrongVisit.errors[0]?.extensions?.fields).toEqual({
      encounterId: 'is not a visit of this patient',
    });
    const noPatient = await app.gql(
      ADD,
      { i: { patientId: '00000000-0000-4000-8000-000000000000', code: 'I10', rank: 'PRIMARY' } },
      { token: doctor.token },
    );
    expect(noPatient.errors[0]?.extensions?.fields).toEqual({
      patientId: 'is not a known patient',
    });
    expect(await app.em().count(Diagnosis, { patient: [patient.id, other.id] })).toBe(0);
  });

  it('replaces a wrong diagnosis: the first stays in history, marked in error, pointing at its replacement', async () => {
    const patient = await s.patient();
    const wrong = await s.diagnosis(patient.id, { code: 'J45.9' });
    const r = await app.gql<{ addDiagnosis: { id: string; replacesId: string } }>(
      ADD,
      {
        i: {
          patientId: patient.id,
          code: 'I10',
          rank: 'PRIMARY',
          corrects: { id: wrong.id, reason: 'Erreur de code' },
        },
      },
      { token: doctor.token },
    );
    expect(r.errors).toEqual([]);
    expect(r.data?.addDiagnosis.replacesId).toBe(wrong.id);
    const all = await app.gql<{
      diagnoses: { id: string; enteredInError: boolean; replacedById: string | null }[];
    }>(DIAGNOSES, { p: patient.id }, { token: doctor.token });
    expect(all.data?.diagnoses).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: wrong.id,
          enteredInError: true,
          replacedById: r.data?.addDiagnosis.id,
        }),
      ]),
    );
    const active = await app.gql<{ diagnoses: { id: string }[] }>(
      DIAGNOSES,
      { p: patient.id, active: true },
      { token: doctor.token },
    );
    expect(active.data?.diagnoses.map((d) => d.id)).toEqual([r.data?.addDiagnosis.id]);
  });

  it('lets no nurse diagnose', async () => {
    const patient = await s.patient();
    const r = await app.gql(
      ADD,
      { i: { patientId: patient.id, code: 'I10', rank: 'PRIMARY' } },
      { token: nurse.token },
    );
    expect(r.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await app.em().count(Diagnosis, { patient: patient.id })).toBe(0);
  });
});

describe('resolveDiagnosis', () => {
  it('resolves a problem at the time of the clock and takes it off the active list', async () => {
    const patient = await s.patient();
    const d = await s.diagnosis(patient.id);
    const r = await app.gql<{ resolveDiagnosis: { status: string; resolvedAt: string } }>(
      RESOLVE,
      { i: { id: d.id } },
      { token: doctor.token },
    );
    expect(r.errors).toEqual([]);
    expect(r.data?.resolveDiagnosis).toMatchObject({
      status: 'RESOLVED',
      resolvedAt: NOW.toISOString(),
    });
    const active = await app.gql<{ diagnoses: unknown[] }>(
      DIAGNOSES,
      { p: patient.id, active: true },
      { token: doctor.token },
    );
    expect(active.data?.diagnoses).toEqual([]);
    const all = await app.gql<{ diagnoses: { id: string; status: string }[] }>(
      DIAGNOSES,
      { p: patient.id },
      { token: doctor.token },
    );
    expect(all.data?.diagnoses).toEqual([
      expect.objectContaining({ id: d.id, status: 'RESOLVED' }),
    ]);
    expect(await lastAudit('resolveDiagnosis', d.id)).toMatchObject({
      outcome: 'SUCCESS',
      targetType: 'Diagnosis',
      patientId: patient.id,
    });
  });

  it('keeps the first resolution time when resolved again', async () => {
    const patient = await s.patient();
    const d = await s.diagnosis(patient.id);
    await app.gql(RESOLVE, { i: { id: d.id } }, { token: doctor.token });
    app.clock.advance(60_000);
    try {
      const again = await app.gql<{ resolveDiagnosis: { resolvedAt: string } }>(
        RESOLVE,
        { i: { id: d.id } },
        { token: doctor.token },
      );
      expect(again.errors).toEqual([]);
      expect(again.data?.resolveDiagnosis.resolvedAt).toBe(NOW.toISOString());
    } finally {
      app.clock.set(NOW);
    }
  });

  it('refuses to resolve a diagnosis entered in error, and answers "not found" for an unknown one', async () => {
    const patient = await s.patient();
    const d = await s.diagnosis(patient.id);
    await app.gql(
      `mutation($i: MarkEnteredInErrorInput!) { markEnteredInError(input: $i) { id } }`,
      { i: { kind: 'DIAGNOSIS', id: d.id, reason: 'Mauvais dossier' } },
      { token: doctor.token },
    );
    const r = await app.gql(RESOLVE, { i: { id: d.id } }, { token: doctor.token });
    expect(r.errors[0]?.extensions?.code).toBe('CONFLICT');
    expect((await app.em().findOneOrFail(Diagnosis, d.id)).status).toBe('ACTIVE');
    const unknown = await app.gql(RESOLVE, { i: { id: 'not-an-id' } }, { token: doctor.token });
    expect(unknown.errors[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lets no nurse resolve a diagnosis', async () => {
    const patient = await s.patient();
    const d = await s.diagnosis(patient.id);
    const r = await app.gql(RESOLVE, { i: { id: d.id } }, { token: nurse.token });
    expect(r.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.em().findOneOrFail(Diagnosis, d.id)).status).toBe('ACTIVE');
  });
});
