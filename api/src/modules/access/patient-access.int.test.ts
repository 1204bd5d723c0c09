import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../kernel/auth/roles.js';
import { startTestApp, type TestApp } from '../../app/testing/test-app.js';
import { AuditEvent } from '../audit/index.js';
import { useCareScope } from './patient-access.js';

const CHART = 'query($id: ID!) { patientChart(patientId: $id) { patientId } }';
const PATIENT = 'query($id: ID!) { patient(id: $id) { id } }';

describe('the access policy through the API', () => {
  let app: TestApp;
  let nurse: string;
  let patientId: string;
  let otherPatientId: string;

  beforeAll(async () => {
    app = await startTestApp();
    nurse = (await app.tokenFor(Role.NURSE)).token;
    const a = await app.seedUser(Role.PATIENT);
    const b = await app.seedUser(Role.PATIENT);
    patientId = a.patientId ?? '';
    otherPatientId = b.patientId ?? '';
  });
  afterEach(() => {
    useCareScope(null);
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers a patient outside the registered care scope as not found, and audits nothing', async () => {
    useCareScope((_ctx, _viewer, ids) =>
      Promise.resolve(new Set(ids.filter((id) => id === patientId))),
    );
    const inCare = await app.gql(CHART, { id: patientId }, { token: nurse });
    expect(inCare.errors).toEqual([]);
    const outside = await app.gql(CHART, { id: otherPatientId }, { token: nurse });
    expect(outside.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    const identity = await app.gql(PATIENT, { id: otherPatientId }, { token: nurse });
    expect(identity.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    const reads = await app
      .em()
      .count(AuditEvent, { patientId: otherPatientId, action: { $like: 'read%' } });
    expect(reads).toBe(0);
  });

  it('lets staff of an allowed role see every patient while no care scope is registered', async () => {
    const r = await app.gql(CHART, { id: otherPatientId }, { token: nurse });
    expect(r.errors).toEqual([]);
    expect(r.data).toEqual({ patientChart: { patientId: otherPatientId } });
  });

  it('writes one read-audit row per request and patient, however often the request reads it', async () => {
    const before = await app.em().count(AuditEvent, { patientId, action: 'readClinicalData' });
    const r = await app.gql(
      `query($id: ID!) {
        a: patientChart(patientId: $id) { patientId }
        b: vitals(patientId: $id, first: 1) { totalCount }
      }`,
      { id: patientId },
      { token: nurse },
    );
    expect(r.errors).toEqual([]);
    const after = await app.em().count(AuditEvent, { patientId, action: 'readClinicalData' });
    expect(after - before).toBe(1);
  });

  it('answers an entry the caller does not correct like an unknown one, never FORBIDDEN', async () => {
    const doctor = (await app.tokenFor(Role.DOCTOR)).token;
    const created = await app.gql<{ createEncounter: { id: string } }>(
      'mutation($i: CreateEncounterInput!) { createEncounter(input: $i) { id } }',
      { i: { patientId, kind: 'CONSULTATION', reason: 'Contrôle' } },
      { token: doctor },
    );
    expect(created.errors).toEqual([]);
    const id = created.data?.createEncounter.id ?? '';
    const MARK =
      'mutation($i: MarkEnteredInErrorInput!) { markEnteredInError(input: $i) { enteredInError } }';
    const input = (entry: string) => ({
      i: { id: entry, kind: 'ENCOUNTER', reason: 'wrong chart' },
    });
    const byNurse = await app.gql(MARK, input(id), { token: nurse });
    const unknown = await app.gql(MARK, input(crypto.randomUUID()), { token: doctor });
    expect(byNurse.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(byNurse.errors[0]?.extensions).toEqual(unknown.errors[0]?.extensions);
    const byDoctor = await app.gql(MARK, input(id), { token: doctor });
    expect(byDoctor.errors).toEqual([]);
    expect(byDoctor.data).toEqual({ markEnteredInError: { enteredInError: true } });
  });

  it('answers a malformed id as not found, like a record that does not exist', async () => {
    const r = await app.gql(CHART, { id: 'not-a-uuid' }, { token: nurse });
    expect(r.errors[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
