import { describe, expect, it } from 'vitest';
import { worklistQuantities } from './dispensing-worklist.js';

describe('dispensing worklist quantities', () => {
  it('needs doses of the next 24 h times the units of one dose', () => {
    expect(
      worklistQuantities({ dosesNext24h: 3, unitsPerDose: 2, unitsDispensedLast24h: 0 }),
    ).toEqual({ unitsNeeded: 6, unitsCovered: 0, unitsToDispense: 6 });
  });

  it('counts a partial dispensing and asks only for the rest', () => {
    expect(
      worklistQuantities({ dosesNext24h: 4, unitsPerDose: 1, unitsDispensedLast24h: 3 }),
    ).toEqual({ unitsNeeded: 4, unitsCovered: 3, unitsToDispense: 1 });
  });

  it('asks for nothing once covered, even when more was dispensed', () => {
    expect(
      worklistQuantities({ dosesNext24h: 2, unitsPerDose: 1, unitsDispensedLast24h: 5 }),
    ).toEqual({ unitsNeeded: 2, unitsCovered: 2, unitsToDispense: 0 });
  });

  it('asks for nothing without a scheduled dose (as needed)', () => {
    expect(
      worklistQuantities({ dosesNext24h: 0, unitsPerDose: 2, unitsDispensedLast24h: 0 }),
    ).toEqual({ unitsNeeded: 0, unitsCovered: 0, unitsToDispense: 0 });
  });
});
