import type { Capability } from '../../gql/graphql';

/**
 * What the signed-in account may see and do with a patient record, as the API says in
 * `me { capabilities }` (each capability is the verdict of the API's own rule). Asking for a field
 * the account may not read answers FORBIDDEN, so queries include each field group only when its
 * capability is there; no role list is copied here.
 */
export interface PatientAccess {
  search: boolean;
  contact: boolean;
  insurance: boolean;
  clinical: boolean;
  register: boolean;
  recordAllergies: boolean;
  merge: boolean;
}

export function patientAccess(
  user: { capabilities?: readonly Capability[] | null } | null | undefined,
): PatientAccess {
  const can = new Set(user?.capabilities ?? []);
  return {
    search: can.has('SEARCH_PATIENTS'),
    contact: can.has('READ_PATIENT_CONTACT'),
    insurance: can.has('READ_PATIENT_INSURANCE'),
    clinical: can.has('READ_PATIENT_CLINICAL'),
    register: can.has('REGISTER_PATIENTS'),
    recordAllergies: can.has('RECORD_ALLERGIES'),
    merge: can.has('MERGE_PATIENTS'),
  };
}
