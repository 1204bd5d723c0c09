import type { DischargeDestination } from './wards-enums.js';

/** Facts the wards module publishes; subscribers are wired in `app/events.ts`. */
export interface AdmissionFact {
  admissionId: string;
  patientId: string;
  /** The attending doctor's account. */
  attendingUserId: string;
  reason: string;
  at: Date;
}

declare module '../../kernel/events.js' {
  interface DomainEvents {
    /** A patient was admitted to a bed: the inpatient stay begins. */
    PatientAdmitted: AdmissionFact;
    /** An inpatient was discharged: the stay is over. */
    PatientDischarged: AdmissionFact & { destination: DischargeDestination };
    /** An admission was entered in error and cancelled. */
    AdmissionCancelled: AdmissionFact;
  }
}
