import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { currentAuditScope } from '../../kernel/audit-scope.js';
import { requireViewer, type RequestContext } from '../../kernel/context.js';
import { ConflictError, NotFoundError, sqlState, ValidationError } from '../../kernel/errors.js';
import { domainEvents } from '../../kernel/events.js';
import { Problems } from '../../kernel/problems.js';
import { isUuid } from '../../kernel/validation.js';
import { isPatientAccount, PatientPart, requirePatientAccess } from '../access/index.js';
import { User } from '../auth/index.js';
import { Patient, PatientStatus, Sex } from '../patients/index.js';
import { Admission, BedReservation, BedStay, CareTeamMember } from './admission.entity.js';
import { announceBed, BedOccupiedError, lockBed, openStayOf } from './structure.service.js';
import { Bed, Ward } from './ward.entity.js';
import type {
  AdmitPatientInput,
  CancelAdmissionInput,
  DischargePatientInput,
  ReserveBedInput,
  SetCareTeamInput,
  TransferPatientInput,
  WriteDischargeSummaryInput,
} from './wards.inputs.js';
import { mayAttend, writesDischargeSummary } from './wards.rules.js';
import { AdmissionStatus, BedCondition, SexPolicy } from './wards-enums.js';

/** Devices' clocks drift a little: a time this far ahead of the server is still "now". */
const SKEW_MS = 5 * 60_000;

function notFuture(p: Problems, field: string, at: Date | undefined, now: Date): Date {
  if (!at) return now;
  if (at.getTime() > now.getTime() + SKEW_MS) p.add(field, 'cannot be in the future');
  return at;
}

/** A patient who may be admitted, or the field error. */
async function admissiblePatient(em: EntityManager, id: string): Promise<Patient> {
  const patient = isUuid(id) ? await em.findOne(Patient, id) : null;
  if (!patient) throw new ValidationError({ patientId: 'is not a known patient' });
  if (patient.status !== PatientStatus.ACTIVE) {
    throw new ValidationError({ patientId: 'is not an active record (merged or deceased)' });
  }
  return patient;
}

/** The account of a doctor who may attend, or the field error. */
async function doctor(em: EntityManager, id: string, field: string): Promise<User> {
  const user = isUuid(id) ? await em.findOne(User, id) : null;
  if (!user || !user.active || !mayAttend(user.role)) {
    throw new ValidationError({ [field]: 'is not an active doctor' });
  }
  return user;
}

/** Whether a ward takes a patient of this sex (patients of other or unknown sex go anywhere). */
function wardTakes(ward: Ward, sex: Sex): boolean {
  if (ward.sexPolicy === SexPolicy.FEMALE) return sex !== Sex.MALE;
  if (ward.sexPolicy === SexPolicy.MALE) return sex !== Sex.FEMALE;
  return true;
}

/**
 * Checks that a locked bed can take this patient now: ready, empty, not held for someone else,
 * on a ward that takes the patient's sex. Answers the patient's own reservation, to close.
 */
async function bedTakes(
  em: EntityManager,
  bed: Bed,
  patient: Patient,
  field: string,
): Promise<BedReservation | null> {
  if (await openStayOf(em, bed.id)) throw new BedOccupiedError();
  if (bed.condition === BedCondition.OUT_OF_SERVICE) {
    throw new ValidationError({ [field]: 'is out of service' });
  }
  if (bed.condition === BedCondition.TO_CLEAN) {
    throw new ValidationError({ [field]: 'is waiting to be cleaned' });
  }
  const ward = await em.findOneOrFail(Ward, bed.ward.id);
  if (!wardTakes(ward, patient.sex)) {
    throw new ValidationError({
      [field]: `is on a ward for ${ward.sexPolicy.toLowerCase()} patients`,
    });
  }
  const reservation = await em.findOne(BedReservation, { bed: bed.id, closedAt: null });
  if (reservation && reservation.patient.id !== patient.id) {
    throw new ConflictError('This bed is reserved for another patient.');
  }
  return reservation;
}

/**
 * Flushes new stays: PostgreSQL's exclusion constraints have the last word on who holds a bed
 * and where a patient lies, and its unique index on who is admitted.
 */
