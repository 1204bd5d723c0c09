import { createHash, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';

export interface AccessClaims {
  /** User id. */
  sub: string;
  /** Session id: checked on every request so revocation takes effect at once. */
  sid: string;
  role: string;
}

export interface TokenSettings {
  secret: Uint8Array;
  issuer: string;
  audience: string;
  ttlSeconds: number;
}

const ALGORITHM = 'HS256';

/**
 * The secret as a key object, made once per secret: given raw bytes, jose imports a WebCrypto key
 * on every call, which was a good part of the cost of checking a token on each request; given a
 * key object, it converts it once and reuses it.
 */
const keys = new WeakMap<Uint8Array, KeyObject>();
function keyOf(secret: Uint8Array): KeyObject {
  let key = keys.get(secret);
  if (!key) {
    key = createSecretKey(secret);
    keys.set(secret, key);
  }
  return key;
}

export async function signAccessToken(claims: AccessClaims, s: TokenSettings, now: Date) {
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + s.ttlSeconds;
  const token = await new SignJWT({ sid: claims.sid, role: claims.role })
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(s.issuer)
    .setAudience(s.audience)
    .setIssuedAt(iat)
    .setNotBefore(iat)
    .setExpirationTime(exp)
    .sign(keyOf(s.secret));
  return { token, expiresAt: new Date(exp * 1000) };
}

/** Verifies signature (HS256 only), `exp`, `nbf`, `iss` and `aud`; null when any check fails. */
export async function verifyAccessToken(
  token: string,
  s: TokenSettings,
  now: Date,
): Promise<AccessClaims | null> {
  try {
    const { payload } = await jwtVerify(token, keyOf(s.secret), {
      algorithms: [ALGORITHM],
      issuer: s.issuer,
      audience: s.audience,
      currentDate: now,
      requiredClaims: ['sub', 'exp', 'nbf', 'iat'],
    });
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return null;
    if (typeof payload.role !== 'string') return null;
    return { sub: payload.sub, sid: payload.sid, role: payload.role };
  } catch (err) {
    if (err instanceof errors.JOSEError) return null;
    throw err;
  }
}

/** An opaque refresh token: 256 random bits. Only its SHA-256 is stored. */
export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
