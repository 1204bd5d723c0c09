import { describe, expect, it } from 'vitest';
import { levelFilter, lotState, proposedLot } from './stock-list';

const lot = (days: number, qty = 10, status = 'ACTIVE') => ({
  quantity: qty,
  expired: days < 0,
  daysToExpiry: days,
  lot: { expiryDate: '2027-01-01', status },
});
describe('levelFilter', () => {
  it('asks the server for the rows below reorder level, or with a lot expiring soon', () => {
    expect(levelFilter('below')).toBe('BELOW_REORDER_LEVEL');
    expect(levelFilter('expiring')).toBe('EXPIRING');
    expect(levelFilter('all')).toBeNull();
  });
});

describe('lots', () => {
  it('proposes the first usable lot, skipping expired and recalled ones', () => {
    const lots = [lot(-3), lot(5, 10, 'RECALLED'), lot(40), lot(90)];
    expect(proposedLot(lots)).toBe(lots[2]);
    expect(lots.map(lotState)).toEqual(['EXPIRED', 'RECALLED', 'USABLE', 'USABLE']);
    expect(lotState(lot(30))).toBe('EXPIRING');
  });
});
