import { LockMode } from '@mikro-orm/core';
import { currentAuditScope } from '../../kernel/audit-scope.js';
import { requireViewer, type RequestContext } from '../../kernel/context.js';
import { ConflictError, NotFoundError, sqlState, ValidationError } from '../../kernel/errors.js';
import { Problems } from '../../kernel/problems.js';
import { publishAfterCommit } from '../../kernel/pubsub.js';
import { isUuid } from '../../kernel/validation.js';
import { nextDate, zonedDay, zonedInstant } from '../../kernel/zoned-time.js';
import { isPatientAccount, PatientPart, requirePatientAccess } from '../access/index.js';
import { createPatientRecord, Patient, PatientStatus, Sex } from '../patients/index.js';
import { recordVitals } from '../records/index.js';
import { AdmissionSource, admitPatient } from '../wards/index.js';
import { EmergencyAmendment, EmergencyCase, EmergencyTriage } from './emergency-case.entity.js';
import { EmergencyOutcome, EmergencyStatus } from './emergency-enums.js';
import type {
  AmendEmergencyCaseInput,
  CloseEmergencyCaseInput,
  EmergencyPeriodInput,
  MoveEmergencyCaseInput,
  RegisterEmergencyArrivalInput,
  TakeEmergencyCaseInput,
  TriageEmergencyCaseInput,
} from './emergency.inputs.js';
import type { EmergencyFigures } from './emergency.types.js';
import { mayMove } from './triage-scale.js';

export const EMERGENCY_QUEUE_TOPIC = 'EMERGENCY_QUEUE_CHANGED';

/** What a queue subscriber hears: which case changed and how; it reads the queue again. */
export interface EmergencyQueueChange {
  caseId: string;
  change: 'ARRIVED' | 'TRIAGED' | 'TAKEN' | 'MOVED' | 'CLOSED';
}

function announce(caseId: string, change: EmergencyQueueChange['change']): void {
  publishAfterCommit(EMERGENCY_QUEUE_TOPIC, { caseId, change } satisfies EmergencyQueueChange);
}

/** How an unknown patient is named until identified, as French hospitals do: "INCONNU Homme 0412". */
const UNKNOWN_FAMILY_NAME = 'INCONNU';
const UNKNOWN_SEX_WORD: Record<Sex, string> = {
  [Sex.MALE]: 'Homme',
  [Sex.FEMALE]: 'Femme',
  [Sex.OTHER]: 'Personne',
  [Sex.UNKNOWN]: 'Personne',
};

/** The temporary name of the n-th unknown patient. */
export function unknownPatientName(
  sex: Sex,
  n: number,
): { familyName: string; givenNames: string } {
  return {
    familyName: UNKNOWN_FAMILY_NAME,
    givenNames: `${UNKNOWN_SEX_WORD[sex]} ${String(n % 10_000).padStart(4, '0')}`,
  };
}

function actorName(ctx: RequestContext): Promise<{ id: string; name: string }> {
  const viewer = requireViewer(ctx);
  return Promise.resolve({ id: viewer.userId, name: viewer.displayName });
}

/** An open case locked for a change; a closed one is refused (amend it instead). */
async function lockOpenCase(ctx: RequestContext, id: string): Promise<EmergencyCase> {
  const c = isUuid(id)
    ? await ctx.em.findOne(EmergencyCase, id, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
        refresh: true,
      })
    : null;
  if (!c) throw new NotFoundError('Emergency case');
  currentAuditScope()?.setTarget('EmergencyCase', c.id, c.patient.id);
  if (c.closedAt) throw new ConflictError('This case is closed: add an amendment instead.');
  return c;
}

async function flushCase(ctx: RequestContext): Promise<void> {
  try {
    await ctx.em.flush();
  } catch (err) {
    if (
      sqlState(err) === '23505' &&
      (err as Error).message.includes('emergency_case_one_open_per_patient')
    ) {
      throw new ConflictError('This patient is already in the emergency department.');
    }
    throw err;
  }
}

/**
 * Registers an arrival: a patient found in the registry, or an unknown one given a temporary
 * record (merged later into the real one with the registry's merge; the case follows).
 */
