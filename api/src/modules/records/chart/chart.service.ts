import type { RequestContext } from '../../../kernel/context.js';
import { ValidationError } from '../../../kernel/errors.js';
import { isPatientAccount, PatientPart } from '../../access/index.js';
import { currentAuditScope } from '../../../kernel/audit-scope.js';
import { Allergy } from '../../patients/index.js';
import { allergyStatus, auditClinicalRead, author, isUuid, patientInScope } from '../access.js';
import { markInError } from '../access.js';
import { correctsEntry } from '../records.rules.js';
import { Attachment } from '../attachments/attachment.entity.js';
import { CareNote } from '../bedside/care-note.entity.js';
import type { ClinicalEntry } from '../clinical-entry.js';
import {
  ClinicalEntryKind,
  DiagnosisStatus,
  LabOrderStatus,
  PrescriptionStatus,
} from '../clinical-enums.js';
import { Diagnosis } from '../encounters/diagnosis.entity.js';
import { Encounter } from '../encounters/encounter.entity.js';
import { LabOrder } from '../lab/lab-order.entity.js';
import { LabResult } from '../lab/lab-result.entity.js';
import { MedicationAdministration } from '../medications/medication-administration.entity.js';
import { Prescription } from '../medications/prescription.entity.js';
import type { MarkEnteredInErrorInput } from '../records.inputs.js';
import type { PatientChart, TimelineEntry } from './chart.types.js';
import { VitalSigns } from '../bedside/vital-signs.entity.js';
import type { EntityClass } from '@mikro-orm/core';

/** Opens a chart: checks the caller may read the patient and audits the read once. */
export async function openChart(ctx: RequestContext, patientId: string): Promise<PatientChart> {
  const patient = await patientInScope(ctx, patientId, PatientPart.CHART);
  await auditClinicalRead(ctx, [patient.id], 'patientChart');
  return { patientId: patient.id };
}

const self = (ctx: RequestContext) => ctx.viewer !== null && isPatientAccount(ctx.viewer);

export async function chartAllergies(ctx: RequestContext, chart: PatientChart) {
  const rows = await ctx.em.find(
    Allergy,
    { patient: chart.patientId },
    { orderBy: { recordedAt: 'desc' } },
  );
  return rows.filter((a) => allergyStatus(a) !== 'ENTERED_IN_ERROR');
}

export function chartProblems(ctx: RequestContext, chart: PatientChart) {
  return ctx.em.find(
    Diagnosis,
    { patient: chart.patientId, status: DiagnosisStatus.ACTIVE, enteredInErrorAt: null },
    { orderBy: { rank: 'asc', occurredAt: 'desc' }, limit: 50 },
  );
}

export function chartPrescriptions(ctx: RequestContext, chart: PatientChart) {
  return ctx.em.find(
    Prescription,
    {
      patient: chart.patientId,
      status: PrescriptionStatus.ACTIVE,
      enteredInErrorAt: null,
      $or: [{ endAt: null }, { endAt: { $gt: ctx.clock.now() } }],
    },
    { orderBy: { occurredAt: 'desc' }, limit: 100 },
  );
}

export function chartVitals(ctx: RequestContext, chart: PatientChart, last: number) {
  return ctx.em.find(
    VitalSigns,
    { patient: chart.patientId, enteredInErrorAt: null },
    { orderBy: { occurredAt: 'desc', id: 'desc' }, limit: Math.min(Math.max(last, 1), 200) },
  );
}

export function chartPendingOrders(ctx: RequestContext, chart: PatientChart) {
  return ctx.em.find(
    LabOrder,
    {
      patient: chart.patientId,
      enteredInErrorAt: null,
      status: { $in: [LabOrderStatus.ORDERED, LabOrderStatus.SPECIMEN_COLLECTED] },
    },
    { orderBy: { occurredAt: 'desc' }, limit: 50 },
  );
}

export function chartResults(ctx: RequestContext, chart: PatientChart, first: number) {
  return ctx.em.find(
    LabResult,
    {
      patient: chart.patientId,
      enteredInErrorAt: null,
      ...(self(ctx) ? { validatedAt: { $ne: null } } : {}),
    },
    { orderBy: { occurredAt: 'desc', id: 'desc' }, limit: Math.min(Math.max(first, 1), 100) },
  );
}

export function chartEncounters(ctx: RequestContext, chart: PatientChart, first: number) {
  return ctx.em.find(
    Encounter,
    { patient: chart.patientId, enteredInErrorAt: null },
    { orderBy: { occurredAt: 'desc', id: 'desc' }, limit: Math.min(Math.max(first, 1), 50) },
  );
}

const CORRECTABLE: Record<
  ClinicalEntryKind,
  { cls: EntityClass<ClinicalEntry>; field: keyof TimelineEntry }
> = {
  [ClinicalEntryKind.ENCOUNTER]: { cls: Encounter, field: 'encounter' },
  [ClinicalEntryKind.DIAGNOSIS]: { cls: Diagnosis, field: 'diagnosis' },
  [ClinicalEntryKind.PRESCRIPTION]: {
    cls: Prescription,
    field: 'prescription',
  },
  [ClinicalEntryKind.LAB_ORDER]: { cls: LabOrder, field: 'labOrder' },
  [ClinicalEntryKind.VITALS]: { cls: VitalSigns, field: 'vitals' },
  [ClinicalEntryKind.CARE_NOTE]: { cls: CareNote, field: 'careNote' },
  [ClinicalEntryKind.ATTACHMENT]: { cls: Attachment, field: 'attachment' },
  [ClinicalEntryKind.ADMINISTRATION]: {
    cls: MedicationAdministration,
    field: 'administration',
  },
  [ClinicalEntryKind.LAB_RESULT]: {
    cls: LabResult,
    field: 'labResult',
  },
};

/**
 * Marks an entry entered in error without a replacement. Each kind is corrected by the role that
 * writes it; the entry stays in history, flagged, with the reason.
 */
export async function markEnteredInError(ctx: RequestContext, input: MarkEnteredInErrorInput) {
  const rule = CORRECTABLE[input.kind];
  // An entry the caller does not correct answers like an unknown one: nothing leaks.
  const found =
    correctsEntry(ctx.viewer, input.kind) && isUuid(input.id)
      ? await ctx.em.findOne(rule.cls, { id: input.id })
      : null;
  const readable =
    found &&
    (await patientInScope(
      ctx,
      found.patient.id,
      input.kind === ClinicalEntryKind.LAB_RESULT ? PatientPart.LAB : PatientPart.CHART,
    ).then(
      () => true,
      () => false,
    ));
  if (!readable) throw new ValidationError({ id: 'is not an entry of this kind' });
  const by = await author(ctx);
  const entry = await markInError(
    ctx,
    rule.cls,
    { id: input.id, reason: input.reason, field: 'input' },
    by,
  ).catch((e: unknown) => {
    if (e instanceof ValidationError && e.fields['input.id']) {
      throw new ValidationError({ id: e.fields['input.id'] });
    }
    throw e;
  });
  currentAuditScope()?.setTarget(rule.cls.name, entry.id, entry.patient.id);
  return {
    kind: input.kind,
    id: entry.id,
    occurredAt: entry.occurredAt,
    enteredInError: true,
    [rule.field]: entry,
  } as TimelineEntry;
}
