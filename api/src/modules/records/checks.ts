import { ValidationError, type FieldErrors } from '../../kernel/errors.js';

/** Collects field problems and throws them together, so the form shows every one at once. */
export class Problems {
  readonly fields: FieldErrors = {};

  add(field: string, message: string) {
    this.fields[field] ??= message;
  }

  /** Trimmed text, null when blank; a problem when required and blank, or too long. */
  text(field: string, value: string | null | undefined, max: number, required = false) {
    const t = value?.trim() ?? '';
    if (t === '') {
      if (required) this.add(field, 'is required');
      return null;
    }
    if (t.length > max) this.add(field, `must be at most ${max} characters`);
    return t;
  }

  /** An instant not in the future (a little clock skew of devices is tolerated). */
  notFuture(field: string, value: Date | undefined, now: Date): Date {
    if (!value) return now;
    if (value.getTime() > now.getTime() + 5 * 60_000) this.add(field, 'cannot be in the future');
    return value;
  }

  throwIfAny() {
    if (Object.keys(this.fields).length > 0) throw new ValidationError(this.fields);
  }
}

/**
 * A clinical time cannot come before the patient was born. Compared with the start of the birth
 * day in the earliest time zone (UTC+14), so the day of birth itself is accepted everywhere.
 */
export function notBeforeBirth(
  field: string,
  at: Date | null | undefined,
  birthDate: string,
): void {
  if (at && at.getTime() < Date.parse(`${birthDate}T00:00:00+14:00`)) {
    throw new ValidationError({ [field]: 'is before the patient was born' });
  }
}
