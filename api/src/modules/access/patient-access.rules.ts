import { Role } from '../../kernel/auth/roles.js';

/**
 * The parts of a patient's record, from the least to the most sensitive. Every read of patient
 * data names the part it reads, and this table alone says who may read it.
 */
export enum PatientPart {
  /** Name, MRN, birth date, sex: finding the right patient. */
  IDENTITY = 'identity',
  /** The chart: visits, vitals, timeline, doses given. */
  CHART = 'chart',
  /** Working notes of the care team: care notes, diagnoses list, files, schedules. */
  CARE_TEAM = 'careTeam',
  /** Lab orders and results. */
  LAB = 'lab',
  /** Prescriptions: what to dispense. */
  PRESCRIPTIONS = 'prescriptions',
  /** Charges, invoices, payments: what the patient owes and paid. */
  BILLING = 'billing',
}

export interface PartAccess {
  /** Staff roles that may read this part of any patient in their care scope. */
  staff: readonly Role[];
  /** Whether a patient reads this part of their own record. */
  self: boolean;
}

/** Doctors and nurses: the care team reads everything clinical. */
export const CARE_TEAM: readonly Role[] = [Role.DOCTOR, Role.NURSE];

/**
 * Staff roles that may find and read a patient's identity. MANAGER sees no patient; lab and
 * pharmacy see identity (and their own part), cashier identity and insurance.
 */
export const IDENTITY_READERS: readonly Role[] = [
  Role.ADMIN,
  Role.RECEPTIONIST,
  Role.DOCTOR,
  Role.NURSE,
  Role.LAB_TECHNICIAN,
  Role.PHARMACIST,
  Role.CASHIER,
];

/** The policy: who may read which part of a patient's record. */
export const PATIENT_ACCESS: Readonly<Record<PatientPart, PartAccess>> = {
  [PatientPart.IDENTITY]: { staff: IDENTITY_READERS, self: true },
  [PatientPart.CHART]: { staff: CARE_TEAM, self: true },
  [PatientPart.CARE_TEAM]: { staff: CARE_TEAM, self: false },
  [PatientPart.LAB]: { staff: [...CARE_TEAM, Role.LAB_TECHNICIAN], self: true },
  [PatientPart.PRESCRIPTIONS]: { staff: [...CARE_TEAM, Role.PHARMACIST], self: true },
  // Managers read billing's figures and invoices without patients (billing.rules.ts).
  [PatientPart.BILLING]: { staff: [Role.CASHIER], self: true },
};

/** Whether the account is a patient's own (reads only their record, never audited as staff). */
export function isPatientAccount(viewer: { role: Role }): boolean {
  return viewer.role === Role.PATIENT;
}
