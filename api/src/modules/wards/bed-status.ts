import { BedCondition, BedStatus } from './wards-enums.js';

/**
 * What a bed is now, for the board: a patient in it first; then a bed that cannot take one (out
 * of service, to clean); then a reservation; else free. The census counts in the same order.
 */
export function bedStatusOf(bed: {
  occupied: boolean;
  condition: BedCondition;
  reserved: boolean;
}): BedStatus {
  if (bed.occupied) return BedStatus.OCCUPIED;
  if (bed.condition === BedCondition.OUT_OF_SERVICE) return BedStatus.OUT_OF_SERVICE;
  if (bed.condition === BedCondition.TO_CLEAN) return BedStatus.TO_CLEAN;
  if (bed.reserved) return BedStatus.RESERVED;
  return BedStatus.FREE;
}

/** Whole days since admission, counted in calendar days of the hospital (day of admission 0). */
export function daysBetween(fromDate: string, toDate: string): number {
  return Math.round(
    (Date.parse(`${toDate}T00:00:00Z`) - Date.parse(`${fromDate}T00:00:00Z`)) / 86_400_000,
  );
}
