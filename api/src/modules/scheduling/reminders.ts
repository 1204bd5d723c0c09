import type { EntityManager } from '@mikro-orm/postgresql';
import { Locale } from '../../kernel/auth/roles.js';
import type { Clock } from '../../kernel/clock.js';
import { defineJob } from '../../kernel/jobs.js';
import { nextDate, zonedDay, zonedInstant } from '../../kernel/zoned-time.js';
import { MailKind, queueMail } from '../mail/index.js';
import { languageOf } from '../auth/index.js';
import { accountsOfPatients } from '../patients/index.js';
import { Appointment } from './appointment.entity.js';
import { OPEN } from './appointment-status.js';
import { specialtyOf } from './specialties.js';

/** What the reminders need from the configuration. */
export interface ReminderSettings {
  timeZone: string;
  publicUrl: string;
}

let settings: ReminderSettings | undefined;

/** Gives the reminder job its settings; called once at start by `app/mail.ts`. */
export function useReminderSettings(s: ReminderSettings): void {
  settings = s;
}

/** The outbox key of one appointment's reminder: a moved appointment is reminded again. */
export function reminderKey(appointmentId: string, startsAt: Date): string {
  return `reminder:${appointmentId}:${startsAt.toISOString()}`;
}

/** The reminder's words, in the patient's language, times 24-hour in the hospital's zone. */
export function reminderMail(
  locale: Locale,
  a: { name: string; startsAt: Date; practitioner: string; specialty: string; link: string },
  timeZone: string,
): { subject: string; text: string } {
  const tag = locale === Locale.en ? 'en-GB' : 'fr-FR';
  const day = new Intl.DateTimeFormat(tag, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(a.startsAt);
  const time = new Intl.DateTimeFormat(tag, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(a.startsAt);
  if (locale === Locale.en) {
    return {
      subject: `CareGraph: your appointment tomorrow at ${time}`,
      text: [
        `Hello ${a.name},`,
        '',
        `A reminder of your appointment tomorrow, ${day} at ${time},`,
        `with ${a.practitioner} (${a.specialty}).`,
        '',
        `To move or cancel it: ${a.link}`,
        '',
        'You can turn these reminders off in your account settings.',
      ].join('\n'),
    };
  }
  return {
    subject: `CareGraph : votre rendez-vous demain à ${time}`,
    text: [
      `Bonjour ${a.name},`,
      '',
      `Nous vous rappelons votre rendez-vous de demain, ${day} à ${time},`,
      `avec ${a.practitioner} (${a.specialty}).`,
      '',
      `Pour le déplacer ou l’annuler : ${a.link}`,
      '',
      'Vous pouvez désactiver ces rappels dans les réglages de votre compte.',
    ].join('\n'),
  };
}

/**
 * Writes one reminder per appointment that starts tomorrow (hospital calendar) and still holds,
 * for patients whose portal account is active, has a confirmed address and did not opt out. Each
 * reminder's outbox key is the appointment and its start, so reruns, concurrent runs and two
 * instances write it once, and an appointment moved to another time is reminded again.
 */
export async function queueAppointmentReminders(
  em: EntityManager,
  clock: Clock,
  s: ReminderSettings | undefined = settings,
): Promise<{ due: number; queued: number }> {
  if (!s) throw new Error('reminder settings were not given (app/mail.ts)');
  const tomorrow = nextDate(zonedDay(clock.now(), s.timeZone).date);
  const from = zonedInstant(tomorrow, 0, s.timeZone);
  const to = zonedInstant(nextDate(tomorrow), 0, s.timeZone);
  return em.fork().transactional(async (tx) => {
    const due = await tx.find(
      Appointment,
      { startsAt: { $gte: from, $lt: to }, status: { $in: [...OPEN] } },
      { populate: ['practitioner.user'], orderBy: { startsAt: 'asc', id: 'asc' } },
    );
    const accounts = await accountsOfPatients(tx, [...new Set(due.map((a) => a.patient.id))]);
    let queued = 0;
    for (const a of due) {
      const account = accounts.get(a.patient.id);
      if (!account?.emailVerifiedAt || account.remindersOptOut) continue;
      const practitioner = a.practitioner.getEntity();
      const specialty = specialtyOf(practitioner.specialty);
      const locale = languageOf(account);
      const words = reminderMail(
        locale,
        {
          name: account.givenName,
          startsAt: a.startsAt,
          practitioner: practitioner.user.getEntity().displayName,
          specialty:
            (locale === Locale.en ? specialty?.labelEn : specialty?.labelFr) ??
            practitioner.specialty,
          link: `${s.publicUrl}/appointments`,
        },
        s.timeZone,
      );
      const written = await queueMail(tx, {
        to: account.email,
        ...words,
        kind: MailKind.APPOINTMENT_REMINDER,
        dedupeKey: reminderKey(a.id, a.startsAt),
      });
      if (written) queued++;
    }
    return { due: due.length, queued };
  });
}

/** Every hour: tomorrow's appointments reminded by mail, once each. */
export const appointmentRemindersJob = defineJob({
  name: 'scheduling.reminders',
  schedule: { cron: '12 * * * *' },
  oneAtATime: true,
  retry: { limit: 2, delaySeconds: 60, backoff: true },
  timeoutSeconds: 600,
  async run(_data, ctx) {
    const result = await queueAppointmentReminders(ctx.em, ctx.clock);
    if (result.queued > 0) ctx.log.info(result, 'appointment reminders written');
    return result;
  },
});
