import { ValidationError } from '../../kernel/errors.js';

export { Problems } from '../../kernel/problems.js';

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
