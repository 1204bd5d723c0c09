import argon2 from 'argon2';

/**
 * argon2id with OWASP's recommended minimum (m = 19 MiB, t = 2, p = 1): about 50 ms a hash on
 * this hardware instead of ~340 ms for the library defaults, so login stays responsive under
 * load. Brute force is held off by the per-account lockout and the per-IP limit, not by hash cost.
 */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/** Spends the time of a real verification, so an unknown email answers as slowly as a known one. */
export async function burnVerification(password: string): Promise<void> {
  dummy ??= hashPassword('caregraph-timing-equaliser-not-a-password');
  await verifyPassword(await dummy, password);
}
