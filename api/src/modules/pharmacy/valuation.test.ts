import { describe, expect, it } from 'vitest';
import { averageUnitCost, valueAtAverageCost } from './valuation.js';

describe('valuation at weighted average cost', () => {
  it('values units at the cumulative average of the receipts, rounded half up to a cent', () => {
    // 100 units at 12 c and 50 at 15 c: 1,950 c for 150 units, 13 c each.
    const receipts = { quantity: 150, costCents: 100n * 12n + 50n * 15n };
    expect(averageUnitCost(receipts)).toBe(13);
    expect(valueAtAverageCost(70, receipts)).toBe(910n);
    // 3 units at 10 c and 4 at 11 c: 74 c for 7 units; 5 units are 52.857… c → 53 c.
    expect(valueAtAverageCost(5, { quantity: 7, costCents: 74n })).toBe(53n);
    // Exactly half a cent rounds up: 1 unit of 2 received for 1 c is 0.5 c → 1 c.
    expect(valueAtAverageCost(1, { quantity: 2, costCents: 1n })).toBe(1n);
    // Just under half a cent rounds down: 1 unit of 3 received for 1 c.
    expect(valueAtAverageCost(1, { quantity: 3, costCents: 1n })).toBe(0n);
  });

  it('values nothing on hand, or stock that no receipt priced, at zero', () => {
    expect(valueAtAverageCost(0, { quantity: 10, costCents: 100n })).toBe(0n);
    expect(valueAtAverageCost(5, { quantity: 0, costCents: 0n })).toBe(0n);
  });

  it('stays exact beyond 2^53 cents', () => {
    const receipts = { quantity: 1_000_000, costCents: 1_000_000n * 99_999_999n };
    expect(valueAtAverageCost(1_000_000, receipts)).toBe(99_999_999_000_000n);
  });
});
