/**
 * Client-side checks that mirror the API's rules, so that most mistakes are shown before a round
 * trip. The API stays the authority: its `extensions.fields` are mapped with `serverFieldError`
 * (app/field-errors.ts). Messages are i18n keys under `validation.`.
 */
import type { ValidationKey } from '../../app/field-errors';

export type { ValidationKey };

export type FieldErrors<F extends string> = Partial<Record<F, ValidationKey>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ().-]{6,25}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function checkRequired(value: string): ValidationKey | undefined {
  return value.trim() === '' ? 'required' : undefined;
}

export function checkName(value: string): ValidationKey | undefined {
  return checkRequired(value) ?? (value.trim().length > 100 ? 'tooLong' : undefined);
}

export function checkEmail(value: string): ValidationKey | undefined {
  return checkRequired(value) ?? (EMAIL.test(value.trim()) ? undefined : 'email');
}

export function checkPhone(value: string, required: boolean): ValidationKey | undefined {
  if (value.trim() === '') return required ? 'required' : undefined;
  return PHONE.test(value.trim()) ? undefined : 'phone';
}

export function checkPassword(value: string): ValidationKey | undefined {
  if (value === '') return 'required';
  if (value.length < 12) return 'passwordShort';
  if (value.length > 128) return 'passwordLong';
  return undefined;
}

/** A date of birth: a real calendar date, not in the future, not before 1900. */
export function checkBirthDate(value: string, today: string): ValidationKey | undefined {
  if (value.trim() === '') return 'required';
  if (!DATE.test(value)) return 'date';
  const parsed = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) return 'date';
  if (value > today) return 'dateFuture';
  if (value < '1900-01-01') return 'datePast';
  return undefined;
}

export interface RegistrationValues {
  givenNames: string;
  familyName: string;
  birthDate: string;
  sex: string;
  phone: string;
  email: string;
  password: string;
}

export function validateRegistration(
  v: RegistrationValues,
  today: string,
): FieldErrors<keyof RegistrationValues> {
  const errors: FieldErrors<keyof RegistrationValues> = {
    givenNames: checkName(v.givenNames),
    familyName: checkName(v.familyName),
    birthDate: checkBirthDate(v.birthDate, today),
    sex: checkRequired(v.sex),
    phone: checkPhone(v.phone, true),
    email: checkEmail(v.email),
    password: checkPassword(v.password),
  };
  return compact(errors);
}

export interface PasswordChangeValues {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** A new password typed twice (a reset from the mail's link). */
export function validateNewPassword(v: {
  newPassword: string;
  confirm: string;
}): FieldErrors<'newPassword' | 'confirm'> {
  return compact({
    newPassword: checkPassword(v.newPassword),
    confirm: v.confirm !== v.newPassword ? 'passwordMismatch' : undefined,
  });
}

export function validatePasswordChange(
  v: PasswordChangeValues,
): FieldErrors<keyof PasswordChangeValues> {
  const fresh = validateNewPassword(v);
  return compact({
    currentPassword: checkRequired(v.currentPassword),
    newPassword:
      fresh.newPassword ?? (v.newPassword === v.currentPassword ? 'passwordSame' : undefined),
    confirm: fresh.confirm,
  });
}

export interface StaffValues {
  email: string;
  givenName: string;
  familyName: string;
  phone: string;
  jobTitle: string;
}

export function validateStaff(v: StaffValues, withEmail: boolean): FieldErrors<keyof StaffValues> {
  return compact({
    email: withEmail ? checkEmail(v.email) : undefined,
    givenName: checkName(v.givenName),
    familyName: checkName(v.familyName),
    phone: checkPhone(v.phone, false),
    jobTitle: v.jobTitle.length > 100 ? 'tooLong' : undefined,
  });
}

/** Drops the fields without an error. */
export function compact<F extends string>(errors: FieldErrors<F>): FieldErrors<F> {
  const out: FieldErrors<F> = {};
  for (const [k, v] of Object.entries(errors) as [F, ValidationKey | undefined][]) {
    if (v) out[k] = v;
  }
  return out;
}

export function hasErrors(errors: Record<string, unknown>): boolean {
  return Object.values(errors).some(Boolean);
}
