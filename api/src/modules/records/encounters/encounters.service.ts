import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { currentAuditScope } from '../../../kernel/audit-scope.js';
import type { RequestContext } from '../../../kernel/context.js';
import { ConflictError, NotFoundError, ValidationError } from '../../../kernel/errors.js';
import { pageSize } from '../../../kernel/graphql/connection.js';
import { domainEvents, type EventContext } from '../../../kernel/events.js';
import { isPatientAccount, PatientPart } from '../../access/index.js';
import { User } from '../../auth/index.js';
import { Patient } from '../../patients/index.js';
import {
  auditClinicalRead,
  author,
  authored,
  isUuid,
  correctedBy,
  patientForWrite,
  patientInScope,
} from '../access.js';
import { notBeforeBirth, Problems } from '../checks.js';
import { DiagnosisStatus, EncounterKind, EncounterStatus } from '../clinical-enums.js';
import { Diagnosis } from './diagnosis.entity.js';
import { Encounter } from './encounter.entity.js';
import { icd10ByCode, searchIcd10 } from './icd10.js';
import type {
  AddDiagnosisInput,
  CompleteEncounterInput,
  CreateEncounterInput,
} from './encounters.inputs.js';

/**
 * The encounter an entry belongs to: the one named, if it is this patient's; with none named, the
 * open inpatient stay, so that an inpatient's vitals, doses and notes belong to their admission.
 */
export async function encounterOf(
  em: EntityManager,
  patientId: string,
  encounterId: string | null | undefined,
): Promise<Encounter | null> {
  if (!encounterId) {
    return em.findOne(Encounter, {
      patient: patientId,
      kind: EncounterKind.INPATIENT,
      status: EncounterStatus.IN_PROGRESS,
      enteredInErrorAt: null,
    });
  }
  const e = isUuid(encounterId)
    ? await em.findOne(Encounter, { id: encounterId, patient: patientId })
    : null;
  if (!e) throw new ValidationError({ encounterId: 'is not a visit of this patient' });
  return e;
}

/** A doctor opens a visit with its SOAP note; a correction replaces a wrong one. */
export async function createEncounter(ctx: RequestContext, input: CreateEncounterInput) {
  const now = ctx.clock.now();
  const p = new Problems();
  const reason = p.text('reason', input.reason, 500, true);
  const startedAt = p.notFuture('startedAt', input.startedAt, now);
  const soap = {
    subjective: p.text('subjective', input.subjective, 20_000),
    objective: p.text('objective', input.objective, 20_000),
    assessment: p.text('assessment', input.assessment, 20_000),
    plan: p.text('plan', input.plan, 20_000),
  };
  if (input.appointmentId != null && !isUuid(input.appointmentId)) {
    p.add('appointmentId', 'is not a valid id');
  }
  p.throwIfAny();
  const patient = await patientForWrite(ctx, input.patientId);
  notBeforeBirth('startedAt', startedAt, patient.birthDate);
  const by = await author(ctx);
  const id = randomUUID();
  let replaces: string | null = null;
  let appointmentId = input.appointmentId ?? null;
  const old = await correctedBy(
    ctx,
    Encounter,
    input.corrects,
    { patientId: patient.id, replacedById: id },
    by,
  );
  if (old) {
    replaces = old.id;
    // The correcting note takes the visit's place, including its appointment.
    if (!appointmentId && old.appointmentId) {
      appointmentId = old.appointmentId;
      old.appointmentId = null;
      await ctx.em.flush();
    }
  }
  const encounter = ctx.em.create(Encounter, {
    id,
    patient,
    kind: input.kind,
    practitionerId: by.id,
    practitionerName: by.name,
    appointmentId,
    occurredAt: startedAt,
    reason: reason ?? '',
    ...soap,
    replacesId: replaces,
    ...authored(by, now),
  });
  currentAuditScope()?.setTarget('Encounter', encounter.id, patient.id);
  return encounter;
}

export async function completeEncounter(ctx: RequestContext, input: CompleteEncounterInput) {
  const e = isUuid(input.id) ? await ctx.em.findOne(Encounter, input.id) : null;
  if (!e) throw new NotFoundError('Encounter');
  currentAuditScope()?.setTarget('Encounter', e.id, e.patient.id);
  if (e.enteredInErrorAt) throw new ConflictError('This visit was marked entered in error.');
  if (e.status === EncounterStatus.COMPLETED) return e;
  const endedAt = input.endedAt ?? ctx.clock.now();
  if (endedAt < e.occurredAt) throw new ValidationError({ endedAt: 'is before the start' });
  e.status = EncounterStatus.COMPLETED;
  e.endedAt = endedAt;
  return e;
}

