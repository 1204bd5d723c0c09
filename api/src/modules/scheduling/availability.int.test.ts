import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed, type Account, type Seed, type Session } from '../../app/testing/fixtures.js';
import { startTestApp, type TestApp } from '../../app/testing/test-app.js';
import { Role } from '../../kernel/auth/roles.js';
import { AuditEvent } from '../audit/index.js';
import { AvailabilityException, AvailabilitySession } from './practitioner.entity.js';

let app: TestApp;
let s: Seed;
let reception: Account;
let nurse: Account;

// Monday 1 June 2026, 08:00 in Paris (UTC+2).
const NOW = new Date('2026-06-01T06:00:00Z');
/** Tuesday 2 June 2026 at HH:MM, Paris time. */
const tue = (hhmm: string) => new Date(`2026-06-02T${hhmm}:00+02:00`);
/** Wednesday 3 June 2026 at HH:MM, Paris time. */
const wed = (hhmm: string) => new Date(`2026-06-03T${hhmm}:00+02:00`);

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  s = seed(app);
  reception = await s.author(Role.RECEPTIONIST);
  nurse = await s.author(Role.NURSE);
});
afterAll(async () => {
  await app.close();
});

const SET = `mutation($i: SetWeeklyAvailabilityInput!) { setWeeklyAvailability(input: $i) { id weeklySessions { weekday startTime endTime slotMinutes } } }`;
const ADD = `mutation($i: AddAvailabilityExceptionInput!) { addAvailabilityException(input: $i) { id kind startsAt endsAt slotMinutes reason } }`;
const REMOVE = `mutation($i: RemoveAvailabilityExceptionInput!) { removeAvailabilityException(input: $i) }`;

/** Free slot start times of one practitioner over [from, to), as ISO strings. */
async function freeSlots(practitionerId: string, from: Date, to: Date) {
  const r = await app.gql<{ availableSlots: { slots: { startsAt: string }[] }[] }>(
    `query($p: ID!, $f: DateTimeISO!, $t: DateTimeISO!) { availableSlots(practitionerId: $p, from: $f, to: $t) { slots { startsAt } } }`,
    { p: practitionerId, f: from.toISOString(), t: to.toISOString() },
    { token: reception.token },
  );
  expect(r.errors).toEqual([]);
  return r.data?.availableSlots[0]?.slots.map((x) => x.startsAt) ?? [];
}

async function weeklySessions(practitionerId: string) {
  const r = await app.gql<{ practitioner: { weeklySessions: Session[] } }>(
    `query($id: ID!) { practitioner(id: $id) { weeklySessions { weekday startTime endTime slotMinutes } } }`,
    { id: practitionerId },
    { token: reception.token },
  );
  expect(r.errors).toEqual([]);
  return r.data?.practitioner.weeklySessions;
}

async function exceptions(practitionerId: string) {
  const r = await app.gql<{ availabilityExceptions: { id: string }[] }>(
    `query($p: ID!) { availabilityExceptions(practitionerId: $p) { id } }`,
    { p: practitionerId },
    { token: reception.token },
  );
  expect(r.errors).toEqual([]);
  return r.data?.availabilityExceptions.map((e) => e.id);
}

const iso = (...dates: Date[]) => dates.map((d) => d.toISOString());

