import { parentRule, roles, type RuleMap } from '../../kernel/auth/predicates.js';
import { Role } from '../../kernel/auth/roles.js';
import type { Viewer } from '../../kernel/context.js';

const { ADMIN, CASHIER, DOCTOR, MANAGER, NURSE, PATIENT, RECEPTIONIST } = Role;

/** Who maintains wards, rooms and beds. */
const STRUCTURE_KEEPERS = [ADMIN, MANAGER];
/** Who sees the wards and their bed boards (who lies in a bed is the access policy's to say). */
const BOARD_READERS = [ADMIN, MANAGER, RECEPTIONIST, DOCTOR, NURSE, CASHIER];
/** The admissions office and the care team admit, transfer and discharge. */
const ADT = [RECEPTIONIST, NURSE, DOCTOR];
/** Who sets a bed's housekeeping state. */
const BED_KEEPERS = [NURSE, MANAGER, ADMIN];
/** Who sees stays: the board readers but the manager (no patient), and a patient their own. */
const STAY_READERS = [ADMIN, RECEPTIONIST, DOCTOR, NURSE, CASHIER, PATIENT];

/** Whether the caller writes discharge summaries. */
export function writesDischargeSummary(viewer: Pick<Viewer, 'role'>): boolean {
  return viewer.role === DOCTOR;
}

/** Accounts that may attend inpatients or sit on their care team. */
export const ATTENDING_ROLES: readonly Role[] = [DOCTOR];
/** Accounts that can be assigned to a ward's shifts. */
export const WARD_NURSE_ROLES: readonly Role[] = [NURSE];

/** Whether the account may attend inpatients or sit on their care team. */
export function mayAttend(role: Role): boolean {
  return ATTENDING_ROLES.includes(role);
}

/** Whether the account can be assigned to a ward's shift. */
export function mayBeAssignedToWard(role: Role): boolean {
  return WARD_NURSE_ROLES.includes(role);
}

/**
 * Whose patients the care scope narrows: a nurse reads an inpatient's clinical record only while
 * she covers the patient's ward (or the patient is not an inpatient). Doctors keep reading every
 * patient: they are called across services, and break-the-glass is the audit's answer.
 */
export function isWardBoundClinician(viewer: Pick<Viewer, 'role'>): boolean {
  return viewer.role === NURSE;
}

const boardReaders = roles(...BOARD_READERS);
const stayReaders = roles(...STAY_READERS);
const clinicians = roles(DOCTOR, NURSE);

/** A stay's clinical fields: the care team, and the patient of their own stay. */
const admissionClinical = parentRule('admission:clinical', (ctx, parent) => {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  if (viewer.role === PATIENT) {
    const a = parent as { patient?: { id?: string } } | null;
    return a?.patient?.id !== undefined && a.patient.id === viewer.patientId;
  }
  return viewer.role === DOCTOR || viewer.role === NURSE;
});

export const wardsRules: RuleMap = {
  Query: {
    wards: boardReaders,
    ward: boardReaders,
    bedBoard: boardReaders,
    admissions: stayReaders,
    admission: stayReaders,
    nurseAssignments: roles(MANAGER, NURSE, ADMIN),
    myPatients: roles(NURSE),
    myRound: roles(DOCTOR),
    wardOccupancy: roles(MANAGER, ADMIN),
    attendingCandidates: roles(...ADT),
    nurseCandidates: roles(MANAGER),
  },
  Mutation: {
    saveWard: roles(...STRUCTURE_KEEPERS),
    saveRoom: roles(...STRUCTURE_KEEPERS),
    addBed: roles(...STRUCTURE_KEEPERS),
    removeBed: roles(...STRUCTURE_KEEPERS),
    setBedStatus: roles(...BED_KEEPERS),
    reserveBed: roles(...ADT),
    cancelBedReservation: roles(...ADT),
    admitPatient: roles(...ADT),
    transferPatient: roles(...ADT),
    dischargePatient: roles(...ADT),
    cancelAdmission: roles(...ADT),
    setCareTeam: roles(DOCTOR),
    writeDischargeSummary: roles(DOCTOR),
    assignNurses: roles(MANAGER),
  },
  Subscription: { bedBoardChanged: boardReaders },
  Ward: boardReaders,
  Room: boardReaders,
  Bed: boardReaders,
  WardSummary: boardReaders,
  BedBoard: boardReaders,
  BedTile: boardReaders,
  BedOccupant: {
    '*': boardReaders,
    news2Score: clinicians,
    news2Risk: clinicians,
    allergyFlag: clinicians,
    newResults: clinicians,
  },
  BedBoardEvent: boardReaders,
  BedReservation: roles(...ADT, ADMIN, MANAGER),
  Admission: {
    '*': stayReaders,
    reason: admissionClinical,
    dischargeSummary: admissionClinical,
  },
  BedStay: stayReaders,
  CareTeamMember: stayReaders,
  // Who is on shift is shown on every bed board; the day's planning is the managers' and nurses'.
  NurseAssignment: boardReaders,
  StaffChoice: roles(...ADT, MANAGER),
  InpatientRow: {
    '*': clinicians,
    news2Score: clinicians,
    news2Risk: clinicians,
    allergyFlag: clinicians,
    newResults: clinicians,
    reason: clinicians,
  },
  WardOccupancyDay: roles(MANAGER, ADMIN),
};

/** Clinical fields that must carry a rule of their own. */
export const WARDS_SENSITIVE_FIELDS = [
  'Admission.reason',
  'Admission.dischargeSummary',
  ...['news2Score', 'news2Risk', 'allergyFlag', 'newResults'].flatMap((f) => [
    `BedOccupant.${f}`,
    `InpatientRow.${f}`,
  ]),
  'InpatientRow.reason',
];
