import { ValidationError } from './errors.js';

/**
 * Characters nobody types into a name or a note, refused wherever text comes in: C0 controls
 * other than tab and line breaks (NUL, BEL, ESC, …), DEL and the C1 controls, the bidirectional
 * embeddings, overrides and isolates that make text display other than it reads (U+202A–U+202E,
 * U+2066–U+2069), and lone surrogates, which are no character at all.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|\p{Surrogate}/u;

/** Whether `text` holds a character refused in any input. */
export function hasForbiddenCharacters(text: string): boolean {
  return FORBIDDEN.test(text);
}

/**
 * Every string of a resolver's arguments, checked and normalised in place (Unicode NFC, so that
 * "é" typed as one or as two code points is stored, searched and compared as one). A string with a
 * refused character fails the whole call with a field error naming the innermost field.
 */
export function cleanTextArguments(args: Record<string, unknown>): void {
  const problems: Record<string, string> = {};
  const visit = (holder: Record<string, unknown> | unknown[], depth: number, field: string) => {
    if (depth > 10) return;
    for (const [key, value] of Object.entries(holder)) {
      const name = Array.isArray(holder) ? field : key;
      if (typeof value === 'string') {
        if (hasForbiddenCharacters(value))
          problems[name] ??= 'contains characters that are not allowed';
        else {
          const nfc = value.normalize('NFC');
          if (nfc !== value) (holder as Record<string, unknown>)[key] = nfc;
        }
      } else if (value !== null && typeof value === 'object') {
        visit(value as Record<string, unknown>, depth + 1, name);
      }
    }
  };
  visit(args, 0, 'input');
  if (Object.keys(problems).length > 0) throw new ValidationError(problems);
}
