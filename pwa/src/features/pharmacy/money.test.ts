import { describe, expect, it } from 'vitest';
import { centsToInput, formatCents, parseEurosToCents } from './money';

describe('parseEurosToCents', () => {
  it('reads euros with a comma or a point as exact integer cents', () => {
    expect(parseEurosToCents('12,50')).toBe(1250);
    expect(parseEurosToCents('12.5')).toBe(1250);
    expect(parseEurosToCents('0,29')).toBe(29);
    expect(parseEurosToCents('0.07')).toBe(7);
    expect(parseEurosToCents('7')).toBe(700);
    expect(parseEurosToCents('1 234,56')).toBe(123456);
    expect(parseEurosToCents('1\u202f234,56 €')).toBe(123456);
  });

  it('reads an empty field as null', () => {
    expect(parseEurosToCents('  ')).toBeNull();
  });

  it('refuses negatives, fractions of a cent, letters and two separators', () => {
    for (const bad of ['-1', '1,234', '12,5,0', 'abc', '1e3', ',50', '12,']) {
      expect(parseEurosToCents(bad), bad).toBeNaN();
    }
  });
});

describe('formatCents', () => {
  it('writes cents as euros per language', () => {
    expect(formatCents(1250, 'fr').replace(/\s/g, ' ')).toBe('12,50 €');
    expect(formatCents(1250, 'en')).toBe('€12.50');
    expect(formatCents(5, 'en')).toBe('€0.05');
    expect(formatCents(123456, 'fr').replace(/\s/g, ' ')).toBe('1 234,56 €');
  });

  it('gives back what the form parses', () => {
    expect(parseEurosToCents(centsToInput(1999, 'fr'))).toBe(1999);
    expect(centsToInput(1999, 'en')).toBe('19.99');
    expect(centsToInput(5, 'fr')).toBe('0,05');
  });
});
