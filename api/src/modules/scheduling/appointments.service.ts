import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { currentAuditScope } from '../../kernel/audit-scope.js';
import { requireViewer, type RequestContext } from '../../kernel/context.js';
import {
  ConflictError,
  DomainError,
  NotFoundError,
  sqlState,
  ValidationError,
} from '../../kernel/errors.js';
import { pageSize } from '../../kernel/graphql/connection.js';
import { publishAfterCommit } from '../../kernel/pubsub.js';
import { isUuid, validate } from '../../kernel/validation.js';
import { domainEvents } from '../../kernel/events.js';
import { isPatientAccount } from '../access/index.js';
import { User } from '../auth/index.js';
import { accountsOfPatients, Patient } from '../patients/index.js';
import { managedPractitioner, patientScope } from './access.js';
import {
  CALL_LIST_RECIPIENTS,
  changesStatusTo,
  isPractitionerAccount,
  seesAppointmentOf,
} from './scheduling.rules.js';
import { Appointment } from './appointment.entity.js';
import { AppointmentStatus, canTransition, OPEN } from './appointment-status.js';
import { insideSessions } from './availability.service.js';
import { zonedDay, zonedInstant, nextDate } from '../../kernel/zoned-time.js';
import { planDelay } from './delay.js';
import { AvailabilityException, ExceptionKind, Practitioner } from './practitioner.entity.js';
import type {
  AppointmentFilter,
  BookAppointmentInput,
  CancelAppointmentInput,
  CancelPractitionerDayInput,
  ReportDelayInput,
  RescheduleAppointmentInput,
} from './scheduling.inputs.js';
import { practitionerName, type AppointmentFact } from './scheduling.events.js';
import { offerFreedSlot } from './waitlist.service.js';

export const APPOINTMENT_TOPIC = 'APPOINTMENT_CHANGED';

export interface AppointmentChange {
  appointmentId: string;
  practitionerId: string;
  patientId: string;
  kind: string;
}

function announce(a: Appointment, kind: string) {
  publishAfterCommit(APPOINTMENT_TOPIC, {
    appointmentId: a.id,
    practitionerId: a.practitioner.id,
    patientId: a.patient.id,
    kind,
  } satisfies AppointmentChange);
}

/** Patient accounts of these patients, by patient id (one query). */
async function patientAccounts(em: EntityManager, patientIds: string[]) {
  return accountsOfPatients(em, patientIds);
}

/**
 * These appointments as facts for the people concerned (one query for their accounts). Who must
 * hear of a change: each patient's account, unless the patient made the change themselves.
 */
async function factsOf(
  ctx: RequestContext,
  appointments: Appointment[],
): Promise<AppointmentFact[]> {
  const viewer = requireViewer(ctx);
  const accounts = await patientAccounts(
    ctx.em,
    appointments.map((a) => a.patient.id),
  );
  const names = new Map<string, string>();
  const facts: AppointmentFact[] = [];
  for (const a of appointments) {
    const user = accounts.get(a.patient.id);
    const recipientUserIds = user && user.id !== viewer.userId ? [user.id] : [];
    // The name is only for telling someone: no queries for a patient without a portal account.
    let name = recipientUserIds.length > 0 ? names.get(a.practitioner.id) : '';
    if (name === undefined) {
      name = await practitionerName(await a.practitioner.loadOrFail());
      names.set(a.practitioner.id, name);
    }
    facts.push({
      appointmentId: a.id,
      patientId: a.patient.id,
      practitionerId: a.practitioner.id,
      practitionerName: name,
      startsAt: a.startsAt,
      recipientUserIds,
      at: ctx.clock.now(),
    });
  }
  return facts;
}

/** The fact of one appointment (see `factsOf`). */
async function factOf(ctx: RequestContext, a: Appointment): Promise<AppointmentFact> {
  const [fact] = await factsOf(ctx, [a]);
  if (!fact) throw new Error('factsOf returned no fact');
  return fact;
}

/** Loads an appointment the caller may see: staff agenda readers any, a patient their own. */
export async function getAppointment(
  ctx: RequestContext,
  id: string,
  lock = false,
): Promise<Appointment> {
  const viewer = requireViewer(ctx);
  const a = isUuid(id)
    ? await ctx.em.findOne(Appointment, id, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {})
    : null;
  if (!a || !seesAppointmentOf(viewer, a.patient.id)) throw new NotFoundError('Appointment');
  return a;
}

