export { displayNameOf, Patient } from './patient.entity.js';
export { Allergy } from './allergy.entity.js';
export { Address, EmergencyContact, Insurance } from './patient-parts.js';
export { Sex } from './sex.js';
export { createPatientRecord, nextMrn, type NewPatient } from './patients.service.js';
export { patientRules } from './patients.rules.js';
export { PatientsResolver } from './patients.resolver.js';
export { RegistrationResolver } from './registration.resolver.js';
export {
  accountsOfPatients,
  patientIdOfAccount,
  patientIdsOfAccounts,
} from './registration.service.js';
export { ageOn } from './age.js';
export { AllergyClinicalStatus, AllergyStatus } from './patient-enums.js';
export { PatientStatus } from './patient-enums.js';
