import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  seed,
  type Account,
  type DoctorAccount,
  type PatientAccount,
  type Seed,
} from '../../app/testing/fixtures.js';
import { startTestApp, type TestApp } from '../../app/testing/test-app.js';
import { Role } from '../../kernel/auth/roles.js';
import { AuditEvent } from '../audit/index.js';
import { Appointment } from './appointment.entity.js';
import { AppointmentStatus } from './appointment-status.js';

let app: TestApp;
let s: Seed;
let reception: Account;
let doctor: DoctorAccount;
let me: PatientAccount;

// Monday 1 June 2026, 08:00 in Paris (UTC+2).
const NOW = new Date('2026-06-01T06:00:00Z');
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);
/** Tuesday 2 June 2026 at HH:MM, Paris time. */
const tue = (hhmm: string) => new Date(`2026-06-02T${hhmm}:00+02:00`);

beforeAll(async () => {
  // Tokens outlive the clock moves below.
  app = await startTestApp({ ACCESS_TOKEN_TTL_SECONDS: '3600' });
  app.clock.set(NOW);
  s = seed(app);
  reception = await s.author(Role.RECEPTIONIST);
  doctor = await s.doctor();
  me = await s.patientAccount();
});
afterEach(() => {
  app.clock.set(NOW);
});
afterAll(async () => {
  await app.close();
});

const CONFIRM = `mutation($i: AppointmentIdInput!) { confirmAppointment(input: $i) { id status } }`;
const NO_SHOW = `mutation($i: AppointmentIdInput!) { markNoShow(input: $i) { id status } }`;

async function statusOf(id: string) {
  return (await app.em().findOneOrFail(Appointment, id)).status;
}

async function lastAudit(action: string, targetId: string) {
  const [row] = await app
    .em()
    .find(AuditEvent, { action, targetId }, { orderBy: { id: 'desc' }, limit: 1 });
  return row;
}

describe('confirmAppointment', () => {
  it('lets the patient confirm their own appointment, which the agenda then shows confirmed', async () => {
    const a = await s.appointment({
      patientId: me.patientId,
      practitioner: doctor.practitioner,
      startsAt: tue('09:00'),
    });
    const r = await app.gql<{ confirmAppointment: { status: string } }>(
      CONFIRM,
      { i: { id: a.id } },
      { token: me.token },
    );
    expect(r.errors).toEqual([]);
    expect(r.data?.confirmAppointment.status).toBe('CONFIRMED');
    const board = await app.gql<{ dayBoard: { appointments: { id: string; status: string }[] }[] }>(
      `query($p: ID!) { dayBoard(date: "2026-06-02", practitionerId: $p) { appointments { id status } } }`,
      { p: doctor.practitioner.id },
      { token: reception.token },
    );
    expect(board.data?.dayBoard[0]?.appointments).toEqual([{ id: a.id, status: 'CONFIRMED' }]);
    expect(await lastAudit('confirmAppointment', a.id)).toMatchObject({
      outcome: 'SUCCESS',
      actorId: me.user.id,
      targetType: 'Appointment',
      patientId: me.patientId,
    });
  });

  it('answers "not found" to a patient confirming someone else’s appointment, and changes nothing', async () => {
    const stranger = await s.patient();
    const a = await s.appointment({
      patientId: stranger.id,
      practitioner: doctor.practitioner,
      startsAt: tue('09:20'),
    });
    const r = await app.gql(CONFIRM, { i: { id: a.id } }, { token: me.token });
    expect(r.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await statusOf(a.id)).toBe('SCHEDULED');
    const [audit] = await app
      .em()
      .find(
        AuditEvent,
        { action: 'confirmAppointment', actorId: me.user.id },
        { orderBy: { id: 'desc' }, limit: 1 },
      );
    expect(audit).toMatchObject({ outcome: 'DENIED', errorCode: 'NOT_FOUND' });
  });

  it('lets reception confirm even within the 30-minute lock, which holds only moves (R2)', async () => {
    const patient = await s.patient();
    const a = await s.appointment({
      patientId: patient.id,
      practitioner: doctor.practitioner,
      startsAt: minutes(10),
    });
    const r = await app.gql(CONFIRM, { i: { id: a.id } }, { token: reception.token });
    expect(r.errors).toEqual([]);
    expect(await statusOf(a.id)).toBe('CONFIRMED');
  });

  it('refuses to confirm an appointment already checked in, or cancelled', async () => {
    const patient = await s.patient();
    for (const [status, startsAt] of [
      [AppointmentStatus.CHECKED_IN, tue('10:00')],
      [AppointmentStatus.CANCELLED, tue('10:20')],
    ] as const) {
      const a = await s.appointment({
        patientId: patient.id,
        practitioner: doctor.practitioner,
        startsAt,
        status,
      });
      const r = await app.gql(CONFIRM, { i: { id: a.id } }, { token: reception.token });
      expect(r.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors[0]?.extensions?.fields).toEqual({
        status: `cannot go from ${status} to CONFIRMED`,
      });
      expect(await statusOf(a.id)).toBe(status);
    }
  });

  it('is not for doctors', async () => {
    const patient = await s.patient();
    const a = await s.appointment({
      patientId: patient.id,
      practitioner: doctor.practitioner,
      startsAt: tue('10:40'),
    });
    const r = await app.gql(CONFIRM, { i: { id: a.id } }, { token: doctor.token });
    expect(r.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await statusOf(a.id)).toBe('SCHEDULED');
  });
});

