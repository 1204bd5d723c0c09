import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seed, type Seed } from '../../app/testing/fixtures.js';
import { startTestApp, wsSubscribe, type TestApp } from '../../app/testing/test-app.js';
import { Role } from '../../kernel/auth/roles.js';
import { domainEvents } from '../../kernel/events.js';
import { Appointment } from '../scheduling/index.js';
import { NotificationKind } from './notification-kind.js';
import { Notification } from './notification.entity.js';

let app: TestApp;
let s: Seed;
let reception: Awaited<ReturnType<TestApp['tokenFor']>>;

// Monday 1 June 2026, 08:00 in Paris (UTC+2).
const NOW = new Date('2026-06-01T06:00:00Z');
/** Tuesday 2 June 2026 at HH:MM Paris time. */
const tue = (hhmm: string) => new Date(`2026-06-02T${hhmm}:00+02:00`);

/** When set, a subscriber wired after every module's fails the next booking it hears of. */
let failNextBooking = false;

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  s = seed(app);
  reception = await app.tokenFor(Role.RECEPTIONIST);
  domainEvents.on('AppointmentBooked', () => {
    if (!failNextBooking) return Promise.resolve();
    failNextBooking = false;
    return Promise.reject(new Error('a subscriber failed'));
  });
});
beforeEach(() => {
  app.clock.set(NOW);
});
afterAll(async () => {
  await app.close();
});

const BOOK = `mutation($i: BookAppointmentInput!) { bookAppointment(input: $i) { id } }`;

async function book(token: string, patientId: string, practitionerId: string, startsAt: Date) {
  return app.gql<{ bookAppointment: { id: string } }>(
    BOOK,
    { i: { patientId, practitionerId, startsAt: startsAt.toISOString(), reason: 'Contrôle' } },
    { token },
  );
}

async function booked(token: string, patientId: string, practitionerId: string, startsAt: Date) {
  const r = await book(token, patientId, practitionerId, startsAt);
  expect(r.errors).toEqual([]);
  return r.data?.bookAppointment.id ?? '';
}

