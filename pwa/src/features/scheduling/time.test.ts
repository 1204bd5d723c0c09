import { describe, expect, it } from 'vitest';
import { addDays, dayRange, groupByDay, localDate, localTime, zonedInstant } from './time';

describe('hospital time', () => {
  it('reads an instant as Paris date and time, in winter and in summer', () => {
    expect(localTime('2026-01-15T08:30:00Z')).toBe('09:30');
    expect(localTime('2026-07-15T08:30:00Z')).toBe('10:30');
    expect(localDate('2026-01-15T23:30:00Z')).toBe('2026-01-16');
  });

  it('turns a Paris wall time into the right instant across daylight-saving changes', () => {
    expect(zonedInstant('2026-03-28', '09:00').toISOString()).toBe('2026-03-28T08:00:00.000Z');
    expect(zonedInstant('2026-03-29', '09:00').toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(zonedInstant('2026-10-25', '09:00').toISOString()).toBe('2026-10-25T08:00:00.000Z');
  });

  it('gives a day 23 hours long when the clocks go forward', () => {
    const { from, to } = dayRange('2026-03-29');
    expect((to.getTime() - from.getTime()) / 3_600_000).toBe(23);
  });

  it('adds days to a calendar date over month ends', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('groups slots by Paris day, keeping their order', () => {
    const slots = ['2026-01-15T22:30:00Z', '2026-01-15T23:30:00Z', '2026-01-16T08:00:00Z'];
    expect(groupByDay(slots, (s) => s)).toEqual([
      { date: '2026-01-15', items: ['2026-01-15T22:30:00Z'] },
      { date: '2026-01-16', items: ['2026-01-15T23:30:00Z', '2026-01-16T08:00:00Z'] },
    ]);
  });
});
