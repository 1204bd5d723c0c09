import { describe, expect, it } from 'vitest';
import { containsPattern } from './validation.js';
import { nextDate, previousDate } from './zoned-time.js';

describe('calendar dates and search patterns', () => {
  it('steps a day across month, year and leap-day boundaries', () => {
    expect(nextDate('2026-12-31')).toBe('2027-01-01');
    expect(previousDate('2027-01-01')).toBe('2026-12-31');
    expect(previousDate('2028-03-01')).toBe('2028-02-29');
    expect(nextDate('2026-03-28')).toBe('2026-03-29');
    expect(nextDate('9999-12-31')).toBe('10000-01-01');
    expect(previousDate('0001-01-02')).toBe('0001-01-01');
  });

  it('keeps what a user types as letters in a like pattern', () => {
    expect(containsPattern('dupont')).toBe('%dupont%');
    expect(containsPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});