/** What a user's notifications say, oldest first (tests move the clock to order them). */
async function toldTo(userId: string) {
  const rows = await app
    .em()
    .find(Notification, { user: userId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  return rows.map((n) => ({ kind: n.kind, params: n.params, urgent: n.urgent, link: n.link }));
}

describe('notifications written from scheduling’s facts', () => {
  it('tells the patient of a booking made by reception, and not of one they made themselves', async () => {
    const doctor = await s.doctor();
    const patient = await s.patientAccount();
    await booked(reception.token, patient.patientId, doctor.practitioner.id, tue('09:00'));
    await booked(patient.token, patient.patientId, doctor.practitioner.id, tue('11:00'));
    expect(await toldTo(patient.user.id)).toEqual([
      {
        kind: NotificationKind.APPOINTMENT_BOOKED,
        params: {
          startsAt: tue('09:00').toISOString(),
          practitionerName: `Dr ${doctor.user.displayName}`,
        },
        urgent: false,
        link: '/appointments',
      },
    ]);
    const listed = await app.gql<{ notifications: { nodes: { kind: string; params: unknown }[] } }>(
      `{ notifications { nodes { kind params } } }`,
      {},
      { token: patient.token },
    );
    expect(listed.errors).toEqual([]);
    expect(listed.data?.notifications.nodes).toEqual([
      {
        kind: 'APPOINTMENT_BOOKED',
        params: {
          startsAt: tue('09:00').toISOString(),
          practitionerName: `Dr ${doctor.user.displayName}`,
        },
      },
    ]);
  });

  it('tells the patient of a move, with the time it was at, and of a cancellation', async () => {
    const doctor = await s.doctor();
    const patient = await s.patientAccount();
    const id = await booked(
      reception.token,
      patient.patientId,
      doctor.practitioner.id,
      tue('09:00'),
    );
    app.clock.advance(60_000);
    const moved = await app.gql(
      `mutation($i: RescheduleAppointmentInput!) { rescheduleAppointment(input: $i) { id } }`,
      { i: { id, startsAt: tue('14:00').toISOString() } },
      { token: reception.token },
    );
    expect(moved.errors).toEqual([]);
    app.clock.advance(60_000);
    const cancelled = await app.gql(
      `mutation($i: CancelAppointmentInput!) { cancelAppointment(input: $i) { id } }`,
      { i: { id, reason: 'Empêchement' } },
      { token: reception.token },
    );
    expect(cancelled.errors).toEqual([]);
    const practitionerName = `Dr ${doctor.user.displayName}`;
    expect((await toldTo(patient.user.id)).slice(1)).toEqual([
      {
        kind: NotificationKind.APPOINTMENT_MOVED,
        params: {
          startsAt: tue('14:00').toISOString(),
          previousStartsAt: tue('09:00').toISOString(),
          practitionerName,
        },
        urgent: false,
        link: '/appointments',
      },
      {
        kind: NotificationKind.APPOINTMENT_CANCELLED,
        params: { startsAt: tue('14:00').toISOString(), practitionerName },
        urgent: false,
        link: '/appointments',
      },
    ]);
  });

  it('tells each patient of a practitioner’s absence and reception how many patients to call', async () => {
    const doctor = await s.doctor();
    const [a, b] = [await s.patientAccount(), await s.patientAccount()];
    await booked(reception.token, a.patientId, doctor.practitioner.id, tue('09:00'));
    await booked(reception.token, b.patientId, doctor.practitioner.id, tue('10:00'));
    const before = (await toldTo(reception.user.id)).length;
    app.clock.advance(60_000);
    const r = await app.gql(
      `mutation($i: CancelPractitionerDayInput!) { cancelPractitionerDay(input: $i) { phone } }`,
      {
        i: {
          practitionerId: doctor.practitioner.id,
          from: tue('00:00').toISOString(),
          to: tue('23:59').toISOString(),
          reason: 'Urgence familiale',
        },
      },
      { token: doctor.token },
    );
    expect(r.errors).toEqual([]);
    const practitionerName = `Dr ${doctor.user.displayName}`;
    for (const [who, at] of [
      [a, '09:00'],
      [b, '10:00'],
    ] as const) {
      expect((await toldTo(who.user.id)).at(-1)).toEqual({
        kind: NotificationKind.APPOINTMENT_CANCELLED_PRACTITIONER,
        params: { startsAt: tue(at).toISOString(), practitionerName },
        urgent: false,
        link: '/appointments',
      });
    }
    expect((await toldTo(reception.user.id)).slice(before)).toEqual([
      {
        kind: NotificationKind.PATIENTS_TO_CALL,
        params: { count: 2, practitionerName },
        urgent: true,
        link: '/reception',
      },
    ]);
  });

  it('tells a waiting patient, urgently, of the freed slot offered to them and until when', async () => {
    const doctor = await s.doctor({ specialty: 'NEUROLOGY' });
    const holder = await s.patient();
    const waiting = await s.patientAccount();
    const id = await booked(reception.token, holder.id, doctor.practitioner.id, tue('10:00'));
    const asked = await app.gql(
      `mutation($i: RequestWaitlistInput!) { requestWaitlist(input: $i) { id } }`,
      {
        i: {
          patientId: waiting.patientId,
          practitionerId: doctor.practitioner.id,
          fromDate: '2026-06-01',
          toDate: '2026-06-05',
        },
      },
      { token: waiting.token },
    );
    expect(asked.errors).toEqual([]);
    const cancelled = await app.gql(
      `mutation($i: CancelAppointmentInput!) { cancelAppointment(input: $i) { id } }`,
      { i: { id, reason: 'Plus besoin' } },
      { token: reception.token },
    );
    expect(cancelled.errors).toEqual([]);
    const expiresAt = new Date(
      Math.min(
        NOW.getTime() + app.config.scheduling.waitlistOfferMinutes * 60_000,
        tue('10:00').getTime() - app.config.scheduling.leadMinutes * 60_000,
      ),
    );
    expect(await toldTo(waiting.user.id)).toEqual([
      {
        kind: NotificationKind.WAITLIST_OFFER,
        params: {
          startsAt: tue('10:00').toISOString(),
          expiresAt: expiresAt.toISOString(),
          practitionerName: `Dr ${doctor.user.displayName}`,
        },
        urgent: true,
        link: '/appointments',
      },
    ]);
  });
});

describe('in the publisher’s transaction', () => {
  it('rolls the booking back, notification included, when a subscriber fails', async () => {
    const doctor = await s.doctor();
    const patient = await s.patientAccount();
    failNextBooking = true;
    const r = await book(reception.token, patient.patientId, doctor.practitioner.id, tue('15:00'));
    expect(r.errors[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(failNextBooking).toBe(false);
    expect(await app.em().count(Appointment, { patient: patient.patientId })).toBe(0);
    expect(await toldTo(patient.user.id)).toEqual([]);

    // The same booking, with every subscriber succeeding, commits both.
    await booked(reception.token, patient.patientId, doctor.practitioner.id, tue('15:00'));
    expect(await app.em().count(Appointment, { patient: patient.patientId })).toBe(1);
    expect((await toldTo(patient.user.id)).map((n) => n.kind)).toEqual([
      NotificationKind.APPOINTMENT_BOOKED,
    ]);
  });

  it('pushes the new notification live once committed, read by id for its user', async () => {
    const doctor = await s.doctor();
    const patient = await s.patientAccount();
    const sub = wsSubscribe(
      app.url,
      'subscription { notificationAdded { id kind params urgent link readAt } }',
      patient.token,
    );
    await sub.connected;
    // Until the server has registered the subscription a push reaches nobody: book again.
    const hours = ['08:00', '08:20', '08:40', '09:00', '09:20', '09:40', '10:00', '10:20'];
    for (const hhmm of hours) {
      if (sub.received.length > 0) break;
      await booked(reception.token, patient.patientId, doctor.practitioner.id, tue(hhmm));
      await new Promise((r) => setTimeout(r, 300));
    }
    await expect.poll(() => sub.received.length, { timeout: 10_000 }).toBeGreaterThan(0);
    const [first] = sub.received;
    expect(first?.errors).toBeUndefined();
    const pushed = (first?.data as { notificationAdded: { id: string; params: unknown } })
      .notificationAdded;
    const stored = await app.em().findOneOrFail(Notification, pushed.id);
    expect(pushed).toEqual({
      id: stored.id,
      kind: 'APPOINTMENT_BOOKED',
      params: stored.params,
      urgent: false,
      link: '/appointments',
      readAt: null,
    });
    expect(stored.user.id).toBe(patient.user.id);
    await sub.close();
  });
});
