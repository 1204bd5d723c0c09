import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { currentAuditScope } from '../../kernel/audit-scope.js';
import { burnVerification, hashPassword, verifyPassword } from '../../kernel/auth/passwords.js';
import { Locale } from '../../kernel/auth/roles.js';
import {
  newOpaqueToken,
  sha256Hex,
  signAccessToken,
  type TokenSettings,
} from '../../kernel/auth/tokens.js';
import type { RequestContext } from '../../kernel/context.js';
import { requireViewer } from '../../kernel/context.js';
import { sqlState, UnauthenticatedError, ValidationError } from '../../kernel/errors.js';
import { consume } from '../../kernel/rate-limit.js';
import { blankToNull, personName, phoneNumber, validate } from '../../kernel/validation.js';
import { isPatientAccount } from '../access/index.js';
import { SELF_REGISTERED_ROLE } from './auth.rules.js';
import type { ChangePasswordInput, LoginInput, UpdateMyProfileInput } from './auth.inputs.js';
import { mfaChallengeError } from './mfa-challenge.js';
import { afterFailure, afterSuccess, lockRemainingSeconds } from './lockout.js';
import { passwordProblem } from './password-policy.js';
import { isRetryOfLostAnswer } from './refresh-reuse.js';
import { RefreshToken, Session } from './session.entity.js';
import { User } from './user.entity.js';

export const REFRESH_COOKIE = 'cg_refresh';

/** The one message for a wrong password, an unknown email, a disabled or a locked account. */
const BAD_CREDENTIALS = 'Invalid email or password.';

function tokenSettings(ctx: RequestContext): TokenSettings {
  return {
    secret: ctx.config.jwtSecret,
    issuer: ctx.config.jwtIssuer,
    audience: ctx.config.jwtAudience,
    ttlSeconds: ctx.config.accessTokenTtlSeconds,
  };
}

function setRefreshCookie(ctx: RequestContext, token: string, expiresAt: Date) {
  ctx.responseCookies?.set(REFRESH_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.config.cookieSecure,
    path: '/graphql',
    expires: expiresAt,
  });
}

function clearRefreshCookie(ctx: RequestContext) {
  ctx.responseCookies?.clear(REFRESH_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.config.cookieSecure,
    path: '/graphql',
  });
}

/** Opens a session for `user` and returns its first tokens. */
export async function openSession(ctx: RequestContext, em: EntityManager, user: User) {
  const now = ctx.clock.now();
  const session = em.create(Session, {
    user,
    createdAt: now,
    expiresAt: new Date(now.getTime() + ctx.config.refreshTokenTtlDays * 86_400_000),
    ip: ctx.ip,
    userAgent: ctx.userAgent?.slice(0, 300) ?? null,
  });
  return issueTokens(ctx, em, user, session);
}

async function issueTokens(ctx: RequestContext, em: EntityManager, user: User, session: Session) {
  const now = ctx.clock.now();
  const refreshToken = newOpaqueToken();
  em.create(RefreshToken, {
    session,
    tokenHash: sha256Hex(refreshToken),
    createdAt: now,
    expiresAt: session.expiresAt,
  });
  await em.flush();
  const access = await signAccessToken(
    { sub: user.id, sid: session.id, role: user.role },
    tokenSettings(ctx),
    now,
  );
  setRefreshCookie(ctx, refreshToken, session.expiresAt);
  ctx.authenticatedUserId = user.id;
  return { accessToken: access.token, expiresAt: access.expiresAt, refreshToken, user };
}

/**
 * Signs in. An account with two-step verification gets no session from its password: the answer
 * is `MFA_REQUIRED` with a challenge that `verifyMfa` takes with a code. Five consecutive failures lock the account (15 minutes, doubling); the per-IP limit
 * stops spraying across accounts. Every failure — unknown email, wrong password, locked or
 * disabled account — gets the same answer and costs one password hash, so that neither the body
 * nor the time tells an attacker which accounts exist or are locked.
 */
