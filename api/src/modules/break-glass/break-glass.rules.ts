import { roles, type RuleMap } from '../../kernel/auth/predicates.js';
import { Role } from '../../kernel/auth/roles.js';

/**
 * Who may break the glass: the clinicians a care scope narrows (a nurse, outside the wards she
 * covers). Doctors read every patient today, so they have nothing to open; the day a care scope
 * narrows them, they join this list and everything else works as it does for nurses. The role
 * table (`PATIENT_ACCESS`) still bounds what a grant opens: a role that reads no chart gets none.
 */
export const EMERGENCY_ACCESS_ROLES: readonly Role[] = [Role.NURSE];

/** Who reviews emergency accesses: managers, who read no chart themselves. */
export const EMERGENCY_ACCESS_REVIEWERS: readonly Role[] = [Role.MANAGER];

const openers = roles(...EMERGENCY_ACCESS_ROLES);
const reviewers = roles(...EMERGENCY_ACCESS_REVIEWERS);

export const breakGlassRules: RuleMap = {
  Query: { emergencyAccessState: openers, emergencyAccesses: reviewers },
  Mutation: { openEmergencyAccess: openers, reviewEmergencyAccess: reviewers },
  // An opener sees only her own grant (the service answers nothing else); reviewers see all.
  EmergencyAccess: roles(...EMERGENCY_ACCESS_ROLES, ...EMERGENCY_ACCESS_REVIEWERS),
  EmergencyAccessState: openers,
  EmergencyAccessConnection: reviewers,
  EmergencyAccessEdge: reviewers,
};
