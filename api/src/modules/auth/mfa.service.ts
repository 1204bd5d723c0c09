import type { EntityManager } from '@mikro-orm/postgresql';
import QRCode from 'qrcode';
import { currentAuditScope } from '../../kernel/audit-scope.js';
import type { RequestContext } from '../../kernel/context.js';
import { requireViewer } from '../../kernel/context.js';
import {
  ConflictError,
  DomainError,
  UnauthenticatedError,
  ValidationError,
} from '../../kernel/errors.js';
import { consume } from '../../kernel/rate-limit.js';
import { openSession, recordFailedLogin, revokeSessions } from './auth.service.js';
import { afterSuccess, lockRemainingSeconds } from './lockout.js';
import { challengedUserId } from './mfa-challenge.js';
import { MfaRecoveryCode } from './mfa-recovery-code.entity.js';
import { mfaRequiredForRole } from './mfa.rules.js';
import type { VerifyMfaInput } from './mfa.inputs.js';
import {
  checkTotp,
  newRecoveryCodes,
  newTotpSecret,
  normaliseRecoveryCode,
  openSecret,
  otpauthUri,
  recoveryCodeHash,
  sealSecret,
} from './totp.js';
import { getUser } from './users.service.js';
import { User } from './user.entity.js';

/** One answer for a wrong, replayed or used code, an expired challenge and a locked account. */
const BAD_CODE = 'Invalid or expired code. Sign in again if this persists.';

/**
 * The moment a TOTP code is checked against: the real time, not the request clock. A training
 * or test installation may run its clock from `CLOCK_START`, but the phone that makes the code
 * knows only the real time.
 */
const realNow = () => new Date();

/**
 * Spends a code of `user`: a TOTP code of a step after the last one accepted (the step is moved
 * forward with a conditional update, so two requests with one code cannot both win), or an
 * unused recovery code (marked used the same way). False when the code is no good.
 */
async function spendCode(
  ctx: RequestContext,
  em: EntityManager,
  user: User,
  secret: string,
  typed: string,
): Promise<{ ok: boolean; recovery: boolean }> {
  const code = typed.replace(/\s/g, '');
  if (/^\d{6}$/.test(code)) {
    const step = await checkTotp(secret, code, realNow(), user.mfaLastTimeStep ?? null);
    if (step === null) return { ok: false, recovery: false };
    // Outside the request's transaction, on purpose: in READ COMMITTED a second request whose
    // conditional update waited on this row and then no longer matches still keeps the row
    // locked until its transaction ends, and its `recordFailedLogin` (its own transaction, so the
    // count survives the refusal) would then wait on its own request for ever. Committed at once,
    // the step is spent even if the sign-in fails later, which only makes the code shorter-lived.
    const moved = await em
      .fork()
      .nativeUpdate(
        User,
        { id: user.id, $or: [{ mfaLastTimeStep: null }, { mfaLastTimeStep: { $lt: step } }] },
        { mfaLastTimeStep: step },
      );
    return { ok: moved === 1, recovery: false };
  }
  const recovery = normaliseRecoveryCode(code);
  if (!recovery) return { ok: false, recovery: true };
  const used = await em.nativeUpdate(
    MfaRecoveryCode,
    { user: user.id, codeHash: recoveryCodeHash(recovery), usedAt: null },
    { usedAt: ctx.clock.now() },
  );
  return { ok: used === 1, recovery: true };
}

/**
 * The second step of a sign-in: the challenge of the password step and a code (TOTP, or one of
 * the recovery codes). A wrong code counts toward the account's lockout like a wrong password.
 */
export async function verifyMfa(ctx: RequestContext, input: VerifyMfaInput) {
  const scope = currentAuditScope();
  await consume(ctx.rateLimits.login, ctx.ip ?? 'unknown');
  const userId = await challengedUserId(ctx, input.challenge);
  if (!userId) throw new UnauthenticatedError(BAD_CODE, { reason: 'CHALLENGE_INVALID' });
  const em = ctx.em;
  const user = await em.findOne(User, userId, { populate: ['mfaSecret'] });
  if (!user?.active || !user.mfaEnabledAt || !user.mfaSecret) {
    throw new UnauthenticatedError(BAD_CODE, { reason: 'CHALLENGE_INVALID' });
  }
  scope?.setTarget('User', user.id);
  if (scope) {
    scope.actorId = user.id;
    scope.actorRole = user.role;
  }
  const now = ctx.clock.now();
  if (lockRemainingSeconds({ lockedUntil: user.lockedUntil ?? null }, now) > 0) {
    if (scope) scope.details.reason = 'locked';
    throw new UnauthenticatedError(BAD_CODE);
  }
  const spent = await spendCode(
    ctx,
    em,
    user,
    openSecret(user.mfaSecret, ctx.config.jwtSecret),
    input.code,
  );
  if (!spent.ok) {
    if (scope) scope.details.reason = 'bad-code';
    const lockedFor = await recordFailedLogin(ctx, user.id);
    if (scope && lockedFor > 0) scope.details.lockedForSeconds = lockedFor;
    throw new UnauthenticatedError(BAD_CODE);
  }
  if (scope) scope.details.factor = spent.recovery ? 'recovery-code' : 'totp';
  Object.assign(user, afterSuccess(), { lastLoginAt: now });
  return openSession(ctx, em, user);
}

