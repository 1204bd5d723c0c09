import { describe, expect, it } from 'vitest';
import { hospitalInstant, isTime24, newestFirst, nextHour } from './stays';

describe('isTime24', () => {
  it('takes 24-hour times only', () => {
    expect(isTime24('00:00')).toBe(true);
    expect(isTime24('23:59')).toBe(true);
    expect(isTime24(' 14:30 ')).toBe(true);
    expect(isTime24('24:00')).toBe(false);
    expect(isTime24('7:05')).toBe(false);
    expect(isTime24('07:60')).toBe(false);
    expect(isTime24('2:30 PM')).toBe(false);
    expect(isTime24('')).toBe(false);
  });
});

describe('hospitalInstant', () => {
  it('reads the wall time in Paris, winter and summer', () => {
    expect(hospitalInstant('2026-01-15', '14:30')).toBe('2026-01-15T13:30:00.000Z');
    expect(hospitalInstant('2026-07-15', '14:30')).toBe('2026-07-15T12:30:00.000Z');
    expect(hospitalInstant('2026-07-15', '00:15')).toBe('2026-07-14T22:15:00.000Z');
  });

  it('handles the days the clocks change', () => {
    expect(hospitalInstant('2026-03-29', '01:30')).toBe('2026-03-29T00:30:00.000Z');
    expect(hospitalInstant('2026-03-29', '04:00')).toBe('2026-03-29T02:00:00.000Z');
    expect(hospitalInstant('2026-10-25', '04:00')).toBe('2026-10-25T03:00:00.000Z');
  });

  it('refuses what is not a date or a 24-hour time', () => {
    expect(hospitalInstant('2026-02-30', '10:00')).toBeNull();
    expect(hospitalInstant('15/01/2026', '10:00')).toBeNull();
    expect(hospitalInstant('2026-01-15', '2:30 PM')).toBeNull();
    expect(hospitalInstant('', '')).toBeNull();
  });
});

describe('nextHour', () => {
  it('gives the next whole hour on the hospital clock', () => {
    expect(nextHour(new Date('2026-01-15T09:20:00Z'))).toEqual({
      date: '2026-01-15',
      time: '11:00',
    });
    expect(nextHour(new Date('2026-07-15T21:59:00Z'))).toEqual({
      date: '2026-07-16',
      time: '00:00',
    });
  });
});

describe('newestFirst', () => {
  it('sorts by admission, newest first, without changing its input', () => {
    const list = [
      { id: 'a', admittedAt: '2026-01-01T10:00:00Z' },
      { id: 'b', admittedAt: '2026-03-01T10:00:00Z' },
      { id: 'c', admittedAt: '2026-02-01T10:00:00Z' },
    ];
    expect(newestFirst(list).map((a) => a.id)).toEqual(['b', 'c', 'a']);
    expect(list.map((a) => a.id)).toEqual(['a', 'b', 'c']);
  });
});
