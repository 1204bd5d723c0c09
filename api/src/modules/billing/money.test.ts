import { describe, expect, it } from 'vitest';
import {
  currencyDigits,
  documentNumber,
  formatMoney,
  insurerShare,
  isCurrency,
  lineAmount,
} from './money.js';

describe('money in minor units', () => {
  it('knows how many minor digits a currency has', () => {
    expect(currencyDigits('EUR')).toBe(2);
    expect(currencyDigits('XOF')).toBe(0);
    expect(currencyDigits('TND')).toBe(3);
    expect(isCurrency('EUR')).toBe(true);
    expect(isCurrency('XOF')).toBe(true);
    expect(isCurrency('EURO')).toBe(false);
    expect(isCurrency('ZZZ')).toBe(false);
  });

  it('prints amounts exactly, in the reader’s language', () => {
    expect(formatMoney(1250, 'EUR', 'en')).toBe('€12.50');
    expect(formatMoney(1250, 'EUR', 'fr').replace(/\s/g, ' ')).toBe('12,50 €');
    expect(formatMoney(-5, 'EUR', 'en')).toBe('-€0.05');
    expect(formatMoney(1500, 'XOF', 'fr').replace(/\s/g, ' ')).toBe('1 500 F CFA');
    // A binary fraction would print 1003.9999…: the amount goes through text, never a float.
    expect(formatMoney(100_399, 'EUR', 'en')).toBe('€1,003.99');
    expect(formatMoney(999_999_999, 'EUR', 'en')).toBe('€9,999,999.99');
  });

  it('gives the insurer a percentage rounded down, the patient the odd cent', () => {
    // 70 % of 23.45 € = 16.415 €: the insurer 16.41, the patient 7.04.
    expect(insurerShare(2345, 1, { percent: 70 })).toBe(1641);
    expect(2345 - insurerShare(2345, 1, { percent: 70 })).toBe(704);
    // XOF has no minor digits: 70 % of 1 005 F = 703.5 → 703.
    expect(insurerShare(1005, 1, { percent: 70 })).toBe(703);
    expect(insurerShare(2345, 1, { percent: 100 })).toBe(2345);
    expect(insurerShare(2345, 1, { percent: 0 })).toBe(0);
    expect(insurerShare(2345, 1, null)).toBe(0);
  });

  it('mirrors a credit note’s negative line exactly', () => {
    expect(insurerShare(-2345, 1, { percent: 70 })).toBe(-1641);
    expect(insurerShare(-3000, 3, { fixedMinor: 500 })).toBe(-1500);
  });

  it('caps a fixed amount per unit at the line', () => {
    expect(insurerShare(3000, 3, { fixedMinor: 500 })).toBe(1500);
    expect(insurerShare(3000, 3, { fixedMinor: 2000 })).toBe(3000);
  });

  it('refuses a line amount beyond the ceiling instead of rounding it', () => {
    expect(lineAmount(3, 1250)).toBe(3750);
    expect(lineAmount(1000, 2_000_000)).toBeNull();
  });

  it('numbers documents per year, credit notes and receipts in series of their own', () => {
    expect(documentNumber('INVOICE', 2026, 123)).toBe('2026-000123');
    expect(documentNumber('CREDIT_NOTE', 2026, 4)).toBe('AV-2026-000004');
    expect(documentNumber('RECEIPT', 2027, 1)).toBe('R-2027-000001');
  });
});
