import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, randomInt } from 'node:crypto';
import { generate, generateSecret, generateURI, verify } from 'otplib';
import { sha256Hex } from '../../kernel/auth/tokens.js';

/** RFC 6238 defaults every authenticator app reads: SHA-1, 6 digits, 30-second steps. */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_ISSUER = 'CareGraph';
export const RECOVERY_CODE_COUNT = 10;

/**
 * The key that seals TOTP secrets at rest, derived from the server's signing secret (HKDF, its
 * own label), so a database dump alone does not yield anyone's second factor. Changing
 * `JWT_SECRET` makes the sealed secrets unreadable: every enrolled account must then be reset.
 */
function sealingKey(serverSecret: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', serverSecret, 'caregraph', 'totp-secret-v1', 32));
}

/** Seals a base32 secret as `v1.<iv>.<tag>.<ciphertext>` (base64url), AES-256-GCM. */
export function sealSecret(secret: string, serverSecret: Uint8Array): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(serverSecret), iv);
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), body].map((p) => p.toString('base64url')).join('.');
}

export function openSecret(sealed: string, serverSecret: Uint8Array): string {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== 'v1') throw new Error('unknown sealed secret version');
  if (!iv || !tag || !body) throw new Error('malformed sealed secret');
  const decipher = createDecipheriv(
    'aes-256-gcm',
    sealingKey(serverSecret),
    Buffer.from(iv, 'base64url'),
  );
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([
    decipher.update(Buffer.from(body, 'base64url')),
    decipher.final(),
  ]).toString('utf8');
}

/** A new secret: 20 random bytes (160 bits, RFC 4226's recommendation), base32. */
export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** The `otpauth://` URI an authenticator app reads from the QR code. */
export function otpauthUri(secret: string, accountLabel: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: accountLabel, secret });
}

/** The code an authenticator app shows at `at`: for tests and benches that sign in as a phone. */
export function totpCodeAt(secret: string, at: Date): Promise<string> {
  return generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
}

/** The time step (RFC 6238's T) of an instant. */
export function timeStepAt(at: Date): number {
  return Math.floor(at.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/**
 * Checks a six-digit code against the secret at `at`, one step either side (a phone's clock a
 * little off, a code typed as it changed). A code of a step at or before `afterTimeStep` is
 * refused: each step's code is good once. Answers the step the code belongs to, or null.
 */
export async function checkTotp(
  secret: string,
  code: string,
  at: Date,
  afterTimeStep: number | null,
): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(at.getTime() / 1000),
    epochTolerance: TOTP_PERIOD_SECONDS,
    ...(afterTimeStep == null ? {} : { afterTimeStep }),
  });
  // The functional API answers HOTP's or TOTP's result; only TOTP's carries the step.
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * Ten recovery codes, each `xxxxx-xxxxx` from an alphabet without look-alikes (no 0/o, 1/l/i):
 * 50 bits each, typed from paper.
 */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from(
      { length: 10 },
      () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)] ?? 'a',
    );
    return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
  });
}

/** A recovery code as typed (any case, spaces or dashes anywhere) to its canonical form. */
export function normaliseRecoveryCode(typed: string): string | null {
  const plain = typed.toLowerCase().replace(/[\s-]/g, '');
  if (!/^[a-z0-9]{10}$/.test(plain)) return null;
  return `${plain.slice(0, 5)}-${plain.slice(5)}`;
}

/**
 * What is stored of a recovery code: its SHA-256. The codes are 50 random bits, so a fast hash
 * is enough (nothing to brute-force from a dictionary), and a lookup by hash needs no scan.
 */
export function recoveryCodeHash(code: string): string {
  return sha256Hex(`caregraph-recovery:${code}`);
}
