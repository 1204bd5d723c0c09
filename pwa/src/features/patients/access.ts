import type { Role } from '../../gql/graphql';

/**
 * What a role may see and do with a patient record, mirroring the API's field rules
 * (`api/src/modules/patients/patients.rules.ts`). Asking for a field the role may not read answers
 * FORBIDDEN, so queries include each field group only for the roles that may read it.
 */
const SEARCHERS: readonly Role[] = [
  'ADMIN',
  'RECEPTIONIST',
  'DOCTOR',
  'NURSE',
  'LAB_TECHNICIAN',
  'PHARMACIST',
  'CASHIER',
];
const CONTACT: readonly Role[] = ['ADMIN', 'RECEPTIONIST', 'DOCTOR', 'NURSE'];
const INSURANCE: readonly Role[] = [...CONTACT, 'CASHIER'];
const CLINICAL: readonly Role[] = [
  'ADMIN',
  'RECEPTIONIST',
  'DOCTOR',
  'NURSE',
  'LAB_TECHNICIAN',
  'PHARMACIST',
];
const REGISTRARS: readonly Role[] = ['ADMIN', 'RECEPTIONIST'];
const ALLERGY_RECORDERS: readonly Role[] = ['DOCTOR', 'NURSE', 'PHARMACIST'];

export const PATIENT_SEARCH_ROLES = SEARCHERS;
export const PATIENT_REGISTRAR_ROLES = REGISTRARS;

export interface PatientAccess {
  search: boolean;
  contact: boolean;
  insurance: boolean;
  clinical: boolean;
  register: boolean;
  recordAllergies: boolean;
  merge: boolean;
}

export function patientAccess(role: Role | undefined): PatientAccess {
  const r = role ?? 'PATIENT';
  return {
    search: SEARCHERS.includes(r),
    contact: CONTACT.includes(r),
    insurance: INSURANCE.includes(r),
    clinical: CLINICAL.includes(r),
    register: REGISTRARS.includes(r),
    recordAllergies: ALLERGY_RECORDERS.includes(r),
    merge: r === 'ADMIN',
  };
}
