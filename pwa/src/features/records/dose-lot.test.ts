import { describe, expect, it } from 'vitest';
import { withProposedLot } from './dose-lot';

describe('withProposedLot', () => {
  const input = { prescriptionId: 'rx-1', status: 'GIVEN' };

  it('names the proposed lot', () => {
    expect(withProposedLot(input, { lot: { id: 'lot-1' } })).toEqual({ ...input, lotId: 'lot-1' });
  });

  it('leaves the dose without a lot when nothing was proposed or the query failed', () => {
    expect(withProposedLot(input, null)).toEqual(input);
    expect(withProposedLot(input, undefined)).toEqual(input);
    expect('lotId' in withProposedLot(input, undefined)).toBe(false);
  });
});
