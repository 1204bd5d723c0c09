import { zonedDay, zonedInstant } from '../../kernel/zoned-time.js';
import { Shift } from './wards-enums.js';

/** Where each shift starts and ends, in minutes after local midnight of its day. */
const HOURS: Record<Shift, { start: number; end: number }> = {
  [Shift.DAY]: { start: 7 * 60, end: 15 * 60 },
  [Shift.EVENING]: { start: 15 * 60, end: 23 * 60 },
  [Shift.NIGHT]: { start: 23 * 60, end: 7 * 60 },
};

/** The calendar date `days` after `date` (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * When a shift starts and ends, as instants. Walls clocks of the hospital's zone: a night shift
 * lasts 7 hours on the night clocks go forward and 9 on the night they go back.
 */
export function shiftBounds(
  date: string,
  shift: Shift,
  timeZone: string,
): { startsAt: Date; endsAt: Date } {
  const h = HOURS[shift];
  const endDate = h.end <= h.start ? addDays(date, 1) : date;
  return {
    startsAt: zonedInstant(date, h.start, timeZone),
    endsAt: zonedInstant(endDate, h.end, timeZone),
  };
}

/** The shift running at an instant, and the day it started on (a night started the day before). */
export function shiftAt(at: Date, timeZone: string): { date: string; shift: Shift } {
  const { date } = zonedDay(at, timeZone);
  // Compare against the instants of this day's boundaries rather than wall-clock minutes: on the
  // night clocks go back, 02:30 happens twice and both belong to the night shift.
  if (at < zonedInstant(date, HOURS[Shift.DAY].start, timeZone)) {
    return { date: addDays(date, -1), shift: Shift.NIGHT };
  }
  if (at < zonedInstant(date, HOURS[Shift.EVENING].start, timeZone)) {
    return { date, shift: Shift.DAY };
  }
  if (at < zonedInstant(date, HOURS[Shift.NIGHT].start, timeZone)) {
    return { date, shift: Shift.EVENING };
  }
  return { date, shift: Shift.NIGHT };
}
