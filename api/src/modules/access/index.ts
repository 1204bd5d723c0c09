export {
  auditPatientListRead,
  auditPatientRead,
  patientsInCare,
  patientAccessReason,
  readsPart,
  requirePatientAccess,
  useCareScope,
  type AccessContext,
  type AccessReason,
  type CareScope,
} from './patient-access.js';
export {
  CARE_TEAM,
  IDENTITY_READERS,
  isPatientAccount,
  PATIENT_ACCESS,
  PatientPart,
} from './patient-access.rules.js';
