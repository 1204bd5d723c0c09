export { displayNameOf, languageOf, User } from './user.entity.js';
export { Session, RefreshToken } from './session.entity.js';
export { AuthResolver } from './auth.resolver.js';
export { UsersResolver } from './users.resolver.js';
export { authRules } from './auth.rules.js';
export { REFRESH_COOKIE } from './auth.service.js';
export { passwordProblem } from './password-policy.js';
export { temporaryPassword } from './users.service.js';
export { AuthPayload } from './auth.inputs.js';
export {
  closeOwnAccount,
  newAccountProblems,
  newSelfRegisteredAccount,
  signInNewAccount,
} from './auth.service.js';
export { deleteEndedSessions, sessionCleanupJob } from './session-cleanup.js';
export { AccountTokensResolver } from './account-tokens.resolver.js';
export { AccountToken, AccountTokenPurpose } from './account-token.entity.js';
export { issueAccountToken, sendVerificationEmail } from './account-tokens.service.js';
export { MfaResolver } from './mfa.resolver.js';
export { mfaRules, mfaRequiredForRole } from './mfa.rules.js';
export { MfaRecoveryCode } from './mfa-recovery-code.entity.js';
export { newTotpSecret, openSecret, sealSecret, timeStepAt, totpCodeAt } from './totp.js';
