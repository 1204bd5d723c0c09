import type { RecallLotInput } from '../../gql/graphql';
import type { Result } from './forms';

interface TracePatientLike {
  patientName: string;
  currentInpatient: boolean;
  unitsDispensed: number;
  unitsAdministered: number;
}

/** Units of the lot on hand over every location. */
export function totalOnHand(locations: readonly { quantity: number }[]): number {
  return locations.reduce((s, l) => s + l.quantity, 0);
}

/**
 * The patients who received a lot in the order a recall is worked: those in a bed now first
 * (their doctors are told), then by name. A new array.
 */
export function sortTracePatients<P extends TracePatientLike>(patients: readonly P[]): P[] {
  return [...patients].sort(
    (a, b) =>
      Number(b.currentInpatient) - Number(a.currentInpatient) ||
      a.patientName.localeCompare(b.patientName, 'fr'),
  );
}

/** Units of the lot a patient received, dispensed or given from a ward's stock. */
export function unitsReceived(p: TracePatientLike): number {
  return p.unitsDispensed + p.unitsAdministered;
}

/** The longest recall notice the API keeps. */
export const MAX_RECALL_REASON = 500;

/** A recall as typed: the notice is required, 500 characters at most. */
export function recallInput(lotId: string, reason: string): Result<RecallLotInput> {
  const why = reason.trim();
  if (!why) return { ok: false, problems: { reason: 'required' } };
  if (why.length > MAX_RECALL_REASON) return { ok: false, problems: { reason: 'tooLong' } };
  return { ok: true, input: { lotId, reason: why } };
}