async function flushStays(em: EntityManager): Promise<void> {
  try {
    await em.flush();
  } catch (err) {
    const message = (err as Error).message;
    if (sqlState(err) === '23P01' && message.includes('bed_stay_bed_no_overlap')) {
      throw new BedOccupiedError('This bed was occupied at that time.');
    }
    if (sqlState(err) === '23P01' && message.includes('bed_stay_patient_no_overlap')) {
      throw new ValidationError({ at: 'overlaps another stay of this patient' });
    }
    if (sqlState(err) === '23505' && message.includes('admission_one_active_per_patient')) {
      throw new ConflictError('This patient is already admitted.');
    }
    throw err;
  }
}

/** An admission for a change: locked, and active unless said otherwise. */
async function lockAdmission(em: EntityManager, id: string, active = true): Promise<Admission> {
  const a = isUuid(id)
    ? await em.findOne(Admission, id, { lockMode: LockMode.PESSIMISTIC_WRITE })
    : null;
  if (!a) throw new ValidationError({ admissionId: 'is not a known admission' });
  if (active && a.status !== AdmissionStatus.ACTIVE) {
    throw new ValidationError({ admissionId: `is ${a.status.toLowerCase()}` });
  }
  currentAuditScope()?.setTarget('Admission', a.id, a.patient.id);
  return a;
}

async function openStayOfAdmission(em: EntityManager, admission: Admission): Promise<BedStay> {
  return em.findOneOrFail(BedStay, { admission, endedAt: null, cancelled: false });
}

export async function admitPatient(ctx: RequestContext, input: AdmitPatientInput) {
  const viewer = requireViewer(ctx);
  const now = ctx.clock.now();
  const p = new Problems();
  const reason = p.text('reason', input.reason, 500, true) ?? '';
  if (input.expectedDays != null && (input.expectedDays < 1 || input.expectedDays > 365)) {
    p.add('expectedDays', 'must be between 1 and 365');
  }
  const at = notFuture(p, 'admittedAt', input.admittedAt, now);
  p.throwIfAny();
  const patient = await admissiblePatient(ctx.em, input.patientId);
  if (at.getTime() < Date.parse(`${patient.birthDate}T00:00:00+14:00`)) {
    throw new ValidationError({ admittedAt: 'is before the patient was born' });
  }
  const attending = await doctor(ctx.em, input.attendingUserId, 'attendingUserId');
  currentAuditScope()?.setTarget('Patient', patient.id, patient.id);
  const bed = await lockBed(ctx.em, input.bedId);
  const reservation = await bedTakes(ctx.em, bed, patient, 'bedId');
  if (await ctx.em.findOne(Admission, { patient, status: AdmissionStatus.ACTIVE })) {
    throw new ConflictError('This patient is already admitted.');
  }
  const admission = ctx.em.create(Admission, {
    patient,
    source: input.source,
    reason,
    expectedDays: input.expectedDays ?? null,
    attendingUserId: attending.id,
    attendingName: attending.displayName,
    admittedAt: at,
    admittedById: viewer.userId,
  });
  ctx.em.create(BedStay, {
    admission,
    bed,
    wardId: bed.ward.id,
    patientId: patient.id,
    startedAt: at,
  });
  if (reservation) reservation.closedAt = now;
  await flushStays(ctx.em);
  currentAuditScope()?.setTarget('Admission', admission.id, patient.id);
  await domainEvents.publish(ctx, 'PatientAdmitted', {
    admissionId: admission.id,
    patientId: patient.id,
    attendingUserId: attending.id,
    reason,
    at,
  });
  announceBed(bed, 'ADMITTED');
  return admission;
}

