import { ValidationError } from '../../kernel/errors.js';
import { nextDate, zonedInstant } from '../../kernel/zoned-time.js';

/** The longest period the dashboard computes: a year and a bit. */
export const MAX_PERIOD_DAYS = 400;

/** A period of hospital days as the instants that bound it, `[start, end)`. */
export interface PeriodBounds {
  from: string;
  to: string;
  /** 00:00 of the first day, hospital time. */
  start: Date;
  /** 00:00 of the day after the last, hospital time: an event at `end` is outside. */
  end: Date;
}

/**
 * Checks a period of days (both included) and turns it into instants in the hospital's time
 * zone, DST included: 23:30 on the last day is inside, 00:30 the next day is not.
 */
export function periodBounds(period: { from: string; to: string }, timeZone: string): PeriodBounds {
  if (period.to < period.from) throw new ValidationError({ to: 'is before from' });
  const days = (Date.parse(period.to) - Date.parse(period.from)) / 86_400_000 + 1;
  if (!(days <= MAX_PERIOD_DAYS)) {
    throw new ValidationError({ to: `the period is at most ${String(MAX_PERIOD_DAYS)} days` });
  }
  return {
    from: period.from,
    to: period.to,
    start: zonedInstant(period.from, 0, timeZone),
    end: zonedInstant(nextDate(period.to), 0, timeZone),
  };
}
