import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '../../modules/auth/index.js';
import type { Patient } from '../../modules/patients/index.js';
import {
  Appointment,
  AppointmentStatus,
  AvailabilitySession,
  Practitioner,
} from '../../modules/scheduling/index.js';
import { zonedDay, zonedInstant } from '../../kernel/zoned-time.js';

const SPECIALTY_BY_KEY: Record<string, string> = {
  'doctor.cardio': 'CARDIOLOGY',
  'doctor.general': 'GENERAL_PRACTICE',
  'doctor.paediatrics': 'PAEDIATRICS',
};

const REASONS = [
  'Consultation de suivi',
  'Douleur thoracique à l’effort',
  'Renouvellement d’ordonnance',
  'Fièvre depuis trois jours',
  'Bilan annuel',
  'Résultats d’analyses',
];

/**
 * Practitioner profiles and weekly sessions for the demo doctors (Monday to Friday, 08:30–12:30
 * and 14:00–17:30), and a realistic agenda for today and tomorrow, so every board has something.
 */
export function seedScheduling(
  tx: EntityManager,
  doctors: { key: string; user: User }[],
  patients: Patient[],
  now: Date,
  timeZone: string,
) {
  let next = 0;
  for (const [index, d] of doctors.entries()) {
    const practitioner = tx.create(Practitioner, {
      user: d.user,
      specialty: SPECIALTY_BY_KEY[d.key] ?? 'GENERAL_PRACTICE',
      bio: 'Consultations sur rendez-vous.',
      languages: index === 2 ? ['fr', 'en', 'ja'] : ['fr', 'en'],
      consultationMinutes: 20,
    });
    for (let weekday = 1; weekday <= 5; weekday++) {
      tx.create(AvailabilitySession, {
        practitioner,
        weekday,
        startTime: '08:30',
        endTime: '12:30',
        slotMinutes: 20,
      });
      tx.create(AvailabilitySession, {
        practitioner,
        weekday,
        startTime: '14:00',
        endTime: '17:30',
        slotMinutes: 20,
      });
    }
    for (const dayOffset of [0, 1]) {
      const day = new Date(now.getTime() + dayOffset * 86_400_000);
      for (const [hh, mm] of [
        [9, 0],
        [9, 40],
        [10, 20],
        [14, 0],
        [15, 20],
      ] as const) {
        const patient = patients[next % patients.length];
        if (!patient) continue;
        const startsAt = zonedInstant(zonedDay(day, timeZone).date, hh * 60 + mm, timeZone);
        next++;
        tx.create(Appointment, {
          patient,
          practitioner,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 20 * 60_000),
          reason: REASONS[next % REASONS.length] ?? 'Consultation',
          status: startsAt < now ? AppointmentStatus.COMPLETED : AppointmentStatus.SCHEDULED,
          outsideSessionReason: null,
        });
      }
    }
  }
}
