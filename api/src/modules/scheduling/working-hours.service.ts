import { LockMode } from '@mikro-orm/core';
import { z } from 'zod';
import { requireViewer, type RequestContext } from '../../kernel/context.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import { isUuid, validate } from '../../kernel/validation.js';
import { parseClock } from '../../kernel/zoned-time.js';
import { User } from '../auth/index.js';
import { sortWeeklySpans, weeklySpansOverlap } from './availability/weekly-spans.js';
import type { SetMyWorkingHoursInput, SetStaffWorkingHoursInput } from './scheduling.inputs.js';
import { keepsWorkingHours } from './scheduling.rules.js';
import { WorkingHoursSpan } from './working-hours.entity.js';

/** A span ends at midnight as 24:00, so a night shift is 20:00–24:00 then 00:00–08:00. */
const MIDNIGHT = '24:00';
const minutesOf = (t: string) => (t === MIDNIGHT ? 24 * 60 : parseClock(t));

const spanSchema = z
  .object({
    weekday: z.number().int().min(1, 'must be 1–7').max(7, 'must be 1–7'),
    startTime: z.string().refine((t) => parseClock(t) !== null, 'must be HH:MM'),
    endTime: z.string().refine((t) => minutesOf(t) !== null, 'must be HH:MM'),
  })
  .refine((s) => (minutesOf(s.endTime) ?? 0) > (parseClock(s.startTime) ?? 0), {
    message: 'must end after it starts',
    path: ['endTime'],
  });

const weekSchema = z.object({ spans: z.array(spanSchema).max(50, 'has too many spans') });

function spansOf(ctx: RequestContext, userId: string): Promise<WorkingHoursSpan[]> {
  return ctx.em.find(
    WorkingHoursSpan,
    { user: userId },
    { orderBy: { weekday: 'asc', startTime: 'asc' } },
  );
}

/**
 * A staff member who keeps working hours, for a manager or admin; any other id is "not found",
 * and a doctor (whose week is his consultation sessions) is refused by name.
 */
async function hoursKeeper(ctx: RequestContext, userId: string): Promise<User> {
  const user = isUuid(userId) ? await ctx.em.findOne(User, userId) : null;
  if (!user) throw new NotFoundError('Staff member');
  if (!keepsWorkingHours(user.role)) {
    throw new ValidationError({ userId: 'keeps no working hours (a doctor has sessions)' });
  }
  return user;
}

/**
 * Replaces the whole week of one person. The person's account row is locked first, so two
 * concurrent replacements run one after the other and the later one wins whole; without the
 * lock each would delete only the rows it saw and both weeks would add up. The exclusion
 * constraint on the table is the last guard against overlapping spans.
 */
async function replaceWeek(
  ctx: RequestContext,
  userId: string,
  raw: Pick<SetMyWorkingHoursInput, 'spans'>,
): Promise<WorkingHoursSpan[]> {
  const { spans } = validate(weekSchema, { spans: raw.spans });
  if (weeklySpansOverlap(spans)) {
    throw new ValidationError({ spans: 'two spans overlap on the same day' });
  }
  const user = await ctx.em.findOne(User, userId, {
    lockMode: LockMode.PESSIMISTIC_WRITE,
    refresh: true,
  });
  if (!user) throw new NotFoundError('Staff member');
  await ctx.em.nativeDelete(WorkingHoursSpan, { user: user.id });
  return sortWeeklySpans(spans).map((s) => ctx.em.create(WorkingHoursSpan, { user, ...s }));
}

/** The caller's own weekly working hours, in week order (R18). */
export function myWorkingHours(ctx: RequestContext): Promise<WorkingHoursSpan[]> {
  return spansOf(ctx, requireViewer(ctx).userId);
}

/** The caller replaces their own week in one transaction (the mutation's). */
export function setMyWorkingHours(
  ctx: RequestContext,
  input: SetMyWorkingHoursInput,
): Promise<WorkingHoursSpan[]> {
  return replaceWeek(ctx, requireViewer(ctx).userId, input);
}

/** A staff member's weekly working hours, for a manager or admin. */
export async function staffWorkingHours(
  ctx: RequestContext,
  userId: string,
): Promise<WorkingHoursSpan[]> {
  const user = await hoursKeeper(ctx, userId);
  return spansOf(ctx, user.id);
}

/** A manager or admin replaces a staff member's week. */
export async function setStaffWorkingHours(
  ctx: RequestContext,
  input: SetStaffWorkingHoursInput,
): Promise<WorkingHoursSpan[]> {
  const user = await hoursKeeper(ctx, input.userId);
  return replaceWeek(ctx, user.id, input);
}