export async function registerArrival(
  ctx: RequestContext,
  input: RegisterEmergencyArrivalInput,
): Promise<EmergencyCase> {
  const actor = await actorName(ctx);
  const now = ctx.clock.now();
  const p = new Problems();
  const complaintText = p.text('complaintText', input.complaintText, 500);
  const arrivedAt = p.notFuture('arrivedAt', input.arrivedAt, now);
  if (arrivedAt.getTime() < now.getTime() - 48 * 3_600_000) {
    p.add('arrivedAt', 'is more than 48 hours ago');
  }
  if (!input.patientId === !input.unknown) {
    p.add('patientId', 'give either a patient or an unknown patient');
  }
  const u = input.unknown;
  const description = u ? p.text('unknown.description', u.description, 500) : null;
  if (u && (!Number.isInteger(u.estimatedAge) || u.estimatedAge < 0 || u.estimatedAge > 120)) {
    p.add('unknown.estimatedAge', 'must be between 0 and 120');
  }
  p.throwIfAny();
  let patient: Patient;
  if (u) {
    const rows = await ctx.em.execute<{ n: string }[]>(
      `select nextval('emergency_unknown_seq')::text as n`,
    );
    const year = Number(zonedDay(now, ctx.config.timeZone).date.slice(0, 4)) - u.estimatedAge;
    patient = await createPatientRecord(ctx.em, {
      ...unknownPatientName(u.sex, Number(rows[0]?.n ?? 0)),
      birthDate: `${String(year).padStart(4, '0')}-01-01`,
      sex: u.sex,
    });
  } else {
    const found = isUuid(input.patientId ?? '')
      ? await ctx.em.findOne(Patient, input.patientId as string)
      : null;
    if (!found) throw new ValidationError({ patientId: 'is not a known patient' });
    if (found.status !== PatientStatus.ACTIVE) {
      throw new ValidationError({ patientId: 'is not an active record (merged or deceased)' });
    }
    patient = found;
  }
  const c = ctx.em.create(EmergencyCase, {
    patient,
    arrivedAt,
    mode: input.mode,
    complaint: input.complaint,
    complaintText,
    temporaryPatientId: u ? patient.id : null,
    identityDescription: description,
    estimatedAge: u?.estimatedAge ?? null,
    registeredById: actor.id,
    registeredByName: actor.name,
  });
  await flushCase(ctx);
  currentAuditScope()?.setTarget('EmergencyCase', c.id, patient.id);
  announce(c.id, 'ARRIVED');
  return c;
}

/** Triages (or re-triages) an open case; vitals taken then go to the chart through records. */
export async function triageCase(
  ctx: RequestContext,
  input: TriageEmergencyCaseInput,
): Promise<EmergencyCase> {
  const actor = await actorName(ctx);
  const p = new Problems();
  const note = p.text('note', input.note, 1000);
  const areaLabel = p.text('areaLabel', input.areaLabel, 40);
  p.throwIfAny();
  const c = await lockOpenCase(ctx, input.caseId);
  let vitals: { id: string; news2Score?: number | null; news2Risk?: unknown } | null = null;
  if (input.vitals) {
    if (input.vitals.patientId !== c.patient.id) {
      throw new ValidationError({ 'vitals.patientId': 'is not this case’s patient' });
    }
    vitals = await recordVitals(ctx, input.vitals);
    currentAuditScope()?.setTarget('EmergencyCase', c.id, c.patient.id);
  }
  const now = ctx.clock.now();
  ctx.em.create(EmergencyTriage, {
    emergencyCase: c,
    level: input.level,
    at: now,
    byUserId: actor.id,
    byName: actor.name,
    note,
    vitalsId: vitals?.id ?? null,
    news2Score: vitals?.news2Score ?? null,
    news2Risk: (vitals?.news2Risk as EmergencyTriage['news2Risk']) ?? null,
  });
  c.level = input.level;
  c.triagedAt ??= now;
  if (c.status === EmergencyStatus.WAITING || c.status === EmergencyStatus.IN_TRIAGE) {
    c.status = EmergencyStatus.WAITING_FOR_DOCTOR;
  }
  if (input.area) c.area = input.area;
  if (input.areaLabel !== undefined) c.areaLabel = areaLabel;
  await flushCase(ctx);
  announce(c.id, 'TRIAGED');
  return c;
}

/** Moves an open case: to triage, to "awaiting decision" and back, to another area or box. */
export async function moveCase(
  ctx: RequestContext,
  input: MoveEmergencyCaseInput,
): Promise<EmergencyCase> {
  const p = new Problems();
  const areaLabel = p.text('areaLabel', input.areaLabel, 40);
  if (input.status === EmergencyStatus.CLOSED) p.add('status', 'use closeEmergencyCase');
  p.throwIfAny();
  const c = await lockOpenCase(ctx, input.caseId);
  if (input.status && input.status !== c.status) {
    if (!mayMove(c.status, input.status)) {
      throw new ValidationError({
        status: `cannot go from ${c.status.toLowerCase()} to ${input.status.toLowerCase()}`,
      });
    }
    if (input.status === EmergencyStatus.WAITING_FOR_DOCTOR && !c.level) {
      throw new ValidationError({ status: 'triage the patient first' });
    }
    c.status = input.status;
  }
  if (input.area) c.area = input.area;
  if (input.areaLabel !== undefined) c.areaLabel = areaLabel;
  await flushCase(ctx);
  announce(c.id, 'MOVED');
  return c;
}

