/** A clinician broke the glass: the managers named hear of it. */
export interface EmergencyAccessOpenedFact {
  accessId: string;
  patientId: string;
  patientName: string;
  clinicianName: string;
  expiresAt: Date;
  /** The reviewers to tell (active managers). */
  recipientUserIds: string[];
  at: Date;
}

declare module '../../kernel/events.js' {
  interface DomainEvents {
    /** An emergency access was opened: notifications tells the reviewers. */
    EmergencyAccessOpened: EmergencyAccessOpenedFact;
  }
}
