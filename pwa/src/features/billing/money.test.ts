import { describe, expect, it } from 'vitest';
import { amountToInput, EUR, formatMoney, parseAmount } from './money';

const XOF = { currency: 'XOF', minorDigits: 0 };
const plain = (s: string) => s.replace(/[\s\u00a0\u202f]/g, ' ');

describe('parseAmount', () => {
  it('reads euros with a comma or a point as exact integer cents', () => {
    expect(parseAmount('12,50', 2)).toBe(1250);
    expect(parseAmount('12.5', 2)).toBe(1250);
    expect(parseAmount('0,29', 2)).toBe(29);
    expect(parseAmount('0.07', 2)).toBe(7);
    expect(parseAmount('7', 2)).toBe(700);
    expect(parseAmount('1 234,56', 2)).toBe(123456);
    expect(parseAmount('1\u202f234,56 €', 2)).toBe(123456);
    expect(parseAmount('19,99', 2)).toBe(1999);
  });

  it('reads a currency without minor unit as whole units only', () => {
    expect(parseAmount('1 500', 0)).toBe(1500);
    expect(parseAmount('1500 XOF', 0)).toBe(1500);
    expect(parseAmount('1500,5', 0)).toBeNaN();
  });

  it('reads an empty field as null', () => {
    expect(parseAmount('  ', 2)).toBeNull();
  });

  it('refuses negatives, fractions of a cent, letters, two separators and huge amounts', () => {
    for (const bad of ['-1', '1,234', '12,5,0', 'abc', '1e3', ',50', '12,', '99999999999']) {
      expect(parseAmount(bad, 2), bad).toBeNaN();
    }
  });
});

describe('formatMoney', () => {
  it('writes minor units in the currency per language', () => {
    expect(plain(formatMoney(1250, EUR, 'fr'))).toBe('12,50 €');
    expect(formatMoney(1250, EUR, 'en')).toBe('€12.50');
    expect(formatMoney(5, EUR, 'en')).toBe('€0.05');
    expect(plain(formatMoney(123456, EUR, 'fr'))).toBe('1 234,56 €');
    expect(formatMoney(-5000, EUR, 'en')).toBe('-€50.00');
  });

  it('writes a currency without minor unit without decimals', () => {
    expect(plain(formatMoney(1500, XOF, 'fr'))).toBe('1 500 F CFA');
    expect(formatMoney(1500, XOF, 'en')).toMatch(/1,500/);
  });

  it('gives back what the form parses', () => {
    expect(parseAmount(amountToInput(1999, EUR, 'fr'), 2)).toBe(1999);
    expect(amountToInput(1999, EUR, 'en')).toBe('19.99');
    expect(amountToInput(5, EUR, 'fr')).toBe('0,05');
    expect(amountToInput(1500, XOF, 'fr')).toBe('1500');
  });
});
