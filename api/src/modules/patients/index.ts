export { Patient } from './patient.entity.js';
export { Sex } from './sex.js';
export { createPatientRecord, nextMrn, type NewPatient } from './patients.service.js';
export { patientRules } from './patients.rules.js';
