import { describe, expect, it } from 'vitest';
import { formatMrn, isValidMrn, normalizeMrn } from './mrn.js';

describe('MRN', () => {
  it('formats a sequence with a check digit that validates', () => {
    const mrn = formatMrn(12);
    expect(mrn).toMatch(/^CG0000012\d$/);
    expect(isValidMrn(mrn)).toBe(true);
  });

  it('catches every single-digit typo', () => {
    const mrn = formatMrn(4_815_162);
    for (let i = 2; i < mrn.length; i++) {
      for (let d = 0; d <= 9; d++) {
        const typo = mrn.slice(0, i) + String(d) + mrn.slice(i + 1);
        if (typo !== mrn) expect(isValidMrn(typo)).toBe(false);
      }
    }
  });

  it('catches adjacent transpositions', () => {
    const mrn = formatMrn(1_234_567);
    for (let i = 2; i < mrn.length - 1; i++) {
      const swapped = `${mrn.slice(0, i)}${mrn.charAt(i + 1)}${mrn.charAt(i)}${mrn.slice(i + 2)}`;
      if (swapped !== mrn) expect(isValidMrn(swapped)).toBe(false);
    }
  });

  it('accepts lower case, spaces and dashes when normalising', () => {
    expect(normalizeMrn('cg 0000012-3')).toBe('CG00000123');
    expect(normalizeMrn('12345')).toBeNull();
  });
});
