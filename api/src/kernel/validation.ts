import type { z } from 'zod';
import { ValidationError, type FieldErrors } from './errors.js';

/** Parses input with a zod schema; any problem becomes BAD_USER_INPUT with per-field messages. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??= issue.message;
  }
  throw new ValidationError(fields);
}

/** Trims strings and turns empty ones into null (optional text fields). */
export function blankToNull(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  const t = value.trim();
  return t === '' ? null : t;
}
