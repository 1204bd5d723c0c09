import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../app/testing/test-app.js';
import { Role } from '../../kernel/auth/roles.js';
import { Patient } from '../patients/index.js';
import { AuditEvent } from './audit-event.entity.js';
import { sealAuditBlocks } from './audit-seal.js';
import { verifyAuditTrail } from './audit.service.js';

let app: TestApp;
let admin: Awaited<ReturnType<TestApp['tokenFor']>>;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.tokenFor(Role.ADMIN);
});
afterAll(async () => {
  await app.close();
});

const CREATE = `mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } temporaryPassword } }`;

async function eventsFor(action: string) {
  return app.em().find(AuditEvent, { action }, { orderBy: { id: 'asc' } });
}

describe('audit trail', () => {
  it('a successful mutation leaves exactly one audit row naming actor, target and changes', async () => {
    const before = await app.em().count(AuditEvent, {});
    const r = await app.gql<{ createUser: { user: { id: string }; temporaryPassword: string } }>(
      CREATE,
      {
        i: { email: 'new.nurse@test.example', role: 'NURSE', givenName: 'Ana', familyName: 'Lima' },
      },
      { token: admin.token },
    );
    expect(r.errors).toEqual([]);
    expect(await app.em().count(AuditEvent, {})).toBe(before + 1);
    const [event] = (await eventsFor('createUser')).slice(-1);
    expect(event).toMatchObject({
      actorId: admin.user.id,
      actorRole: 'ADMIN',
      outcome: 'SUCCESS',
      targetType: 'User',
      targetId: r.data?.createUser.user.id,
    });
    // Field names only, never values: no password, no hash.
    const details = JSON.stringify(event?.details);
    expect(details).not.toContain(r.data?.createUser.temporaryPassword);
    expect(details).not.toContain('$argon2');
    expect(event?.details.changes).toEqual([
      expect.objectContaining({ entity: 'User', op: 'create' }),
    ]);
  });

  it('a failed mutation changes nothing and leaves one failure row', async () => {
    const before = await app.em().count(AuditEvent, {});
    const r = await app.gql(
      CREATE,
      { i: { email: 'bad', role: 'NURSE', givenName: 'A', familyName: 'B' } },
      { token: admin.token },
    );
    expect(r.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await app.em().count(AuditEvent, {})).toBe(before + 1);
    const [event] = (await eventsFor('createUser')).slice(-1);
    expect(event).toMatchObject({ outcome: 'FAILURE', errorCode: 'BAD_USER_INPUT' });
  });

  it('rolls back everything a racing registration wrote before losing', async () => {
    const patientsBefore = await app.em().count(Patient, {});
    const input = {
      givenNames: 'Race',
      familyName: 'Condition',
      birthDate: '1991-01-01',
      sex: 'MALE',
      phone: '+33 6 11 11 11 11',
      email: 'race@test.example',
      password: 'a long enough passphrase',
    };
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        app.gql(
          `mutation($i: RegisterPatientInput!) { registerPatient(input: $i) { accessToken } }`,
          {
            i: input,
          },
        ),
      ),
    );
    const ok = results.filter((r) => r.errors.length === 0);
    expect(ok).toHaveLength(1);
    for (const r of results.filter((x) => x.errors.length > 0)) {
      expect(r.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await app.em().count(Patient, {})).toBe(patientsBefore + 1);
  });

  it('records logins, successful and failed, once each', async () => {
    const u = await app.seedUser(Role.DOCTOR);
    const before = await app.em().count(AuditEvent, { action: 'login' });
    await app.login(u.email, u.password);
    await app.gql(
      `mutation { login(input: { email: "${u.email}", password: "wrong-one-here" }) { accessToken } }`,
    );
    const rows = (await eventsFor('login')).slice(before);
    expect(rows.map((e) => [e.outcome, e.actorId])).toEqual([
      ['SUCCESS', u.user.id],
      ['FAILURE', u.user.id],
    ]);
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    const conn = app.em().getConnection();
    await expect(conn.execute(`update audit_event set action = 'x'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(conn.execute(`delete from audit_event`)).rejects.toThrow(/append-only/);
    await expect(conn.execute(`truncate audit_event`)).rejects.toThrow(/append-only/);
  });

  it('seals what concurrent writers wrote, and the trail verifies', async () => {
    const users = await Promise.all(Array.from({ length: 8 }, () => app.tokenFor(Role.NURSE)));
    await Promise.all(
      users.map((u, i) =>
        app.gql(
          `mutation($i: UpdateMyProfileInput!) { updateMyProfile(input: $i) { id } }`,
          { i: { phone: `+33 6 22 22 22 ${String(10 + i)}` } },
          { token: u.token },
        ),
      ),
    );
    await sealAuditBlocks(app.em());
    const report = await verifyAuditTrail(app.em());
    expect(report.firstBroken).toBeNull();
    expect(report.checked).toBe(await app.em().count(AuditEvent, {}));
    expect(report.unsealed.count).toBe(0);
  });

  it('audit:verify names the first row altered behind the trigger’s back', async () => {
    await sealAuditBlocks(app.em());
    const target = (await eventsFor('createUser'))[0]!;
    const conn = app.em().getConnection();
    await conn.execute('alter table audit_event disable trigger audit_event_append_only');
    await conn.execute(`update audit_event set action = 'forged' where id = ?`, [target.id]);
    await conn.execute('alter table audit_event enable trigger audit_event_append_only');
    const report = await verifyAuditTrail(app.em());
    expect(report.firstBroken).toMatchObject({
      id: target.id,
      reason: 'content does not match its hash',
    });
    expect(report.firstBroken?.block).not.toBeNull();
  });

  it('lists events newest first with filters, for admins', async () => {
    const r = await app.gql<{
      auditEvents: { totalCount: number; nodes: { action: string; outcome: string }[] };
    }>(
      `{ auditEvents(first: 5, filter: { action: "login", outcome: FAILURE }) { totalCount nodes { action outcome } } }`,
      {},
      { token: admin.token },
    );
    expect(r.errors).toEqual([]);
    expect(r.data?.auditEvents.totalCount).toBeGreaterThan(0);
    expect(
      r.data?.auditEvents.nodes.every((n) => n.action === 'login' && n.outcome === 'FAILURE'),
    ).toBe(true);
  });
});
