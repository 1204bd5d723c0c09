/** Every quarter hour of a day, 24-hour: 00:00 … 23:45. */
export const QUARTER_HOURS: readonly string[] = Array.from({ length: 96 }, (_, i) => {
  const h = Math.floor(i / 4);
  const m = (i % 4) * 15;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
});

/**
 * The times a working span may start and end at: a span ends at midnight as 24:00, so a night
 * shift is two spans (20:00–24:00, then 00:00–08:00 the next day), as the API stores it.
 */
export const WORKING_TIMES = {
  starts: QUARTER_HOURS,
  ends: [...QUARTER_HOURS.slice(1), '24:00'],
} as const;