export async function transferPatient(ctx: RequestContext, input: TransferPatientInput) {
  const now = ctx.clock.now();
  const p = new Problems();
  const reason = p.text('reason', input.reason, 500, true);
  const at = notFuture(p, 'at', input.at, now);
  p.throwIfAny();
  const admission = await lockAdmission(ctx.em, input.admissionId);
  const stay = await openStayOfAdmission(ctx.em, admission);
  if (stay.bed.id === input.toBedId) throw new ValidationError({ toBedId: 'is the current bed' });
  if (at <= stay.startedAt) throw new ValidationError({ at: 'is before the patient got this bed' });
  // Both beds locked in a fixed order, so that two crossing transfers cannot deadlock.
  const [first, second] = [stay.bed.id, input.toBedId].sort();
  const locked = new Map<string, Bed>();
  for (const id of [first, second] as string[]) {
    locked.set(id, await lockBed(ctx.em, id, id === input.toBedId ? 'toBedId' : 'bedId'));
  }
  const from = locked.get(stay.bed.id) as Bed;
  const to = locked.get(input.toBedId) as Bed;
  const patient = await ctx.em.findOneOrFail(Patient, admission.patient.id);
  const reservation = await bedTakes(ctx.em, to, patient, 'toBedId');
  stay.endedAt = at;
  from.condition = BedCondition.TO_CLEAN;
  from.conditionSince = now;
  // The old stay must end before the new one begins, or the patient would lie in two beds.
  await ctx.em.flush();
  ctx.em.create(BedStay, {
    admission,
    bed: to,
    wardId: to.ward.id,
    patientId: patient.id,
    startedAt: at,
    transferReason: reason,
  });
  if (reservation) reservation.closedAt = now;
  await flushStays(ctx.em);
  announceBed(from, 'TRANSFERRED_OUT');
  announceBed(to, 'TRANSFERRED_IN');
  return admission;
}

export async function dischargePatient(ctx: RequestContext, input: DischargePatientInput) {
  const viewer = requireViewer(ctx);
  const now = ctx.clock.now();
  const p = new Problems();
  const summary = p.text('summary', input.summary, 20_000);
  if (summary && !writesDischargeSummary(viewer)) p.add('summary', 'is written by a doctor');
  const at = notFuture(p, 'at', input.at, now);
  p.throwIfAny();
  const admission = await lockAdmission(ctx.em, input.admissionId);
  const stay = await openStayOfAdmission(ctx.em, admission);
  if (at <= stay.startedAt) throw new ValidationError({ at: 'is before the patient got this bed' });
  const bed = await lockBed(ctx.em, stay.bed.id);
  stay.endedAt = at;
  bed.condition = BedCondition.TO_CLEAN;
  bed.conditionSince = now;
  Object.assign(admission, {
    status: AdmissionStatus.DISCHARGED,
    dischargedAt: at,
    dischargeDestination: input.destination,
    dischargeSummary: summary,
    dischargedById: viewer.userId,
  });
  await domainEvents.publish(ctx, 'PatientDischarged', {
    admissionId: admission.id,
    patientId: admission.patient.id,
    attendingUserId: admission.attendingUserId,
    reason: admission.reason,
    destination: input.destination,
    at,
  });
  announceBed(bed, 'DISCHARGED');
  return admission;
}

/** A doctor writes (or rewrites) the summary of a stay, at or after discharge. */
export async function writeDischargeSummary(
  ctx: RequestContext,
  input: WriteDischargeSummaryInput,
) {
  const p = new Problems();
  const summary = p.text('summary', input.summary, 20_000, true);
  p.throwIfAny();
  const admission = await lockAdmission(ctx.em, input.admissionId, false);
  if (admission.status === AdmissionStatus.CANCELLED) {
    throw new ValidationError({ admissionId: 'is cancelled' });
  }
  admission.dischargeSummary = summary;
  return admission;
}

/** An admission entered in error: kept and struck through; its stays no longer hold beds. */
export async function cancelAdmission(ctx: RequestContext, input: CancelAdmissionInput) {
  const now = ctx.clock.now();
  const p = new Problems();
  const reason = p.text('reason', input.reason, 500, true);
  p.throwIfAny();
  const admission = await lockAdmission(ctx.em, input.admissionId, false);
  if (admission.status === AdmissionStatus.CANCELLED) {
    throw new ValidationError({ admissionId: 'is already cancelled' });
  }
  const stays = await ctx.em.find(BedStay, { admission, cancelled: false });
  for (const s of stays) {
    s.cancelled = true;
    s.endedAt ??= now > s.startedAt ? now : new Date(s.startedAt.getTime() + 1);
  }
  Object.assign(admission, {
    status: AdmissionStatus.CANCELLED,
    cancelledAt: now,
    cancelReason: reason,
  });
  await domainEvents.publish(ctx, 'AdmissionCancelled', {
    admissionId: admission.id,
    patientId: admission.patient.id,
    attendingUserId: admission.attendingUserId,
    reason: admission.reason,
    at: now,
  });
  for (const s of stays) announceBed({ id: s.bed.id, ward: { id: s.wardId } }, 'CANCELLED');
  return admission;
}

