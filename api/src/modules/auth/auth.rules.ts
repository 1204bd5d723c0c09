import {
  anyone,
  authenticated,
  parentRule,
  roles,
  signedIn,
  type RuleMap,
} from '../../kernel/auth/predicates.js';
import { Role } from '../../kernel/auth/roles.js';

const admin = roles(Role.ADMIN);
/** Mail preferences and the verification banner concern the patient portal. */
const patient = roles(Role.PATIENT);

/** The role of an account a patient opens for themself. */
export const SELF_REGISTERED_ROLE = Role.PATIENT;

/** Whether administrators may give this role: every staff role; patients register themselves. */
export function isStaffRole(role: Role): boolean {
  return role !== Role.PATIENT;
}

/**
 * An account is visible to itself (including in the answer that signs it in) and to admins; so is
 * every field other modules add to it (`User.patient`, `User.capabilities`).
 */
const selfOrAdmin = parentRule('user:selfOrAdmin', (ctx, parent) => {
  const id = parent && typeof parent === 'object' && 'id' in parent ? parent.id : undefined;
  if (ctx.viewer?.role === Role.ADMIN) return true;
  return id !== undefined && (id === ctx.viewer?.userId || id === ctx.authenticatedUserId);
});

export const authRules: RuleMap = {
  Query: {
    me: signedIn,
    users: admin,
    user: admin,
  },
  Mutation: {
    login: anyone,
    refreshSession: anyone,
    logout: signedIn,
    changePassword: signedIn,
    updateMyProfile: authenticated,
    createUser: admin,
    updateUser: admin,
    resetUserPassword: admin,
    // A mailed link is the credential: whoever holds it acts, signed in or not.
    requestPasswordReset: anyone,
    resetPassword: anyone,
    verifyEmail: anyone,
    resendVerificationEmail: patient,
    setReminderOptOut: patient,
  },
  AuthPayload: { '*': anyone, accessToken: anyone, refreshToken: anyone },
  User: {
    '*': selfOrAdmin,
    email: selfOrAdmin,
    phone: selfOrAdmin,
    address: selfOrAdmin,
    mustChangePassword: selfOrAdmin,
  },
  UserConnection: admin,
  UserEdge: admin,
  CreateUserPayload: { '*': admin, temporaryPassword: admin },
  ResetUserPasswordPayload: { '*': admin, temporaryPassword: admin },
};
