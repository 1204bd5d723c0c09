import { LockMode, type EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { currentAuditScope } from '../../kernel/audit-scope.js';
import type { Role } from '../../kernel/auth/roles.js';
import { requireViewer, type RequestContext, type Viewer } from '../../kernel/context.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import { auditPatientRead, type PatientPart, requirePatientAccess } from '../access/index.js';
import { Patient } from '../patients/index.js';
import type { ClinicalEntry } from './clinical-entry.js';
import { isUuid } from '../../kernel/validation.js';

export { isUuid };

/**
 * The patient whose record the caller asks for, if the access policy lets the caller read this
 * part of it; anything else is "not found", so that the existence of a record does not leak.
 */
export async function patientInScope(
  ctx: RequestContext,
  patientId: string,
  part: PatientPart,
): Promise<Patient> {
  await requirePatientAccess(ctx, patientId, part);
  const patient = await ctx.em.findOne(Patient, patientId);
  if (!patient) throw new NotFoundError('Patient');
  return patient;
}

/** R8: staff reads of clinical data, audited by the access policy (one row per patient). */
export function auditClinicalRead(
  ctx: RequestContext,
  patientIds: Iterable<string>,
  operation: string,
): Promise<void> {
  return auditPatientRead(ctx, patientIds, { action: 'readClinicalData', operation });
}

/** The patient of a write, which only staff make: "not found" when unknown. */
export async function patientForWrite(ctx: RequestContext, patientId: string): Promise<Patient> {
  const patient = isUuid(patientId) ? await ctx.em.findOne(Patient, patientId) : null;
  if (!patient) throw new ValidationError({ patientId: 'is not a known patient' });
  currentAuditScope()?.setTarget('Patient', patient.id, patient.id);
  return patient;
}

export interface Author {
  id: string;
  name: string;
  role: Role;
}

/** Who writes, with the name as it is now (kept on the entry; read with the session). */
export function author(ctx: RequestContext): Promise<Author> {
  const viewer: Viewer = requireViewer(ctx);
  return Promise.resolve({ id: viewer.userId, name: viewer.displayName, role: viewer.role });
}

/** Stamps the authorship columns every entry has. */
export function authored(by: Author, now: Date) {
  return { recordedById: by.id, recordedByName: by.name, recordedAt: now };
}

/** Serialises requests carrying the same key until the transaction ends. */
export async function lockKey(em: EntityManager, key: string): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtextextended(?, 6))', [key]);
}

export interface Correction {
  replacesId: string;
  reason: string;
}

function checkReason(reason: string | null | undefined, field: string): string {
  const r = reason?.trim() ?? '';
  if (r.length < 3) throw new ValidationError({ [field]: 'give a reason (at least 3 characters)' });
  if (r.length > 500) throw new ValidationError({ [field]: 'is too long' });
  return r;
}

/**
 * A new entry that corrects an older one (`corrects: { id, reason }` of its input): the older
 * entry of the same patient is marked entered in error and points at `replacedById`. Returns it,
 * or null when the input corrects nothing.
 */
export async function correctedBy<T extends ClinicalEntry>(
  ctx: RequestContext,
  cls: EntityClass<T>,
  corrects: { id: string; reason: string } | null | undefined,
  target: { patientId: string; replacedById: string },
  by: Author,
): Promise<T | null> {
  if (!corrects) return null;
  return markInError(ctx, cls, { ...corrects, ...target, field: 'corrects' }, by);
}

/**
 * Marks an entry of the patient entered in error (never deleting it), optionally pointing at its
 * replacement. Flushed at once so that a replacement may take its place under unique constraints.
 */
export async function markInError<T extends ClinicalEntry>(
  ctx: RequestContext,
  cls: EntityClass<T>,
  args: { id: string; patientId?: string; reason: string; replacedById?: string; field: string },
  by: Author,
): Promise<T> {
  const reason = checkReason(args.reason, `${args.field}.reason`);
  const where: Record<string, unknown> = { id: args.id };
  if (args.patientId) where.patient = args.patientId;
  const entry = isUuid(args.id)
    ? await ctx.em.findOne(cls, where as never, { lockMode: LockMode.PESSIMISTIC_WRITE })
    : null;
  if (!entry)
    throw new ValidationError({ [`${args.field}.id`]: 'is not an entry of this patient' });
  if (entry.enteredInErrorAt) {
    throw new ValidationError({ [`${args.field}.id`]: 'is already marked entered in error' });
  }
  entry.enteredInErrorAt = ctx.clock.now();
  entry.enteredInErrorReason = reason;
  entry.enteredInErrorById = by.id;
  entry.replacedById = args.replacedById ?? null;
  await ctx.em.flush();
  return entry;
}

/** An allergy's status as text: the patients module exports the entity, not its enums. */
export function allergyStatus(a: { status: string }): string {
  return a.status;
}
