import { LockMode } from '@mikro-orm/core';
import { z } from 'zod';
import { currentAuditScope } from '../../kernel/audit-scope.js';
import { requireViewer, type RequestContext } from '../../kernel/context.js';
import { DomainError, NotFoundError, sqlState, ValidationError } from '../../kernel/errors.js';
import { domainEvents } from '../../kernel/events.js';
import { isUuid, validate } from '../../kernel/validation.js';
import { isPatientAccount } from '../access/index.js';
import { accountsOfPatients, Patient } from '../patients/index.js';
import { patientScope } from './access.js';
import { Appointment } from './appointment.entity.js';
import type { Interval } from './availability/free-slots.js';
import { zonedDay } from '../../kernel/zoned-time.js';
import { Practitioner } from './practitioner.entity.js';
import { practitionerName } from './scheduling.events.js';
import type { RequestWaitlistInput } from './scheduling.inputs.js';
import { isSpecialty } from './specialties.js';
import { OfferStatus, WaitlistOffer, WaitlistRequest, WaitlistStatus } from './waitlist.entity.js';

const requestSchema = z
  .object({
    patientId: z.uuid('is not a valid id'),
    practitionerId: z.uuid('is not a valid id').optional(),
    specialty: z.string().refine(isSpecialty, 'is not a known specialty').optional(),
    fromDate: z.iso.date('is not a date'),
    toDate: z.iso.date('is not a date'),
    reason: z.string().trim().max(500).optional(),
  })
  .refine((r) => r.practitionerId ?? r.specialty, {
    message: 'or a specialty is required',
    path: ['practitionerId'],
  })
  .refine((r) => r.toDate >= r.fromDate, {
    message: 'must not be before fromDate',
    path: ['toDate'],
  });

/** A patient (for themselves) or reception asks for an earlier slot. */
export async function requestWaitlist(ctx: RequestContext, raw: RequestWaitlistInput) {
  const input = validate(requestSchema, raw);
  await patientScope(ctx, input.patientId);
  const patient = await ctx.em.findOne(Patient, input.patientId);
  if (!patient) throw new NotFoundError('Patient');
  let practitioner: Practitioner | null = null;
  if (input.practitionerId) {
    practitioner = await ctx.em.findOne(Practitioner, { id: input.practitionerId, active: true });
    if (!practitioner) throw new NotFoundError('Practitioner');
  }
  const request = ctx.em.create(WaitlistRequest, {
    patient,
    practitioner,
    specialty: practitioner ? null : (input.specialty ?? null),
    fromDate: input.fromDate,
    toDate: input.toDate,
    reason: input.reason ?? null,
    createdAt: ctx.clock.now(),
  });
  currentAuditScope()?.setTarget('WaitlistRequest', request.id, patient.id);
  return request;
}

/**
 * The request, locked until the mutation commits: a withdrawal, an acceptance and a new offer each
 * take the request's row before its offers' rows, so that they run one after the other and each
 * sees what the one before it wrote.
 */
function lockRequest(ctx: RequestContext, id: string) {
  return ctx.em.findOne(WaitlistRequest, id, {
    lockMode: LockMode.PESSIMISTIC_WRITE,
    refresh: true,
  });
}

async function ownRequest(ctx: RequestContext, id: string) {
  const viewer = requireViewer(ctx);
  const r = isUuid(id) ? await lockRequest(ctx, id) : null;
  if (!r || (isPatientAccount(viewer) && r.patient.id !== viewer.patientId)) {
    throw new NotFoundError('Waitlist request');
  }
  return r;
}

/**
 * Withdraws a request; an offer it holds closes with it, so the slot cannot be taken later. A
 * request whose offer was accepted is done: its appointment is cancelled as an appointment.
 */
