/** The times of a day every `step` minutes, 24-hour, from 00:00. */
function timesEvery(step: number): readonly string[] {
  return Array.from({ length: (24 * 60) / step }, (_, i) => {
    const minutes = i * step;
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  });
}

/** Every quarter hour of a day, 24-hour: 00:00 … 23:45. */
export const QUARTER_HOURS: readonly string[] = timesEvery(15);

/** Every five minutes of a day, 24-hour: 00:00 … 23:55 (a slot length is a multiple of 5). */
export const FIVE_MINUTES: readonly string[] = timesEvery(5);

/**
 * The times a working span may start and end at: a span ends at midnight as 24:00, so a night
 * shift is two spans (20:00–24:00, then 00:00–08:00 the next day), as the API stores it.
 */
export const WORKING_TIMES = {
  starts: QUARTER_HOURS,
  ends: [...QUARTER_HOURS.slice(1), '24:00'],
} as const;

/**
 * The times a doctor's consultation session may start and end at, every five minutes within one
 * day (a session does not run past midnight). A list of HH:MM rather than a time input, whose
 * AM/PM follows the browser's language: the hospital reads times 24-hour in both languages.
 */
export const SESSION_TIMES = {
  starts: FIVE_MINUTES,
  ends: FIVE_MINUTES.slice(1),
} as const;
