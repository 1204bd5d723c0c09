import { createSecretKey } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { RequestContext } from '../../kernel/context.js';
import { DomainError } from '../../kernel/errors.js';

/** How long the second step may wait after the password step. */
export const MFA_CHALLENGE_SECONDS = 300;

function settings(ctx: RequestContext) {
  return {
    key: createSecretKey(ctx.config.jwtSecret),
    issuer: ctx.config.jwtIssuer,
    // Its own audience: a challenge is never an access token, and an access token never a challenge.
    audience: `${ctx.config.jwtAudience}:mfa`,
  };
}

/**
 * The answer of a right password on an account with two-step verification: `MFA_REQUIRED`, with
 * a signed challenge (the account, 5 minutes) in `extensions.challenge`. It is an error, like
 * OAuth's `mfa_required`, so that a client that knows nothing of MFA gets a typed refusal, never a
 * session, and `login` keeps its one answer type.
 */
export async function mfaChallengeError(ctx: RequestContext, userId: string): Promise<DomainError> {
  const s = settings(ctx);
  const iat = Math.floor(ctx.clock.now().getTime() / 1000);
  const exp = iat + MFA_CHALLENGE_SECONDS;
  const challenge = await new SignJWT({ purpose: 'mfa' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(userId)
    .setIssuer(s.issuer)
    .setAudience(s.audience)
    .setIssuedAt(iat)
    .setNotBefore(iat)
    .setExpirationTime(exp)
    .sign(s.key);
  return new DomainError('MFA_REQUIRED', 'Enter the code of your authenticator app.', {
    challenge,
    challengeExpiresAt: new Date(exp * 1000).toISOString(),
    http: { status: 401 },
  });
}

/** The account a challenge names, or null when it is forged, expired or not a challenge. */
export async function challengedUserId(
  ctx: RequestContext,
  challenge: string,
): Promise<string | null> {
  const s = settings(ctx);
  try {
    const { payload } = await jwtVerify(challenge, s.key, {
      algorithms: ['HS256'],
      issuer: s.issuer,
      audience: s.audience,
      currentDate: ctx.clock.now(),
      requiredClaims: ['sub', 'exp'],
    });
    return payload.purpose === 'mfa' && typeof payload.sub === 'string' ? payload.sub : null;
  } catch (err) {
    if (err instanceof errors.JOSEError) return null;
    throw err;
  }
}