export async function reserveBed(ctx: RequestContext, input: ReserveBedInput) {
  const now = ctx.clock.now();
  const p = new Problems();
  const note = p.text('note', input.note, 300);
  if (input.plannedFor.getTime() < now.getTime() - 60 * 60_000) {
    p.add('plannedFor', 'is in the past');
  }
  p.throwIfAny();
  const patient = await admissiblePatient(ctx.em, input.patientId);
  currentAuditScope()?.setTarget('Patient', patient.id, patient.id);
  const bed = await lockBed(ctx.em, input.bedId);
  if (bed.condition === BedCondition.OUT_OF_SERVICE) {
    throw new ValidationError({ bedId: 'is out of service' });
  }
  const ward = await ctx.em.findOneOrFail(Ward, bed.ward.id);
  if (!wardTakes(ward, patient.sex)) {
    throw new ValidationError({
      bedId: `is on a ward for ${ward.sexPolicy.toLowerCase()} patients`,
    });
  }
  if (await ctx.em.findOne(BedReservation, { bed, closedAt: null })) {
    throw new ConflictError('This bed is already reserved.');
  }
  const r = ctx.em.create(BedReservation, { bed, patient, plannedFor: input.plannedFor, note });
  announceBed(bed, 'RESERVED');
  return r;
}

export async function cancelBedReservation(ctx: RequestContext, reservationId: string) {
  const r = isUuid(reservationId)
    ? await ctx.em.findOne(BedReservation, { id: reservationId, closedAt: null })
    : null;
  if (!r) throw new ValidationError({ reservationId: 'is not an open reservation' });
  const bed = await lockBed(ctx.em, r.bed.id);
  r.closedAt = ctx.clock.now();
  currentAuditScope()?.setTarget('Patient', r.patient.id, r.patient.id);
  announceBed(bed, 'RESERVATION_CANCELLED');
  return r;
}

/** Replaces the doctors on an inpatient's care team (the attending is always on it). */
export async function setCareTeam(ctx: RequestContext, input: SetCareTeamInput) {
  if (input.doctorUserIds.length > 20) {
    throw new ValidationError({ doctorUserIds: 'at most 20 doctors' });
  }
  const admission = await lockAdmission(ctx.em, input.admissionId);
  const wanted = [...new Set(input.doctorUserIds)].filter((id) => id !== admission.attendingUserId);
  const users = new Map<string, User>();
  for (const id of wanted) users.set(id, await doctor(ctx.em, id, 'doctorUserIds'));
  const current = await ctx.em.find(CareTeamMember, { admission });
  for (const m of current) if (!users.has(m.userId)) ctx.em.remove(m);
  for (const [id, user] of users) {
    if (!current.some((m) => m.userId === id)) {
      ctx.em.create(CareTeamMember, { admission, userId: id, name: user.displayName });
    }
  }
  return admission;
}

/** A patient's stays, newest first: the admissions office, care team, cashier, or the patient. */
export async function listAdmissions(ctx: RequestContext, patientId: string) {
  await requirePatientAccess(ctx, patientId, PatientPart.IDENTITY);
  const self = ctx.viewer !== null && isPatientAccount(ctx.viewer);
  return ctx.em.find(
    Admission,
    { patient: patientId, ...(self ? { status: { $ne: AdmissionStatus.CANCELLED } } : {}) },
    { orderBy: { admittedAt: 'desc', id: 'desc' }, limit: 200 },
  );
}

export async function getAdmission(ctx: RequestContext, id: string) {
  const a = isUuid(id) ? await ctx.em.findOne(Admission, id) : null;
  if (!a) throw new NotFoundError('Admission');
  await requirePatientAccess(ctx, a.patient.id, PatientPart.IDENTITY).catch(() => {
    throw new NotFoundError('Admission');
  });
  if (ctx.viewer && isPatientAccount(ctx.viewer) && a.status === AdmissionStatus.CANCELLED) {
    throw new NotFoundError('Admission');
  }
  return a;
}
