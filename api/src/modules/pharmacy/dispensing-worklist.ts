/**
 * How many units a prescription still needs for the next 24 hours, without a database.
 */

/** A prescription's needs and what was dispensed for them. */
export interface WorklistNeed {
  /** Scheduled doses in the next 24 hours (as-needed orders have none). */
  dosesNext24h: number;
  /** Units of issue one dose takes. */
  unitsPerDose: number;
  /** Units dispensed to the patient against this prescription in the last 24 hours. */
  unitsDispensedLast24h: number;
}

/** The quantities a worklist row shows. */
export interface WorklistQuantities {
  unitsNeeded: number;
  unitsCovered: number;
  unitsToDispense: number;
}

/**
 * Units needed = scheduled doses in the next 24 h × units per dose; covered = what was
 * dispensed against the prescription in the last 24 h (a partial dispensing counts for what it
 * gave), up to the need; to dispense = the rest, never below 0.
 */
export function worklistQuantities(n: WorklistNeed): WorklistQuantities {
  const unitsNeeded = Math.max(0, n.dosesNext24h) * Math.max(0, n.unitsPerDose);
  const unitsCovered = Math.min(unitsNeeded, Math.max(0, n.unitsDispensedLast24h));
  return { unitsNeeded, unitsCovered, unitsToDispense: unitsNeeded - unitsCovered };
}
