import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { currentAuditScope } from '../../kernel/audit-scope.js';
import type { RequestContext } from '../../kernel/context.js';
import { requireViewer } from '../../kernel/context.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { validate } from '../../kernel/validation.js';
import { Allergy } from './allergy.entity.js';
import {
  AllergyClinicalStatus,
  AllergyKind,
  AllergySeverity,
  AllergyStatus,
  PatientStatus,
} from './patient-enums.js';
import type { Patient } from './patient.entity.js';
import { canSeePatient, flushVersioned, patientForWrite } from './patients.service.js';
import type {
  RecordAllergyInput,
  RecordNoKnownAllergiesInput,
  UpdateAllergyInput,
} from './patients.inputs.js';

const optText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'is too long')
    .nullish()
    .transform((v) => (v === '' ? null : v));
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a date');

const recordSchema = z.object({
  patientId: z.uuid('is not a valid id'),
  substance: z.string().trim().min(1, 'is required').max(200, 'is too long'),
  reaction: optText(500),
  severity: z.enum(AllergySeverity),
  kind: z.enum(AllergyKind).nullish(),
  onsetDate: date.nullish(),
  note: optText(1000),
});

const updateSchema = z.object({
  id: z.uuid('is not a valid id'),
  version: z.number().int(),
  substance: z.string().trim().min(1, 'is required').max(200, 'is too long').optional(),
  reaction: optText(500),
  severity: z.enum(AllergySeverity).optional(),
  kind: z.enum(AllergyKind).optional(),
  status: z.enum(AllergyClinicalStatus).optional(),
  onsetDate: date.nullish(),
  note: optText(1000),
});

/** Display name of the account recording, kept with the entry as it was then. */
async function recorderName(em: EntityManager, userId: string): Promise<string> {
  // Read straight from the accounts table: the auth module depends on this one, not the reverse.
  const rows = await em.execute<{ name: string }[]>(
    `select upper(family_name) || ' ' || given_name as name from app_user where id = ?`,
    [userId],
  );
  return rows[0]?.name ?? 'unknown';
}

/**
 * Keeps the patient's allergy status in step with the list: any active allergy means
 * HAS_ALLERGIES; when none is left active, a former HAS_ALLERGIES becomes UNKNOWN (someone must
 * ask again), while a recorded NO_KNOWN_ALLERGIES stands.
 */
async function refreshAllergyStatus(em: EntityManager, patient: Patient, ctx: RequestContext) {
  await em.flush();
  const active = await em.count(Allergy, {
    patient: patient.id,
    status: AllergyClinicalStatus.ACTIVE,
  });
  const next =
    active > 0
      ? AllergyStatus.HAS_ALLERGIES
      : patient.allergyStatus === AllergyStatus.HAS_ALLERGIES
        ? AllergyStatus.UNKNOWN
        : patient.allergyStatus;
  if (next !== patient.allergyStatus) {
    patient.allergyStatus = next;
    patient.allergyStatusRecordedAt = ctx.clock.now();
    patient.allergyStatusRecordedBy = requireViewer(ctx).userId;
  }
}

function writable(patient: Patient) {
  if (patient.status === PatientStatus.MERGED) {
    throw new ConflictError('This record was merged into another one; record it there.');
  }
}

/** Records an allergy or intolerance; the patient's status becomes HAS_ALLERGIES. */
export async function recordAllergy(ctx: RequestContext, raw: RecordAllergyInput) {
  const input = validate(recordSchema, raw);
  const viewer = requireViewer(ctx);
  const patient = await patientForWrite(ctx, input.patientId);
  writable(patient);
  if (input.onsetDate && input.onsetDate > ctx.clock.now().toISOString().slice(0, 10)) {
    throw new ValidationError({ onsetDate: 'cannot be in the future' });
  }
  const allergy = ctx.em.create(Allergy, {
    patient,
    substance: input.substance,
    reaction: input.reaction ?? null,
    severity: input.severity,
    kind: input.kind ?? AllergyKind.ALLERGY,
    onsetDate: input.onsetDate ?? null,
    note: input.note ?? null,
    recordedById: viewer.userId,
    recordedByName: await recorderName(ctx.em, viewer.userId),
    recordedAt: ctx.clock.now(),
  });
  await refreshAllergyStatus(ctx.em, patient, ctx);
  currentAuditScope()?.setTarget('Allergy', allergy.id, patient.id);
  return allergy;
}

/** Corrects an allergy, or marks it inactive or entered in error (never deleted). */
export async function updateAllergy(ctx: RequestContext, raw: UpdateAllergyInput) {
  const input = validate(updateSchema, raw);
  const viewer = requireViewer(ctx);
  const allergy = await ctx.em.findOne(Allergy, input.id, { populate: ['patient'] });
  if (!allergy || !canSeePatient(viewer, allergy.patient.id)) throw new NotFoundError('Allergy');
  currentAuditScope()?.setTarget('Allergy', allergy.id, allergy.patient.id);
  if (allergy.version !== input.version) throw new ConflictError();
  writable(allergy.patient);
  if (allergy.status === AllergyClinicalStatus.ENTERED_IN_ERROR) {
    throw new ConflictError('An entry marked as entered in error cannot change any more.');
  }
  if (input.substance !== undefined) allergy.substance = input.substance;
  if (input.reaction !== undefined) allergy.reaction = input.reaction;
  if (input.severity !== undefined) allergy.severity = input.severity;
  if (input.kind !== undefined) allergy.kind = input.kind;
  if (input.status !== undefined) allergy.status = input.status;
  if (input.onsetDate !== undefined) allergy.onsetDate = input.onsetDate;
  if (input.note !== undefined) allergy.note = input.note;
  await flushVersioned(ctx.em);
  await refreshAllergyStatus(ctx.em, allergy.patient, ctx);
  return allergy;
}

/** A clinician asked: no known allergies. Refused while an active allergy is on the record. */
export async function recordNoKnownAllergies(
  ctx: RequestContext,
  raw: RecordNoKnownAllergiesInput,
) {
  const input = validate(z.object({ patientId: z.uuid('is not a valid id') }), raw);
  const patient = await patientForWrite(ctx, input.patientId);
  writable(patient);
  currentAuditScope()?.setTarget('Patient', patient.id, patient.id);
  const active = await ctx.em.count(Allergy, {
    patient: patient.id,
    status: AllergyClinicalStatus.ACTIVE,
  });
  if (active > 0) {
    throw new ConflictError(
      'This patient has active allergies: mark them inactive or entered in error first.',
    );
  }
  patient.allergyStatus = AllergyStatus.NO_KNOWN_ALLERGIES;
  patient.allergyStatusRecordedAt = ctx.clock.now();
  patient.allergyStatusRecordedBy = requireViewer(ctx).userId;
  return patient;
}

/** A patient's allergies, most relevant first; entries in error only on request. */
export function allergiesOf(em: EntityManager, patientId: string, includeEnteredInError: boolean) {
  return em.find(
    Allergy,
    includeEnteredInError
      ? { patient: patientId }
      : { patient: patientId, status: { $ne: AllergyClinicalStatus.ENTERED_IN_ERROR } },
    { orderBy: { status: 'asc', severity: 'desc', recordedAt: 'desc', id: 'asc' } },
  );
}
