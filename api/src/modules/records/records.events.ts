import type { ResultFlag } from './clinical-enums.js';

/** Facts the records module publishes; subscribers are wired in `app/events.ts`. */

/** A set of vital signs whose NEWS2 calls for a doctor: medium (prompt review) or high (urgent). */
export interface VitalsScoredAtRiskFact {
  vitalSignsId: string;
  patientId: string;
  /** As staff read it: family name in capitals, then given names. */
  patientName: string;
  news2Score: number;
  risk: 'MEDIUM' | 'HIGH';
  /** The attending doctor (the practitioner of the open or latest visit); empty when none. */
  recipientUserIds: string[];
  at: Date;
}

/** A result entered for a lab order (a correction replaces the order's earlier one). */
export interface LabResultEnteredFact {
  resultId: string;
  orderId: string;
  patientId: string;
  patientName: string;
  testCode: string;
  testNameFr: string;
  testNameEn: string;
  valueNumeric: number | null;
  valueText: string | null;
  unit: string | null;
  flag: `${ResultFlag}`;
  critical: boolean;
  /** It replaces an earlier result of the same order. */
  corrected: boolean;
  /** The doctor who ordered the test. */
  recipientUserIds: string[];
  at: Date;
}

/** A lab result was validated: the test is done and may be billed. */
export interface LabResultValidatedFact {
  resultId: string;
  orderId: string;
  patientId: string;
  testCode: string;
  testNameFr: string;
  testNameEn: string;
  at: Date;
}

/** A visit's clinical record exists (R5: the appointment links to its note). */
export interface VisitEncounterOpenedFact {
  appointmentId: string;
  encounterId: string;
}

declare module '../../kernel/events.js' {
  interface DomainEvents {
    /** The encounter of an appointment was opened, or found already open (scheduling links it). */
    VisitEncounterOpened: VisitEncounterOpenedFact;
    /** The laboratory validated a result (billing charges the test, once per order). */
    LabResultValidated: LabResultValidatedFact;
    /** Vital signs were recorded with a medium or high NEWS2. */
    VitalsScoredAtRisk: VitalsScoredAtRiskFact;
    /** The laboratory entered a result. */
    LabResultEntered: LabResultEnteredFact;
  }
}
