/** Facts the scheduling module publishes; subscribers are wired in `app/events.ts`. */
export interface VisitFact {
  appointmentId: string;
  patientId: string;
  /** The account of the practitioner who sees the patient. */
  practitionerUserId: string;
  reason: string;
  at: Date;
}

declare module '../../kernel/events.js' {
  interface DomainEvents {
    /** The practitioner started seeing the patient of an appointment. */
    AppointmentStarted: VisitFact;
    /** The visit of an appointment is over (R5: it joins the patient's visit history). */
    AppointmentCompleted: VisitFact;
  }
}
