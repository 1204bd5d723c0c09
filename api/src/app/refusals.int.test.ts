import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../kernel/auth/roles.js';
import { AuditEvent, AuditOutcome } from '../modules/audit/index.js';
import { Patient } from '../modules/patients/index.js';
import { CareNote, VitalSigns } from '../modules/records/index.js';
import { seed } from './testing/fixtures.js';
import { startTestApp, type TestApp } from './testing/test-app.js';

const PRESCRIBE = `mutation($i: PrescribeInput!) { prescribe(input: $i) { id } }`;
const CREATE_USER = `mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } } }`;
const REFUSALS = `query($since: DateTimeISO!) {
  accessRefusals(since: $since) { actorId actorRole refusals operations lastAt }
}`;

describe('refused attempts', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  const denied = (actorId: string) =>
    app
      .em()
      .find(AuditEvent, { actorId, outcome: AuditOutcome.DENIED }, { orderBy: { id: 'asc' } });

  it('leave one audit row per refused operation, naming actor and operation, never the input', async () => {
    const nurse = await app.tokenFor(Role.NURSE);
    const secret = `never-logged-${randomUUID()}`;
    const r = await app.gql(
      PRESCRIBE,
      {
        i: {
          patientId: randomUUID(),
          medicationName: secret,
          dose: 1,
          doseUnit: 'g',
          route: 'IV',
          scheduleTimes: ['08:00'],
        },
      },
      { token: nurse.token },
    );
    expect(r.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    const rows = await denied(nurse.user.id);
    expect(rows.map((e) => [e.action, e.actorRole, e.errorCode])).toEqual([
      ['prescribe', 'NURSE', 'FORBIDDEN'],
    ]);
    expect(JSON.stringify(rows)).not.toContain(secret);
  });

  it('record a non-admin trying to create an administrator, and an upload refused by /files', async () => {
    const patient = await app.tokenFor(Role.PATIENT);
    const r = await app.gql(
      CREATE_USER,
      { i: { email: 'boss@test.example', role: 'ADMIN', givenName: 'A', familyName: 'B' } },
      { token: patient.token },
    );
    expect(r.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    const reception = await app.tokenFor(Role.RECEPTIONIST);
    const upload = await fetch(`${app.url}/files?patientId=${randomUUID()}&fileName=a.pdf`, {
      method: 'POST',
      headers: { authorization: `Bearer ${reception.token}` },
      body: Buffer.from('%PDF-1.4\n'),
    });
    expect(upload.status).toBe(403);
    expect((await denied(patient.user.id)).map((e) => e.action)).toEqual(['createUser']);
    expect((await denied(reception.user.id)).map((e) => e.action)).toEqual(['uploadAttachment']);
  });

  it('leave no row for anonymous callers, who are answered UNAUTHENTICATED', async () => {
    const before = await app
      .em()
      .count(AuditEvent, { outcome: AuditOutcome.DENIED, actorId: null });
    const r = await app.gql('{ auditEvents(first: 1) { totalCount } }');
    expect(r.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await app.em().count(AuditEvent, { outcome: AuditOutcome.DENIED, actorId: null })).toBe(
      before,
    );
  });

  it('show administrators who is refused how often, and nobody else', async () => {
    const since = app.clock.now();
    const doctor = await app.tokenFor(Role.DOCTOR);
    for (let i = 0; i < 3; i++) {
      const r = await app.gql(
        '{ auditEvents(first: 1) { totalCount } }',
        {},
        { token: doctor.token },
      );
      expect(r.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const admin = await app.tokenFor(Role.ADMIN);
    const seen = await app.gql<{
      accessRefusals: {
        actorId: string;
        actorRole: string;
        refusals: number;
        operations: string[];
      }[];
    }>(REFUSALS, { since: since.toISOString() }, { token: admin.token });
    expect(seen.errors).toEqual([]);
    expect(seen.data?.accessRefusals.find((a) => a.actorId === doctor.user.id)).toEqual({
      actorId: doctor.user.id,
      actorRole: 'DOCTOR',
      refusals: 3,
      operations: ['auditEvents'],
      lastAt: expect.any(String) as unknown,
    });
    const byDoctor = await app.gql(
      REFUSALS,
      { since: since.toISOString() },
      { token: doctor.token },
    );
    expect(byDoctor.errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('bad input', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers a NUL byte in a search as BAD_USER_INPUT, never an internal error', async () => {
    const { token } = await app.tokenFor(Role.RECEPTIONIST);
    const r = await app.gql(
      'query($s: String) { patients(search: $s) { totalCount } }',
      {
        s: 'Dup\u0000ont',
      },
      { token },
    );
    expect(r.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a NUL byte in a mutation’s text with BAD_USER_INPUT and records nothing', async () => {
    const { token } = await app.tokenFor(Role.RECEPTIONIST);
    const r = await app.gql(
      `mutation($i: CreatePatientInput!) { createPatient(input: $i) { patient { id } } }`,
      { i: { familyName: 'Nul\u0000Byte', givenNames: 'X', birthDate: '1980-01-01', sex: 'MALE' } },
      { token },
    );
    expect(r.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await app.em().count(Patient, { familyName: { $like: 'Nul%' } })).toBe(0);
  });

  it('refuses control and bidirectional-override characters and line breaks in names, storing nothing', async () => {
    const { token } = await app.tokenFor(Role.RECEPTIONIST);
    const create = (familyName: string) =>
      app.gql(
        `mutation($i: CreatePatientInput!) { createPatient(input: $i) { patient { id } } }`,
        { i: { familyName, givenNames: 'Ana', birthDate: '1990-01-01', sex: 'FEMALE' } },
        { token },
      );
    for (const name of ['Evil\u202Eeman', 'Bell\u0007e', 'Esc\u001b[2J', 'Two\nLines']) {
      const r = await create(name);
      expect(r.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors[0]?.extensions?.fields).toHaveProperty('familyName');
    }
    expect(await app.em().count(Patient, { givenNames: 'Ana' })).toBe(0);
  });

  it('stores text in Unicode NFC, whichever way the accents were typed', async () => {
    const { token } = await app.tokenFor(Role.RECEPTIONIST);
    const r = await app.gql<{ createPatient: { patient: { id: string; familyName: string } } }>(
      `mutation($i: CreatePatientInput!) { createPatient(input: $i) { patient { id familyName } } }`,
      {
        i: {
          familyName: 'Me\u0301ne\u0300s',
          givenNames: 'Zoe\u0308',
          birthDate: '1990-01-01',
          sex: 'FEMALE',
        },
      },
      { token },
    );
    expect(r.errors).toEqual([]);
    const stored = await app.em().findOneOrFail(Patient, r.data!.createPatient.patient.id);
    expect([stored.familyName, stored.givenNames]).toEqual(['Ménès', 'Zoë']);
    expect(stored.familyName).toHaveLength(5);
  });

  it('refuses clinical times before the patient was born, and accepts the day of birth', async () => {
    const nurse = await app.tokenFor(Role.NURSE);
    const patient = await seed(app).patient({ birthDate: '1990-06-15' });
    const vitals = (takenAt: string) =>
      app.gql(
        `mutation($i: RecordVitalsInput!) { recordVitals(input: $i) { id takenAt } }`,
        { i: { id: randomUUID(), patientId: patient.id, heartRate: 72, takenAt } },
        { token: nurse.token },
      );
    const note = (occurredAt: string) =>
      app.gql(
        `mutation($i: AddCareNoteInput!) { addCareNote(input: $i) { id } }`,
        {
          i: {
            id: randomUUID(),
            patientId: patient.id,
            category: 'OBSERVATION',
            text: 'Calme',
            occurredAt,
          },
        },
        { token: nurse.token },
      );
    const early = await vitals('1900-01-01T08:00:00.000Z');
    expect(early.errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { takenAt: 'is before the patient was born' },
    });
    const earlyNote = await note('1990-06-14T08:00:00.000Z');
    expect(earlyNote.errors[0]?.extensions?.fields).toEqual({
      occurredAt: 'is before the patient was born',
    });
    expect(await app.em().count(VitalSigns, { patient: patient.id })).toBe(0);
    expect(await app.em().count(CareNote, { patient: patient.id })).toBe(0);
    const birthDay = await vitals('1990-06-15T06:00:00.000Z');
    expect(birthDay.errors).toEqual([]);
  });

  it('answers a staff account’s patient record as null', async () => {
    const { token } = await app.tokenFor(Role.NURSE);
    const r = await app.gql<{ me: { patient: null } }>(
      '{ me { role patient { id } } }',
      {},
      { token },
    );
    expect(r.errors).toEqual([]);
    expect(r.data).toEqual({ me: { role: 'NURSE', patient: null } });
  });
});