/** Turns PostgreSQL's verdict on an overlap into SLOT_TAKEN (R1). */
async function flushBooking(em: EntityManager): Promise<void> {
  try {
    await em.flush();
  } catch (err) {
    if (sqlState(err) === '23P01') {
      const patientClash = (err as Error).message.includes('appointment_patient_no_overlap');
      throw new DomainError(
        'SLOT_TAKEN',
        patientClash
          ? 'The patient already has an appointment at this time.'
          : 'This slot has just been taken. Choose another one.',
      );
    }
    throw err;
  }
}

const bookSchema = z.object({
  patientId: z.uuid('is not a valid id'),
  practitionerId: z.uuid('is not a valid id'),
  startsAt: z.date(),
  durationMinutes: z.number().int().min(5, 'must be at least 5').max(480).optional(),
  reason: z.string().trim().min(1, 'is required').max(500, 'is too long'),
  outsideSessionReason: z.string().trim().max(500).optional(),
});

/**
 * Books an appointment. PostgreSQL's exclusion constraints decide races (R1). Outside the
 * practitioner's sessions only reception or the doctor may book, with a reason (audited).
 */
export async function bookAppointment(ctx: RequestContext, raw: BookAppointmentInput) {
  const viewer = requireViewer(ctx);
  const input = validate(bookSchema, raw);
  await patientScope(ctx, input.patientId);
  const practitioner = await ctx.em.findOne(Practitioner, input.practitionerId);
  if (!practitioner || (isPatientAccount(viewer) && !practitioner.active)) {
    throw new NotFoundError('Practitioner');
  }
  if (isPractitionerAccount(viewer)) await managedPractitioner(ctx, practitioner.id);
  const patient = await ctx.em.findOne(Patient, input.patientId);
  if (!patient) throw new NotFoundError('Patient');
  const now = ctx.clock.now();
  const startsAt = input.startsAt;
  const endsAt = new Date(
    startsAt.getTime() + (input.durationMinutes ?? practitioner.consultationMinutes) * 60_000,
  );
  const lead = isPatientAccount(viewer) ? ctx.config.scheduling.leadMinutes : 0;
  if (startsAt.getTime() < now.getTime() + lead * 60_000) {
    throw new ValidationError({ startsAt: 'is in the past or too soon to book' });
  }
  const inside = await insideSessions(
    ctx.em,
    practitioner.id,
    { startsAt, endsAt },
    ctx.config.timeZone,
  );
  if (!inside) {
    if (isPatientAccount(viewer)) {
      throw new ValidationError({ startsAt: 'is not a free slot of this practitioner' });
    }
    if (!input.outsideSessionReason) {
      throw new ValidationError({
        outsideSessionReason: 'is required to book outside the practitioner’s sessions',
      });
    }
  }
  const appointment = ctx.em.create(Appointment, {
    patient,
    practitioner,
    startsAt,
    endsAt,
    reason: input.reason,
    outsideSessionReason: inside ? null : (input.outsideSessionReason ?? null),
    bookedBy: viewer.userId,
    createdAt: now,
  });
  const scope = currentAuditScope();
  scope?.setTarget('Appointment', appointment.id, patient.id);
  if (scope && !inside) scope.details.outsideSessionReason = input.outsideSessionReason;
  await flushBooking(ctx.em);
  await domainEvents.publish(ctx, 'AppointmentBooked', await factOf(ctx, appointment));
  announce(appointment, 'BOOKED');
  return appointment;
}

/** R2: an appointment starting within the lock window (or past) cannot be moved or edited. */
function assertEditable(ctx: RequestContext, a: Appointment) {
  const lockMs = ctx.config.scheduling.editLockMinutes * 60_000;
  if (a.startsAt.getTime() - ctx.clock.now().getTime() < lockMs) {
    throw new ValidationError({
      startsAt: `cannot be changed less than ${String(ctx.config.scheduling.editLockMinutes)} minutes before the appointment`,
    });
  }
  if (!OPEN.includes(a.status)) {
    throw new ValidationError({ status: `a ${a.status} appointment cannot be moved` });
  }
}

