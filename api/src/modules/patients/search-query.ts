import { ValidationError } from '../../kernel/errors.js';
import { isValidMrn, normalizeMrn } from './mrn.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a search box string is taken to be. */
export type PatientQuery =
  | { kind: 'all' }
  | { kind: 'id'; id: string }
  | { kind: 'mrn'; mrn: string }
  | { kind: 'mrnPrefix'; prefix: string }
  | { kind: 'phone'; phone: string }
  | { kind: 'name'; text: string; tokens: string[] };

/** Longest search accepted: a name with room to spare, not a document. */
export const MAX_SEARCH = 100;

/**
 * Reads one search box string (R6): an id, a full MRN (whose check digit must be right: a typo
 * is an error, never a silent "no match"), the start of an MRN, a phone number (at least four
 * digits, nothing but digits and phone punctuation), or else a name fragment.
 */
export function parsePatientQuery(raw: string | null | undefined): PatientQuery {
  const text = (raw ?? '').trim().replace(/\s+/g, ' ');
  if (text === '') return { kind: 'all' };
  if (text.length > MAX_SEARCH) {
    throw new ValidationError({ search: `must be at most ${String(MAX_SEARCH)} characters` });
  }
  if (UUID.test(text)) return { kind: 'id', id: text.toLowerCase() };
  const mrn = normalizeMrn(text);
  if (mrn) {
    if (!isValidMrn(mrn)) {
      throw new ValidationError(
        { search: 'is not a valid MRN: its check digit does not match' },
        'This MRN contains a typo.',
      );
    }
    return { kind: 'mrn', mrn };
  }
  const compact = text.replace(/[\s-]/g, '').toUpperCase();
  if (/^CG\d{1,8}$/.test(compact)) return { kind: 'mrnPrefix', prefix: compact };
  if (/^[+\d\s().\-/]+$/.test(text)) {
    const digits = text.replace(/\D/g, '').length;
    if (digits >= 4) return { kind: 'phone', phone: text };
  }
  const tokens = text
    .split(/[\s\p{P}]+/u)
    .filter((t) => t !== '')
    .slice(0, 5);
  return { kind: 'name', text, tokens };
}
