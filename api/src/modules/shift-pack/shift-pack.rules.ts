import { roles, type AccessRule, type RuleMap } from '../../kernel/auth/predicates.js';
import { Role } from '../../kernel/auth/roles.js';
import type { Viewer } from '../../kernel/context.js';
import { PATIENT_ACCESS, PatientPart } from '../access/index.js';
import { ShiftPackKind } from './shift-pack-kind.js';

const { DOCTOR, NURSE } = Role;

/** Who takes a pack, and which: a doctor their day (round and clinic), a nurse her shift. */
const PACK_OF: ReadonlyMap<Role, ShiftPackKind> = new Map([
  [DOCTOR, ShiftPackKind.DOCTOR_DAY],
  [NURSE, ShiftPackKind.NURSE_SHIFT],
]);

/** The pack this caller takes, or null: everyone else has none. */
export function shiftPackKindOf(viewer: Pick<Viewer, 'role'>): ShiftPackKind | null {
  return PACK_OF.get(viewer.role) ?? null;
}

const PACK_TAKERS = [...PACK_OF.keys()];
const packTakers = roles(...PACK_TAKERS);

/**
 * A part of the record carried by the pack: the pack's takers who read that part in the access
 * policy's table, so that the pack never shows more than the chart's own queries would.
 */
function partOfRecord(part: PatientPart): AccessRule {
  return roles(...PACK_TAKERS.filter((r) => PATIENT_ACCESS[part].staff.includes(r)));
}

/** The parts of the record each clinical field of a pack's patient carries. */
export const PACK_FIELD_PARTS = {
  allergyStatus: PatientPart.CHART,
  allergies: PatientPart.CHART,
  activeProblems: PatientPart.CARE_TEAM,
  activePrescriptions: PatientPart.PRESCRIPTIONS,
  administrations: PatientPart.CARE_TEAM,
  vitals: PatientPart.CHART,
  labResults: PatientPart.LAB,
  careNotes: PatientPart.CARE_TEAM,
} as const;

/** The parts a caller must read of a patient for the patient to be in the pack at all. */
export const PACK_PARTS: readonly PatientPart[] = [
  ...new Set<PatientPart>([...Object.values(PACK_FIELD_PARTS), PatientPart.CARE_TEAM]),
];

export const shiftPackRules: RuleMap = {
  Query: { myShiftPack: packTakers },
  Mutation: { discardOfflineEntry: packTakers },
  DiscardedOfflineEntry: { '*': packTakers },
  ShiftPack: {
    '*': packTakers,
    dosesDue: partOfRecord(PatientPart.CARE_TEAM),
  },
  ShiftPackPatient: {
    '*': packTakers,
    ...Object.fromEntries(
      Object.entries(PACK_FIELD_PARTS).map(([field, part]) => [field, partOfRecord(part)]),
    ),
  },
};

/** Clinical fields that must keep a rule of their own. */
export const SHIFT_PACK_SENSITIVE_FIELDS = [
  'ShiftPack.dosesDue',
  ...Object.keys(PACK_FIELD_PARTS).map((f) => `ShiftPackPatient.${f}`),
];
