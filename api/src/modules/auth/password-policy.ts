import { dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

/** The 10,000 most common passwords (zxcvbn's frequency-ranked list), lower-cased. */
const COMMON = new Set(dictionary['passwords-common'].slice(0, 10_000).map((p) => p.toLowerCase()));

export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.toLowerCase());
}

/**
 * The password rules: 12 to 128 characters, not one of the 10,000 most common passwords, not
 * the account's own email. Returns the reason it is refused, or null when it is acceptable.
 */
export function passwordProblem(password: string, email?: string): string | null {
  const length = Array.from(password).length;
  if (length < PASSWORD_MIN) return `must be at least ${PASSWORD_MIN} characters`;
  if (length > PASSWORD_MAX) return `must be at most ${PASSWORD_MAX} characters`;
  if (isCommonPassword(password)) return 'is too common; choose another';
  if (email && password.toLowerCase() === email.toLowerCase()) return 'must not be your email';
  return null;
}
