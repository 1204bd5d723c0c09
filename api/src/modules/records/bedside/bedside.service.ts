import { currentAuditScope } from '../../../kernel/audit-scope.js';
import type { RequestContext } from '../../../kernel/context.js';
import { domainEvents } from '../../../kernel/events.js';
import { pageSize } from '../../../kernel/graphql/connection.js';
import { writeOnce, type WriteOnce } from '../../../kernel/write-once.js';
import { isPatientAccount, PatientPart } from '../../access/index.js';
import type { Patient } from '../../patients/index.js';
import {
  auditClinicalRead,
  author,
  authored,
  correctedBy,
  patientForWrite,
  patientInScope,
} from '../access.js';
import { CareNote } from './care-note.entity.js';
import { notBeforeBirth, Problems } from '../checks.js';
import { EncounterStatus, News2Risk } from '../clinical-enums.js';
import { Encounter } from '../encounters/encounter.entity.js';
import { encounterOf } from '../encounters/encounters.service.js';
import { news2IfComplete } from './news2.js';
import type { AddCareNoteInput, RecordVitalsInput } from './bedside.inputs.js';
import { checkVitals } from './vital-limits.js';
import { VitalSigns } from './vital-signs.entity.js';

/**
 * The doctor responsible for the patient now: the practitioner of the open visit, else of the most
 * recent one. Null when the patient has never been seen.
 */
export async function attendingDoctorId(
  ctx: RequestContext,
  patientId: string,
): Promise<string | null> {
  const base = { patient: patientId, enteredInErrorAt: null };
  const opts = { orderBy: { occurredAt: 'desc' as const }, limit: 1 };
  const [open] = await ctx.em.find(
    Encounter,
    { ...base, status: EncounterStatus.IN_PROGRESS },
    opts,
  );
  const [latest] = open ? [open] : await ctx.em.find(Encounter, base, opts);
  return latest?.practitionerId ?? null;
}

/**
 * Records a set of vital signs. Impossible values are refused with field errors, abnormal ones
 * flagged; a complete set gets its NEWS2 score, and a medium or high score notifies the attending
 * doctor (urgent when high). Safe to replay under its device-made id (`writeOnce`).
 */
export function recordVitals(ctx: RequestContext, input: RecordVitalsInput): Promise<VitalSigns> {
  return writeOnce(ctx, VitalSigns, input, (once) => newVitals(ctx, input, once));
}

async function newVitals(
  ctx: RequestContext,
  input: RecordVitalsInput,
  { id, requestHash }: WriteOnce,
): Promise<VitalSigns> {
  const now = ctx.clock.now();
  const p = new Problems();
  const takenAt = p.notFuture('takenAt', input.takenAt, now);
  const values = {
    temperatureC: input.temperatureC ?? null,
    heartRate: input.heartRate ?? null,
    systolicBp: input.systolicBp ?? null,
    diastolicBp: input.diastolicBp ?? null,
    respiratoryRate: input.respiratoryRate ?? null,
    spo2: input.spo2 ?? null,
    onOxygen: input.onOxygen ?? null,
    consciousness: input.consciousness ?? null,
    painScore: input.painScore ?? null,
    weightKg: input.weightKg ?? null,
    heightCm: input.heightCm ?? null,
    glucoseMmolL: input.glucoseMmolL ?? null,
  };
  const check = checkVitals(values);
  for (const [f, m] of Object.entries(check.errors)) p.add(f, m);
  p.throwIfAny();
  const patient = await patientForWrite(ctx, input.patientId);
  notBeforeBirth('takenAt', takenAt, patient.birthDate);
  const encounter = await encounterOf(ctx.em, patient.id, input.encounterId);
  const by = await author(ctx);
  const score = news2IfComplete({ ...values, spo2Scale2: input.spo2Scale2 ?? false });
  const old = await correctedBy(
    ctx,
    VitalSigns,
    input.corrects,
    { patientId: patient.id, replacedById: id },
    by,
  );
  const replaces = old?.id ?? null;
  const vitals = ctx.em.create(VitalSigns, {
    id,
    patient,
    encounter,
    ...values,
    spo2Scale2: input.spo2Scale2 ?? false,
    news2Score: score?.score ?? null,
    news2Risk: score?.risk ?? null,
    abnormal: check.abnormal,
    requestHash,
    replacesId: replaces,
    occurredAt: takenAt,
    ...authored(by, now),
  });
  currentAuditScope()?.setTarget('VitalSigns', vitals.id, patient.id);
  if (score && (score.risk === News2Risk.MEDIUM || score.risk === News2Risk.HIGH)) {
    await alertDoctor(ctx, patient, vitals.id, score.score, score.risk === News2Risk.HIGH);
  }
  return vitals;
}

