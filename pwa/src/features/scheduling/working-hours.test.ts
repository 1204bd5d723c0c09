import { describe, expect, it } from 'vitest';
import { FIVE_MINUTES, QUARTER_HOURS, SESSION_TIMES, WORKING_TIMES } from './working-hours';

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

  it('offers a session every five minutes, 24-hour, ending within the day', () => {
    expect(FIVE_MINUTES).toHaveLength(288);
    expect(FIVE_MINUTES.slice(0, 3)).toEqual(['00:00', '00:05', '00:10']);
    expect(FIVE_MINUTES).toContain('17:35');
    expect(SESSION_TIMES.starts.at(-1)).toBe('23:55');
    expect(SESSION_TIMES.ends[0]).toBe('00:05');
    expect(SESSION_TIMES.ends).not.toContain('24:00');
    expect(
      [...SESSION_TIMES.starts, ...SESSION_TIMES.ends].every((t) => /^\d{2}:\d{2}$/.test(t)),
    ).toBe(true);
  });
});
