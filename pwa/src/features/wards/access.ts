import type { Capability } from '../../gql/graphql';

/**
 * What the signed-in account may see and do on the wards, as the API says in
 * `me { capabilities }`. A field the account may not read makes the API refuse the whole query,
 * so the board asks for the clinical fields of a tile only with `clinical`; no role list is
 * copied here.
 */
export interface WardsAccess {
  board: boolean;
  clinical: boolean;
  /** Admit, transfer, discharge and cancel admissions. */
  admit: boolean;
  dischargeSummary: boolean;
  setBedStatus: boolean;
  maintain: boolean;
  assignNurses: boolean;
  myPatients: boolean;
  myRound: boolean;
  chart: boolean;
  searchPatients: boolean;
  /** Read a patient's stays: the admissions office and the clinicians who see the board's patients. */
  stays: boolean;
}

export function wardsAccess(
  user: { capabilities?: readonly Capability[] | null } | null | undefined,
): WardsAccess {
  const can = new Set(user?.capabilities ?? []);
  return {
    board: can.has('READ_BED_BOARD'),
    clinical: can.has('READ_BED_CLINICAL'),
    admit: can.has('ADMIT_PATIENTS'),
    dischargeSummary: can.has('WRITE_DISCHARGE_SUMMARY'),
    setBedStatus: can.has('SET_BED_STATUS'),
    maintain: can.has('MAINTAIN_WARDS'),
    assignNurses: can.has('ASSIGN_NURSES'),
    myPatients: can.has('READ_MY_PATIENTS'),
    myRound: can.has('READ_MY_ROUND'),
    chart: can.has('READ_CHART'),
    searchPatients: can.has('SEARCH_PATIENTS'),
    stays: can.has('READ_BED_BOARD') && (can.has('ADMIT_PATIENTS') || can.has('READ_CHART')),
  };
}