/**
 * Opens the encounter of a completed appointment (R5); called by scheduling inside its own
 * transaction. Idempotent: the appointment's existing encounter is returned.
 */
export async function openEncounterForAppointment(
  em: EntityManager,
  args: {
    appointmentId: string;
    patientId: string;
    practitionerUserId: string;
    reason: string;
    startedAt: Date;
    kind?: EncounterKind;
    now: Date;
  },
): Promise<Encounter> {
  const existing = await em.findOne(Encounter, { appointmentId: args.appointmentId });
  if (existing) return existing;
  const user = await em.findOneOrFail(User, args.practitionerUserId);
  const now = args.now;
  return em.create(Encounter, {
    patient: em.getReference(Patient, args.patientId),
    kind: args.kind ?? EncounterKind.CONSULTATION,
    practitionerId: user.id,
    practitionerName: user.displayName,
    appointmentId: args.appointmentId,
    occurredAt: args.startedAt,
    reason: args.reason.slice(0, 500) || '—',
    recordedById: user.id,
    recordedByName: user.displayName,
    recordedAt: now,
  });
}

/**
 * Subscriber of `AppointmentStarted` and `AppointmentCompleted`: the visit's clinical record is
 * opened when it starts, so notes can be written during it, and guaranteed when it completes (R5
 * links the visit to its notes). Idempotent per appointment, so a replay opens nothing twice.
 */
export async function openEncounterForVisit(
  visit: {
    appointmentId: string;
    patientId: string;
    practitionerUserId: string;
    reason: string;
    at: Date;
  },
  ctx: EventContext,
): Promise<void> {
  const encounter = await openEncounterForAppointment(ctx.em, {
    appointmentId: visit.appointmentId,
    patientId: visit.patientId,
    practitionerUserId: visit.practitionerUserId,
    reason: visit.reason,
    startedAt: visit.at,
    now: ctx.clock.now(),
  });
  await domainEvents.publish(ctx, 'VisitEncounterOpened', {
    appointmentId: visit.appointmentId,
    encounterId: encounter.id,
  });
}

/** An admission, as records hears of it (wards' `PatientAdmitted` and its sequels). */
interface AdmissionFact {
  admissionId: string;
  patientId: string;
  attendingUserId: string;
  reason: string;
  at: Date;
}

/**
 * Subscriber of `PatientAdmitted`: the stay's inpatient encounter, which the stay's entries
 * belong to. Idempotent per admission.
 */
export async function openEncounterForAdmission(
  fact: AdmissionFact,
  ctx: EventContext,
): Promise<void> {
  if (await ctx.em.findOne(Encounter, { admissionId: fact.admissionId })) return;
  const user = await ctx.em.findOneOrFail(User, fact.attendingUserId);
  ctx.em.create(Encounter, {
    patient: ctx.em.getReference(Patient, fact.patientId),
    kind: EncounterKind.INPATIENT,
    practitionerId: user.id,
    practitionerName: user.displayName,
    admissionId: fact.admissionId,
    occurredAt: fact.at,
    reason: fact.reason.slice(0, 500) || '—',
    recordedById: user.id,
    recordedByName: user.displayName,
    recordedAt: ctx.clock.now(),
  });
}

/**
 * Subscriber of `PatientDischarged` and `AdmissionCancelled`: the stay's encounter ends; a
 * cancelled admission's encounter is also marked entered in error (its entries keep their own).
 */
export async function closeEncounterForAdmission(
  fact: AdmissionFact & { cancelled?: boolean },
  ctx: EventContext,
): Promise<void> {
  const e = await ctx.em.findOne(Encounter, { admissionId: fact.admissionId });
  if (!e || e.status === EncounterStatus.COMPLETED) return;
  e.status = EncounterStatus.COMPLETED;
  e.endedAt = fact.at;
  if (fact.cancelled) {
    e.enteredInErrorAt = ctx.clock.now();
    e.enteredInErrorReason = 'Admission entered in error';
  }
}

