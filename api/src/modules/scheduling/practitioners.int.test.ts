import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed, type Account, type Seed } from '../../app/testing/fixtures.js';
import { startTestApp, type TestApp } from '../../app/testing/test-app.js';
import { Role } from '../../kernel/auth/roles.js';
import { AuditEvent, AuditOutcome } from '../audit/index.js';
import { Practitioner } from './practitioner.entity.js';

let app: TestApp;
let s: Seed;
let admin: Account;
let reception: Account;

// Monday 1 June 2026, 08:00 in Paris (UTC+2).
const NOW = new Date('2026-06-01T06:00:00Z');

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  s = seed(app);
  admin = await s.author(Role.ADMIN);
  reception = await s.author(Role.RECEPTIONIST);
});
afterAll(async () => {
  await app.close();
});

const UPSERT = `mutation($i: UpsertPractitionerInput!) { upsertPractitioner(input: $i) { id specialty bio languages consultationMinutes active } }`;
const UPDATE_MINE = `mutation($i: UpdateMyPractitionerProfileInput!) { updateMyPractitionerProfile(input: $i) { id bio languages consultationMinutes specialty } }`;
const MINE = `{ myPractitionerProfile { id bio languages consultationMinutes specialty } }`;

interface Profile {
  id: string;
  specialty: string;
  bio: string | null;
  languages: string[];
  consultationMinutes: number;
  active?: boolean;
}

