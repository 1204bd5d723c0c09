import type { Practitioner } from './practitioner.entity.js';

/** Facts the scheduling module publishes; subscribers are wired in `app/events.ts`. */
export interface VisitFact {
  appointmentId: string;
  patientId: string;
  /** The account of the practitioner who sees the patient. */
  practitionerUserId: string;
  /** The practitioner's specialty (what a consultation is billed as). */
  specialty: string;
  reason: string;
  at: Date;
}

/** An appointment as the people concerned hear of it. */
export interface AppointmentFact {
  appointmentId: string;
  patientId: string;
  practitionerId: string;
  /** As patients know them: "Dr DUPONT Marie"; empty when nobody is to be told (no recipients). */
  practitionerName: string;
  startsAt: Date;
  /**
   * The accounts scheduling's rules say must hear of it: the patient's, unless the patient made
   * the change themselves. Empty when nobody is to be told.
   */
  recipientUserIds: string[];
  at: Date;
}

/** A practitioner's appointments cancelled for an absence (R4). */
export interface PractitionerDayCancelledFact {
  practitionerId: string;
  practitionerName: string;
  from: Date;
  to: Date;
  appointments: Omit<AppointmentFact, 'practitionerId' | 'practitionerName' | 'at'>[];
  /** The accounts that call the patients back (R4's call list). */
  callListUserIds: string[];
  at: Date;
}

/** An earlier slot offered from the waiting list, open until `expiresAt`. */
export interface WaitlistSlotOfferedFact {
  offerId: string;
  requestId: string;
  patientId: string;
  practitionerId: string;
  practitionerName: string;
  startsAt: Date;
  expiresAt: Date;
  /** The patient's account, when they have one. */
  recipientUserIds: string[];
  at: Date;
}

declare module '../../kernel/events.js' {
  interface DomainEvents {
    /** The practitioner started seeing the patient of an appointment. */
    AppointmentStarted: VisitFact;
    /** The visit of an appointment is over (R5: it joins the patient's visit history). */
    AppointmentCompleted: VisitFact;
    /** An appointment was booked. */
    AppointmentBooked: AppointmentFact;
    /** An appointment was moved to another time (`startsAt` is the new one). */
    AppointmentMoved: AppointmentFact & { previousStartsAt: Date };
    /** An appointment was cancelled by its patient or by staff. */
    AppointmentCancelled: AppointmentFact;
    /** The practitioner runs late (R3) and this appointment moved later. */
    AppointmentDelayed: AppointmentFact & { previousStartsAt: Date };
    /** The practitioner is absent (R4): the rest of their appointments are cancelled. */
    PractitionerDayCancelled: PractitionerDayCancelledFact;
    /** A freed slot was offered to the first matching waiting-list request. */
    WaitlistSlotOffered: WaitlistSlotOfferedFact;
  }
}

/** How scheduling's facts name a practitioner, like `Practitioner.displayName`. */
export async function practitionerName(practitioner: Practitioner): Promise<string> {
  const user = await practitioner.user.load();
  return user ? `Dr ${user.displayName}` : 'Dr';
}