describe('setWeeklyAvailability (R18)', () => {
  it('replaces the week: the profile lists the new sessions in order and the free slots follow them', async () => {
    const doctor = await s.doctor();
    const sessions = [
      { weekday: 2, startTime: '14:00', endTime: '15:00', slotMinutes: 30 },
      { weekday: 2, startTime: '09:00', endTime: '10:00', slotMinutes: 20 },
    ];
    const r = await app.gql<{ setWeeklyAvailability: { weeklySessions: Session[] } }>(
      SET,
      { i: { practitionerId: doctor.practitioner.id, sessions } },
      { token: reception.token },
    );
    expect(r.errors).toEqual([]);
    expect(r.data?.setWeeklyAvailability.weeklySessions).toEqual([sessions[1], sessions[0]]);
    expect(await weeklySessions(doctor.practitioner.id)).toEqual([sessions[1], sessions[0]]);
    expect(await freeSlots(doctor.practitioner.id, tue('00:00'), wed('23:59'))).toEqual(
      iso(tue('09:00'), tue('09:20'), tue('09:40'), tue('14:00'), tue('14:30')),
    );
    const [audit] = await app
      .em()
      .find(
        AuditEvent,
        { action: 'setWeeklyAvailability', actorId: reception.user.id },
        { orderBy: { id: 'desc' }, limit: 1 },
      );
    expect(audit?.outcome).toBe('SUCCESS');
  });

  it('empties the week with no sessions, leaving no free slot', async () => {
    const doctor = await s.doctor();
    const r = await app.gql(
      SET,
      { i: { practitionerId: doctor.practitioner.id, sessions: [] } },
      { token: reception.token },
    );
    expect(r.errors).toEqual([]);
    expect(await weeklySessions(doctor.practitioner.id)).toEqual([]);
    expect(await freeSlots(doctor.practitioner.id, tue('00:00'), wed('23:59'))).toEqual([]);
  });

  it('refuses sessions that overlap on one day and keeps the week as it was', async () => {
    const doctor = await s.doctor();
    const r = await app.gql(
      SET,
      {
        i: {
          practitionerId: doctor.practitioner.id,
          sessions: [
            { weekday: 3, startTime: '08:00', endTime: '12:00', slotMinutes: 20 },
            { weekday: 3, startTime: '11:40', endTime: '13:00', slotMinutes: 20 },
          ],
        },
      },
      { token: reception.token },
    );
    expect(r.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors[0]?.extensions?.fields).toEqual({
      sessions: 'two sessions overlap on the same day',
    });
    expect(await weeklySessions(doctor.practitioner.id)).toHaveLength(7);
  });

  it('refuses a session that ends before it starts or falls on no weekday', async () => {
    const doctor = await s.doctor();
    const r = await app.gql(
      SET,
      {
        i: {
          practitionerId: doctor.practitioner.id,
          sessions: [
            { weekday: 8, startTime: '09:00', endTime: '10:00', slotMinutes: 20 },
            { weekday: 1, startTime: '12:00', endTime: '11:00', slotMinutes: 20 },
          ],
        },
      },
      { token: reception.token },
    );
    expect(r.errors[0]?.extensions?.fields).toEqual({
      'sessions.0.weekday': 'must be 1–7',
      'sessions.1.endTime': 'must end after it starts',
    });
    expect(
      await app.em().count(AvailabilitySession, { practitioner: doctor.practitioner.id }),
    ).toBe(7);
  });

  it('lets a doctor set their own week, and answers "not found" for a colleague’s', async () => {
    const doctor = await s.doctor();
    const colleague = await s.doctor();
    const own = await app.gql(
      SET,
      {
        i: {
          practitionerId: doctor.practitioner.id,
          sessions: [{ weekday: 5, startTime: '08:00', endTime: '12:00', slotMinutes: 15 }],
        },
      },
      { token: doctor.token },
    );
    expect(own.errors).toEqual([]);
    const theirs = await app.gql(
      SET,
      { i: { practitionerId: colleague.practitioner.id, sessions: [] } },
      { token: doctor.token },
    );
    expect(theirs.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await weeklySessions(colleague.practitioner.id)).toHaveLength(7);
  });

  it('is refused to a nurse', async () => {
    const doctor = await s.doctor();
    const r = await app.gql(
      SET,
      { i: { practitionerId: doctor.practitioner.id, sessions: [] } },
      { token: nurse.token },
    );
    expect(r.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await weeklySessions(doctor.practitioner.id)).toHaveLength(7);
  });
});

describe('addAvailabilityException', () => {
  it('records an absence that removes the slots it covers and lists it as upcoming', async () => {
    const doctor = await s.doctor();
    const r = await app.gql<{ addAvailabilityException: { id: string } & Record<string, unknown> }>(
      ADD,
      {
        i: {
          practitionerId: doctor.practitioner.id,
          kind: 'ABSENCE',
          startsAt: tue('09:00').toISOString(),
          endsAt: tue('12:00').toISOString(),
          reason: '  Formation  ',
        },
      },
      { token: reception.token },
    );
    expect(r.errors).toEqual([]);
    const added = r.data!.addAvailabilityException;
    expect(added).toEqual({
      id: added.id,
      kind: 'ABSENCE',
      startsAt: tue('09:00').toISOString(),
      endsAt: tue('12:00').toISOString(),
      slotMinutes: null,
      reason: 'Formation',
    });
    expect(await exceptions(doctor.practitioner.id)).toEqual([added.id]);
    expect(await freeSlots(doctor.practitioner.id, tue('08:00'), tue('12:40'))).toEqual(
      iso(tue('08:00'), tue('08:20'), tue('08:40'), tue('12:00'), tue('12:20')),
    );
  });

  it('opens an extra session outside the week', async () => {
    const doctor = await s.doctor({
      sessions: [{ weekday: 2, startTime: '08:00', endTime: '09:00', slotMinutes: 20 }],
    });
    expect(await freeSlots(doctor.practitioner.id, wed('00:00'), wed('23:59'))).toEqual([]);
    const r = await app.gql(
      ADD,
      {
        i: {
          practitionerId: doctor.practitioner.id,
          kind: 'EXTRA',
          startsAt: wed('18:00').toISOString(),
          endsAt: wed('19:00').toISOString(),
          slotMinutes: 30,
        },
      },
      { token: doctor.token },
    );
    expect(r.errors).toEqual([]);
    expect(await freeSlots(doctor.practitioner.id, wed('00:00'), wed('23:59'))).toEqual(
      iso(wed('18:00'), wed('18:30')),
    );
  });

  it('refuses an end before the start and an extra session with no slot length, adding nothing', async () => {
    const doctor = await s.doctor();
    const backwards = await app.gql(
      ADD,
      {
        i: {
          practitionerId: doctor.practitioner.id,
          kind: 'ABSENCE',
          startsAt: tue('12:00').toISOString(),
          endsAt: tue('09:00').toISOString(),
        },
      },
      { token: reception.token },
    );
    expect(backwards.errors[0]?.extensions?.fields).toEqual({ endsAt: 'must be after the start' });
    const noSlots = await app.gql(
      ADD,
      {
        i: {
          practitionerId: doctor.practitioner.id,
          kind: 'EXTRA',
          startsAt: tue('19:00').toISOString(),
          endsAt: tue('20:00').toISOString(),
        },
      },
      { token: reception.token },
    );
    expect(noSlots.errors[0]?.extensions?.fields).toEqual({
      slotMinutes: 'is required for an extra session',
    });
    expect(
      await app.em().count(AvailabilityException, { practitioner: doctor.practitioner.id }),
    ).toBe(0);
  });

  it('answers "not found" to a doctor adding to a colleague’s agenda', async () => {
    const doctor = await s.doctor();
    const colleague = await s.doctor();
    const r = await app.gql(
      ADD,
      {
        i: {
          practitionerId: colleague.practitioner.id,
          kind: 'ABSENCE',
          startsAt: tue('09:00').toISOString(),
          endsAt: tue('10:00').toISOString(),
        },
      },
      { token: doctor.token },
    );
    expect(r.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await exceptions(colleague.practitioner.id)).toEqual([]);
  });

  it('no longer lists an absence once it is over by the clock', async () => {
    const doctor = await s.doctor();
    const past = await s.availabilityException(doctor.practitioner, {
      startsAt: new Date(NOW.getTime() - 3 * 3_600_000),
      endsAt: new Date(NOW.getTime() - 3_600_000),
    });
    const current = await s.availabilityException(doctor.practitioner, {
      startsAt: new Date(NOW.getTime() - 3_600_000),
      endsAt: new Date(NOW.getTime() + 3_600_000),
    });
    expect(await exceptions(doctor.practitioner.id)).toEqual([current.id]);
    expect(past.id).not.toBe(current.id);
  });
});

