import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../app/testing/test-app.js';
import { Role } from '../../kernel/auth/roles.js';
import { WorkingHoursSpan } from './working-hours.entity.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(new Date('2026-06-01T06:00:00Z'));
});
afterAll(async () => {
  await app.close();
});

const SPAN = 'id weekday startTime endTime';
const MINE = `{ myWorkingHours { ${SPAN} } }`;
const SET_MINE = `mutation($i: SetMyWorkingHoursInput!) { setMyWorkingHours(input: $i) { ${SPAN} } }`;
const THEIRS = `query($u: ID!) { staffWorkingHours(userId: $u) { ${SPAN} } }`;
const SET_THEIRS = `mutation($i: SetStaffWorkingHoursInput!) { setStaffWorkingHours(input: $i) { ${SPAN} } }`;

interface Span {
  weekday: number;
  startTime: string;
  endTime: string;
}
const span = (weekday: number, startTime: string, endTime: string): Span => ({
  weekday,
  startTime,
  endTime,
});
const bare = (spans: (Span & { id?: string })[] | undefined) =>
  spans?.map(({ weekday, startTime, endTime }) => ({ weekday, startTime, endTime }));

async function mine(token: string) {
  const r = await app.gql<{ myWorkingHours: Span[] }>(MINE, {}, { token });
  expect(r.errors).toEqual([]);
  return bare(r.data?.myWorkingHours);
}

describe('a staff member’s own working hours (R18)', () => {
  it('sets a week of several spans a day and reads it back in week order', async () => {
    const nurse = await app.tokenFor(Role.NURSE);
    expect(await mine(nurse.token)).toEqual([]);
    const week = [
      span(2, '14:00', '18:00'),
      span(1, '20:00', '24:00'),
      span(2, '08:00', '12:00'),
      span(2, '00:00', '07:00'),
    ];
    const r = await app.gql<{ setMyWorkingHours: Span[] }>(
      SET_MINE,
      { i: { spans: week } },
      { token: nurse.token },
    );
    expect(r.errors).toEqual([]);
    const inOrder = [week[1], week[3], week[2], week[0]];
    expect(bare(r.data?.setMyWorkingHours)).toEqual(inOrder);
    expect(await mine(nurse.token)).toEqual(inOrder);

    const replaced = [span(5, '09:00', '17:00')];
    await app.gql(SET_MINE, { i: { spans: replaced } }, { token: nurse.token });
    expect(await mine(nurse.token)).toEqual(replaced);
  });

  it('refuses spans that overlap on one day, or end before they start, and keeps the week', async () => {
    const clerk = await app.tokenFor(Role.RECEPTIONIST);
    const week = [span(3, '08:00', '12:00')];
    await app.gql(SET_MINE, { i: { spans: week } }, { token: clerk.token });

    const overlap = await app.gql(
      SET_MINE,
      { i: { spans: [span(1, '08:00', '12:30'), span(1, '12:00', '16:00')] } },
      { token: clerk.token },
    );
    expect(overlap.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(overlap.errors[0]?.extensions?.fields).toEqual({
      spans: 'two spans overlap on the same day',
    });

    const backwards = await app.gql(
      SET_MINE,
      { i: { spans: [span(1, '12:00', '08:00'), span(8, '25:00', '26:00')] } },
      { token: clerk.token },
    );
    expect(backwards.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(backwards.errors[0]?.extensions?.fields).toMatchObject({
      'spans.0.endTime': 'must end after it starts',
      'spans.1.weekday': 'must be 1–7',
      'spans.1.startTime': 'must be HH:MM',
    });
    expect(await mine(clerk.token)).toEqual(week);
  });

  it('lets the database refuse overlapping spans the service would have caught', async () => {
    const u = await app.seedUser(Role.CASHIER);
    const em = app.em();
    em.create(WorkingHoursSpan, { user: u.user, ...span(1, '08:00', '12:00') });
    em.create(WorkingHoursSpan, { user: u.user, ...span(1, '11:00', '13:00') });
    await expect(em.flush()).rejects.toMatchObject({ code: '23P01' });
  });

  it('keeps one whole week when the same person saves twice at once', async () => {
    const tech = await app.tokenFor(Role.LAB_TECHNICIAN);
    // Disjoint weeks, so that only the lock (not the exclusion constraint) keeps them apart:
    // without it both saves delete what they saw and the two weeks add up.
    const a = [span(1, '08:00', '12:00'), span(1, '13:00', '17:00'), span(2, '08:00', '16:00')];
    const b = [span(3, '10:00', '18:00'), span(4, '06:00', '14:00')];
    for (let round = 0; round < 6; round++) {
      const results = await Promise.all(
        [a, b, a, b].map((spans) => app.gql(SET_MINE, { i: { spans } }, { token: tech.token })),
      );
      for (const r of results) expect(r.errors).toEqual([]);
      expect([a, b]).toContainEqual(await mine(tech.token));
    }
  });

  it('is not offered to doctors, whose week is their consultation sessions, nor to patients', async () => {
    for (const role of [Role.DOCTOR, Role.PATIENT]) {
      const { token } = await app.tokenFor(role);
      const r = await app.gql(MINE, {}, { token });
      expect(r.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('another staff member’s working hours', () => {
  it('are read and set by a manager and an admin', async () => {
    const nurse = await app.tokenFor(Role.NURSE);
    const week = [span(1, '07:00', '19:00')];
    await app.gql(SET_MINE, { i: { spans: week } }, { token: nurse.token });
    const manager = await app.tokenFor(Role.MANAGER);
    const admin = await app.tokenFor(Role.ADMIN);

    const read = await app.gql<{ staffWorkingHours: Span[] }>(
      THEIRS,
      { u: nurse.user.id },
      { token: manager.token },
    );
    expect(read.errors).toEqual([]);
    expect(bare(read.data?.staffWorkingHours)).toEqual(week);

    const next = [span(3, '19:00', '24:00'), span(4, '00:00', '07:00')];
    const set = await app.gql(
      SET_THEIRS,
      { i: { userId: nurse.user.id, spans: next } },
      { token: admin.token },
    );
    expect(set.errors).toEqual([]);
    expect(await mine(nurse.token)).toEqual(next);
  });

  it('are refused to other staff, and a manager gets not found for an unknown id', async () => {
    const nurse = await app.tokenFor(Role.NURSE);
    const colleague = await app.tokenFor(Role.NURSE);
    const peek = await app.gql(THEIRS, { u: nurse.user.id }, { token: colleague.token });
    expect(peek.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    const write = await app.gql(
      SET_THEIRS,
      { i: { userId: nurse.user.id, spans: [] } },
      { token: colleague.token },
    );
    expect(write.errors[0]?.extensions?.code).toBe('FORBIDDEN');

    const manager = await app.tokenFor(Role.MANAGER);
    for (const u of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const r = await app.gql(THEIRS, { u }, { token: manager.token });
      expect(r.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('are not kept for a doctor: the manager is told so by field', async () => {
    const doctor = await app.seedUser(Role.DOCTOR);
    const manager = await app.tokenFor(Role.MANAGER);
    const r = await app.gql(
      SET_THEIRS,
      { i: { userId: doctor.user.id, spans: [span(1, '08:00', '12:00')] } },
      { token: manager.token },
    );
    expect(r.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors[0]?.extensions?.fields).toHaveProperty('userId');
    expect(await app.em().count(WorkingHoursSpan, { user: doctor.user.id })).toBe(0);
  });
});
