import type { AppConfig } from '../kernel/config.js';
import { useCareScope } from '../modules/access/index.js';
import { wardCareScope } from '../modules/wards/index.js';

/**
 * Completes the access policy with the care scope the wards module computes (a nurse reads the
 * inpatients of the wards she covers this shift). Called once at start, with the configuration.
 */
export function wireAccessPolicy(config: Pick<AppConfig, 'timeZone'>): void {
  useCareScope(wardCareScope(config.timeZone));
}
