import { describe, expect, it } from 'vitest';
import { isRetryOfLostAnswer } from './refresh-reuse.js';

const usedAt = new Date('2026-03-02T08:00:00.000Z');
const at = (ms: number) => new Date(usedAt.getTime() + ms);

describe('isRetryOfLostAnswer', () => {
  it('accepts a token presented again within the window while its successor is unused', () => {
    expect(isRetryOfLostAnswer(usedAt, [{ usedAt: null }], at(1_500), 20_000)).toBe(true);
    expect(isRetryOfLostAnswer(usedAt, [{}], at(19_999), 20_000)).toBe(true);
  });

  it('refuses once the window has passed', () => {
    expect(isRetryOfLostAnswer(usedAt, [{ usedAt: null }], at(20_000), 20_000)).toBe(false);
    expect(isRetryOfLostAnswer(usedAt, [{ usedAt: null }], at(3_600_000), 20_000)).toBe(false);
  });

  it('refuses when a successor was used: someone received the answer', () => {
    expect(isRetryOfLostAnswer(usedAt, [{ usedAt: at(800) }], at(1_000), 20_000)).toBe(false);
    expect(
      isRetryOfLostAnswer(usedAt, [{ usedAt: null }, { usedAt: at(900) }], at(1_000), 20_000),
    ).toBe(false);
  });

  it('refuses when the window is switched off or the clock went back', () => {
    expect(isRetryOfLostAnswer(usedAt, [{ usedAt: null }], at(1_000), 0)).toBe(false);
    expect(isRetryOfLostAnswer(usedAt, [{ usedAt: null }], at(-1), 20_000)).toBe(false);
  });
});