export async function login(ctx: RequestContext, input: LoginInput) {
  const scope = currentAuditScope();
  await consume(ctx.rateLimits.login, ctx.ip ?? 'unknown');
  const em = ctx.em;
  const email = input.email.trim();
  const user = await em.findOne(User, { email }, { populate: ['passwordHash'] });
  if (!user) {
    await burnVerification(input.password);
    throw new UnauthenticatedError(BAD_CREDENTIALS);
  }
  scope?.setTarget('User', user.id);
  if (scope) {
    scope.actorId = user.id;
    scope.actorRole = user.role;
  }
  const now = ctx.clock.now();
  const locked = lockRemainingSeconds({ lockedUntil: user.lockedUntil ?? null }, now);
  if (locked > 0) {
    if (scope) scope.details.reason = 'locked';
    await burnVerification(input.password);
    throw new UnauthenticatedError(BAD_CREDENTIALS);
  }
  const ok = await verifyPassword(user.passwordHash, input.password);
  if (!ok || !user.active) {
    if (scope) scope.details.reason = ok ? 'disabled' : 'bad-password';
    if (!ok) {
      // Recorded in a transaction of its own, under a row lock, so concurrent failures all count.
      const lockedFor = await recordFailedLogin(ctx, user.id);
      if (scope && lockedFor > 0) scope.details.lockedForSeconds = lockedFor;
    }
    throw new UnauthenticatedError(BAD_CREDENTIALS);
  }
  if (user.mfaEnabledAt) {
    // The password was right, but it is only the first step: no session yet, and the failure
    // count stands until the second step succeeds (this answer rolls the transaction back).
    if (scope) scope.details.reason = 'mfa-required';
    throw await mfaChallengeError(ctx, user.id);
  }
  Object.assign(user, afterSuccess(), { lastLoginAt: now });
  return openSession(ctx, em, user);
}

/** Counts one failure in its own committed transaction; returns the lock seconds it caused. */
export async function recordFailedLogin(ctx: RequestContext, userId: string): Promise<number> {
  const fork = ctx.em.fork();
  return fork.transactional(async (tx) => {
    const row = await tx.findOneOrFail(User, userId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const now = ctx.clock.now();
    const next = afterFailure(
      { failedLoginCount: row.failedLoginCount, lockCount: row.lockCount, lockedUntil: null },
      now,
    );
    Object.assign(row, next);
    return lockRemainingSeconds(next, now);
  });
}

/**
 * Rotates the refresh token. A token is good once: presenting a used one revokes the whole
 * session, since either the client or a thief holds a copy — except within a few seconds of its
 * use while the token it was exchanged for is still unused, when the answer carrying that token
 * was lost (`refresh-reuse.ts`): the undelivered token is retired (marked used, so presenting it
 * later is a replay) and the caller gets new ones. Refreshes of one session take turns under a
 * row lock on the session, so two of them never both rotate.
 */
export async function refreshSession(ctx: RequestContext, presented: string | undefined) {
  const token = presented ?? cookieToken(ctx);
  if (!token) throw new UnauthenticatedError('No session to refresh.');
  const em = ctx.em;
  const found = await em.findOne(
    RefreshToken,
    { tokenHash: sha256Hex(token) },
    { populate: ['session', 'session.user'] },
  );
  if (!found) throw new UnauthenticatedError('Session expired. Please sign in again.');
  const session = found.session.getEntity();
  await em.lock(session, LockMode.PESSIMISTIC_WRITE);
  // Read again under the lock: a concurrent refresh may have used the token, a logout ended the
  // session meanwhile.
  await em.refreshOrFail(session);
  const row = await em.refreshOrFail(found);
  const user = session.user.getEntity();
  const scope = currentAuditScope();
  if (scope) {
    scope.actorId = user.id;
    scope.actorRole = user.role;
    scope.setTarget('Session', session.id);
  }
  const now = ctx.clock.now();
  if (row.usedAt) {
    const usedAt = row.usedAt;
    const successors = await em.find(RefreshToken, {
      session,
      id: { $ne: row.id },
      createdAt: { $gte: usedAt },
    });
    const graceMs = ctx.config.refreshReuseGraceSeconds * 1000;
    if (!isRetryOfLostAnswer(usedAt, successors, now, graceMs)) {
      scope?.onFailure.push(async (failEm) => {
        await failEm.nativeUpdate(
          Session,
          { id: session.id, revokedAt: null },
          { revokedAt: now, revokedReason: 'refresh-token-reuse' },
        );
      });
      if (scope) scope.details.reason = 'refresh-token-reuse';
      clearRefreshCookie(ctx);
      throw new UnauthenticatedError('Session expired. Please sign in again.');
    }
    for (const successor of successors) successor.usedAt = now;
    if (scope) scope.details.retryOfLostAnswer = true;
  }
  if (session.revokedAt || session.expiresAt <= now || row.expiresAt <= now || !user.active) {
    clearRefreshCookie(ctx);
    throw new UnauthenticatedError('Session expired. Please sign in again.');
  }
  // A retry keeps the first use's time, so that retries never stretch the window.
  row.usedAt ??= now;
  return issueTokens(ctx, em, user, session);
}

function cookieToken(ctx: RequestContext): string | undefined {
  const value = ctx.cookies[REFRESH_COOKIE];
  return value && value.length > 0 ? value : undefined;
}

/** Ends the caller's session; its access and refresh tokens stop working at once. */
export async function logout(ctx: RequestContext): Promise<boolean> {
  const viewer = requireViewer(ctx);
  const session = await ctx.em.findOneOrFail(Session, viewer.sessionId);
  session.revokedAt ??= ctx.clock.now();
  session.revokedReason ??= 'logout';
  clearRefreshCookie(ctx);
  return true;
}

/** Revokes every live session of a user, except `keep`. */
export async function revokeSessions(
  em: EntityManager,
  userId: string,
  reason: string,
  now: Date,
  keep?: string,
) {
  const where = keep
    ? { user: userId, revokedAt: null, id: { $ne: keep } }
    : { user: userId, revokedAt: null };
  await em.nativeUpdate(Session, where, { revokedAt: now, revokedReason: reason });
}

/**
 * Closes the caller's own sign-in (a patient's right to leave the portal): the password is
 * checked again, the account disabled and every session ended, the caller's own included. The
 * account row stays, as every audit row and the patient's record point at it; only an
 * administrator can enable it again.
 */
export async function closeOwnAccount(ctx: RequestContext, password: string): Promise<User> {
  const viewer = requireViewer(ctx);
  const user = await ctx.em.findOneOrFail(User, viewer.userId, { populate: ['passwordHash'] });
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw new ValidationError({ password: 'is not your password' });
  }
  user.active = false;
  await ctx.em.flush();
  await revokeSessions(ctx.em, user.id, 'account-closed', ctx.clock.now());
  return user;
}

