import { z } from 'zod';
import { requireViewer, type RequestContext } from '../../kernel/context.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import { pageSize } from '../../kernel/graphql/connection.js';
import { isUuid, validate } from '../../kernel/validation.js';
import { mayBePractitioner } from './scheduling.rules.js';
import { isPatientAccount } from '../access/index.js';
import { User } from '../auth/index.js';
import { AvailabilitySession, Practitioner } from './practitioner.entity.js';
import type {
  SetWeeklyAvailabilityInput,
  UpdateMyPractitionerProfileInput,
  UpsertPractitionerInput,
} from './scheduling.inputs.js';
import { isSpecialty } from './specialties.js';
import { parseClock } from '../../kernel/zoned-time.js';
import { managedPractitioner } from './access.js';
import { sortWeeklySpans, weeklySpansOverlap } from './availability/weekly-spans.js';

const profileFields = {
  bio: z.string().trim().max(2000, 'is too long').optional(),
  languages: z
    .array(
      z
        .string()
        .trim()
        .regex(/^[a-z]{2,3}$/, 'must be language codes'),
    )
    .max(10)
    .optional(),
  consultationMinutes: z.number().int().min(5, 'must be at least 5').max(240).optional(),
};

const upsertSchema = z.object({
  userId: z.uuid('is not a valid id'),
  specialty: z.string().refine(isSpecialty, 'is not a known specialty'),
  active: z.boolean().optional(),
  ...profileFields,
});

/** Creates or updates the practitioner profile of a DOCTOR account (administrators). */
export async function upsertPractitioner(ctx: RequestContext, raw: UpsertPractitionerInput) {
  const input = validate(upsertSchema, raw);
  const user = await ctx.em.findOne(User, input.userId);
  if (!user) throw new NotFoundError('User');
  if (!mayBePractitioner(user.role))
    throw new ValidationError({ userId: 'is not a doctor account' });
  const existing = await ctx.em.findOne(Practitioner, { user: user.id });
  const p = existing ?? ctx.em.create(Practitioner, { user, specialty: input.specialty });
  p.specialty = input.specialty;
  if (input.bio !== undefined) p.bio = input.bio || null;
  if (input.languages) p.languages = input.languages;
  if (input.consultationMinutes) p.consultationMinutes = input.consultationMinutes;
  if (input.active !== undefined) p.active = input.active;
  return p;
}

/** A doctor keeps their own profile up to date (R18). */
export async function updateMyPractitionerProfile(
  ctx: RequestContext,
  raw: UpdateMyPractitionerProfileInput,
) {
  const input = validate(z.object(profileFields), raw);
  const p = await ctx.em.findOne(Practitioner, { user: requireViewer(ctx).userId });
  if (!p) throw new NotFoundError('Practitioner profile');
  if (input.bio !== undefined) p.bio = input.bio || null;
  if (input.languages) p.languages = input.languages;
  if (input.consultationMinutes) p.consultationMinutes = input.consultationMinutes;
  return p;
}

export function listPractitioners(
  ctx: RequestContext,
  args: { specialty?: string; first?: number; after?: string },
) {
  const viewer = requireViewer(ctx);
  const where: Record<string, unknown> = {};
  if (args.specialty) where.specialty = args.specialty;
  if (isPatientAccount(viewer)) where.active = true;
  return ctx.em.findByCursor(Practitioner, {
    where,
    first: pageSize(args.first),
    after: args.after,
    orderBy: { specialty: 'asc', id: 'asc' },
    populate: ['user'],
    includeCount: true,
  });
}

export async function getPractitioner(ctx: RequestContext, id: string) {
  const p = isUuid(id) ? await ctx.em.findOne(Practitioner, id, { populate: ['user'] }) : null;
  if (!p || (isPatientAccount(requireViewer(ctx)) && !p.active)) {
    throw new NotFoundError('Practitioner');
  }
  return p;
}

const sessionSchema = z
  .object({
    weekday: z.number().int().min(1, 'must be 1–7').max(7, 'must be 1–7'),
    startTime: z.string().refine((t) => parseClock(t) !== null, 'must be HH:MM'),
    endTime: z.string().refine((t) => parseClock(t) !== null, 'must be HH:MM'),
    slotMinutes: z.number().int().min(5, 'must be at least 5').max(240),
  })
  .refine((s) => (parseClock(s.endTime) ?? 0) > (parseClock(s.startTime) ?? 0), {
    message: 'must end after it starts',
    path: ['endTime'],
  });

/** Replaces a practitioner's weekly pattern; sessions of one day may not overlap (R18). */
export async function setWeeklyAvailability(ctx: RequestContext, raw: SetWeeklyAvailabilityInput) {
  const input = validate(
    z.object({ practitionerId: z.string(), sessions: z.array(sessionSchema).max(50) }),
    raw,
  );
  const p = await managedPractitioner(ctx, input.practitionerId);
  if (weeklySpansOverlap(input.sessions)) {
    throw new ValidationError({ sessions: 'two sessions overlap on the same day' });
  }
  const sorted = sortWeeklySpans(input.sessions);
  await ctx.em.nativeDelete(AvailabilitySession, { practitioner: p.id });
  for (const s of sorted) ctx.em.create(AvailabilitySession, { practitioner: p, ...s });
  return p;
}