export async function rescheduleAppointment(
  ctx: RequestContext,
  input: RescheduleAppointmentInput,
) {
  const viewer = requireViewer(ctx);
  const a = await getAppointment(ctx, input.id, true);
  if (isPractitionerAccount(viewer)) await managedPractitioner(ctx, a.practitioner.id);
  if (input.version !== undefined && input.version !== a.version) throw new ConflictError();
  assertEditable(ctx, a);
  const minutes = input.durationMinutes ?? a.durationMinutes;
  const startsAt = input.startsAt;
  const endsAt = new Date(startsAt.getTime() + minutes * 60_000);
  const lead = isPatientAccount(viewer) ? ctx.config.scheduling.leadMinutes : 0;
  if (startsAt.getTime() < ctx.clock.now().getTime() + lead * 60_000) {
    throw new ValidationError({ startsAt: 'is in the past or too soon to book' });
  }
  const inside = await insideSessions(
    ctx.em,
    a.practitioner.id,
    { startsAt, endsAt },
    ctx.config.timeZone,
  );
  if (!inside && (isPatientAccount(viewer) || !input.outsideSessionReason)) {
    throw new ValidationError({
      startsAt: isPatientAccount(viewer)
        ? 'is not a free slot of this practitioner'
        : 'is outside the sessions: give outsideSessionReason',
    });
  }
  const freed = { startsAt: a.startsAt, endsAt: a.endsAt };
  a.startsAt = startsAt;
  a.endsAt = endsAt;
  a.originalStartsAt = null;
  a.outsideSessionReason = inside ? null : (input.outsideSessionReason ?? null);
  currentAuditScope()?.setTarget('Appointment', a.id, a.patient.id);
  await flushBooking(ctx.em);
  await domainEvents.publish(ctx, 'AppointmentMoved', {
    ...(await factOf(ctx, a)),
    previousStartsAt: freed.startsAt,
  });
  await offerFreedSlot(ctx, a.practitioner.id, freed, a.patient.id);
  announce(a, 'MOVED');
  return a;
}

/** Cancels. A patient may cancel their own only up to the notice (default 2 hours). */
export async function cancelAppointment(ctx: RequestContext, raw: CancelAppointmentInput) {
  const viewer = requireViewer(ctx);
  const input = validate(
    z.object({ id: z.string(), reason: z.string().trim().min(1, 'is required').max(500) }),
    raw,
  );
  const a = await getAppointment(ctx, input.id, true);
  if (isPractitionerAccount(viewer)) await managedPractitioner(ctx, a.practitioner.id);
  if (isPatientAccount(viewer)) {
    const notice = ctx.config.scheduling.patientCancelNoticeMinutes;
    if (a.startsAt.getTime() - ctx.clock.now().getTime() < notice * 60_000) {
      throw new ValidationError({
        id: `can only be cancelled online up to ${String(notice / 60)} hours before; please call reception`,
      });
    }
  }
  if (!canTransition(a.status, AppointmentStatus.CANCELLED)) {
    throw new ValidationError({ status: `a ${a.status} appointment cannot be cancelled` });
  }
  a.status = AppointmentStatus.CANCELLED;
  a.cancelReason = input.reason;
  currentAuditScope()?.setTarget('Appointment', a.id, a.patient.id);
  await ctx.em.flush();
  await domainEvents.publish(ctx, 'AppointmentCancelled', await factOf(ctx, a));
  if (a.startsAt > ctx.clock.now()) {
    await offerFreedSlot(
      ctx,
      a.practitioner.id,
      { startsAt: a.startsAt, endsAt: a.endsAt },
      a.patient.id,
    );
  }
  announce(a, 'CANCELLED');
  return a;
}

/**
 * Status changes (check-in, start, complete, no-show, confirm) are allowed whatever the time
 * (R2 only locks moves and edits); an illegal transition answers BAD_USER_INPUT.
 */
export async function changeStatus(ctx: RequestContext, id: string, to: AppointmentStatus) {
  const viewer = requireViewer(ctx);
  const a = await getAppointment(ctx, id, true);
  if (!changesStatusTo(viewer, to)) throw new NotFoundError('Appointment');
  if (isPractitionerAccount(viewer)) await managedPractitioner(ctx, a.practitioner.id);
  if (!canTransition(a.status, to)) {
    throw new ValidationError({ status: `cannot go from ${a.status} to ${to}` });
  }
  if (to === AppointmentStatus.NO_SHOW && a.startsAt > ctx.clock.now()) {
    throw new ValidationError({
      status: 'a no-show can only be recorded once the time has passed',
    });
  }
  a.status = to;
  if (to === AppointmentStatus.CHECKED_IN) a.checkedInAt = ctx.clock.now();
  if (to === AppointmentStatus.IN_PROGRESS || to === AppointmentStatus.COMPLETED) {
    // Other modules act on the visit in this transaction (records opens its clinical note).
    const practitioner = await a.practitioner.load();
    if (practitioner) {
      await domainEvents.publish(
        ctx,
        to === AppointmentStatus.IN_PROGRESS ? 'AppointmentStarted' : 'AppointmentCompleted',
        {
          appointmentId: a.id,
          patientId: a.patient.id,
          practitionerUserId: practitioner.user.id,
          specialty: practitioner.specialty,
          reason: a.reason,
          at: ctx.clock.now(),
        },
      );
    }
  }
  currentAuditScope()?.setTarget('Appointment', a.id, a.patient.id);
  announce(a, to);
  return a;
}