/**
 * A doctor takes a case: the first medical contact stops the wait's clock. Two doctors taking
 * the same case at once: the row lock serialises them and the second is told who has it.
 */
export async function takeCase(
  ctx: RequestContext,
  input: TakeEmergencyCaseInput,
): Promise<EmergencyCase> {
  const actor = await actorName(ctx);
  const c = await lockOpenCase(ctx, input.caseId);
  if (input.expectedVersion != null && input.expectedVersion !== c.version) {
    throw new ConflictError('This case changed since you saw it. Look at the queue again.');
  }
  if (c.doctorUserId === actor.id) return c;
  if (c.doctorUserId) {
    throw new ConflictError(`${c.doctorName ?? 'Another doctor'} has already taken this case.`);
  }
  const now = ctx.clock.now();
  c.doctorUserId = actor.id;
  c.doctorName = actor.name;
  c.doctorAt ??= now;
  c.status = EmergencyStatus.WITH_DOCTOR;
  await flushCase(ctx);
  announce(c.id, 'TAKEN');
  return c;
}

/**
 * Closes a case with its outcome. An admission is made in the same transaction through the
 * wards module: a bed taken meanwhile answers BED_OCCUPIED and the case stays open.
 */
export async function closeCase(
  ctx: RequestContext,
  input: CloseEmergencyCaseInput,
): Promise<EmergencyCase> {
  const viewer = requireViewer(ctx);
  const now = ctx.clock.now();
  const p = new Problems();
  const note = p.text('note', input.note, 20_000);
  const transferTo = p.text('transferTo', input.transferTo, 200);
  const at = p.notFuture('at', input.at, now);
  const admitted = input.outcome === EmergencyOutcome.ADMITTED;
  if (admitted && !input.admission) p.add('admission', 'is required to admit');
  if (!admitted && input.admission) p.add('admission', 'is only for an admission');
  if (input.outcome === EmergencyOutcome.TRANSFERRED && !transferTo) {
    p.add('transferTo', 'is required for a transfer');
  }
  if (input.outcome === EmergencyOutcome.DISCHARGED && !note) {
    p.add('note', 'is required to discharge');
  }
  p.throwIfAny();
  const c = await lockOpenCase(ctx, input.caseId);
  if (at < c.arrivedAt) throw new ValidationError({ at: 'is before the arrival' });
  if (input.outcome !== EmergencyOutcome.LEFT_WITHOUT_BEING_SEEN && !c.doctorAt) {
    throw new ValidationError({ outcome: 'take the case first: no doctor has seen the patient' });
  }
  if (input.outcome === EmergencyOutcome.LEFT_WITHOUT_BEING_SEEN && c.doctorAt) {
    throw new ValidationError({ outcome: 'a doctor has seen this patient' });
  }
  if (admitted && input.admission) {
    const admission = await admitPatient(ctx, {
      patientId: c.patient.id,
      bedId: input.admission.bedId,
      attendingUserId: input.admission.attendingUserId ?? viewer.userId,
      reason: input.admission.reason,
      expectedDays: input.admission.expectedDays,
      source: AdmissionSource.EMERGENCY,
      admittedAt: at,
    });
    c.admissionId = admission.id;
    currentAuditScope()?.setTarget('EmergencyCase', c.id, c.patient.id);
  }
  c.outcome = input.outcome;
  c.outcomeNote = note;
  c.transferTo = input.outcome === EmergencyOutcome.TRANSFERRED ? transferTo : null;
  c.closedAt = at;
  c.closedById = viewer.userId;
  c.status = EmergencyStatus.CLOSED;
  await flushCase(ctx);
  announce(c.id, 'CLOSED');
  return c;
}