describe('markNoShow', () => {
  it('records a no-show only once the appointment’s time has come', async () => {
    const patient = await s.patient();
    const a = await s.appointment({
      patientId: patient.id,
      practitioner: doctor.practitioner,
      startsAt: minutes(40),
    });
    const early = await app.gql(NO_SHOW, { i: { id: a.id } }, { token: reception.token });
    expect(early.errors[0]?.extensions?.fields).toEqual({
      status: 'a no-show can only be recorded once the time has passed',
    });
    expect(await statusOf(a.id)).toBe('SCHEDULED');

    app.clock.set(minutes(40));
    const r = await app.gql<{ markNoShow: { status: string } }>(
      NO_SHOW,
      { i: { id: a.id } },
      { token: reception.token },
    );
    expect(r.errors).toEqual([]);
    expect(r.data?.markNoShow.status).toBe('NO_SHOW');
    const read = await app.gql<{ appointment: { status: string } }>(
      `query($id: ID!) { appointment(id: $id) { status } }`,
      { id: a.id },
      { token: doctor.token },
    );
    expect(read.data?.appointment.status).toBe('NO_SHOW');
    expect(await lastAudit('markNoShow', a.id)).toMatchObject({
      outcome: 'SUCCESS',
      actorId: reception.user.id,
      patientId: patient.id,
    });
  });

  it('lets a doctor mark a no-show in their own agenda only: a colleague’s answers "not found"', async () => {
    const colleague = await s.doctor();
    const patient = await s.patient();
    const own = await s.appointment({
      patientId: patient.id,
      practitioner: doctor.practitioner,
      startsAt: minutes(-60),
    });
    const theirs = await s.appointment({
      patientId: patient.id,
      practitioner: colleague.practitioner,
      startsAt: minutes(-120),
    });
    const ok = await app.gql(NO_SHOW, { i: { id: own.id } }, { token: doctor.token });
    expect(ok.errors).toEqual([]);
    expect(await statusOf(own.id)).toBe('NO_SHOW');
    const denied = await app.gql(NO_SHOW, { i: { id: theirs.id } }, { token: doctor.token });
    expect(denied.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await statusOf(theirs.id)).toBe('SCHEDULED');
  });

  it('refuses a no-show for a patient who checked in or whose visit is under way', async () => {
    const patient = await s.patient();
    for (const [status, startsAt] of [
      [AppointmentStatus.CHECKED_IN, minutes(-200)],
      [AppointmentStatus.IN_PROGRESS, minutes(-180)],
      [AppointmentStatus.COMPLETED, minutes(-160)],
    ] as const) {
      const a = await s.appointment({
        patientId: patient.id,
        practitioner: doctor.practitioner,
        startsAt,
        status,
      });
      const r = await app.gql(NO_SHOW, { i: { id: a.id } }, { token: reception.token });
      expect(r.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await statusOf(a.id)).toBe(status);
    }
  });

  it('is refused to the patient and answers "not found" for an unknown appointment', async () => {
    const a = await s.appointment({
      patientId: me.patientId,
      practitioner: doctor.practitioner,
      startsAt: minutes(-240),
    });
    const byPatient = await app.gql(NO_SHOW, { i: { id: a.id } }, { token: me.token });
    expect(byPatient.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await statusOf(a.id)).toBe('SCHEDULED');
    const unknown = await app.gql(
      NO_SHOW,
      { i: { id: '00000000-0000-4000-8000-000000000000' } },
      { token: reception.token },
    );
    expect(unknown.errors[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
