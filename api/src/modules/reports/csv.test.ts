import { describe, expect, it } from 'vitest';
import { BOM, majorUnits, maskSmallCount, percent, toCsv } from './csv.js';
import { periodBounds } from './period.js';

describe('csv', () => {
  it('starts with a BOM, ends lines with CRLF and quotes what needs it', () => {
    const text = toCsv(
      ['a', 'b'],
      [
        ['x;y', 'say "hi"'],
        [1.5, null],
      ],
      ';',
    );
    expect(text).toBe(`${BOM}a;b\r\n"x;y";"say ""hi"""\r\n1,5;\r\n`);
    expect(toCsv(['a'], [['x;y']], ',')).toBe(`${BOM}a\r\nx;y\r\n`);
  });

  it('writes counts of patients from 1 to 4 as "< 5" only when asked', () => {
    expect([0, 1, 4, 5, 12].map((n) => maskSmallCount(n, true))).toEqual([0, '< 5', '< 5', 5, 12]);
    expect(maskSmallCount(3, false)).toBe(3);
  });

  it('writes minor units as major units through text, in the separator’s decimal mark', () => {
    expect(majorUnits(123456, 2, ',')).toBe('1234.56');
    expect(majorUnits(-5, 2, ';')).toBe('-0,05');
    expect(majorUnits(1005, 0, ';')).toBe('1005');
    expect(majorUnits(2 ** 40 + 1, 2, ',')).toBe('10995116277.77');
  });

  it('gives rates as percentages with one decimal', () => {
    expect(percent(2 / 7)).toBe(28.6);
    expect(percent(null)).toBeNull();
  });
});

describe('periodBounds', () => {
  it('bounds the days in the hospital’s time zone, across a change of clocks', () => {
    const p = periodBounds({ from: '2026-03-01', to: '2026-03-31' }, 'Europe/Paris');
    expect(p.start.toISOString()).toBe('2026-02-28T23:00:00.000Z');
    expect(p.end.toISOString()).toBe('2026-03-31T22:00:00.000Z');
  });

  it('refuses a reversed or overlong period', () => {
    expect(() => periodBounds({ from: '2026-05-02', to: '2026-05-01' }, 'UTC')).toThrow();
    expect(() => periodBounds({ from: '2025-01-01', to: '2026-05-01' }, 'UTC')).toThrow();
    expect(() => periodBounds({ from: '2025-05-01', to: '2026-05-01' }, 'UTC')).not.toThrow();
  });
});
