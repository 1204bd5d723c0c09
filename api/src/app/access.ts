import type { AppConfig } from '../kernel/config.js';
import { useCareScope } from '../modules/access/index.js';
import { withEmergencyAccess } from '../modules/break-glass/index.js';
import { wardCareScope } from '../modules/wards/index.js';

/**
 * Completes the access policy with the care scope the wards module computes (a nurse reads the
 * inpatients of the wards she covers this shift), opened further by break-the-glass (a clinician
 * holding an unexpired emergency access reads that patient). Called once at start.
 */
export function wireAccessPolicy(config: Pick<AppConfig, 'timeZone'>): void {
  useCareScope(withEmergencyAccess(wardCareScope(config.timeZone)));
}
