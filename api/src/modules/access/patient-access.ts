import type { EntityManager } from '@mikro-orm/postgresql';
import { currentAuditScope } from '../../kernel/audit-scope.js';
import type { Clock } from '../../kernel/clock.js';
import type { Viewer } from '../../kernel/context.js';
import { NotFoundError } from '../../kernel/errors.js';
import { isUuid } from '../../kernel/validation.js';
import { auditOriginOf, AuditOutcome, writeAuditEvent } from '../audit/index.js';
import { isPatientAccount, PATIENT_ACCESS, type PatientPart } from './patient-access.rules.js';

/** What a patient-access decision needs: a GraphQL request context or a REST route's. */
export interface AccessContext {
  viewer: Viewer | null;
  em: EntityManager;
  clock: Clock;
  requestId: string;
  ip: string | null;
  userAgent: string | null;
}

/** Why the caller may read a patient: their own record, or their role and care scope. */
export type AccessReason = 'self' | 'role';

/**
 * Narrows a staff member's patients to those in their care (wards, care teams) for one part of
 * the record. Until a module registers one, staff of an allowed role see every patient. Answers
 * the subset of `patientIds` the viewer cares for.
 */
export type CareScope = (
  ctx: AccessContext,
  viewer: Viewer,
  patientIds: readonly string[],
  part: PatientPart,
) => Promise<ReadonlySet<string>>;

let careScope: CareScope | null = null;

/** The composition root registers the care scope once (the wards module provides it). */
export function useCareScope(scope: CareScope | null): void {
  careScope = scope;
}

/**
 * The role half of the policy, no database: may this viewer read this part of this patient?
 * Field rules use it; services go through `requirePatientAccess`, which adds the care scope.
 */
export function patientAccessReason(
  viewer: Viewer,
  patientId: string,
  part: PatientPart,
): AccessReason | null {
  const rule = PATIENT_ACCESS[part];
  if (isPatientAccount(viewer)) return rule.self && viewer.patientId === patientId ? 'self' : null;
  return rule.staff.includes(viewer.role) ? 'role' : null;
}

/** Whether the viewer's role reads this part of some patients at all (capabilities, lists). */
export function readsPart(viewer: Pick<Viewer, 'role'>, part: PatientPart): boolean {
  const rule = PATIENT_ACCESS[part];
  return isPatientAccount(viewer) ? rule.self : rule.staff.includes(viewer.role);
}

/**
 * The one answer to "may this caller read this part of this patient's record?". Anything else —
 * a malformed id, another patient's record, a role without the part, a patient outside the
 * caller's care — is "not found", so that the existence of a record never leaks. Does not load
 * the patient: the module that owns the rows does.
 */
export async function requirePatientAccess(
  ctx: AccessContext,
  patientId: string,
  part: PatientPart,
): Promise<AccessReason> {
  const viewer = ctx.viewer;
  const reason = viewer && isUuid(patientId) ? patientAccessReason(viewer, patientId, part) : null;
  if (!viewer || !reason) throw new NotFoundError('Patient');
  if (reason === 'role' && careScope) {
    const inCare = await careScope(ctx, viewer, [patientId], part);
    if (!inCare.has(patientId)) throw new NotFoundError('Patient');
  }
  return reason;
}

/**
 * The patients of a list the caller may read this part of: the role half, then the care scope in
 * one call. For boards and lists that show many patients at once.
 */
export async function patientsInCare(
  ctx: AccessContext,
  patientIds: readonly string[],
  part: PatientPart,
): Promise<ReadonlySet<string>> {
  const viewer = ctx.viewer;
  if (!viewer) return new Set();
  const allowed = patientIds.filter((id) => patientAccessReason(viewer, id, part) !== null);
  if (allowed.length === 0 || !careScope || isPatientAccount(viewer)) return new Set(allowed);
  return careScope(ctx, viewer, allowed, part);
}

/**
 * R8 for a list that shows several patients' clinical data at once (a bed board, a round list):
 * one audit row for the request, naming the patients in its details. Not for a patient's own.
 */
export async function auditPatientListRead(
  ctx: AccessContext,
  patientIds: readonly string[],
  read: { action: string; targetType: string; targetId?: string | null },
): Promise<void> {
  const viewer = ctx.viewer;
  if (!viewer || isPatientAccount(viewer) || currentAuditScope() || patientIds.length === 0) return;
  await writeAuditEvent(ctx.em.fork(), auditOriginOf(ctx, viewer), {
    action: read.action,
    outcome: AuditOutcome.SUCCESS,
    targetType: read.targetType,
    targetId: read.targetId ?? null,
    details: { patientIds: [...new Set(patientIds)] },
    at: ctx.clock.now(),
  });
}

const audited = new WeakMap<object, Set<string>>();

/**
 * R8, written in one place: one audit row per request, action and patient when staff read
 * patient data. A mutation's own audit row already names its patient, so reads inside a mutation
 * add nothing; a patient reading their own record is not audited. Committed on its own, so the
 * trace stays even when the request fails later.
 */
export async function auditPatientRead(
  ctx: AccessContext,
  patientIds: Iterable<string>,
  read: { action: 'readPatient' | 'readClinicalData' | 'downloadAttachment'; operation?: string },
  target?: { type: string; id: string },
): Promise<void> {
  const viewer = ctx.viewer;
  if (!viewer || isPatientAccount(viewer) || currentAuditScope()) return;
  let seen = audited.get(ctx);
  if (!seen) {
    seen = new Set();
    audited.set(ctx, seen);
  }
  const fresh = [...new Set(patientIds)].filter((id) => !seen.has(`${read.action}:${id}`));
  if (fresh.length === 0) return;
  for (const id of fresh) seen.add(`${read.action}:${id}`);
  const em = ctx.em.fork();
  const origin = auditOriginOf(ctx, viewer);
  for (const patientId of fresh) {
    await writeAuditEvent(em, origin, {
      action: read.action,
      outcome: AuditOutcome.SUCCESS,
      targetType: target?.type ?? 'Patient',
      targetId: target?.id ?? patientId,
      patientId,
      ...(read.operation ? { details: { operation: read.operation } } : {}),
      at: ctx.clock.now(),
    });
  }
}
