import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { setTimeout as sleep } from 'node:timers/promises';
import { currentAuditScope } from '../../kernel/audit-scope.js';
import { hashPassword } from '../../kernel/auth/passwords.js';
import { newOpaqueToken, sha256Hex } from '../../kernel/auth/tokens.js';
import type { RequestContext } from '../../kernel/context.js';
import { requireViewer } from '../../kernel/context.js';
import { DomainError, RateLimitedError, ValidationError } from '../../kernel/errors.js';
import { consume } from '../../kernel/rate-limit.js';
import { MailKind, queueMail } from '../mail/index.js';
import { AccountToken, AccountTokenPurpose } from './account-token.entity.js';
import { passwordResetMail, verificationMail } from './account-mail.js';
import { revokeSessions } from './auth.service.js';
import { afterSuccess } from './lockout.js';
import { passwordProblem } from './password-policy.js';
import { languageOf, User } from './user.entity.js';

/** How long a password-reset link works. */
export const RESET_TOKEN_MINUTES = 30;
/** How long an email-verification link works. */
export const VERIFY_TOKEN_HOURS = 72;
/** Mails of one purpose an account may receive per hour, whoever asks. */
export const TOKENS_PER_HOUR = 5;
/**
 * The least time `requestPasswordReset` takes, known address or not: the work done for a known
 * one (a token, a mail in the outbox) is a few milliseconds that would otherwise tell them apart.
 */
export const RESET_ANSWER_MS = 350;

/** Why a mailed token was refused (`extensions.reason`). */
export type TokenRefusal = 'TOKEN_INVALID' | 'TOKEN_EXPIRED' | 'TOKEN_USED';

const REFUSAL_MESSAGES: Record<TokenRefusal, string> = {
  TOKEN_INVALID: 'This link is not valid. Ask for a new one.',
  TOKEN_EXPIRED: 'This link has expired. Ask for a new one.',
  TOKEN_USED: 'This link was already used. Ask for a new one.',
};

/** A mailed link that cannot be used: BAD_USER_INPUT with a machine-readable reason. */
export class TokenRefusedError extends DomainError {
  constructor(readonly reason: TokenRefusal) {
    super('BAD_USER_INPUT', REFUSAL_MESSAGES[reason], { reason });
  }
}

/**
 * Makes a new token of `purpose` for `user` and returns it in clear (the only time it exists so):
 * the account's unused older ones of that purpose expire at once, so only the latest link works.
 */
export async function issueAccountToken(
  em: EntityManager,
  user: User,
  purpose: AccountTokenPurpose,
  now: Date,
): Promise<{ token: string; row: AccountToken }> {
  // Older links stop working (they expire now) but stay counted for the hourly limit.
  await em.nativeUpdate(
    AccountToken,
    { user: user.id, purpose, usedAt: null, expiresAt: { $gt: now } },
    { expiresAt: now },
  );
  const token = newOpaqueToken();
  const ttl =
    purpose === AccountTokenPurpose.PASSWORD_RESET
      ? RESET_TOKEN_MINUTES * 60_000
      : VERIFY_TOKEN_HOURS * 3_600_000;
  const row = em.create(AccountToken, {
    user,
    purpose,
    tokenHash: sha256Hex(token),
    createdAt: now,
    expiresAt: new Date(now.getTime() + ttl),
  });
  await em.flush();
  return { token, row };
}

/** Whether the account already received `TOKENS_PER_HOUR` tokens of `purpose` this past hour. */
async function tooManyRecently(
  em: EntityManager,
  userId: string,
  purpose: AccountTokenPurpose,
  now: Date,
): Promise<boolean> {
  const since = new Date(now.getTime() - 3_600_000);
  return (
    (await em.count(AccountToken, { user: userId, purpose, createdAt: { $gte: since } })) >=
    TOKENS_PER_HOUR
  );
}

function link(ctx: RequestContext, page: string, token: string): string {
  return `${ctx.config.publicUrl}/${page}?token=${encodeURIComponent(token)}`;
}

/**
 * Asks for a password-reset link by mail. Answers `true` whatever the address — unknown,
 * disabled, or over its hourly mails — and never before `RESET_ANSWER_MS`, so that neither the
 * answer nor its time tells whether an account exists. Limited per IP.
 */
export async function requestPasswordReset(ctx: RequestContext, rawEmail: string) {
  const started = performance.now();
  await consume(ctx.rateLimits.passwordReset, ctx.ip ?? 'unknown');
  const email = rawEmail.trim();
  const user =
    email.length > 0 && email.length <= 320 ? await ctx.em.findOne(User, { email }) : null;
  const now = ctx.clock.now();
  if (user?.active) {
    currentAuditScope()?.setTarget('User', user.id);
    if (!(await tooManyRecently(ctx.em, user.id, AccountTokenPurpose.PASSWORD_RESET, now))) {
      const { token, row } = await issueAccountToken(
        ctx.em,
        user,
        AccountTokenPurpose.PASSWORD_RESET,
        now,
      );
      const words = passwordResetMail(
        languageOf(user),
        user.givenName,
        link(ctx, 'reset-password', token),
        RESET_TOKEN_MINUTES,
      );
      await queueMail(ctx.em, {
        to: user.email,
        ...words,
        kind: MailKind.PASSWORD_RESET,
        dedupeKey: `password-reset:${row.id}`,
        secret: token,
      });
    }
  }
  const left = RESET_ANSWER_MS - (performance.now() - started);
  if (left > 0) await sleep(left);
  return true;
}