describe('removeAvailabilityException', () => {
  it('removes an absence, and its slots are free again', async () => {
    const doctor = await s.doctor();
    const absence = await s.availabilityException(doctor.practitioner, {
      startsAt: tue('08:00'),
      endsAt: tue('09:00'),
    });
    expect(await freeSlots(doctor.practitioner.id, tue('08:00'), tue('09:00'))).toEqual([]);
    const r = await app.gql<{ removeAvailabilityException: boolean }>(
      REMOVE,
      { i: { id: absence.id } },
      { token: reception.token },
    );
    expect(r.errors).toEqual([]);
    expect(r.data?.removeAvailabilityException).toBe(true);
    expect(await exceptions(doctor.practitioner.id)).toEqual([]);
    expect(await freeSlots(doctor.practitioner.id, tue('08:00'), tue('09:00'))).toEqual(
      iso(tue('08:00'), tue('08:20'), tue('08:40')),
    );
  });

  it('lets a doctor remove their own, and answers "not found" for a colleague’s, which stays', async () => {
    const doctor = await s.doctor();
    const colleague = await s.doctor();
    const own = await s.availabilityException(doctor.practitioner, {
      startsAt: tue('08:00'),
      endsAt: tue('09:00'),
    });
    const theirs = await s.availabilityException(colleague.practitioner, {
      startsAt: tue('08:00'),
      endsAt: tue('09:00'),
    });
    const r = await app.gql(REMOVE, { i: { id: own.id } }, { token: doctor.token });
    expect(r.errors).toEqual([]);
    const denied = await app.gql(REMOVE, { i: { id: theirs.id } }, { token: doctor.token });
    expect(denied.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await exceptions(colleague.practitioner.id)).toEqual([theirs.id]);
  });

  it('answers "not found" for an unknown exception', async () => {
    const r = await app.gql(
      REMOVE,
      { i: { id: '00000000-0000-4000-8000-000000000000' } },
      { token: reception.token },
    );
    expect(r.errors[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('agenda reads', () => {
  it('answer a malformed id with a typed error, never an internal one', async () => {
    const queries = {
      availabilityExceptions: '{ availabilityExceptions(practitionerId: "nope") { id } }',
      dayBoard: '{ dayBoard(date: "2026-06-02", practitionerId: "nope") { appointments { id } } }',
      appointments: '{ appointments(filter: { patientId: "nope" }) { totalCount } }',
      waitlist: '{ waitlist(patientId: "nope") { id } }',
    };
    const codes: Record<string, unknown> = {};
    for (const [name, query] of Object.entries(queries)) {
      const r = await app.gql(query, {}, { token: reception.token });
      codes[name] = r.errors[0]?.extensions?.code;
    }
    const typed = expect.stringMatching(/^(NOT_FOUND|BAD_USER_INPUT)$/) as unknown;
    expect(codes).toEqual({
      availabilityExceptions: typed,
      dayBoard: typed,
      appointments: typed,
      waitlist: typed,
    });
  });
});
