import { currentAuditScope } from '../../kernel/audit-scope.js';
import type { RequestContext, Viewer } from '../../kernel/context.js';
import { pgArray } from '../../kernel/db/pg-array.js';
import { pageSize } from '../../kernel/graphql/connection.js';
import { ConflictError, DomainError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { domainEvents } from '../../kernel/events.js';
import { isUuid } from '../../kernel/validation.js';
import {
  PatientPart,
  patientsInCare,
  readsPart,
  requirePatientAccess,
  type AccessContext,
  type CareScope,
} from '../access/index.js';
import { User } from '../auth/index.js';
import { Patient } from '../patients/index.js';
import { EMERGENCY_ACCESS_REVIEWERS } from './break-glass.rules.js';
import { EmergencyAccess, EmergencyAccessStatus } from './emergency-access.entity.js';
import {
  EmergencyAccessDecision,
  type EmergencyAccessState,
  type OpenEmergencyAccessInput,
  type ReviewEmergencyAccessInput,
} from './emergency-access.inputs.js';

/** A reason short enough to be a reflex ("urgence") says nothing a reviewer can weigh. */
export const MIN_REASON_LENGTH = 10;
const MAX_TEXT = 1000;

/**
 * Completes a care scope with break-the-glass: a patient the scope leaves out is in care while
 * the viewer holds an unexpired emergency access to them (server clock). The role half of the
 * policy is asked before any care scope, so a grant never opens a part the role does not read.
 */
export function withEmergencyAccess(inner: CareScope): CareScope {
  return async (ctx, viewer, patientIds, part) => {
    const inCare = await inner(ctx, viewer, patientIds, part);
    const outside = patientIds.filter((id) => !inCare.has(id));
    if (outside.length === 0) return inCare;
    const granted = await activeGrantees(ctx, viewer, outside);
    if (granted.length === 0) return inCare;
    return new Set([...inCare, ...granted]);
  };
}

async function activeGrantees(
  ctx: AccessContext,
  viewer: Viewer,
  patientIds: readonly string[],
): Promise<string[]> {
  const rows = await ctx.em.getConnection().execute<{ patient_id: string }[]>(
    `select distinct patient_id from emergency_access
      where user_id = ? and patient_id = any(?::uuid[]) and expires_at > ?`,
    [viewer.userId, pgArray([...patientIds]), ctx.clock.now()],
  );
  return rows.map((r) => r.patient_id);
}

function viewerOf(ctx: RequestContext): Viewer {
  if (!ctx.viewer) throw new NotFoundError('Patient');
  return ctx.viewer;
}

/** The patient, when the caller may find them at all (identity); otherwise NOT_FOUND. */
async function findablePatient(ctx: RequestContext, patientId: string): Promise<Patient> {
  await requirePatientAccess(ctx, patientId, PatientPart.IDENTITY);
  const patient = await ctx.em.findOne(Patient, patientId);
  if (!patient) throw new NotFoundError('Patient');
  return patient;
}

/** The caller's unexpired grant to this patient, the one ending last. */
function activeGrant(ctx: RequestContext, viewer: Viewer, patientId: string) {
  return ctx.em.findOne(
    EmergencyAccess,
    { userId: viewer.userId, patient: patientId, expiresAt: { $gt: ctx.clock.now() } },
    { orderBy: { expiresAt: 'desc' } },
  );
}

/**
 * What a screen needs to offer break-the-glass without reading anything clinical: whether the
 * care scope keeps the caller out (and her role reads charts at all), or until when her grant
 * runs. Identity is readable by the caller anyway; an unknown patient is NOT_FOUND.
 */
export async function emergencyAccessState(
  ctx: RequestContext,
  patientId: string,
): Promise<EmergencyAccessState> {
  const viewer = viewerOf(ctx);
  const patient = await findablePatient(ctx, patientId);
  const grant = await activeGrant(ctx, viewer, patient.id);
  if (grant) return { mayOpen: false, activeUntil: grant.expiresAt };
  if (!readsPart(viewer, PatientPart.CHART)) return { mayOpen: false, activeUntil: null };
  const inCare = await patientsInCare(ctx, [patient.id], PatientPart.CHART);
  return { mayOpen: !inCare.has(patient.id), activeUntil: null };
}

/**
 * Break-the-glass: the caller, kept out of this patient's clinical record by the care scope,
 * opens it for `EMERGENCY_ACCESS_MINUTES` with a reason. Refused when she already has access, when
 * her role reads no chart, and for an unknown patient. The mutation's audit row names the
 * patient, the reason and the end; active managers are told.
 */
export async function openEmergencyAccess(
  ctx: RequestContext,
  input: OpenEmergencyAccessInput,
): Promise<EmergencyAccess> {
  const viewer = viewerOf(ctx);
  const reason = input.reason.trim();
  if (reason.length < MIN_REASON_LENGTH) {
    throw new ValidationError({ reason: `at least ${String(MIN_REASON_LENGTH)} characters` });
  }
  if (reason.length > MAX_TEXT) {
    throw new ValidationError({ reason: `at most ${String(MAX_TEXT)} characters` });
  }
  const patient = await findablePatient(ctx, input.patientId);
  if (!readsPart(viewer, PatientPart.CHART)) {
    throw new DomainError('FORBIDDEN', 'Your role reads no clinical record.');
  }
  const inCare = await patientsInCare(ctx, [patient.id], PatientPart.CHART);
  if (inCare.has(patient.id)) {
    throw new DomainError('CONFLICT', 'You already have access to this patient’s record.', {
      reason: 'ALREADY_HAS_ACCESS',
    });
  }
  const now = ctx.clock.now();
  const grant = ctx.em.create(EmergencyAccess, {
    userId: viewer.userId,
    clinicianName: viewer.displayName,
    clinicianRole: viewer.role,
    patient,
    reason,
    openedAt: now,
    expiresAt: new Date(now.getTime() + ctx.config.emergencyAccessMinutes * 60_000),
  });
  await ctx.em.flush();
  const scope = currentAuditScope();
  if (scope) {
    scope.setTarget('EmergencyAccess', grant.id, patient.id);
    scope.details = { ...scope.details, reason, expiresAt: grant.expiresAt.toISOString() };
  }
  const reviewers = await ctx.em.find(User, {
    role: { $in: [...EMERGENCY_ACCESS_REVIEWERS] },
    active: true,
  });
  await domainEvents.publish(ctx, 'EmergencyAccessOpened', {
    accessId: grant.id,
    patientId: patient.id,
    patientName: patient.displayName,
    clinicianName: grant.clinicianName,
    expiresAt: grant.expiresAt,
    recipientUserIds: reviewers.map((u) => u.id),
    at: now,
  });
  return grant;
}

/** Emergency accesses for review, newest first, optionally of one status. */
export async function listEmergencyAccesses(
  ctx: RequestContext,
  args: { status?: EmergencyAccessStatus | null; first?: number | null; after?: string | null },
) {
  return ctx.em.findByCursor(EmergencyAccess, {
    where: args.status ? { status: args.status } : {},
    first: pageSize(args.first),
    after: args.after ?? undefined,
    orderBy: { openedAt: 'desc', id: 'desc' },
    includeCount: true,
    populate: ['patient'],
  });
}

/**
 * A manager's review, recorded once: the update only takes a pending row, so of two reviews at
 * the same time one wins and the other is told it was already reviewed (CONFLICT).
 */
export async function reviewEmergencyAccess(
  ctx: RequestContext,
  input: ReviewEmergencyAccessInput,
): Promise<EmergencyAccess> {
  const viewer = viewerOf(ctx);
  if (!isUuid(input.id)) throw new NotFoundError('Emergency access');
  const note = input.note?.trim() || null;
  if (note && note.length > MAX_TEXT) {
    throw new ValidationError({ note: `at most ${String(MAX_TEXT)} characters` });
  }
  if (input.decision === EmergencyAccessDecision.FLAGGED && !note) {
    throw new ValidationError({ note: 'required when flagging' });
  }
  const reviewer = await ctx.em.findOneOrFail(User, viewer.userId);
  const status =
    input.decision === EmergencyAccessDecision.FLAGGED
      ? EmergencyAccessStatus.FLAGGED
      : EmergencyAccessStatus.ACKNOWLEDGED;
  const updated = await ctx.em.nativeUpdate(
    EmergencyAccess,
    { id: input.id, status: EmergencyAccessStatus.PENDING },
    {
      status,
      reviewedById: viewer.userId,
      reviewedByName: reviewer.displayName,
      reviewedAt: ctx.clock.now(),
      reviewNote: note,
    },
  );
  const grant = await ctx.em.findOne(EmergencyAccess, input.id, {
    refresh: true,
    populate: ['patient'],
  });
  if (!grant) throw new NotFoundError('Emergency access');
  if (updated === 0) throw new ConflictError('This emergency access was already reviewed.');
  currentAuditScope()?.setTarget('EmergencyAccess', grant.id, grant.patient.id);
  const scope = currentAuditScope();
  if (scope) scope.details = { ...scope.details, decision: status, note };
  return grant;
}
