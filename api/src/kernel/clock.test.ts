import { describe, expect, it } from 'vitest';
import { startedClock } from './clock.js';

describe('startedClock', () => {
  it('reads its start instant first, then runs at the real clock’s speed', () => {
    let real = Date.parse('2030-05-01T00:00:00Z');
    const clock = startedClock(new Date('2026-12-02T09:00:00Z'), () => real);
    expect(clock.now().toISOString()).toBe('2026-12-02T09:00:00.000Z');
    real += 90_000;
    expect(clock.now().toISOString()).toBe('2026-12-02T09:01:30.000Z');
  });
});