/** The hospital-local day [start, end) containing `at`. */
function dayBounds(at: Date, timeZone: string) {
  const { date } = zonedDay(at, timeZone);
  return {
    date,
    start: zonedInstant(date, 0, timeZone),
    end: zonedInstant(nextDate(date), 0, timeZone),
  };
}

/**
 * R3: the practitioner is running `minutes` late. That day's following appointments move only as
 * far as needed (gaps absorb the delay), keep their original time for reference, and their
 * patients are told. Moves are applied latest first so that no intermediate state overlaps.
 */
export async function reportDelay(ctx: RequestContext, raw: ReportDelayInput) {
  const input = validate(
    z.object({
      practitionerId: z.string(),
      minutes: z.number().int().min(1, 'must be at least 1').max(240),
    }),
    raw,
  );
  const practitioner = await managedPractitioner(ctx, input.practitionerId);
  const now = ctx.clock.now();
  const { end } = dayBounds(now, ctx.config.timeZone);
  const following = await ctx.em.find(
    Appointment,
    {
      practitioner: practitioner.id,
      startsAt: { $gte: now, $lt: end },
      status: { $in: [...OPEN, AppointmentStatus.CHECKED_IN] },
    },
    { orderBy: { startsAt: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  const shifts = planDelay(following, input.minutes);
  const byId = new Map(following.map((a) => [a.id, a]));
  const previousStarts = new Map(following.map((a) => [a.id, a.startsAt]));
  for (const s of [...shifts].reverse()) {
    const a = byId.get(s.id);
    if (!a) continue;
    try {
      await ctx.em.nativeUpdate(
        Appointment,
        { id: a.id },
        {
          startsAt: s.startsAt,
          endsAt: s.endsAt,
          originalStartsAt: a.originalStartsAt ?? a.startsAt,
          version: a.version + 1,
          updatedAt: now,
        },
      );
    } catch (err) {
      // A later time its patient has another appointment at (or the practitioner a visit not
      // re-planned, e.g. one in progress): nothing moves, and the caller is told which one.
      if (sqlState(err) !== '23P01') throw err;
      const patientClash = (err as Error).message.includes('appointment_patient_no_overlap');
      throw new DomainError(
        'CONFLICT',
        patientClash
          ? 'An appointment cannot move: its patient has another appointment at the new time. Move it first, then report the delay.'
          : 'An appointment cannot move: the practitioner has another visit at the new time. Move it first, then report the delay.',
        { appointmentId: a.id, reason: patientClash ? 'PATIENT_BUSY' : 'PRACTITIONER_BUSY' },
      );
    }
  }
  const moved = shifts.map((s) => byId.get(s.id)).filter((a): a is Appointment => a !== undefined);
  for (const a of moved) await ctx.em.refresh(a);
  const scope = currentAuditScope();
  scope?.setTarget('Practitioner', practitioner.id);
  if (scope) scope.details = { minutes: input.minutes, moved: moved.map((a) => a.id) };
  for (const fact of await factsOf(ctx, moved)) {
    await domainEvents.publish(ctx, 'AppointmentDelayed', {
      ...fact,
      previousStartsAt: previousStarts.get(fact.appointmentId) ?? fact.startsAt,
    });
  }
  for (const a of moved) announce(a, 'DELAYED');
  return moved;
}

/**
 * R4: the practitioner cannot see anyone from `from` to `to`. Every remaining appointment becomes
 * CANCELLED_PRACTITIONER_ABSENT, an absence blocks the slots (so no waitlist offer goes out),
 * patients are told, and reception gets the list of patients to call.
 */
export async function cancelPractitionerDay(ctx: RequestContext, raw: CancelPractitionerDayInput) {
  const input = validate(
    z
      .object({
        practitionerId: z.string(),
        from: z.date(),
        to: z.date(),
        reason: z.string().trim().min(1, 'is required').max(300),
      })
      .refine((x) => x.to > x.from, { message: 'must be after from', path: ['to'] }),
    raw,
  );
  const practitioner = await managedPractitioner(ctx, input.practitionerId);
  const now = ctx.clock.now();
  const from = input.from < now ? now : input.from;
  const cancelled = await ctx.em.find(
    Appointment,
    {
      practitioner: practitioner.id,
      startsAt: { $gte: from, $lt: input.to },
      status: { $in: [...OPEN, AppointmentStatus.CHECKED_IN] },
    },
    { orderBy: { startsAt: 'asc' }, populate: ['patient'], lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  for (const a of cancelled) {
    a.status = AppointmentStatus.CANCELLED_PRACTITIONER_ABSENT;
    a.cancelReason = input.reason;
  }
  ctx.em.create(AvailabilityException, {
    practitioner,
    kind: ExceptionKind.ABSENCE,
    startsAt: from,
    endsAt: input.to,
    reason: input.reason,
  });
  const scope = currentAuditScope();
  scope?.setTarget('Practitioner', practitioner.id);
  if (scope) scope.details = { cancelled: cancelled.map((a) => a.id) };
  const receptionists = await ctx.em.find(User, {
    role: { $in: [...CALL_LIST_RECIPIENTS] },
    active: true,
  });
  await domainEvents.publish(ctx, 'PractitionerDayCancelled', {
    practitionerId: practitioner.id,
    practitionerName: await practitionerName(practitioner),
    from,
    to: input.to,
    appointments: (await factsOf(ctx, cancelled)).map((f) => ({
      appointmentId: f.appointmentId,
      patientId: f.patientId,
      startsAt: f.startsAt,
      recipientUserIds: f.recipientUserIds,
    })),
    callListUserIds: receptionists.map((r) => r.id),
    at: now,
  });
  for (const a of cancelled) announce(a, 'CANCELLED_PRACTITIONER_ABSENT');
  return cancelled.map((a) => ({
    appointment: a,
    patient: a.patient.getEntity(),
    phone: a.patient.getEntity().phone ?? null,
  }));
}

/** Appointments for staff, filtered, in time order. */
export function listAppointments(
  ctx: RequestContext,
  filter: AppointmentFilter | undefined,
  first: number | undefined,
  after: string | undefined,
) {
  const viewer = requireViewer(ctx);
  const where: Record<string, unknown> = {};
  if (isPatientAccount(viewer)) where.patient = viewer.patientId;
  else if (filter?.patientId) where.patient = filter.patientId;
  if (filter?.practitionerId) where.practitioner = filter.practitionerId;
  const range: Record<string, Date> = {};
  if (filter?.from) range.$gte = filter.from;
  if (filter?.to) range.$lt = filter.to;
  if (Object.keys(range).length) where.startsAt = range;
  if (filter?.statuses?.length) where.status = { $in: filter.statuses };
  return ctx.em.findByCursor(Appointment, {
    where,
    first: pageSize(first),
    after,
    orderBy: { startsAt: 'asc', id: 'asc' },
    includeCount: true,
  });
}

/** R5: the patient's completed visits, newest first. */
export async function visitHistory(
  ctx: RequestContext,
  patientId: string,
  first?: number,
  after?: string,
) {
  await patientScope(ctx, patientId);
  return ctx.em.findByCursor(Appointment, {
    where: { patient: patientId, status: AppointmentStatus.COMPLETED },
    first: pageSize(first),
    after,
    orderBy: { startsAt: 'desc', id: 'desc' },
    includeCount: true,
  });
}

/** The day board: every active practitioner's appointments of one hospital-local day. */
export async function dayBoard(ctx: RequestContext, date: string, practitionerId?: string) {
  const start = zonedInstant(date, 0, ctx.config.timeZone);
  const end = zonedInstant(nextDate(date), 0, ctx.config.timeZone);
  const practitioners = await ctx.em.find(
    Practitioner,
    practitionerId ? { id: practitionerId } : { active: true },
    { populate: ['user'], orderBy: { specialty: 'asc', id: 'asc' } },
  );
  const appointments = await ctx.em.find(
    Appointment,
    { practitioner: { $in: practitioners.map((p) => p.id) }, startsAt: { $gte: start, $lt: end } },
    { orderBy: { startsAt: 'asc' } },
  );
  return practitioners.map((practitioner) => ({
    practitioner,
    appointments: appointments.filter((a) => a.practitioner.id === practitioner.id),
  }));
}
