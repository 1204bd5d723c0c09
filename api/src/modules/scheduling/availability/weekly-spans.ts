/** A span of a weekly pattern: ISO weekday and local HH:MM times. */
export interface WeeklySpan {
  weekday: number;
  startTime: string;
  endTime: string;
}

/**
 * The spans in week order (weekday, then start), without touching the input. Zero-padded HH:MM
 * sorts and compares as text.
 */
export function sortWeeklySpans<T extends WeeklySpan>(spans: readonly T[]): T[] {
  return [...spans].sort((a, b) => a.weekday - b.weekday || a.startTime.localeCompare(b.startTime));
}

/** Whether two spans of the same weekday overlap (touching ends, 12:00–12:00, do not). */
export function weeklySpansOverlap(spans: readonly WeeklySpan[]): boolean {
  const sorted = sortWeeklySpans(spans);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const cur = sorted[i];
    if (prev && cur && prev.weekday === cur.weekday && cur.startTime < prev.endTime) return true;
  }
  return false;
}
