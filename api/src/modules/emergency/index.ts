export { EmergencyAmendment, EmergencyCase, EmergencyTriage } from './emergency-case.entity.js';
export {
  ArrivalMode,
  ChiefComplaint,
  EmergencyArea,
  EmergencyOutcome,
  EmergencyStatus,
  TriageLevel,
} from './emergency-enums.js';
export { EmergencyResolver } from './emergency.resolver.js';
export { emergencyRules, EMERGENCY_SENSITIVE_FIELDS } from './emergency.rules.js';
export { TRIAGE_SCALE } from './triage-scale.js';
