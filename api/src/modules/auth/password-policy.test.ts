import { describe, expect, it } from 'vitest';
import { isCommonPassword, passwordProblem } from './password-policy.js';

describe('password policy', () => {
  it('refuses fewer than 12 characters', () => {
    expect(passwordProblem('short-pass1')).toMatch(/at least 12/);
  });

  it('refuses more than 128 characters', () => {
    expect(passwordProblem('a'.repeat(129))).toMatch(/at most 128/);
  });

  it('refuses a common password whatever its case', () => {
    expect(isCommonPassword('QWERTY123456')).toBe(true);
    expect(passwordProblem('1qaz2wsx3edc')).toMatch(/too common/);
  });

  it('refuses the account email', () => {
    expect(passwordProblem('nurse.joy@example.org', 'Nurse.Joy@example.org')).toMatch(/email/);
  });

  it('accepts a long uncommon passphrase', () => {
    expect(passwordProblem('tablette du service 4B verte')).toBeNull();
  });

  it('counts characters, not bytes', () => {
    expect(passwordProblem('éééééééééééé')).toBeNull();
  });
});
