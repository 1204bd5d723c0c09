import { describe, expect, it } from 'vitest';
import { selection } from './charges';

const charges = [
  { id: 'a', amountMinor: 5000 },
  { id: 'b', amountMinor: 1234 },
  { id: 'c', amountMinor: null },
];

describe('selection', () => {
  it('ticks every charge by default and totals the priced ones', () => {
    expect(selection(charges, new Set())).toEqual({
      ids: ['a', 'b', 'c'],
      totalMinor: 6234,
      unpriced: 1,
    });
  });

  it('leaves out the unticked ones, an unpriced one unticked unblocking the invoice', () => {
    expect(selection(charges, new Set(['c', 'a']))).toEqual({
      ids: ['b'],
      totalMinor: 1234,
      unpriced: 0,
    });
  });
});