/** Adds an amendment to a closed case; the case itself does not change. */
export async function amendCase(
  ctx: RequestContext,
  input: AmendEmergencyCaseInput,
): Promise<EmergencyAmendment> {
  const actor = await actorName(ctx);
  const p = new Problems();
  const reason = p.text('reason', input.reason, 500, true);
  const note = p.text('note', input.note, 20_000, true);
  p.throwIfAny();
  const c = isUuid(input.caseId) ? await ctx.em.findOne(EmergencyCase, input.caseId) : null;
  if (!c) throw new NotFoundError('Emergency case');
  currentAuditScope()?.setTarget('EmergencyCase', c.id, c.patient.id);
  if (!c.closedAt) throw new ValidationError({ caseId: 'is open: change it directly' });
  const a = ctx.em.create(EmergencyAmendment, {
    emergencyCase: c,
    at: ctx.clock.now(),
    byUserId: actor.id,
    byName: actor.name,
    reason: reason as string,
    note: note as string,
  });
  await ctx.em.flush();
  return a;
}

/** One case, for its screen: staff of the department, or the patient their own. */
export async function getCase(ctx: RequestContext, id: string): Promise<EmergencyCase> {
  const c = isUuid(id) ? await ctx.em.findOne(EmergencyCase, id) : null;
  if (!c) throw new NotFoundError('Emergency case');
  await requirePatientAccess(ctx, c.patient.id, PatientPart.IDENTITY).catch(() => {
    throw new NotFoundError('Emergency case');
  });
  return c;
}

/** A patient's own visits to the department, newest first. */
export async function myVisits(ctx: RequestContext): Promise<EmergencyCase[]> {
  const viewer = requireViewer(ctx);
  if (!isPatientAccount(viewer) || !viewer.patientId) return [];
  return ctx.em.find(
    EmergencyCase,
    { patient: viewer.patientId },
    { orderBy: { arrivedAt: 'desc' }, limit: 100 },
  );
}

interface FigureRow {
  arrivals: string;
  to_triage: number | null;
  to_doctor: number | null;
  in_department: number | null;
  closed: string;
  outcomes: Record<string, number> | null;
  hours: Record<string, number> | null;
}

/**
 * The department's flow over a period of days (hospital time), computed in PostgreSQL: cases
 * that arrived in the period; medians in minutes; rates over the cases of the period closed.
 */
export async function figures(
  ctx: RequestContext,
  period: EmergencyPeriodInput,
): Promise<EmergencyFigures> {
  if (period.to < period.from) throw new ValidationError({ to: 'is before from' });
  const days = (Date.parse(period.to) - Date.parse(period.from)) / 86_400_000;
  if (!(days <= 400)) throw new ValidationError({ to: 'the period is at most 400 days' });
  const tz = ctx.config.timeZone;
  const start = zonedInstant(period.from, 0, tz);
  const end = zonedInstant(nextDate(period.to), 0, tz);
  const rows = await ctx.em.getConnection().execute<FigureRow[]>(
    `with c as (
       select * from emergency_case where arrived_at >= ? and arrived_at < ?
     ), minutes as (
       select percentile_cont(0.5) within group (order by extract(epoch from triaged_at - arrived_at) / 60)
                filter (where triaged_at is not null) as to_triage,
              percentile_cont(0.5) within group (order by extract(epoch from doctor_at - arrived_at) / 60)
                filter (where doctor_at is not null) as to_doctor,
              percentile_cont(0.5) within group (order by extract(epoch from closed_at - arrived_at) / 60)
                filter (where closed_at is not null) as in_department,
              count(*)::text as arrivals,
              count(closed_at)::text as closed
         from c
     )
     select m.*,
            (select json_object_agg(outcome, n) from
               (select outcome, count(*)::int as n from c where outcome is not null group by outcome) o) as outcomes,
            (select json_object_agg(h, n) from
               (select extract(hour from arrived_at at time zone ?)::int as h, count(*)::int as n
                  from c group by 1) x) as hours
       from minutes m`,
    [start, end, tz],
  );
  const r = rows[0] as FigureRow;
  const closed = Number(r.closed);
  const outcomes = Object.values(EmergencyOutcome).map((outcome) => ({
    outcome,
    count: r.outcomes?.[outcome] ?? 0,
  }));
  const count = (o: EmergencyOutcome) => outcomes.find((x) => x.outcome === o)?.count ?? 0;
  const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
  return {
    arrivals: Number(r.arrivals),
    arrivalsByHour: Array.from({ length: 24 }, (_, hour) => ({
      hour,
      count: r.hours?.[String(hour)] ?? 0,
    })),
    medianMinutesToTriage: round(r.to_triage),
    medianMinutesToDoctor: round(r.to_doctor),
    medianMinutesInDepartment: round(r.in_department),
    closed,
    outcomes,
    admissionRate: closed === 0 ? null : count(EmergencyOutcome.ADMITTED) / closed,
    leftWithoutBeingSeenRate:
      closed === 0 ? null : count(EmergencyOutcome.LEFT_WITHOUT_BEING_SEEN) / closed,
  };
}
