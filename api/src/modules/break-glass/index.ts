export { EmergencyAccess, EmergencyAccessStatus } from './emergency-access.entity.js';
export { EmergencyAccessResolver } from './emergency-access.resolver.js';
export { breakGlassRules, EMERGENCY_ACCESS_ROLES } from './break-glass.rules.js';
export { withEmergencyAccess, MIN_REASON_LENGTH } from './emergency-access.service.js';
export type { EmergencyAccessOpenedFact } from './break-glass.events.js';