/**
 * The token row for `token` and `purpose`, locked until the transaction ends (two uses of one
 * link queue, and the second sees it used), or a refusal.
 */
async function usableToken(
  ctx: RequestContext,
  token: string,
  purpose: AccountTokenPurpose,
  opts: { allowUsed?: boolean } = {},
): Promise<AccountToken> {
  const row =
    token.length > 0 && token.length <= 200
      ? await ctx.em.findOne(
          AccountToken,
          { tokenHash: sha256Hex(token), purpose },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        )
      : null;
  if (!row) throw new TokenRefusedError('TOKEN_INVALID');
  const user = await ctx.em.findOneOrFail(User, row.user.id, { populate: ['passwordHash'] });
  if (!user.active) throw new TokenRefusedError('TOKEN_INVALID');
  const scope = currentAuditScope();
  if (scope) {
    scope.setTarget('User', user.id);
    scope.actorId = user.id;
    scope.actorRole = user.role;
  }
  if (row.usedAt && !opts.allowUsed) throw new TokenRefusedError('TOKEN_USED');
  if (!row.usedAt && row.expiresAt <= ctx.clock.now()) throw new TokenRefusedError('TOKEN_EXPIRED');
  return row;
}

/**
 * Sets a new password from a mailed link: the password policy applies, every session (and so
 * every refresh token) of the account ends, the lockout is cleared, and the link — with any
 * other reset link of the account — stops working. Reaching the mail proves the address too.
 */
export async function resetPassword(ctx: RequestContext, token: string, newPassword: string) {
  const row = await usableToken(ctx, token, AccountTokenPurpose.PASSWORD_RESET);
  const user = await ctx.em.findOneOrFail(User, row.user.id, { populate: ['passwordHash'] });
  const problem = passwordProblem(newPassword, user.email);
  if (problem) throw new ValidationError({ newPassword: problem });
  const now = ctx.clock.now();
  user.passwordHash = await hashPassword(newPassword);
  user.mustChangePassword = false;
  Object.assign(user, afterSuccess());
  user.emailVerifiedAt ??= now;
  row.usedAt = now;
  await ctx.em.nativeUpdate(
    AccountToken,
    { user: user.id, purpose: AccountTokenPurpose.PASSWORD_RESET, usedAt: null },
    { usedAt: now },
  );
  await revokeSessions(ctx.em, user.id, 'password-reset', now);
  return true;
}

/**
 * Mails a verification link to `user`'s address (self-registration, or a resend), in the caller's
 * transaction.
 */
export async function sendVerificationEmail(ctx: RequestContext, user: User): Promise<void> {
  const { token, row } = await issueAccountToken(
    ctx.em,
    user,
    AccountTokenPurpose.EMAIL_VERIFICATION,
    ctx.clock.now(),
  );
  await queueMail(ctx.em, {
    to: user.email,
    ...verificationMail(languageOf(user), user.givenName, link(ctx, 'verify-email', token)),
    kind: MailKind.EMAIL_VERIFICATION,
    dedupeKey: `verify-email:${row.id}`,
    secret: token,
  });
}

/**
 * Confirms an address from its mailed link. Opening the link again once the address is confirmed
 * still answers `true`; an expired or replaced link is refused.
 */
export async function verifyEmail(ctx: RequestContext, token: string) {
  const row = await usableToken(ctx, token, AccountTokenPurpose.EMAIL_VERIFICATION, {
    allowUsed: true,
  });
  const user = await ctx.em.findOneOrFail(User, row.user.id);
  if (row.usedAt) {
    if (user.emailVerifiedAt) return true;
    throw new TokenRefusedError('TOKEN_USED');
  }
  const now = ctx.clock.now();
  row.usedAt = now;
  user.emailVerifiedAt ??= now;
  return true;
}

/**
 * Mails a new verification link to the caller; `false` when the address is already confirmed.
 * At most `TOKENS_PER_HOUR` an hour.
 */
export async function resendVerificationEmail(ctx: RequestContext): Promise<boolean> {
  const viewer = requireViewer(ctx);
  const user = await ctx.em.findOneOrFail(User, viewer.userId);
  if (user.emailVerifiedAt) return false;
  const now = ctx.clock.now();
  if (await tooManyRecently(ctx.em, user.id, AccountTokenPurpose.EMAIL_VERIFICATION, now)) {
    throw new RateLimitedError(3600);
  }
  await sendVerificationEmail(ctx, user);
  return true;
}

/** The caller turns appointment reminders by mail off (`true`) or on again. */
export async function setReminderOptOut(ctx: RequestContext, optOut: boolean): Promise<User> {
  const user = await ctx.em.findOneOrFail(User, requireViewer(ctx).userId);
  user.remindersOptOut = optOut;
  return user;
}
