import { describe, expect, it } from 'vitest';
import { addDays, shiftAt, shiftBounds } from './shifts.js';
import { Shift } from './wards-enums.js';

const PARIS = 'Europe/Paris';
const hours = (b: { startsAt: Date; endsAt: Date }) =>
  (b.endsAt.getTime() - b.startsAt.getTime()) / 3_600_000;

describe('nursing shifts in the hospital’s time zone', () => {
  it('bounds a summer day, evening and night in Paris time (UTC+2)', () => {
    expect(shiftBounds('2026-06-01', Shift.DAY, PARIS)).toEqual({
      startsAt: new Date('2026-06-01T05:00:00Z'),
      endsAt: new Date('2026-06-01T13:00:00Z'),
    });
    expect(shiftBounds('2026-06-01', Shift.EVENING, PARIS)).toEqual({
      startsAt: new Date('2026-06-01T13:00:00Z'),
      endsAt: new Date('2026-06-01T21:00:00Z'),
    });
    expect(shiftBounds('2026-06-01', Shift.NIGHT, PARIS)).toEqual({
      startsAt: new Date('2026-06-01T21:00:00Z'),
      endsAt: new Date('2026-06-02T05:00:00Z'),
    });
  });

  it('gives the night clocks go forward 7 hours and the night they go back 9', () => {
    // 29 March 2026, 02:00 → 03:00; 25 October 2026, 03:00 → 02:00.
    const spring = shiftBounds('2026-03-28', Shift.NIGHT, PARIS);
    expect(spring.startsAt).toEqual(new Date('2026-03-28T22:00:00Z'));
    expect(spring.endsAt).toEqual(new Date('2026-03-29T05:00:00Z'));
    expect(hours(spring)).toBe(7);
    const autumn = shiftBounds('2026-10-24', Shift.NIGHT, PARIS);
    expect(autumn.startsAt).toEqual(new Date('2026-10-24T21:00:00Z'));
    expect(autumn.endsAt).toEqual(new Date('2026-10-25T06:00:00Z'));
    expect(hours(autumn)).toBe(9);
    // The day after each keeps its 8 hours.
    expect(hours(shiftBounds('2026-03-29', Shift.DAY, PARIS))).toBe(8);
    expect(hours(shiftBounds('2026-10-25', Shift.DAY, PARIS))).toBe(8);
  });

  it('finds the running shift, a night belonging to the day it started', () => {
    expect(shiftAt(new Date('2026-06-01T05:00:00Z'), PARIS)).toEqual({
      date: '2026-06-01',
      shift: Shift.DAY,
    });
    expect(shiftAt(new Date('2026-06-01T04:59:59Z'), PARIS)).toEqual({
      date: '2026-05-31',
      shift: Shift.NIGHT,
    });
    expect(shiftAt(new Date('2026-06-01T13:00:00Z'), PARIS)).toEqual({
      date: '2026-06-01',
      shift: Shift.EVENING,
    });
    expect(shiftAt(new Date('2026-06-01T21:30:00Z'), PARIS)).toEqual({
      date: '2026-06-01',
      shift: Shift.NIGHT,
    });
  });

  it('keeps both 02:30s of the autumn night in the same night shift', () => {
    const first = new Date('2026-10-25T00:30:00Z'); // 02:30 CEST
    const second = new Date('2026-10-25T01:30:00Z'); // 02:30 CET
    for (const at of [first, second]) {
      expect(shiftAt(at, PARIS)).toEqual({ date: '2026-10-24', shift: Shift.NIGHT });
    }
    // 06:59 CET is still that night; 07:00 CET starts the day.
    expect(shiftAt(new Date('2026-10-25T05:59:00Z'), PARIS).shift).toBe(Shift.NIGHT);
    expect(shiftAt(new Date('2026-10-25T06:00:00Z'), PARIS)).toEqual({
      date: '2026-10-25',
      shift: Shift.DAY,
    });
  });

  it('agrees with its own bounds on every hour of a year, in another zone too', () => {
    for (const zone of [PARIS, 'America/New_York']) {
      let at = new Date('2026-01-01T00:00:00Z');
      while (at < new Date('2027-01-01T00:00:00Z')) {
        const s = shiftAt(at, zone);
        const b = shiftBounds(s.date, s.shift, zone);
        expect(at >= b.startsAt && at < b.endsAt).toBe(true);
        at = new Date(at.getTime() + 3_600_000);
      }
    }
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
