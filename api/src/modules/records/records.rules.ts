import { roles, type AccessRule, type RuleMap } from '../../kernel/auth/predicates.js';
import { Role } from '../../kernel/auth/roles.js';
import type { RequestContext } from '../../kernel/context.js';
import { ForbiddenError, UnauthenticatedError } from '../../kernel/errors.js';
import { PATIENT_ACCESS, PatientPart } from '../access/index.js';
import { ClinicalEntryKind } from './clinical-enums.js';

const { DOCTOR, NURSE, LAB_TECHNICIAN, PHARMACIST, PATIENT } = Role;

/**
 * Who reads a kind of entry: staff of the listed roles, and the patient the entry belongs to
 * when `patientSees` accepts it (their own visits, prescriptions, vitals, validated results).
 */
function entryRule(
  name: string,
  staff: readonly Role[],
  patientSees?: (entry: Record<string, unknown>) => boolean,
): AccessRule {
  const allowed = (ctx: RequestContext, parent: unknown): boolean => {
    const viewer = ctx.viewer;
    if (!viewer) return false;
    if (viewer.role !== PATIENT) return staff.includes(viewer.role);
    if (!patientSees || !parent || typeof parent !== 'object') return false;
    const entry = parent as Record<string, unknown>;
    return entry.patientId === viewer.patientId && patientSees(entry);
  };
  // Not cached: graphql-shield's 'strict' cache hashes the parent, and hashing an ORM entity
  // walks its whole graph; this check is cheaper than the hash (bench/README.md, records).
  return {
    name: `records:${name}`,
    cache: 'no_cache',
    check: (ctx, _args, parent) => {
      if (!ctx.viewer) return new UnauthenticatedError();
      return allowed(ctx, parent) ? true : new ForbiddenError();
    },
  };
}

const standing = (e: Record<string, unknown>) => e.enteredInError !== true;

const clinicians = roles(DOCTOR, NURSE);
const doctors = roles(DOCTOR);
const chartReaders = roles(DOCTOR, NURSE, PATIENT);
const labReaders = roles(DOCTOR, NURSE, LAB_TECHNICIAN);

// Entry types follow the patient-access policy's parts: one table says who reads what.
const staffOf = (part: PatientPart) => PATIENT_ACCESS[part].staff;
const encounterRead = entryRule('encounter', staffOf(PatientPart.CHART), standing);
const clinicalOnly = entryRule('clinicalOnly', staffOf(PatientPart.CARE_TEAM));
const prescriptionRead = entryRule('prescription', staffOf(PatientPart.PRESCRIPTIONS), standing);
const vitalsRead = entryRule('vitals', staffOf(PatientPart.CHART), standing);
const labOrderRead = entryRule('labOrder', staffOf(PatientPart.LAB), standing);
const labStaffOnly = entryRule('labStaffOnly', staffOf(PatientPart.LAB));
const labResultRead = entryRule(
  'labResult',
  staffOf(PatientPart.LAB),
  (e) => standing(e) && e.validatedAt !== null && e.validatedAt !== undefined,
);

/** Each kind of entry is marked entered in error by the role that writes it. */
const ENTRY_CORRECTORS: Readonly<Record<ClinicalEntryKind, readonly Role[]>> = {
  [ClinicalEntryKind.ENCOUNTER]: [DOCTOR],
  [ClinicalEntryKind.DIAGNOSIS]: [DOCTOR],
  [ClinicalEntryKind.PRESCRIPTION]: [DOCTOR],
  [ClinicalEntryKind.LAB_ORDER]: [DOCTOR],
  [ClinicalEntryKind.VITALS]: [DOCTOR, NURSE],
  [ClinicalEntryKind.CARE_NOTE]: [DOCTOR, NURSE],
  [ClinicalEntryKind.ATTACHMENT]: [DOCTOR, NURSE],
  [ClinicalEntryKind.ADMINISTRATION]: [NURSE],
  [ClinicalEntryKind.LAB_RESULT]: [LAB_TECHNICIAN],
};