export async function cancelWaitlistRequest(ctx: RequestContext, id: string) {
  const r = await ownRequest(ctx, id);
  if (r.status === WaitlistStatus.FULFILLED) {
    throw new ValidationError({
      id: 'this request was fulfilled: cancel its appointment instead',
    });
  }
  r.status = WaitlistStatus.CANCELLED;
  const open = await ctx.em.find(
    WaitlistOffer,
    { request: r.id, status: OfferStatus.PENDING },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  for (const offer of open) offer.status = OfferStatus.EXPIRED;
  return r;
}

/**
 * A slot was freed: the earliest waiting request that matches (this practitioner, or their
 * specialty, on that day) gets an offer that lapses after a while.
 */
export async function offerFreedSlot(
  ctx: RequestContext,
  practitionerId: string,
  slot: Interval,
  exceptPatientId: string,
) {
  const now = ctx.clock.now();
  const lead = ctx.config.scheduling.leadMinutes * 60_000;
  if (slot.startsAt.getTime() - now.getTime() < lead) return null;
  const practitioner = await ctx.em.findOne(Practitioner, practitionerId);
  if (!practitioner?.active) return null;
  const day = zonedDay(slot.startsAt, ctx.config.timeZone).date;
  const request = await ctx.em.findOne(
    WaitlistRequest,
    {
      status: WaitlistStatus.WAITING,
      patient: { $ne: exceptPatientId },
      fromDate: { $lte: day },
      toDate: { $gte: day },
      $or: [
        { practitioner: practitionerId },
        { practitioner: null, specialty: practitioner.specialty },
      ],
    },
    { orderBy: { createdAt: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (!request) return null;
  const expiresAt = new Date(
    Math.min(
      now.getTime() + ctx.config.scheduling.waitlistOfferMinutes * 60_000,
      slot.startsAt.getTime() - lead,
    ),
  );
  const offer = ctx.em.create(WaitlistOffer, {
    request,
    practitioner,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    expiresAt,
  });
  request.status = WaitlistStatus.OFFERED;
  const account = (await accountsOfPatients(ctx.em, [request.patient.id])).get(request.patient.id);
  await domainEvents.publish(ctx, 'WaitlistSlotOffered', {
    offerId: offer.id,
    requestId: request.id,
    patientId: request.patient.id,
    practitionerId: practitioner.id,
    practitionerName: await practitionerName(practitioner),
    startsAt: offer.startsAt,
    expiresAt,
    recipientUserIds: account ? [account.id] : [],
    at: now,
  });
  return offer;
}

/**
 * Accepts an offer: books the slot. PostgreSQL's exclusion constraint makes it atomic against
 * anyone booking the same time; a lapsed or lost offer puts the request back in the queue.
 */
export async function acceptWaitlistOffer(ctx: RequestContext, offerId: string) {
  const viewer = requireViewer(ctx);
  const found = isUuid(offerId) ? await ctx.em.findOne(WaitlistOffer, offerId) : null;
  // Request first, then the offer read again under its own lock: see `lockRequest`.
  const request = found ? await lockRequest(ctx, found.request.id) : null;
  const offer = request
    ? await ctx.em.findOne(WaitlistOffer, offerId, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
        refresh: true,
      })
    : null;
  if (!offer || !request || (isPatientAccount(viewer) && request.patient.id !== viewer.patientId)) {
    throw new NotFoundError('Offer');
  }
  if (offer.status !== OfferStatus.PENDING || request.status === WaitlistStatus.CANCELLED) {
    throw new ValidationError({ id: 'this offer is no longer open' });
  }
  const scope = currentAuditScope();
  scope?.setTarget('WaitlistOffer', offer.id, request.patient.id);
  const requeue = (status: OfferStatus) => {
    scope?.onFailure.push(async (em) => {
      await em.nativeUpdate(WaitlistOffer, { id: offer.id }, { status });
      await em.nativeUpdate(
        WaitlistRequest,
        { id: request.id },
        { status: WaitlistStatus.WAITING },
      );
    });
  };
  if (offer.expiresAt <= ctx.clock.now()) {
    requeue(OfferStatus.EXPIRED);
    throw new ValidationError({ id: 'this offer has expired' });
  }
  const appointment = ctx.em.create(Appointment, {
    patient: request.patient,
    practitioner: offer.practitioner,
    startsAt: offer.startsAt,
    endsAt: offer.endsAt,
    reason: request.reason ?? 'Waitlist',
    bookedBy: viewer.userId,
    createdAt: ctx.clock.now(),
  });
  offer.status = OfferStatus.ACCEPTED;
  request.status = WaitlistStatus.FULFILLED;
  try {
    await ctx.em.flush();
  } catch (err) {
    if (sqlState(err) === '23P01') {
      requeue(OfferStatus.TAKEN);
      throw new DomainError('SLOT_TAKEN', 'This slot has just been taken.');
    }
    throw err;
  }
  return appointment;
}

export async function listWaitlist(ctx: RequestContext, patientId?: string) {
  const viewer = requireViewer(ctx);
  const where: Record<string, unknown> = {
    status: { $in: [WaitlistStatus.WAITING, WaitlistStatus.OFFERED] },
  };
  if (isPatientAccount(viewer)) where.patient = viewer.patientId;
  else if (patientId) where.patient = patientId;
  return ctx.em.find(WaitlistRequest, where, { orderBy: { createdAt: 'asc' }, limit: 200 });
}
