import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../app/testing/test-app.js';
import { Role } from '../../kernel/auth/roles.js';
import { AuditEvent } from '../audit/index.js';
import { Notification, NotificationKind } from '../notifications/index.js';
import { Encounter } from '../records/index.js';
import { createPatientRecord, Sex, type Patient } from '../patients/index.js';
import { Appointment } from './appointment.entity.js';
import { AvailabilitySession, Practitioner } from './practitioner.entity.js';

let app: TestApp;
let reception: Awaited<ReturnType<TestApp['tokenFor']>>;
let doctor: Awaited<ReturnType<TestApp['tokenFor']>>;
let practitioner: Practitioner;
let other: Practitioner;

// Monday 1 June 2026, 08:00 in Paris (UTC+2).
const T0 = new Date('2026-06-01T06:00:00Z');
/** Tuesday 2 June 2026 at HH:MM Paris time. */
const tue = (hhmm: string) => new Date(`2026-06-02T${hhmm}:00+02:00`);

async function makePractitioner(userId: string, specialty = 'CARDIOLOGY') {
  const em = app.em();
  const p = em.create(Practitioner, { user: userId, specialty, consultationMinutes: 20 });
  for (let weekday = 1; weekday <= 7; weekday++) {
    em.create(AvailabilitySession, {
      practitioner: p,
      weekday,
      startTime: '08:00',
      endTime: '18:00',
      slotMinutes: 20,
    });
  }
  await em.flush();
  return p;
}

async function patients(n: number): Promise<Patient[]> {
  const em = app.em();
  const list: Patient[] = [];
  for (let i = 0; i < n; i++) {
    list.push(
      await createPatientRecord(em, {
        familyName: `Charge${String(i)}`,
        givenNames: 'Test',
        birthDate: '1970-01-01',
        sex: Sex.MALE,
        phone: `+33 6 00 00 ${String(10 + (i % 90))} ${String(10 + i)}`,
      }),
    );
  }
  await em.flush();
  return list;
}

const BOOK = `mutation($i: BookAppointmentInput!) { bookAppointment(input: $i) { id startsAt endsAt status } }`;

async function book(
  token: string,
  patientId: string,
  startsAt: Date,
  p = practitioner,
  extra = {},
) {
  return app.gql<{ bookAppointment: { id: string; startsAt: string } }>(
    BOOK,
    {
      i: {
        patientId,
        practitionerId: p.id,
        startsAt: startsAt.toISOString(),
        reason: 'Contrôle',
        ...extra,
      },
    },
    { token },
  );
}

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(T0);
  reception = await app.tokenFor(Role.RECEPTIONIST);
  doctor = await app.tokenFor(Role.DOCTOR);
  practitioner = await makePractitioner(doctor.user.id);
  const otherDoctor = await app.seedUser(Role.DOCTOR);
  other = await makePractitioner(otherDoctor.user.id, 'PAEDIATRICS');
});
afterAll(async () => {
  await app.close();
});