/** Whether this caller corrects entries of this kind. */
export function correctsEntry(viewer: { role: Role } | null, kind: ClinicalEntryKind): boolean {
  return viewer !== null && ENTRY_CORRECTORS[kind].includes(viewer.role);
}

/** Roles that upload and download a patient's files (the `/files` route). */
export const ATTACHMENT_ROLES: readonly Role[] = staffOf(PatientPart.CARE_TEAM);

export const recordsRules: RuleMap = {
  Query: {
    patientChart: chartReaders,
    patientTimeline: chartReaders,
    encounters: chartReaders,
    encounter: chartReaders,
    diagnoses: clinicians,
    icd10Codes: clinicians,
    prescriptions: roles(DOCTOR, NURSE, PHARMACIST, PATIENT),
    medicationSchedule: clinicians,
    medicationAdministrations: clinicians,
    vitals: chartReaders,
    careNotes: clinicians,
    labTests: labReaders,
    labOrders: roles(DOCTOR, NURSE, LAB_TECHNICIAN, PATIENT),
    labResults: roles(DOCTOR, NURSE, LAB_TECHNICIAN, PATIENT),
    attachments: clinicians,
  },
  Mutation: {
    createEncounter: doctors,
    completeEncounter: doctors,
    addDiagnosis: doctors,
    resolveDiagnosis: doctors,
    prescribe: doctors,
    stopPrescription: doctors,
    orderLabTests: doctors,
    cancelLabOrder: doctors,
    recordVitals: clinicians,
    addCareNote: clinicians,
    recordMedicationAdministration: roles(NURSE),
    collectLabSpecimens: roles(NURSE, LAB_TECHNICIAN),
    enterLabResult: roles(LAB_TECHNICIAN),
    validateLabResult: roles(LAB_TECHNICIAN),
    markEnteredInError: roles(DOCTOR, NURSE, LAB_TECHNICIAN),
  },
  Encounter: {
    '*': encounterRead,
    subjective: clinicalOnly,
    objective: clinicalOnly,
    assessment: clinicalOnly,
    plan: clinicalOnly,
  },
  Diagnosis: clinicalOnly,
  CareNote: clinicalOnly,
  MedicationAdministration: clinicalOnly,
  Attachment: clinicalOnly,
  Prescription: prescriptionRead,
  VitalSigns: vitalsRead,
  LabOrder: { '*': labOrderRead, clinicalInfo: labStaffOnly },
  LabResult: labResultRead,
  LabTest: labReaders,
  ReferenceRange: labReaders,
  Icd10CodeType: clinicians,
  ScheduledDose: clinicians,
  PatientChart: { '*': chartReaders, activeProblems: clinicians },
  TimelineEntry: roles(DOCTOR, NURSE, LAB_TECHNICIAN, PATIENT),
  TimelineConnection: chartReaders,
  TimelineEdge: chartReaders,
  EncounterConnection: chartReaders,
  EncounterEdge: chartReaders,
  VitalSignsConnection: chartReaders,
  VitalSignsEdge: chartReaders,
  CareNoteConnection: clinicians,
  CareNoteEdge: clinicians,
  LabOrderConnection: roles(DOCTOR, NURSE, LAB_TECHNICIAN, PATIENT),
  LabOrderEdge: roles(DOCTOR, NURSE, LAB_TECHNICIAN, PATIENT),
  LabResultConnection: roles(DOCTOR, NURSE, LAB_TECHNICIAN, PATIENT),
  LabResultEdge: roles(DOCTOR, NURSE, LAB_TECHNICIAN, PATIENT),
  AttachmentConnection: clinicians,
  AttachmentEdge: clinicians,
};

/** Fields that must keep a rule of their own: clinicians' free text. */
export const RECORDS_SENSITIVE_FIELDS = [
  'Encounter.subjective',
  'Encounter.objective',
  'Encounter.assessment',
  'Encounter.plan',
  'LabOrder.clinicalInfo',
  'PatientChart.activeProblems',
];
