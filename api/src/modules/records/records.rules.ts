import { roles, type AccessRule, type RuleMap } from '../../kernel/auth/predicates.js';
import { Role } from '../../kernel/auth/roles.js';
import type { RequestContext } from '../../kernel/context.js';
import { ForbiddenError, UnauthenticatedError } from '../../kernel/errors.js';

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

const encounterRead = entryRule('encounter', [DOCTOR, NURSE], standing);
const clinicalOnly = entryRule('clinicalOnly', [DOCTOR, NURSE]);
const prescriptionRead = entryRule('prescription', [DOCTOR, NURSE, PHARMACIST], standing);
const vitalsRead = entryRule('vitals', [DOCTOR, NURSE], standing);
const labOrderRead = entryRule('labOrder', [DOCTOR, NURSE, LAB_TECHNICIAN], standing);
const labStaffOnly = entryRule('labStaffOnly', [DOCTOR, NURSE, LAB_TECHNICIAN]);
const labResultRead = entryRule(
  'labResult',
  [DOCTOR, NURSE, LAB_TECHNICIAN],
  (e) => standing(e) && e.validatedAt !== null && e.validatedAt !== undefined,
);

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