describe('booking (R1)', () => {
  it('lets exactly one of 50 concurrent bookings of one slot succeed; the rest get SLOT_TAKEN', async () => {
    const list = await patients(50);
    const results = await Promise.all(list.map((p) => book(reception.token, p.id, tue('09:00'))));
    const ok = results.filter((r) => r.errors.length === 0);
    const codes = results.flatMap((r) => r.errors.map((e) => e.extensions?.code));
    expect(ok).toHaveLength(1);
    expect(codes).toHaveLength(49);
    expect(new Set(codes)).toEqual(new Set(['SLOT_TAKEN']));
    expect(await app.em().count(Appointment, { startsAt: tue('09:00') })).toBe(1);
  });

  it('refuses to double-book a patient with two practitioners', async () => {
    const [p] = await patients(1);
    expect((await book(reception.token, p!.id, tue('10:00'))).errors).toEqual([]);
    const clash = await book(reception.token, p!.id, tue('10:10'), other);
    expect(clash.errors[0]?.extensions?.code).toBe('SLOT_TAKEN');
    expect(clash.errors[0]?.message).toMatch(/patient already has/);
  });

  it('frees the slot again once the appointment is cancelled', async () => {
    const [a, b] = await patients(2);
    const first = await book(reception.token, a!.id, tue('11:00'));
    await app.gql(
      `mutation($i: CancelAppointmentInput!) { cancelAppointment(input: $i) { status } }`,
      { i: { id: first.data!.bookAppointment.id, reason: 'Empêchement' } },
      { token: reception.token },
    );
    expect((await book(reception.token, b!.id, tue('11:00'))).errors).toEqual([]);
  });

  it('shows booked slots as taken in the slot finder', async () => {
    const r = await app.gql<{ availableSlots: { slots: { startsAt: string }[] }[] }>(
      `query($p: ID!, $f: DateTimeISO!, $t: DateTimeISO!) { availableSlots(practitionerId: $p, from: $f, to: $t) { slots { startsAt } } }`,
      { p: practitioner.id, f: tue('08:00').toISOString(), t: tue('12:00').toISOString() },
      { token: reception.token },
    );
    const starts = r.data!.availableSlots[0]!.slots.map((s) => s.startsAt);
    expect(starts).toContain(tue('08:00').toISOString());
    expect(starts).not.toContain(tue('09:00').toISOString());
    expect(starts).not.toContain(tue('10:00').toISOString());
  });

  it('refuses patients outside the sessions and asks reception for a reason, which is audited', async () => {
    const patient = await app.tokenFor(Role.PATIENT);
    const pid = patient.patientId!;
    const late = tue('19:00');
    const byPatient = await book(patient.token, pid, late);
    expect(byPatient.errors[0]?.extensions?.fields).toHaveProperty('startsAt');
    const noReason = await book(reception.token, pid, late);
    expect(noReason.errors[0]?.extensions?.fields).toHaveProperty('outsideSessionReason');
    const ok = await book(reception.token, pid, late, practitioner, {
      outsideSessionReason: 'Urgence relative, accord du Dr',
    });
    expect(ok.errors).toEqual([]);
    const [event] = await app
      .em()
      .find(AuditEvent, { action: 'bookAppointment', targetId: ok.data!.bookAppointment.id }, {});
    expect(event?.details.outsideSessionReason).toBe('Urgence relative, accord du Dr');
  });

  it('answers "not found" when a patient books for someone else', async () => {
    const patient = await app.tokenFor(Role.PATIENT);
    const [stranger] = await patients(1);
    const r = await book(patient.token, stranger!.id, tue('15:00'));
    expect(r.errors[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('R2 and status changes', () => {
  it('locks moves within 30 minutes but still allows check-in', async () => {
    const [p] = await patients(1);
    const booked = await book(reception.token, p!.id, new Date(T0.getTime() + 40 * 60_000));
    const id = booked.data!.bookAppointment.id;
    app.clock.advance(12 * 60_000);
    try {
      const move = await app.gql(
        `mutation($i: RescheduleAppointmentInput!) { rescheduleAppointment(input: $i) { id } }`,
        { i: { id, startsAt: tue('13:00').toISOString() } },
        { token: reception.token },
      );
      expect(move.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const checkIn = await app.gql(
        `mutation($i: AppointmentIdInput!) { checkInAppointment(input: $i) { status } }`,
        { i: { id } },
        { token: reception.token },
      );
      expect(checkIn.data).toEqual({ checkInAppointment: { status: 'CHECKED_IN' } });
    } finally {
      app.clock.set(T0);
    }
  });

  it('lets a patient cancel only up to the notice', async () => {
    const patient = await app.tokenFor(Role.PATIENT);
    const pid = patient.patientId!;
    const soon = await book(reception.token, pid, new Date(T0.getTime() + 60 * 60_000));
    const later = await book(reception.token, pid, tue('16:00'));
    const cancel = (id: string) =>
      app.gql(
        `mutation($i: CancelAppointmentInput!) { cancelAppointment(input: $i) { status } }`,
        { i: { id, reason: 'Je ne peux pas venir' } },
        { token: patient.token },
      );
    expect((await cancel(soon.data!.bookAppointment.id)).errors[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await cancel(later.data!.bookAppointment.id)).errors).toEqual([]);
  });

  it('refuses illegal transitions', async () => {
    const [p] = await patients(1);
    const booked = await book(reception.token, p!.id, tue('14:00'));
    const r = await app.gql(
      `mutation($i: AppointmentIdInput!) { completeAppointment(input: $i) { status } }`,
      { i: { id: booked.data!.bookAppointment.id } },
      { token: doctor.token },
    );
    expect(r.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('puts completed visits in the patient’s history (R5)', async () => {
    const [p] = await patients(1);
    const booked = await book(reception.token, p!.id, new Date(T0.getTime() + 100 * 60_000));
    const id = booked.data!.bookAppointment.id;
    const step = (m: string, token: string) =>
      app.gql(
        `mutation($i: AppointmentIdInput!) { ${m}(input: $i) { status } }`,
        { i: { id } },
        { token },
      );
    await step('checkInAppointment', reception.token);
    await step('startAppointment', doctor.token);
    expect((await step('completeAppointment', doctor.token)).errors).toEqual([]);
    const encounters = await app.em().find(Encounter, { appointmentId: id });
    expect(encounters).toHaveLength(1);
    const h = await app.gql<{
      visitHistory: {
        nodes: {
          id: string;
          reason: string;
          encounterId: string | null;
          practitioner: { displayName: string };
        }[];
      };
    }>(
      `query($p: ID!) { visitHistory(patientId: $p) { nodes { id reason encounterId practitioner { displayName } } } }`,
      { p: p!.id },
      { token: doctor.token },
    );
    // The visit links to its consultation note, the encounter opened when it started.
    expect(h.data?.visitHistory.nodes).toEqual([
      {
        id,
        reason: 'Contrôle',
        encounterId: encounters[0]!.id,
        practitioner: { displayName: expect.stringMatching(/^Dr /) as string },
      },
    ]);
  });
});

describe('R3 running late', () => {
  it('shifts only what must move, keeps original times, and tells the patients', async () => {
    const d = await app.tokenFor(Role.DOCTOR);
    const prac = await makePractitioner(d.user.id, 'GENERAL_PRACTICE');
    const patient = await app.tokenFor(Role.PATIENT);
    const [p2, p3, p4] = await patients(3);
    const monday = (hhmm: string) => new Date(`2026-06-01T${hhmm}:00+02:00`);
    const a = await book(reception.token, patient.patientId!, monday('10:00'), prac);
    const b = await book(reception.token, p2!.id, monday('10:20'), prac);
    const c = await book(reception.token, p3!.id, monday('11:00'), prac);
    const e = await book(reception.token, p4!.id, monday('12:00'), prac);
    app.clock.set(monday('09:50'));
    try {
      const later = await app.login(d.email, d.password);
      const r = await app.gql<{
        reportDelay: { id: string; startsAt: string; originalStartsAt: string }[];
      }>(
        `mutation($i: ReportDelayInput!) { reportDelay(input: $i) { id startsAt originalStartsAt } }`,
        { i: { practitionerId: prac.id, minutes: 30 } },
        { token: later.accessToken },
      );
      expect(r.errors).toEqual([]);
      const moved = Object.fromEntries(r.data!.reportDelay.map((x) => [x.id, x]));
      expect(moved[a.data!.bookAppointment.id]).toEqual({
        id: a.data!.bookAppointment.id,
        startsAt: monday('10:30').toISOString(),
        originalStartsAt: monday('10:00').toISOString(),
      });
      expect(moved[b.data!.bookAppointment.id]?.startsAt).toBe(monday('10:50').toISOString());
      expect(moved[c.data!.bookAppointment.id]?.startsAt).toBe(monday('11:10').toISOString());
      expect(moved[e.data!.bookAppointment.id]).toBeUndefined();
      const told = await app
        .em()
        .find(Notification, { user: patient.user.id, kind: NotificationKind.APPOINTMENT_DELAYED });
      expect(told.map((n) => n.params)).toEqual([
        {
          startsAt: monday('10:30').toISOString(),
          previousStartsAt: monday('10:00').toISOString(),
          delayMinutes: 30,
          practitionerName: `Dr ${d.user.displayName}`,
        },
      ]);
    } finally {
      app.clock.set(T0);
    }
  });
  it('moves nothing and says why when a patient has another appointment at the new time', async () => {
    const d = await app.tokenFor(Role.DOCTOR);
    const prac = await makePractitioner(d.user.id, 'GENERAL_PRACTICE');
    const other = await makePractitioner((await app.tokenFor(Role.DOCTOR)).user.id, 'CARDIOLOGY');
    const [p1, p2] = await patients(2);
    const wed = (hhmm: string) => new Date(`2026-06-03T${hhmm}:00+02:00`);
    const a = await book(reception.token, p1!.id, wed('10:00'), prac);
    const b = await book(reception.token, p2!.id, wed('10:20'), prac);
    // p2 sees another doctor right after: a 30-minute delay would put both at 10:50.
    const clash = await book(reception.token, p2!.id, wed('10:45'), other);
    expect([a.errors, b.errors, clash.errors]).toEqual([[], [], []]);
    app.clock.set(wed('09:50'));
    try {
      const later = await app.login(d.email, d.password);
      const r = await app.gql(
        `mutation($i: ReportDelayInput!) { reportDelay(input: $i) { id } }`,
        { i: { practitionerId: prac.id, minutes: 30 } },
        { token: later.accessToken },
      );
      expect(r.errors[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'PATIENT_BUSY',
        appointmentId: b.data!.bookAppointment.id,
      });
      const rows = await app
        .em()
        .find(Appointment, { practitioner: prac.id }, { orderBy: { startsAt: 'asc' } });
      expect(rows.map((x) => [x.startsAt.toISOString(), x.originalStartsAt ?? null])).toEqual([
        [wed('10:00').toISOString(), null],
        [wed('10:20').toISOString(), null],
      ]);
    } finally {
      app.clock.set(T0);
    }
  });
});

describe('R4 practitioner absent', () => {
  it('cancels the rest of the day and returns the patients to call', async () => {
    const d = await app.tokenFor(Role.DOCTOR);
    const prac = await makePractitioner(d.user.id, 'DERMATOLOGY');
    const [p1, p2] = await patients(2);
    await book(reception.token, p1!.id, tue('09:00'), prac);
    await book(reception.token, p2!.id, tue('09:40'), prac);
    const r = await app.gql<{
      cancelPractitionerDay: { phone: string; appointment: { status: string } }[];
    }>(
      `mutation($i: CancelPractitionerDayInput!) { cancelPractitionerDay(input: $i) { phone appointment { status } } }`,
      {
        i: {
          practitionerId: prac.id,
          from: tue('00:00').toISOString(),
          to: tue('23:59').toISOString(),
          reason: 'Urgence familiale',
        },
      },
      { token: d.token },
    );
    expect(r.errors).toEqual([]);
    expect(r.data?.cancelPractitionerDay.map((x) => x.phone)).toEqual([p1!.phone, p2!.phone]);
    expect(new Set(r.data?.cancelPractitionerDay.map((x) => x.appointment.status))).toEqual(
      new Set(['CANCELLED_PRACTITIONER_ABSENT']),
    );
    const slots = await app.gql<{ availableSlots: { slots: unknown[] }[] }>(
      `query($p: ID!, $f: DateTimeISO!, $t: DateTimeISO!) { availableSlots(practitionerId: $p, from: $f, to: $t) { slots { startsAt } } }`,
      { p: prac.id, f: tue('00:00').toISOString(), t: tue('23:59').toISOString() },
      { token: reception.token },
    );
    expect(slots.data?.availableSlots[0]?.slots).toEqual([]);
  });
});

describe('waitlist', () => {
  it('offers a freed slot to the earliest request; exactly one of two racers gets it', async () => {
    const d = await app.tokenFor(Role.DOCTOR);
    const prac = await makePractitioner(d.user.id, 'NEUROLOGY');
    const [holder, racer] = await patients(2);
    const waiting = await app.tokenFor(Role.PATIENT);
    const booked = await book(reception.token, holder!.id, tue('10:00'), prac);
    await app.gql(
      `mutation($i: RequestWaitlistInput!) { requestWaitlist(input: $i) { id } }`,
      {
        i: {
          patientId: waiting.patientId!,
          practitionerId: prac.id,
          fromDate: '2026-06-01',
          toDate: '2026-06-05',
        },
      },
      { token: waiting.token },
    );
    await app.gql(
      `mutation($i: CancelAppointmentInput!) { cancelAppointment(input: $i) { status } }`,
      { i: { id: booked.data!.bookAppointment.id, reason: 'Plus besoin' } },
      { token: reception.token },
    );
    const w = await app.gql<{
      waitlist: { status: string; offer: { id: string; startsAt: string } | null }[];
    }>(`{ waitlist { status offer { id startsAt } } }`, {}, { token: waiting.token });
    const offer = w.data?.waitlist[0]?.offer;
    expect(w.data?.waitlist[0]?.status).toBe('OFFERED');
    expect(offer?.startsAt).toBe(tue('10:00').toISOString());
    const [accepted, direct] = await Promise.all([
      app.gql(
        `mutation($i: WaitlistIdInput!) { acceptWaitlistOffer(input: $i) { id } }`,
        { i: { id: offer!.id } },
        { token: waiting.token },
      ),
      book(reception.token, racer!.id, tue('10:00'), prac),
    ]);
    const winners = [accepted, direct].filter((r) => r.errors.length === 0);
    expect(winners).toHaveLength(1);
    const loser = [accepted, direct].find((r) => r.errors.length > 0);
    expect(loser?.errors[0]?.extensions?.code).toBe('SLOT_TAKEN');
  });
});
