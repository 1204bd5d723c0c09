export { PatientRightsResolver } from './patient-rights.resolver.js';
export { patientRightsRules } from './patient-rights.rules.js';
