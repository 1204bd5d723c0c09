/**
 * Medical record numbers: "CG", seven digits, and a Damm check digit. Damm catches every
 * single-digit error and every adjacent transposition, the two ways people mistype numbers.
 */
const DAMM: readonly (readonly number[])[] = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

export function dammDigit(digits: string): number {
  let interim = 0;
  for (const ch of digits) {
    const d = ch.charCodeAt(0) - 48;
    interim = DAMM[interim]?.[d] ?? 0;
  }
  return interim;
}

export function formatMrn(sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 9_999_999) {
    throw new RangeError('MRN sequence out of range');
  }
  const body = String(sequence).padStart(7, '0');
  return `CG${body}${dammDigit(body)}`;
}

/** Canonical form of something typed as an MRN ("cg 0000012-3" → "CG00000123"), or null. */
export function normalizeMrn(input: string): string | null {
  const compact = input.replace(/[\s-]/g, '').toUpperCase();
  return /^CG\d{8}$/.test(compact) ? compact : null;
}

/** True when the input has the MRN shape and its check digit is right. */
export function isValidMrn(input: string): boolean {
  const mrn = normalizeMrn(input);
  return mrn !== null && dammDigit(mrn.slice(2)) === 0;
}
