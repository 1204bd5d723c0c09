import { LockMode, type FilterQuery } from '@mikro-orm/core';
import { z } from 'zod';
import { requireViewer, type RequestContext } from '../../kernel/context.js';
import type { Role } from '../../kernel/auth/roles.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import { fromCursor, pageSize, type ConnectionShape } from '../../kernel/graphql/connection.js';
import { containsPattern, isUuid, validate } from '../../kernel/validation.js';
import { parseClock } from '../../kernel/zoned-time.js';
import { User } from '../auth/index.js';
import { sortWeeklySpans, weeklySpansOverlap } from './availability/weekly-spans.js';
import type {
  SetMyWorkingHoursInput,
  SetStaffWorkingHoursInput,
  StaffHours,
} from './scheduling.inputs.js';
import { HOURS_KEEPERS, keepsWorkingHours } from './scheduling.rules.js';
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

/**
 * One person of the roster (name, role, job title, week): what the page of their hours shows,
 * even when it is opened directly rather than from the list. Not found as the week is.
 */
export async function staffHoursOf(ctx: RequestContext, userId: string): Promise<StaffHours> {
  const user = await hoursKeeper(ctx, userId);
  return entryOf(user, await spansOf(ctx, user.id));
}

/** A roster entry: the person as the roster shows them, and their week. */
function entryOf(user: User, spans: WorkingHoursSpan[]): StaffHours {
  return {
    userId: user.id,
    displayName: user.displayName,
    role: user.role,
    jobTitle: user.jobTitle ?? null,
    spans,
  };
}

/** A manager or admin replaces a staff member's week. */
export async function setStaffWorkingHours(
  ctx: RequestContext,
  input: SetStaffWorkingHoursInput,
): Promise<WorkingHoursSpan[]> {
  const user = await hoursKeeper(ctx, input.userId);
  return replaceWeek(ctx, user.id, input);
}

/** Words of a roster search that each must match a name; more are ignored. */
const MAX_SEARCH_WORDS = 5;

/** The spans of several people, by account id, in week order: one query for a whole page. */
async function spansByUser(
  ctx: RequestContext,
  userIds: string[],
): Promise<Map<string, WorkingHoursSpan[]>> {
  const byUser = new Map<string, WorkingHoursSpan[]>();
  if (userIds.length === 0) return byUser;
  const spans = await ctx.em.find(
    WorkingHoursSpan,
    { user: { $in: userIds } },
    { orderBy: { weekday: 'asc', startTime: 'asc' } },
  );
  for (const s of spans) byUser.set(s.user.id, [...(byUser.get(s.user.id) ?? []), s]);
  return byUser;
}

/**
 * The managers' roster (R18): one page of the active accounts that keep working hours, by family
 * name, given name and id, each with their week. `search` matches names without regard to case,
 * every word in the given or the family name ("mar dup" finds Marie Dupont); `role` narrows to
 * one role, and a role that keeps no hours is a field error rather than an empty list.
 */
export async function staffHoursRoster(
  ctx: RequestContext,
  args: {
    search?: string | null;
    role?: Role | null;
    first?: number | null;
    after?: string | null;
  },
): Promise<ConnectionShape<StaffHours>> {
  if (args.role && !keepsWorkingHours(args.role)) {
    throw new ValidationError({ role: 'keeps no working hours (a doctor has sessions)' });
  }
  const where: FilterQuery<User> = {
    active: true,
    role: args.role ? args.role : { $in: [...HOURS_KEEPERS] },
  };
  const words = (args.search ?? '').trim().split(/\s+/).filter(Boolean).slice(0, MAX_SEARCH_WORDS);
  if (words.length > 0) {
    where.$and = words.map((w) => {
      const like = containsPattern(w);
      return { $or: [{ givenName: { $ilike: like } }, { familyName: { $ilike: like } }] };
    });
  }
  const page = await ctx.em.findByCursor(User, {
    where,
    first: pageSize(args.first),
    ...(args.after ? { after: args.after } : {}),
    orderBy: { familyName: 'asc', givenName: 'asc', id: 'asc' },
    includeCount: true,
  });
  const spans = await spansByUser(
    ctx,
    page.items.map((u) => u.id),
  );
  return fromCursor(page, (u) => entryOf(u, spans.get(u.id) ?? []));
}
