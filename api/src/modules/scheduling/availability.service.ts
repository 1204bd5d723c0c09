import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { requireViewer, type RequestContext } from '../../kernel/context.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import { isUuid, validate } from '../../kernel/validation.js';
import { isPatientAccount } from '../access/index.js';
import { managedPractitioner } from './access.js';
import { RELEASED } from './appointment-status.js';
import {
  freeSlots,
  withinSessions,
  type ExtraSession,
  type Interval,
  type WeeklySession,
} from './availability/free-slots.js';
import { parseClock } from '../../kernel/zoned-time.js';
import {
  AvailabilityException,
  AvailabilitySession,
  ExceptionKind,
  Practitioner,
} from './practitioner.entity.js';
import type { AddAvailabilityExceptionInput } from './scheduling.inputs.js';

export interface Calendar {
  sessions: WeeklySession[];
  extras: ExtraSession[];
  absences: Interval[];
  busy: Interval[];
}

const MAX_RANGE_DAYS = 62;

/**
 * Sessions, exceptions and busy time of many practitioners over [from, to): three indexed
 * queries whatever the number of practitioners.
 */
export async function loadCalendars(
  em: EntityManager,
  practitionerIds: string[],
  from: Date,
  to: Date,
): Promise<Map<string, Calendar>> {
  const calendars = new Map<string, Calendar>(
    practitionerIds.map((id) => [id, { sessions: [], extras: [], absences: [], busy: [] }]),
  );
  if (practitionerIds.length === 0) return calendars;
  const [sessions, exceptions, appointments] = await Promise.all([
    em.find(AvailabilitySession, { practitioner: { $in: practitionerIds } }),
    em.find(AvailabilityException, {
      practitioner: { $in: practitionerIds },
      startsAt: { $lt: to },
      endsAt: { $gt: from },
    }),
    // Busy time is read as bare rows: thousands of appointments, no need to hydrate entities.
    em.execute<{ practitioner_id: string; starts_at: Date; ends_at: Date }[]>(
      `select practitioner_id, starts_at, ends_at from appointment
        where practitioner_id in (${practitionerIds.map(() => '?').join(', ')})
          and starts_at < ? and ends_at > ?
          and status not in (${RELEASED.map((s) => `'${s}'`).join(', ')})`,
      [...practitionerIds, to, from],
    ),
  ]);
  for (const s of sessions) {
    calendars.get(s.practitioner.id)?.sessions.push({
      weekday: s.weekday,
      startMinutes: parseClock(s.startTime) ?? 0,
      endMinutes: parseClock(s.endTime) ?? 0,
      slotMinutes: s.slotMinutes,
    });
  }
  for (const e of exceptions) {
    const cal = calendars.get(e.practitioner.id);
    if (!cal) continue;
    if (e.kind === ExceptionKind.ABSENCE)
      cal.absences.push({ startsAt: e.startsAt, endsAt: e.endsAt });
    else
      cal.extras.push({ startsAt: e.startsAt, endsAt: e.endsAt, slotMinutes: e.slotMinutes ?? 20 });
  }
  for (const a of appointments) {
    calendars.get(a.practitioner_id)?.busy.push({
      startsAt: new Date(a.starts_at),
      endsAt: new Date(a.ends_at),
    });
  }
  return calendars;
}

/** Free slots by practitioner, for one practitioner or every active one of a specialty. */
export async function availableSlots(
  ctx: RequestContext,
  args: { practitionerId?: string; specialty?: string; from: Date; to: Date },
) {
  const fields: Record<string, string> = {};
  if (!args.practitionerId && !args.specialty) fields.practitionerId = 'or specialty is required';
  if (args.to <= args.from) fields.to = 'must be after from';
  if (args.to.getTime() - args.from.getTime() > MAX_RANGE_DAYS * 86_400_000) {
    fields.to = `must be within ${String(MAX_RANGE_DAYS)} days of from`;
  }
  if (Object.keys(fields).length > 0) throw new ValidationError(fields);
  const where: Record<string, unknown> = { active: true };
  if (args.practitionerId) {
    if (!isUuid(args.practitionerId)) throw new NotFoundError('Practitioner');
    where.id = args.practitionerId;
  }
  if (args.specialty) where.specialty = args.specialty;
  const practitioners = await ctx.em.find(Practitioner, where, {
    populate: ['user'],
    orderBy: { id: 'asc' },
    limit: 100,
  });
  const calendars = await loadCalendars(
    ctx.em,
    practitioners.map((p) => p.id),
    args.from,
    args.to,
  );
  const notBefore = new Date(
    ctx.clock.now().getTime() + ctx.config.scheduling.leadMinutes * 60_000,
  );
  return practitioners.map((practitioner) => {
    const cal = calendars.get(practitioner.id) ?? {
      sessions: [],
      extras: [],
      absences: [],
      busy: [],
    };
    return {
      practitioner,
      slots: freeSlots({
        ...cal,
        from: args.from,
        to: args.to,
        notBefore,
        timeZone: ctx.config.timeZone,
      }),
    };
  });
}

/** Whether an interval lies inside the practitioner's sessions and outside their absences. */
export async function insideSessions(
  em: EntityManager,
  practitionerId: string,
  interval: Interval,
  timeZone: string,
): Promise<boolean> {
  const cal = (await loadCalendars(em, [practitionerId], interval.startsAt, interval.endsAt)).get(
    practitionerId,
  );
  return cal ? withinSessions(interval, { ...cal, timeZone }) : false;
}

const exceptionSchema = z
  .object({
    practitionerId: z.string(),
    kind: z.enum(ExceptionKind),
    startsAt: z.date(),
    endsAt: z.date(),
    slotMinutes: z.number().int().min(5).max(240).optional(),
    reason: z.string().trim().max(300).optional(),
  })
  .refine((e) => e.endsAt > e.startsAt, { message: 'must be after the start', path: ['endsAt'] })
  .refine((e) => e.kind === ExceptionKind.ABSENCE || e.slotMinutes !== undefined, {
    message: 'is required for an extra session',
    path: ['slotMinutes'],
  });

export async function addException(ctx: RequestContext, raw: AddAvailabilityExceptionInput) {
  const input = validate(exceptionSchema, raw);
  const practitioner = await managedPractitioner(ctx, input.practitionerId);
  return ctx.em.create(AvailabilityException, {
    practitioner,
    kind: input.kind,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    slotMinutes: input.slotMinutes ?? null,
    reason: input.reason ?? null,
  });
}

export async function removeException(ctx: RequestContext, id: string) {
  const found = isUuid(id) ? await ctx.em.findOne(AvailabilityException, id) : null;
  if (!found) throw new NotFoundError('Availability exception');
  await managedPractitioner(ctx, found.practitioner.id);
  ctx.em.remove(found);
  return true;
}

export async function listExceptions(ctx: RequestContext, practitionerId: string, from: Date) {
  const viewer = requireViewer(ctx);
  if (isPatientAccount(viewer)) throw new NotFoundError('Practitioner');
  return ctx.em.find(
    AvailabilityException,
    { practitioner: practitionerId, endsAt: { $gt: from } },
    { orderBy: { startsAt: 'asc' }, limit: 200 },
  );
}
