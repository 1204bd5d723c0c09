import { z } from 'zod';
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a well-formed UUID: anything else can be answered "not found" without a query. */
export function isUuid(id: string | null | undefined): id is string {
  return typeof id === 'string' && UUID.test(id);
}

/** A person's given or family name: one line. */
export const personName = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(100, 'is too long')
  .refine((s) => !/[\t\r\n]/.test(s), 'must be on one line');

/** A phone number as people type it: digits, spaces, dots, dashes, brackets, leading +. */
export const phoneNumber = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ().-]{6,25}$/, 'is not a phone number');

/** A `like`/`ilike` pattern matching `text` anywhere: `%`, `_` and `\\` typed by a user are letters, not wildcards. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