/**
 * Offers the caller a new authenticator secret (a QR code and the secret as text); nothing is on
 * until `confirmMfaEnrolment` gets a code of it. Refused while verification is on already.
 */
export async function startMfaEnrolment(ctx: RequestContext) {
  const viewer = requireViewer(ctx);
  const user = await ctx.em.findOneOrFail(User, viewer.userId);
  if (user.mfaEnabledAt) {
    throw new ConflictError('Two-step verification is already on. Turn it off first.');
  }
  const secret = newTotpSecret();
  user.mfaPendingSecret = sealSecret(secret, ctx.config.jwtSecret);
  const uri = otpauthUri(secret, user.email);
  const qrCodeDataUrl = await QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2 });
  return { secret, otpauthUri: uri, qrCodeDataUrl };
}

/**
 * Turns two-step verification on with a first code of the offered secret, and answers ten new
 * recovery codes, once. The caller's other sessions end: they were opened without the factor.
 */
export async function confirmMfaEnrolment(ctx: RequestContext, code: string) {
  const viewer = requireViewer(ctx);
  const em = ctx.em;
  const user = await em.findOneOrFail(User, viewer.userId, { populate: ['mfaPendingSecret'] });
  if (user.mfaEnabledAt) {
    throw new ConflictError('Two-step verification is already on. Turn it off first.');
  }
  if (!user.mfaPendingSecret) {
    throw new ValidationError({ code: 'start the enrolment first' });
  }
  const step = await checkTotp(
    openSecret(user.mfaPendingSecret, ctx.config.jwtSecret),
    code.replace(/\s/g, ''),
    realNow(),
    null,
  );
  if (step === null) throw new ValidationError({ code: 'is not the current code of the app' });
  const now = ctx.clock.now();
  user.mfaSecret = user.mfaPendingSecret;
  user.mfaPendingSecret = null;
  user.mfaEnabledAt = now;
  user.mfaLastTimeStep = step;
  const recoveryCodes = await replaceRecoveryCodes(em, user);
  await revokeSessions(em, user.id, 'mfa-enabled', now, viewer.sessionId);
  return { user, recoveryCodes };
}

async function replaceRecoveryCodes(em: EntityManager, user: User): Promise<string[]> {
  await em.nativeDelete(MfaRecoveryCode, { user: user.id });
  const codes = newRecoveryCodes();
  for (const code of codes) {
    em.create(MfaRecoveryCode, { user, codeHash: recoveryCodeHash(code) });
  }
  await em.flush();
  return codes;
}

function clearMfa(user: User) {
  user.mfaSecret = null;
  user.mfaPendingSecret = null;
  user.mfaEnabledAt = null;
  user.mfaLastTimeStep = null;
}

/**
 * Turns the caller's two-step verification off, with a current code (or a recovery code): a
 * stolen session alone cannot. Refused to the roles that require it.
 */
export async function disableMfa(ctx: RequestContext, code: string) {
  const viewer = requireViewer(ctx);
  const em = ctx.em;
  const user = await em.findOneOrFail(User, viewer.userId, { populate: ['mfaSecret'] });
  if (mfaRequiredForRole(user.role)) {
    throw new DomainError('FORBIDDEN', 'Your role requires two-step verification.', {
      reason: 'MFA_REQUIRED_FOR_ROLE',
      http: { status: 403 },
    });
  }
  if (!user.mfaEnabledAt || !user.mfaSecret) {
    throw new ValidationError({ code: 'two-step verification is not on' });
  }
  const spent = await spendCode(
    ctx,
    em,
    user,
    openSecret(user.mfaSecret, ctx.config.jwtSecret),
    code,
  );
  if (!spent.ok) throw new ValidationError({ code: 'is not a valid code' });
  clearMfa(user);
  await em.nativeDelete(MfaRecoveryCode, { user: user.id });
  return user;
}

/**
 * An administrator turns another account's two-step verification off (a lost phone): its
 * secret and recovery codes are erased and its sessions end. The account enrols again at its
 * next sign-in (at once when its role requires it). Audited as the mutation's own row, naming
 * the account. An administrator cannot reset their own: another one must.
 */
export async function resetUserMfa(ctx: RequestContext, id: string) {
  const viewer = requireViewer(ctx);
  const user = await getUser(ctx, id);
  currentAuditScope()?.setTarget('User', user.id);
  if (user.id === viewer.userId) {
    throw new ValidationError({ id: 'ask another administrator to reset your own' });
  }
  const wasOn = user.mfaEnabledAt != null;
  clearMfa(user);
  await ctx.em.nativeDelete(MfaRecoveryCode, { user: user.id });
  await revokeSessions(ctx.em, user.id, 'mfa-reset', ctx.clock.now());
  const scope = currentAuditScope();
  if (scope) scope.details.wasEnabled = wasOn;
  return user;
}
