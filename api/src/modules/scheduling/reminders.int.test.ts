import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed, type DoctorAccount, type Seed } from '../../app/testing/fixtures.js';
import { startTestApp, type TestApp } from '../../app/testing/test-app.js';
import { Role } from '../../kernel/auth/roles.js';
import { User } from '../auth/index.js';
import { MailKind, MailOutbox } from '../mail/index.js';
import { Appointment } from './appointment.entity.js';
import { AppointmentStatus } from './appointment-status.js';
import { queueAppointmentReminders, reminderKey } from './reminders.js';

// Monday 1 June 2026, 21:30 in Paris (19:30 UTC): "tomorrow" is Tuesday 2 June, Paris time.
const NOW = new Date('2026-06-01T19:30:00Z');
/** Tuesday 2 June, 00:10 and 23:40 in Paris: both tomorrow; Wednesday 00:10 is not. */
const TUE_EARLY = new Date('2026-06-01T22:10:00Z');
const TUE_LATE = new Date('2026-06-02T21:40:00Z');
const WED_EARLY = new Date('2026-06-02T22:10:00Z');

let app: TestApp;
let s: Seed;
let doctor: DoctorAccount;
beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  s = seed(app);
  doctor = await s.doctor({ specialty: 'CARDIOLOGY' });
});
afterAll(async () => {
  await app.close();
});

/** A patient with a portal account, its address confirmed unless told otherwise. */
async function patient(opts: { verified?: boolean; optOut?: boolean } = {}) {
  const p = await app.tokenFor(Role.PATIENT);
  await app.em().nativeUpdate(
    User,
    { id: p.user.id },
    {
      emailVerifiedAt: opts.verified === false ? null : NOW,
      remindersOptOut: opts.optOut ?? false,
    },
  );
  return { ...p, patientId: p.patientId! };
}

const run = () => queueAppointmentReminders(app.em(), app.clock);
const reminders = (to: string) =>
  app.em().find(MailOutbox, { to, kind: MailKind.APPOINTMENT_REMINDER });

describe('appointment reminders', () => {
  it('mails tomorrow’s appointment once, even with two runs at the same time', async () => {
    const p = await patient();
    const a = await s.appointment({
      patientId: p.patientId,
      practitioner: doctor.practitioner,
      startsAt: TUE_LATE,
    });
    await Promise.all([run(), run()]);
    await run();
    const mails = await reminders(p.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('CareGraph: your appointment tomorrow at 23:40');
    expect(mails[0]?.text).toContain('Cardiology');
    expect(mails[0]?.text).toContain(doctor.user.displayName);
    // The outbox key is the appointment and its start.
    const row = await app
      .em()
      .findOneOrFail(MailOutbox, { dedupeKey: reminderKey(a.id, TUE_LATE) });
    expect(row.to).toBe(p.email);
  });

  it('takes tomorrow in the hospital’s time zone, not UTC', async () => {
    const p = await patient();
    await s.appointment({
      patientId: p.patientId,
      practitioner: doctor.practitioner,
      startsAt: TUE_EARLY,
    });
    const q = await patient();
    await s.appointment({
      patientId: q.patientId,
      practitioner: doctor.practitioner,
      startsAt: WED_EARLY,
    });
    await run();
    expect(await reminders(p.email)).toHaveLength(1);
    expect(await reminders(q.email)).toHaveLength(0);
  });

  it('mails nothing for a cancelled appointment, an opted-out or an unconfirmed patient', async () => {
    const cancelled = await patient();
    await s.appointment({
      patientId: cancelled.patientId,
      practitioner: doctor.practitioner,
      startsAt: new Date(TUE_LATE.getTime() - 3_600_000),
      status: AppointmentStatus.CANCELLED,
    });
    const optedOut = await patient({ optOut: true });
    await s.appointment({
      patientId: optedOut.patientId,
      practitioner: doctor.practitioner,
      startsAt: new Date(TUE_LATE.getTime() - 2 * 3_600_000),
    });
    const unverified = await patient({ verified: false });
    await s.appointment({
      patientId: unverified.patientId,
      practitioner: doctor.practitioner,
      startsAt: new Date(TUE_LATE.getTime() - 3 * 3_600_000),
    });
    await run();
    for (const p of [cancelled, optedOut, unverified])
      expect(await reminders(p.email)).toHaveLength(0);
  });

  it('reminds a moved appointment again for its new time', async () => {
    const p = await patient();
    const first = new Date(TUE_LATE.getTime() - 5 * 3_600_000);
    const a = await s.appointment({
      patientId: p.patientId,
      practitioner: doctor.practitioner,
      startsAt: first,
    });
    await run();
    const moved = new Date(first.getTime() + 40 * 60_000);
    await app
      .em()
      .nativeUpdate(
        Appointment,
        { id: a.id },
        { startsAt: moved, endsAt: new Date(moved.getTime() + 20 * 60_000) },
      );
    await run();
    await run();
    const keys = (await reminders(p.email)).map((m) => m.dedupeKey).sort();
    expect(keys).toEqual([reminderKey(a.id, first), reminderKey(a.id, moved)].sort());
  });
});