/** Publishes the at-risk score; the attending doctor is the one who must hear of it. */
async function alertDoctor(
  ctx: RequestContext,
  patient: Patient,
  vitalSignsId: string,
  score: number,
  high: boolean,
) {
  const doctorId = await attendingDoctorId(ctx, patient.id);
  await domainEvents.publish(ctx, 'VitalsScoredAtRisk', {
    vitalSignsId,
    patientId: patient.id,
    patientName: patient.displayName,
    news2Score: score,
    risk: high ? 'HIGH' : 'MEDIUM',
    recipientUserIds: doctorId ? [doctorId] : [],
    at: ctx.clock.now(),
  });
}

export async function listVitals(
  ctx: RequestContext,
  args: { patientId: string; first?: number; after?: string; from?: Date; to?: Date },
) {
  const patient = await patientInScope(ctx, args.patientId, PatientPart.CHART);
  await auditClinicalRead(ctx, [patient.id], 'vitals');
  const where: Record<string, unknown> = { patient: patient.id };
  if (ctx.viewer !== null && isPatientAccount(ctx.viewer)) where.enteredInErrorAt = null;
  const range: Record<string, Date> = {};
  if (args.from) range.$gte = args.from;
  if (args.to) range.$lt = args.to;
  if (Object.keys(range).length) where.occurredAt = range;
  return ctx.em.findByCursor(VitalSigns, {
    where,
    first: pageSize(args.first),
    after: args.after,
    orderBy: { occurredAt: 'desc', id: 'desc' },
    includeCount: true,
  });
}

/** A care note; the patient never sees them. Safe to replay under its device-made id. */
export function addCareNote(ctx: RequestContext, input: AddCareNoteInput): Promise<CareNote> {
  return writeOnce(ctx, CareNote, input, (once) => newCareNote(ctx, input, once));
}

async function newCareNote(
  ctx: RequestContext,
  input: AddCareNoteInput,
  { id, requestHash }: WriteOnce,
): Promise<CareNote> {
  const now = ctx.clock.now();
  const p = new Problems();
  const text = p.text('text', input.text, 10_000, true) ?? '';
  const occurredAt = p.notFuture('occurredAt', input.occurredAt, now);
  p.throwIfAny();
  const patient = await patientForWrite(ctx, input.patientId);
  notBeforeBirth('occurredAt', occurredAt, patient.birthDate);
  const encounter = await encounterOf(ctx.em, patient.id, input.encounterId);
  const by = await author(ctx);
  const old = await correctedBy(
    ctx,
    CareNote,
    input.corrects,
    { patientId: patient.id, replacedById: id },
    by,
  );
  const replaces = old?.id ?? null;
  const note = ctx.em.create(CareNote, {
    id,
    patient,
    encounter,
    category: input.category,
    text,
    authorRole: by.role,
    requestHash,
    replacesId: replaces,
    occurredAt,
    ...authored(by, now),
  });
  currentAuditScope()?.setTarget('CareNote', note.id, patient.id);
  return note;
}

export async function listCareNotes(
  ctx: RequestContext,
  args: { patientId: string; first?: number; after?: string },
) {
  const patient = await patientInScope(ctx, args.patientId, PatientPart.CARE_TEAM);
  await auditClinicalRead(ctx, [patient.id], 'careNotes');
  return ctx.em.findByCursor(CareNote, {
    where: { patient: patient.id },
    first: pageSize(args.first),
    after: args.after,
    orderBy: { occurredAt: 'desc', id: 'desc' },
    includeCount: true,
  });
}
