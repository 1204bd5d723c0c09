import { ValidationError, type FieldErrors } from './errors.js';

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
