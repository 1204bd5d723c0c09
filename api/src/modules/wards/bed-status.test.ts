import { describe, expect, it } from 'vitest';
import { bedStatusOf, daysBetween } from './bed-status.js';
import { BedCondition, BedStatus } from './wards-enums.js';

describe('a bed’s status on the board', () => {
  it('puts a patient first, then what stops a new one, then a reservation', () => {
    const { READY, TO_CLEAN, OUT_OF_SERVICE } = BedCondition;
    expect(bedStatusOf({ occupied: true, condition: READY, reserved: true })).toBe(
      BedStatus.OCCUPIED,
    );
    expect(bedStatusOf({ occupied: false, condition: OUT_OF_SERVICE, reserved: true })).toBe(
      BedStatus.OUT_OF_SERVICE,
    );
    expect(bedStatusOf({ occupied: false, condition: TO_CLEAN, reserved: true })).toBe(
      BedStatus.TO_CLEAN,
    );
    expect(bedStatusOf({ occupied: false, condition: READY, reserved: true })).toBe(
      BedStatus.RESERVED,
    );
    expect(bedStatusOf({ occupied: false, condition: READY, reserved: false })).toBe(
      BedStatus.FREE,
    );
  });

  it('counts days in calendar days, across months and years', () => {
    expect(daysBetween('2026-06-01', '2026-06-01')).toBe(0);
    expect(daysBetween('2026-05-30', '2026-06-02')).toBe(3);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
  });
});