describe('upsertPractitioner', () => {
  it('creates the profile of a doctor account, then updates that same profile', async () => {
    const doctor = await app.seedUser(Role.DOCTOR);
    const created = await app.gql<{ upsertPractitioner: Profile }>(
      UPSERT,
      {
        i: {
          userId: doctor.user.id,
          specialty: 'CARDIOLOGY',
          bio: 'Cardiologue, rythmologie',
          languages: ['fr', 'en'],
          consultationMinutes: 30,
        },
      },
      { token: admin.token },
    );
    expect(created.errors).toEqual([]);
    const id = created.data!.upsertPractitioner.id;
    expect(created.data?.upsertPractitioner).toEqual({
      id,
      specialty: 'CARDIOLOGY',
      bio: 'Cardiologue, rythmologie',
      languages: ['fr', 'en'],
      consultationMinutes: 30,
      active: true,
    });
    const updated = await app.gql<{ upsertPractitioner: Profile }>(
      UPSERT,
      { i: { userId: doctor.user.id, specialty: 'NEUROLOGY', bio: '' } },
      { token: admin.token },
    );
    expect(updated.errors).toEqual([]);
    expect(updated.data?.upsertPractitioner).toEqual({
      id,
      specialty: 'NEUROLOGY',
      bio: null,
      languages: ['fr', 'en'],
      consultationMinutes: 30,
      active: true,
    });
    expect(await app.em().count(Practitioner, { user: doctor.user.id })).toBe(1);
    const read = await app.gql<{ practitioner: { specialty: string } }>(
      `query($id: ID!) { practitioner(id: $id) { specialty } }`,
      { id },
      { token: reception.token },
    );
    expect(read.data?.practitioner.specialty).toBe('NEUROLOGY');
    const [audit] = await app
      .em()
      .find(
        AuditEvent,
        { action: 'upsertPractitioner', actorId: admin.user.id, outcome: AuditOutcome.SUCCESS },
        { orderBy: { id: 'desc' }, limit: 1 },
      );
    expect(audit).toMatchObject({ targetType: 'Practitioner', targetId: id });
  });

  it('hides a deactivated practitioner from patients but not from staff', async () => {
    const doctor = await s.doctor({ specialty: 'DERMATOLOGY' });
    const r = await app.gql(
      UPSERT,
      { i: { userId: doctor.user.id, specialty: 'DERMATOLOGY', active: false } },
      { token: admin.token },
    );
    expect(r.errors).toEqual([]);
    const patient = await s.patientAccount();
    const q = `query($id: ID!) { practitioner(id: $id) { id active } }`;
    const asPatient = await app.gql(q, { id: doctor.practitioner.id }, { token: patient.token });
    expect(asPatient.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    const list = await app.gql<{ practitioners: { nodes: { id: string }[] } }>(
      `{ practitioners(specialty: "DERMATOLOGY") { nodes { id } } }`,
      {},
      { token: patient.token },
    );
    expect(list.data?.practitioners.nodes.map((n) => n.id)).not.toContain(doctor.practitioner.id);
    const asStaff = await app.gql<{ practitioner: { active: boolean } }>(
      q,
      { id: doctor.practitioner.id },
      { token: reception.token },
    );
    expect(asStaff.data?.practitioner.active).toBe(false);
  });

  it('refuses an account that is not a doctor’s, an unknown specialty and an unknown account, creating nothing', async () => {
    const nurse = await app.seedUser(Role.NURSE);
    const notDoctor = await app.gql(
      UPSERT,
      { i: { userId: nurse.user.id, specialty: 'CARDIOLOGY' } },
      { token: admin.token },
    );
    expect(notDoctor.errors[0]?.extensions?.fields).toEqual({ userId: 'is not a doctor account' });
    const doctor = await app.seedUser(Role.DOCTOR);
    const badSpecialty = await app.gql(
      UPSERT,
      { i: { userId: doctor.user.id, specialty: 'ASTROLOGY' } },
      { token: admin.token },
    );
    expect(badSpecialty.errors[0]?.extensions?.fields).toEqual({
      specialty: 'is not a known specialty',
    });
    const unknown = await app.gql(
      UPSERT,
      { i: { userId: '00000000-0000-4000-8000-000000000000', specialty: 'CARDIOLOGY' } },
      { token: admin.token },
    );
    expect(unknown.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await app.em().count(Practitioner, { user: [nurse.user.id, doctor.user.id] })).toBe(0);
  });

  it('is for administrators only', async () => {
    const doctor = await app.seedUser(Role.DOCTOR);
    const r = await app.gql(
      UPSERT,
      { i: { userId: doctor.user.id, specialty: 'CARDIOLOGY' } },
      { token: reception.token },
    );
    expect(r.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await app.em().count(Practitioner, { user: doctor.user.id })).toBe(0);
  });
});

describe('updateMyPractitionerProfile (R18)', () => {
  it('lets a doctor update their own presentation, languages and consultation length, and clear the presentation', async () => {
    const doctor = await s.doctor({ specialty: 'PAEDIATRICS' });
    const r = await app.gql<{ updateMyPractitionerProfile: Profile }>(
      UPDATE_MINE,
      {
        i: { bio: '  Pédiatre, allergologie  ', languages: ['fr', 'ar'], consultationMinutes: 30 },
      },
      { token: doctor.token },
    );
    expect(r.errors).toEqual([]);
    const expected = {
      id: doctor.practitioner.id,
      bio: 'Pédiatre, allergologie',
      languages: ['fr', 'ar'],
      consultationMinutes: 30,
      specialty: 'PAEDIATRICS',
    };
    expect(r.data?.updateMyPractitionerProfile).toEqual(expected);
    const mine = await app.gql<{ myPractitionerProfile: Profile }>(
      MINE,
      {},
      { token: doctor.token },
    );
    expect(mine.data?.myPractitionerProfile).toEqual(expected);
    const cleared = await app.gql<{ updateMyPractitionerProfile: Profile }>(
      UPDATE_MINE,
      { i: { bio: '' } },
      { token: doctor.token },
    );
    expect(cleared.data?.updateMyPractitionerProfile).toEqual({ ...expected, bio: null });
  });

  it('books new appointments for the consultation length the doctor set', async () => {
    const doctor = await s.doctor();
    await app.gql(UPDATE_MINE, { i: { consultationMinutes: 45 } }, { token: doctor.token });
    const patient = await s.patient();
    const startsAt = new Date('2026-06-02T09:00:00+02:00');
    const r = await app.gql<{ bookAppointment: { endsAt: string } }>(
      `mutation($i: BookAppointmentInput!) { bookAppointment(input: $i) { endsAt } }`,
      {
        i: {
          patientId: patient.id,
          practitionerId: doctor.practitioner.id,
          startsAt: startsAt.toISOString(),
          reason: 'Bilan',
        },
      },
      { token: reception.token },
    );
    expect(r.errors).toEqual([]);
    expect(r.data?.bookAppointment.endsAt).toBe(
      new Date(startsAt.getTime() + 45 * 60_000).toISOString(),
    );
  });

  it('refuses bad values and changes nothing', async () => {
    const doctor = await s.doctor();
    const before = await app.gql<{ myPractitionerProfile: Profile }>(
      MINE,
      {},
      { token: doctor.token },
    );
    const r = await app.gql(
      UPDATE_MINE,
      { i: { languages: ['Français'], consultationMinutes: 3, bio: 'Nouvelle présentation' } },
      { token: doctor.token },
    );
    expect(r.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors[0]?.extensions?.fields).toEqual({
      'languages.0': 'must be language codes',
      consultationMinutes: 'must be at least 5',
    });
    const after = await app.gql<{ myPractitionerProfile: Profile }>(
      MINE,
      {},
      { token: doctor.token },
    );
    expect(after.data).toEqual(before.data);
  });

  it('answers "not found" to a doctor without a profile', async () => {
    const doctor = await app.tokenFor(Role.DOCTOR);
    const r = await app.gql(UPDATE_MINE, { i: { bio: 'Bonjour' } }, { token: doctor.token });
    expect(r.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await app.em().count(Practitioner, { user: doctor.user.id })).toBe(0);
  });

  it('is for doctors only', async () => {
    const r = await app.gql(UPDATE_MINE, { i: { bio: 'Bonjour' } }, { token: admin.token });
    expect(r.errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
