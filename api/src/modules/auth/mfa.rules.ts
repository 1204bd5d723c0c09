import { anyone, roles, type AccessRule, type RuleMap } from '../../kernel/auth/predicates.js';
import { Role } from '../../kernel/auth/roles.js';
import { ForbiddenError, UnauthenticatedError } from '../../kernel/errors.js';

/**
 * The roles that must sign in with a second factor: they manage accounts, the audit and the
 * hospital's figures. Other staff may turn it on; patients sign in with a password only.
 */
export const MFA_REQUIRED_ROLES: readonly Role[] = [Role.ADMIN, Role.MANAGER];

export function mfaRequiredForRole(role: Role): boolean {
  return MFA_REQUIRED_ROLES.includes(role);
}

/** Whether an account of this role may enrol an authenticator at all: staff, not patients. */
export function mayUseMfa(role: Role): boolean {
  return role !== Role.PATIENT;
}

/**
 * Staff signed in, even with a session held back until enrolment (`MFA_ENROLMENT_REQUIRED`) or
 * a password change: enrolling is exactly what such a session is for.
 */
const staffSignedIn: AccessRule = {
  name: 'mfa:staffSignedIn',
  cache: 'contextual',
  check: (ctx) => {
    if (!ctx.viewer) return new UnauthenticatedError();
    return mayUseMfa(ctx.viewer.role) ? true : new ForbiddenError();
  },
};

const admin = roles(Role.ADMIN);

export const mfaRules: RuleMap = {
  Mutation: {
    // The challenge of the password step is the credential, with the code.
    verifyMfa: anyone,
    startMfaEnrolment: staffSignedIn,
    confirmMfaEnrolment: staffSignedIn,
    disableMfa: staffSignedIn,
    resetUserMfa: admin,
  },
  MfaEnrolment: {
    secret: staffSignedIn,
    otpauthUri: staffSignedIn,
    qrCodeDataUrl: staffSignedIn,
  },
  MfaRecoveryCodes: { '*': staffSignedIn, recoveryCodes: staffSignedIn },
};
