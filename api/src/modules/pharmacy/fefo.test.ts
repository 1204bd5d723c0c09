import { describe, expect, it } from 'vitest';
import {
  adjustmentFor,
  daysUntil,
  fefoFirst,
  isExpired,
  isQuantity,
  pickFefo,
  usableQuantity,
  type LotOnHand,
} from './fefo.js';

const TODAY = '2026-06-01';
const lot = (id: string, expiryDate: string, quantity: number, recalled = false): LotOnHand => ({
  lotId: id,
  lotNumber: `L-${id}`,
  expiryDate,
  quantity,
  recalled,
});

describe('expiry', () => {
  it('counts the expiry date itself as usable and the day after as expired', () => {
    expect(isExpired('2026-06-01', TODAY)).toBe(false);
    expect(isExpired('2026-05-31', TODAY)).toBe(true);
    expect(daysUntil('2026-06-30', TODAY)).toBe(29);
    expect(daysUntil('2026-05-30', TODAY)).toBe(-2);
  });
});

describe('a FEFO pick', () => {
  const lots = [
    lot('c', '2027-01-31', 10),
    lot('a', '2026-07-31', 3),
    lot('x', '2026-05-31', 50),
    lot('r', '2026-06-15', 40, true),
    lot('b', '2026-09-30', 4),
  ];

  it('takes the earliest-expiring usable lot first and splits across lots', () => {
    expect(pickFefo(lots, 9, TODAY)).toEqual({
      picks: [
        { lotId: 'a', quantity: 3 },
        { lotId: 'b', quantity: 4 },
        { lotId: 'c', quantity: 2 },
      ],
      shortfall: 0,
    });
  });

  it('never takes an expired or a recalled lot, and says what is missing', () => {
    expect(usableQuantity(lots, TODAY)).toBe(17);
    expect(pickFefo(lots, 20, TODAY).shortfall).toBe(3);
    expect(fefoFirst(lots, TODAY)?.lotId).toBe('a');
    expect(pickFefo([lot('x', '2026-05-31', 50)], 1, TODAY)).toEqual({ picks: [], shortfall: 1 });
  });

  it('breaks a tie on expiry by lot number and leaves its input untouched', () => {
    const tied = [lot('z', '2026-08-31', 1), lot('m', '2026-08-31', 1)];
    const copy = structuredClone(tied);
    expect(pickFefo(tied, 1, TODAY).picks).toEqual([{ lotId: 'm', quantity: 1 }]);
    expect(tied).toEqual(copy);
  });

  it('takes exactly one lot when it holds enough', () => {
    expect(pickFefo(lots, 3, TODAY).picks).toEqual([{ lotId: 'a', quantity: 3 }]);
  });
});

describe('quantities', () => {
  it('turns a count into the difference, up or down, or nothing', () => {
    expect(adjustmentFor(10, 7)).toEqual({ direction: 'DOWN', quantity: 3 });
    expect(adjustmentFor(0, 12)).toEqual({ direction: 'UP', quantity: 12 });
    expect(adjustmentFor(5, 5)).toBeNull();
  });

  it('accepts whole positive quantities only', () => {
    expect(isQuantity(1)).toBe(true);
    expect(isQuantity(0)).toBe(false);
    expect(isQuantity(0, 0)).toBe(true);
    expect(isQuantity(2.5)).toBe(false);
    expect(isQuantity(-3)).toBe(false);
    expect(isQuantity(10_000_000)).toBe(false);
  });
});
