import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  seed,
  type Account,
  type DoctorAccount,
  type PatientAccount,
  type Seed,
} from '../../app/testing/fixtures.js';
import { startTestApp, type TestApp } from '../../app/testing/test-app.js';
import { Role } from '../../kernel/auth/roles.js';
import { Appointment } from './appointment.entity.js';
import { OfferStatus, WaitlistOffer, WaitlistRequest, WaitlistStatus } from './waitlist.entity.js';

let app: TestApp;
let s: Seed;
let reception: Account;
let doctor: DoctorAccount;

// Monday 1 June 2026, 08:00 in Paris (UTC+2).
const NOW = new Date('2026-06-01T06:00:00Z');
/** Wednesday 3 June 2026 at HH:MM, Paris time. */
const wed = (hhmm: string) => new Date(`2026-06-03T${hhmm}:00+02:00`);

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  s = seed(app);
  reception = await s.author(Role.RECEPTIONIST);
  doctor = await s.doctor();
});
afterAll(async () => {
  await app.close();
});

const REQUEST = `mutation($i: RequestWaitlistInput!) { requestWaitlist(input: $i) { id status } }`;
const CANCEL = `mutation($i: WaitlistIdInput!) { cancelWaitlistRequest(input: $i) { id status } }`;
const ACCEPT = `mutation($i: WaitlistIdInput!) { acceptWaitlistOffer(input: $i) { id } }`;

async function request(patient: PatientAccount, practitionerId = doctor.practitioner.id) {
  const r = await app.gql<{ requestWaitlist: { id: string; status: string } }>(
    REQUEST,
    {
      i: {
        patientId: patient.patientId,
        practitionerId,
        fromDate: '2026-06-02',
        toDate: '2026-06-05',
      },
    },
    { token: patient.token },
  );
  expect(r.errors).toEqual([]);
  expect(r.data?.requestWaitlist.status).toBe('WAITING');
  return r.data!.requestWaitlist.id;
}

async function waitlistOf(token: string) {
  const r = await app.gql<{ waitlist: { id: string }[] }>(`{ waitlist { id } }`, {}, { token });
  expect(r.errors).toEqual([]);
  return r.data?.waitlist.map((w) => w.id);
}

async function statusOf(id: string) {
  return (await app.em().findOneOrFail(WaitlistRequest, id)).status;
}