/** A patient's visits, newest first (R5): what a patient sees of them is ruled per field. */
export async function listEncounters(
  ctx: RequestContext,
  args: { patientId: string; first?: number; after?: string },
) {
  const patient = await patientInScope(ctx, args.patientId, PatientPart.CHART);
  const self = ctx.viewer !== null && isPatientAccount(ctx.viewer);
  await auditClinicalRead(ctx, [patient.id], 'encounters');
  return ctx.em.findByCursor(Encounter, {
    where: { patient: patient.id, ...(self ? { enteredInErrorAt: null } : {}) },
    first: pageSize(args.first),
    after: args.after,
    orderBy: { occurredAt: 'desc', id: 'desc' },
    includeCount: true,
  });
}

export async function getEncounter(ctx: RequestContext, id: string) {
  const e = isUuid(id) ? await ctx.em.findOne(Encounter, id) : null;
  if (!e) throw new NotFoundError('Encounter');
  await patientInScope(ctx, e.patient.id, PatientPart.CHART).catch(() => {
    throw new NotFoundError('Encounter');
  });
  if (ctx.viewer !== null && isPatientAccount(ctx.viewer) && e.enteredInErrorAt)
    throw new NotFoundError('Encounter');
  await auditClinicalRead(ctx, [e.patient.id], 'encounter');
  return e;
}

/** Codes a diagnosis from the bundled ICD-10 list, or records free text flagged as uncoded. */
export async function addDiagnosis(ctx: RequestContext, input: AddDiagnosisInput) {
  const p = new Problems();
  const freeText = p.text('freeText', input.freeText, 300);
  let code: string | null = null;
  let label = freeText ?? '';
  if (input.code?.trim()) {
    const found = icd10ByCode(input.code);
    if (!found) p.add('code', 'is not in the ICD-10 list; use free text instead');
    else {
      code = found.code;
      label = found.titleFr;
    }
  } else if (!freeText) p.add('freeText', 'is required when no code is given');
  if (input.onsetDate && input.onsetDate > ctx.clock.now().toISOString().slice(0, 10)) {
    p.add('onsetDate', 'cannot be in the future');
  }
  p.throwIfAny();
  const patient = await patientForWrite(ctx, input.patientId);
  const encounter = await encounterOf(ctx.em, patient.id, input.encounterId);
  const by = await author(ctx);
  const now = ctx.clock.now();
  const d = ctx.em.create(Diagnosis, {
    patient,
    encounter,
    code,
    label,
    uncoded: code === null,
    rank: input.rank,
    onsetDate: input.onsetDate ?? null,
    occurredAt: now,
    ...authored(by, now),
  });
  const old = await correctedBy(
    ctx,
    Diagnosis,
    input.corrects,
    { patientId: patient.id, replacedById: d.id },
    by,
  );
  if (old) {
    d.replacesId = old.id;
  }
  currentAuditScope()?.setTarget('Diagnosis', d.id, patient.id);
  return d;
}

export async function resolveDiagnosis(ctx: RequestContext, id: string) {
  const d = isUuid(id) ? await ctx.em.findOne(Diagnosis, id) : null;
  if (!d) throw new NotFoundError('Diagnosis');
  currentAuditScope()?.setTarget('Diagnosis', d.id, d.patient.id);
  if (d.enteredInErrorAt) throw new ConflictError('This diagnosis was marked entered in error.');
  if (d.status === DiagnosisStatus.RESOLVED) return d;
  d.status = DiagnosisStatus.RESOLVED;
  d.resolvedAt = ctx.clock.now();
  return d;
}

export async function listDiagnoses(
  ctx: RequestContext,
  args: { patientId: string; activeOnly?: boolean },
) {
  const patient = await patientInScope(ctx, args.patientId, PatientPart.CARE_TEAM);
  await auditClinicalRead(ctx, [patient.id], 'diagnoses');
  return ctx.em.find(
    Diagnosis,
    {
      patient: patient.id,
      ...(args.activeOnly ? { status: DiagnosisStatus.ACTIVE, enteredInErrorAt: null } : {}),
    },
    { orderBy: { occurredAt: 'desc', id: 'desc' }, limit: 500 },
  );
}

export function icd10Codes(search: string | undefined, first: number | undefined) {
  return searchIcd10(search ?? '', Math.min(Math.max(first ?? 20, 1), 100));
}
