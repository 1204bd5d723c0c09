/**
 * The dispensing worklist of a ward as the pharmacist works it: the server's rows (by bed, then
 * medicine) grouped per patient, and what one row's dispensing should be.
 */

interface RowLike {
  patientId: string;
  patientName: string;
  bedLabel: string;
  unitsNeeded: number;
  unitsCovered: number;
  unitsToDispense: number;
}

/** One patient of the worklist with their rows, in the server's order. */
export interface WorklistPatient<R extends RowLike> {
  patientId: string;
  patientName: string;
  bedLabel: string;
  rows: R[];
}

/** The rows grouped by patient, keeping the server's order (by bed, then medicine). */
export function groupByPatient<R extends RowLike>(rows: readonly R[]): WorklistPatient<R>[] {
  const out: WorklistPatient<R>[] = [];
  const byId = new Map<string, WorklistPatient<R>>();
  for (const r of rows) {
    let p = byId.get(r.patientId);
    if (!p) {
      p = { patientId: r.patientId, patientName: r.patientName, bedLabel: r.bedLabel, rows: [] };
      byId.set(r.patientId, p);
      out.push(p);
    }
    p.rows.push(r);
  }
  return out;
}

/** The quantity a row's dispensing starts from: what is still to dispense (at least 1). */
export function defaultQuantity(row: RowLike): string {
  return String(Math.max(1, row.unitsToDispense));
}

/** Units still to dispense after `given` more units, never below 0. */
export function remainingAfter(row: RowLike, given: number): number {
  return Math.max(0, row.unitsToDispense - given);
}

/** How much of the next 24 hours is covered, 0 to 100 (100 when nothing is needed). */
export function coveredPercent(row: RowLike): number {
  if (row.unitsNeeded <= 0) return 100;
  return Math.min(100, Math.round((row.unitsCovered * 100) / row.unitsNeeded));
}