describe('cancelWaitlistRequest', () => {
  it('withdraws the patient’s own request: it leaves the waitlist, and a freed slot goes to the next one', async () => {
    const own = await s.doctor();
    const patient = await s.patientAccount();
    const next = await s.patientAccount();
    const id = await request(patient, own.practitioner.id);
    app.clock.advance(60_000);
    try {
      const nextId = await request(next, own.practitioner.id);
      const r = await app.gql<{ cancelWaitlistRequest: { status: string } }>(
        CANCEL,
        { i: { id } },
        { token: patient.token },
      );
      expect(r.errors).toEqual([]);
      expect(r.data?.cancelWaitlistRequest.status).toBe('CANCELLED');
      expect(await waitlistOf(patient.token)).toEqual([]);

      const other = await s.patient();
      const booked = await s.appointment({
        patientId: other.id,
        practitioner: own.practitioner,
        startsAt: wed('10:00'),
      });
      const freed = await app.gql(
        `mutation($i: CancelAppointmentInput!) { cancelAppointment(input: $i) { status } }`,
        { i: { id: booked.id, reason: 'Empêchement' } },
        { token: reception.token },
      );
      expect(freed.errors).toEqual([]);
      expect(await app.em().count(WaitlistOffer, { request: id })).toBe(0);
      expect(await statusOf(id)).toBe('CANCELLED');
      expect(await app.em().count(WaitlistOffer, { request: nextId })).toBe(1);
      expect(await statusOf(nextId)).toBe('OFFERED');
    } finally {
      app.clock.set(NOW);
    }
  });

  it('closes the pending offer of a withdrawn request: accepting it afterwards books nothing', async () => {
    const patient = await s.patientAccount();
    const offer = await s.waitlistOffer({
      patientId: patient.patientId,
      practitioner: doctor.practitioner,
      startsAt: wed('15:00'),
    });
    const requestId = (await app.em().findOneOrFail(WaitlistOffer, offer.id)).request.id;
    const withdrawn = await app.gql(CANCEL, { i: { id: requestId } }, { token: patient.token });
    expect(withdrawn.errors).toEqual([]);
    const r = await app.gql(
      `mutation($i: WaitlistIdInput!) { acceptWaitlistOffer(input: $i) { id } }`,
      { i: { id: offer.id } },
      { token: patient.token },
    );
    expect(r.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await app.em().count(Appointment, { patient: patient.patientId })).toBe(0);
    expect(await statusOf(requestId)).toBe('CANCELLED');
  });

  it('lets reception withdraw a patient’s request', async () => {
    const patient = await s.patientAccount();
    const id = await request(patient);
    const r = await app.gql(CANCEL, { i: { id } }, { token: reception.token });
    expect(r.errors).toEqual([]);
    expect(await statusOf(id)).toBe('CANCELLED');
  });

  it('answers "not found" to a patient withdrawing someone else’s request, which keeps its place', async () => {
    const owner = await s.patientAccount();
    const intruder = await s.patientAccount();
    const id = await request(owner);
    const r = await app.gql(CANCEL, { i: { id } }, { token: intruder.token });
    expect(r.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await statusOf(id)).toBe('WAITING');
    expect(await waitlistOf(owner.token)).toEqual([id]);
  });

  it('answers "not found" for an unknown request and is refused to a doctor', async () => {
    const unknown = await app.gql(
      CANCEL,
      { i: { id: '00000000-0000-4000-8000-000000000000' } },
      { token: reception.token },
    );
    expect(unknown.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    const patient = await s.patientAccount();
    const id = await request(patient);
    const byDoctor = await app.gql(CANCEL, { i: { id } }, { token: doctor.token });
    expect(byDoctor.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await statusOf(id)).toBe('WAITING');
  });

  it('either withdraws a request or books its offer when both are sent at once, never both', async () => {
    const own = await s.doctor();
    const codes = (r: { errors: { extensions?: Record<string, unknown> }[] } | undefined) =>
      r?.errors.map((e) => e.extensions?.code);
    const withdrawnAlone = {
      withdraw: [],
      accept: ['BAD_USER_INPUT'],
      request: WaitlistStatus.CANCELLED,
      offer: OfferStatus.EXPIRED,
      appointments: 0,
    };
    const bookedAlone = {
      withdraw: ['BAD_USER_INPUT'],
      accept: [],
      request: WaitlistStatus.FULFILLED,
      offer: OfferStatus.ACCEPTED,
      appointments: 1,
    };
    for (let round = 0; round < 12; round++) {
      const patient = await s.patientAccount();
      const offer = await s.waitlistOffer({
        patientId: patient.patientId,
        practitioner: own.practitioner,
        startsAt: new Date(wed('08:00').getTime() + round * 20 * 60_000),
      });
      const requestId = (await app.em().findOneOrFail(WaitlistOffer, offer.id)).request.id;
      const withdraw = () => app.gql(CANCEL, { i: { id: requestId } }, { token: patient.token });
      const accept = () => app.gql(ACCEPT, { i: { id: offer.id } }, { token: patient.token });
      // Which is sent first alternates, so that each takes the rows first in some rounds.
      const [withdrawn, accepted] =
        round % 2 === 0
          ? await Promise.all([withdraw(), accept()])
          : (await Promise.all([accept(), withdraw()])).reverse();
      const em = app.em();
      const outcome = {
        withdraw: codes(withdrawn),
        accept: codes(accepted),
        request: (await em.findOneOrFail(WaitlistRequest, requestId)).status,
        offer: (await em.findOneOrFail(WaitlistOffer, offer.id)).status,
        appointments: await em.count(Appointment, { patient: patient.patientId }),
      };
      expect([withdrawnAlone, bookedAlone], `round ${String(round)}`).toContainEqual(outcome);
    }
  });

  it('refuses to withdraw a request whose offer was accepted: the appointment stands', async () => {
    const patient = await s.patientAccount();
    const offer = await s.waitlistOffer({
      patientId: patient.patientId,
      practitioner: doctor.practitioner,
      startsAt: wed('16:00'),
    });
    const requestId = (await app.em().findOneOrFail(WaitlistOffer, offer.id)).request.id;
    const accepted = await app.gql(ACCEPT, { i: { id: offer.id } }, { token: patient.token });
    expect(accepted.errors).toEqual([]);
    const r = await app.gql(CANCEL, { i: { id: requestId } }, { token: patient.token });
    expect(r.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await statusOf(requestId)).toBe('FULFILLED');
    expect(await app.em().count(Appointment, { patient: patient.patientId })).toBe(1);
  });
});
