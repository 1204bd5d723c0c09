import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { hashPassword } from '../../kernel/auth/passwords.js';
import { Locale, Role } from '../../kernel/auth/roles.js';
import type { RequestContext } from '../../kernel/context.js';
import { requireViewer } from '../../kernel/context.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import { pageSize } from '../../kernel/graphql/connection.js';
import {
  blankToNull,
  containsPattern,
  personName,
  phoneNumber,
  validate,
} from '../../kernel/validation.js';
import { isStaffRole } from './auth.rules.js';
import type { CreateUserInput, ResetUserPasswordInput, UpdateUserInput } from './auth.inputs.js';
import { revokeSessions } from './auth.service.js';
import { afterSuccess } from './lockout.js';
import { User } from './user.entity.js';

const WORDS = [
  'ambre',
  'balcon',
  'citron',
  'dune',
  'etoile',
  'falaise',
  'granit',
  'horizon',
  'ivoire',
  'jardin',
  'kayak',
  'lagune',
  'marbre',
  'nuage',
  'olive',
  'prairie',
  'quartz',
  'riviere',
  'saule',
  'tilleul',
  'urbain',
  'vallee',
  'wagon',
  'xylophone',
  'yole',
  'zephyr',
];

/** A temporary password that is easy to read out and type: four words and two digits. */
export function temporaryPassword(): string {
  const words = Array.from({ length: 4 }, () => WORDS[randomInt(WORDS.length)] ?? 'mot');
  return `${words.join('-')}-${String(randomInt(10, 100))}`;
}

/** Accounts for the admin screen: search by name or email, filter by role, paginated. */
export async function listUsers(
  ctx: RequestContext,
  args: { search?: string; role?: Role; first?: number; after?: string },
) {
  const where: Record<string, unknown> = {};
  if (args.role) where.role = args.role;
  const search = args.search?.trim();
  if (search) {
    const like = containsPattern(search);
    where.$or = [
      { email: { $ilike: like } },
      { familyName: { $ilike: like } },
      { givenName: { $ilike: like } },
    ];
  }
  return ctx.em.findByCursor(User, {
    where,
    first: pageSize(args.first),
    after: args.after,
    orderBy: { familyName: 'asc', givenName: 'asc', id: 'asc' },
    includeCount: true,
  });
}

export async function getUser(ctx: RequestContext, id: string): Promise<User> {
  const user = z.uuid().safeParse(id).success ? await ctx.em.findOne(User, id) : null;
  if (!user) throw new NotFoundError('User');
  return user;
}

const name = personName;
const phone = phoneNumber;

const createSchema = z.object({
  email: z.email('is not an email address').max(200),
  role: z.enum(Role).refine(isStaffRole, 'patients register themselves'),
  givenName: name,
  familyName: name,
  phone: phone.or(z.literal('')).optional(),
  jobTitle: z.string().trim().max(100, 'is too long').optional(),
  locale: z.enum(Locale).optional(),
});

/** Creates a staff account with a temporary password that must be changed at first sign-in. */
export async function createUser(ctx: RequestContext, raw: CreateUserInput) {
  const input = validate(createSchema, raw);
  if (await ctx.em.count(User, { email: input.email })) {
    throw new ValidationError({ email: 'is already used by another account' });
  }
  const password = temporaryPassword();
  const user = ctx.em.create(User, {
    email: input.email,
    role: input.role,
    givenName: input.givenName,
    familyName: input.familyName,
    phone: blankToNull(input.phone) ?? null,
    jobTitle: blankToNull(input.jobTitle) ?? null,
    locale: input.locale ?? Locale.fr,
    passwordHash: await hashPassword(password),
    mustChangePassword: true,
  });
  return { user, temporaryPassword: password };
}

const updateSchema = z.object({
  id: z.uuid('is not a valid id'),
  role: z.enum(Role).optional(),
  active: z.boolean().optional(),
  givenName: name.optional(),
  familyName: name.optional(),
  phone: phone.or(z.literal('')).optional(),
  jobTitle: z.string().trim().max(100, 'is too long').optional(),
});

/**
 * Changes an account. Disabling it ends its sessions at once. Roles move between staff roles
 * only (a patient account is tied to its record), and administrators cannot demote or disable
 * themselves, so the hospital is never left without one.
 */
export async function updateUser(ctx: RequestContext, raw: UpdateUserInput) {
  const input = validate(updateSchema, raw);
  const viewer = requireViewer(ctx);
  const user = await getUser(ctx, input.id);
  const fields: Record<string, string> = {};
  if (input.role && input.role !== user.role) {
    if (!isStaffRole(input.role) || !isStaffRole(user.role)) {
      fields.role = 'cannot change to or from PATIENT';
    } else if (user.id === viewer.userId) fields.role = 'you cannot change your own role';
  }
  if (input.active === false && user.id === viewer.userId) {
    fields.active = 'you cannot disable your own account';
  }
  if (Object.keys(fields).length > 0) throw new ValidationError(fields);
  const roleChanged = input.role !== undefined && input.role !== user.role;
  if (input.role) user.role = input.role;
  if (input.givenName) user.givenName = input.givenName;
  if (input.familyName) user.familyName = input.familyName;
  if (input.phone !== undefined) user.phone = blankToNull(input.phone) ?? null;
  if (input.jobTitle !== undefined) user.jobTitle = blankToNull(input.jobTitle) ?? null;
  if (input.active !== undefined && input.active !== user.active) {
    user.active = input.active;
    if (!input.active) await revokeSessions(ctx.em, user.id, 'disabled', ctx.clock.now());
  }
  if (roleChanged) {
    await revokeSessions(ctx.em, user.id, 'role-changed', ctx.clock.now());
  }
  return user;
}

/** Sets a temporary password, lifts any lock and ends the account's sessions. */
export async function resetUserPassword(ctx: RequestContext, input: ResetUserPasswordInput) {
  const user = await getUser(ctx, input.id);
  const password = temporaryPassword();
  user.passwordHash = await hashPassword(password);
  user.mustChangePassword = true;
  Object.assign(user, afterSuccess());
  await revokeSessions(ctx.em, user.id, 'password-reset', ctx.clock.now());
  return { user, temporaryPassword: password };
}
