import { describe, expect, it } from 'vitest';
import { QUARTER_HOURS, WORKING_TIMES } from './working-hours';

describe('working-hours times', () => {
  it('lists every quarter hour of the day in 24-hour form', () => {
    expect(QUARTER_HOURS).toHaveLength(96);
    expect(QUARTER_HOURS.slice(0, 2)).toEqual(['00:00', '00:15']);
    expect(QUARTER_HOURS).toContain('13:30');
    expect(QUARTER_HOURS.at(-1)).toBe('23:45');
  });

  it('lets a span end at midnight but not start there', () => {
    expect(WORKING_TIMES.ends.at(-1)).toBe('24:00');
    expect(WORKING_TIMES.ends).not.toContain('00:00');
    expect(WORKING_TIMES.starts).not.toContain('24:00');
  });
});
