import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../kernel/auth/roles.js';
import { AuditEvent } from '../modules/audit/index.js';
import { Patient } from '../modules/patients/index.js';
import { startTestApp, type TestApp } from './testing/test-app.js';

describe('the injected clock', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('stamps what the ORM creates and updates, and the audit row, with the injected time', async () => {
    const created = new Date('2031-01-02T03:04:05.000Z');
    app.clock.set(created);
    // Signed in at the injected time: a token is as old as the clock says.
    const { token } = await app.tokenFor(Role.RECEPTIONIST);
    const r = await app.gql<{ createPatient: { patient: { id: string; version: number } } }>(
      `mutation($i: CreatePatientInput!) {
        createPatient(input: $i) { patient { id version } duplicates { reasons } }
      }`,
      {
        i: {
          familyName: 'Horloge',
          givenNames: 'Test',
          birthDate: '1970-05-06',
          sex: 'FEMALE',
        },
      },
      { token },
    );
    expect(r.errors).toEqual([]);
    const id = r.data?.createPatient.patient.id ?? '';
    const edited = new Date('2031-01-02T03:09:00.000Z');
    app.clock.set(edited);
    const u = await app.gql(
      `mutation($i: UpdatePatientInput!) { updatePatient(input: $i) { id } }`,
      { i: { id, version: r.data?.createPatient.patient.version, heightCm: 170 } },
      { token },
    );
    expect(u.errors).toEqual([]);
    const row = await app.em().findOneOrFail(Patient, id);
    expect(row.createdAt.toISOString()).toBe(created.toISOString());
    expect(row.updatedAt.toISOString()).toBe(edited.toISOString());
    const audit = await app
      .em()
      .findOneOrFail(AuditEvent, { action: 'updatePatient', targetId: id });
    expect(audit.occurredAt.toISOString()).toBe(edited.toISOString());
  });
});
