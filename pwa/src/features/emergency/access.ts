import type { Capability } from '../../gql/graphql';

/**
 * What the signed-in account may see and do in the emergency department, as the API says in
 * `me { capabilities }`. The queue asks for its clinical fields only with `clinical` (the API
 * refuses the whole query otherwise).
 */
export interface EmergencyAccess {
  queue: boolean;
  clinical: boolean;
  register: boolean;
  triage: boolean;
  move: boolean;
  take: boolean;
  /** Close a case with its outcome. */
  close: boolean;
  /** Amend a closed case. */
  amend: boolean;
  /** Open a case's screen (the department's staff; a patient their own). */
  openCase: boolean;
  chart: boolean;
  searchPatients: boolean;
}

export function emergencyAccess(
  user: { capabilities?: readonly Capability[] | null } | null | undefined,
): EmergencyAccess {
  const can = new Set(user?.capabilities ?? []);
  return {
    queue: can.has('READ_EMERGENCY_QUEUE'),
    clinical: can.has('READ_EMERGENCY_CLINICAL'),
    register: can.has('REGISTER_EMERGENCY_ARRIVAL'),
    triage: can.has('TRIAGE_EMERGENCY'),
    move: can.has('MOVE_EMERGENCY_CASE'),
    take: can.has('TAKE_EMERGENCY_CASE'),
    close: can.has('CLOSE_EMERGENCY_CASE'),
    amend: can.has('AMEND_EMERGENCY_CASE'),
    openCase: can.has('READ_EMERGENCY_CASE'),
    chart: can.has('READ_CHART'),
    searchPatients: can.has('SEARCH_PATIENTS'),
  };
}
