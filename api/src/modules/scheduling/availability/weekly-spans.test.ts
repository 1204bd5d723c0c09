import { describe, expect, it } from 'vitest';
import { sortWeeklySpans, weeklySpansOverlap } from './weekly-spans.js';

const span = (weekday: number, startTime: string, endTime: string) => ({
  weekday,
  startTime,
  endTime,
});

describe('weekly spans', () => {
  it('sorts by weekday then start without changing the input', () => {
    const input = [span(2, '08:00', '12:00'), span(1, '14:00', '18:00'), span(1, '08:00', '12:00')];
    const copy = structuredClone(input);
    expect(sortWeeklySpans(input)).toEqual([input[2], input[1], input[0]]);
    expect(input).toEqual(copy);
  });

  it('finds two spans of the same day that overlap', () => {
    expect(weeklySpansOverlap([span(1, '08:00', '12:30'), span(1, '12:00', '18:00')])).toBe(true);
    expect(weeklySpansOverlap([span(3, '09:00', '17:00'), span(3, '10:00', '11:00')])).toBe(true);
  });

  it('accepts spans that touch, and the same hours on different days', () => {
    expect(weeklySpansOverlap([span(1, '08:00', '12:00'), span(1, '12:00', '18:00')])).toBe(false);
    expect(weeklySpansOverlap([span(1, '08:00', '18:00'), span(2, '08:00', '18:00')])).toBe(false);
    expect(weeklySpansOverlap([])).toBe(false);
  });
});