/** Changes the caller's password (needs the current one) and ends their other sessions. */
export async function changePassword(ctx: RequestContext, input: ChangePasswordInput) {
  const viewer = requireViewer(ctx);
  const user = await ctx.em.findOneOrFail(User, viewer.userId, { populate: ['passwordHash'] });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new ValidationError({ currentPassword: 'is not your current password' });
  }
  const problem = passwordProblem(input.newPassword, user.email);
  if (problem) throw new ValidationError({ newPassword: problem });
  if (input.newPassword === input.currentPassword) {
    throw new ValidationError({ newPassword: 'must differ from the current password' });
  }
  user.passwordHash = await hashPassword(input.newPassword);
  user.mustChangePassword = false;
  await revokeSessions(ctx.em, user.id, 'password-changed', ctx.clock.now(), viewer.sessionId);
  return user;
}

/**
 * What is wrong with the email and password of an account someone opens for themself, by field
 * (empty when nothing). The caller adds its own fields, so that a form shows every problem at once.
 */
export async function newAccountProblems(
  em: EntityManager,
  email: string,
  password: string,
): Promise<Record<string, string>> {
  const fields: Record<string, string> = {};
  const problem = passwordProblem(password, email);
  if (problem) fields.password = problem;
  if (await em.count(User, { email })) fields.email = 'is already registered';
  return fields;
}

/** The account of a person who registers themself, not yet saved. */
export async function newSelfRegisteredAccount(
  ctx: RequestContext,
  input: {
    email: string;
    password: string;
    givenName: string;
    familyName: string;
    phone: string | null;
    locale?: Locale | undefined;
  },
): Promise<User> {
  return ctx.em.create(User, {
    email: input.email,
    passwordHash: await hashPassword(input.password),
    role: SELF_REGISTERED_ROLE,
    givenName: input.givenName,
    familyName: input.familyName,
    phone: input.phone,
    locale: input.locale ?? Locale.fr,
    lastLoginAt: ctx.clock.now(),
  });
}

/**
 * Saves a new self-registered account and signs it in. Two sign-ups racing for one email: the
 * unique index decides, and the loser gets a field error.
 */
export async function signInNewAccount(ctx: RequestContext, user: User) {
  try {
    await ctx.em.flush();
  } catch (err) {
    if (sqlState(err) === '23505') throw new ValidationError({ email: 'is already registered' });
    throw err;
  }
  return openSession(ctx, ctx.em, user);
}

const name = personName;
const phone = phoneNumber;

const profileSchema = z.object({
  givenName: name.optional(),
  familyName: name.optional(),
  phone: phone.or(z.literal('')).optional(),
  address: z.string().trim().max(300, 'is too long').optional(),
  locale: z.enum(Locale).optional(),
});

/** The caller keeps their own profile up to date (R18). Patients' names live on their record. */
export async function updateMyProfile(ctx: RequestContext, raw: UpdateMyProfileInput) {
  const viewer = requireViewer(ctx);
  const input = validate(profileSchema, raw);
  if (isPatientAccount(viewer) && (input.givenName || input.familyName)) {
    throw new ValidationError({ familyName: 'is changed by reception on your patient record' });
  }
  const user = await ctx.em.findOneOrFail(User, viewer.userId);
  if (input.givenName) user.givenName = input.givenName;
  if (input.familyName) user.familyName = input.familyName;
  if (input.phone !== undefined) user.phone = blankToNull(input.phone) ?? null;
  if (input.address !== undefined) user.address = blankToNull(input.address) ?? null;
  if (input.locale) user.locale = input.locale;
  return user;
}
