import { z } from 'zod';
import { currentAuditScope } from '../../kernel/audit-scope.js';
import { Locale } from '../../kernel/auth/roles.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../kernel/context.js';
import { ValidationError } from '../../kernel/errors.js';
import { consume } from '../../kernel/rate-limit.js';
import { personName, phoneNumber, validate } from '../../kernel/validation.js';
import {
  newAccountProblems,
  newSelfRegisteredAccount,
  sendVerificationEmail,
  signInNewAccount,
  type User,
} from '../auth/index.js';
import { Patient } from './patient.entity.js';
import { createPatientRecord } from './patients.service.js';
import type { RegisterPatientInput } from './registration.inputs.js';
import { Sex } from './sex.js';

const registerSchema = z.object({
  givenNames: personName,
  familyName: personName,
  birthDate: z.string().refine((d) => !Number.isNaN(Date.parse(d)), 'is not a date'),
  sex: z.enum(Sex),
  phone: phoneNumber,
  email: z.email('is not an email address').max(200),
  password: z.string(),
  locale: z.enum(Locale).optional(),
});

/**
 * A patient signs up: a new patient record and its portal account, signed in at once. Limited
 * per IP; every problem of the form (dates, password, an email already in use) is answered at
 * once, and nothing is saved unless all is well.
 */
export async function registerPatient(ctx: RequestContext, raw: RegisterPatientInput) {
  await consume(ctx.rateLimits.register, ctx.ip ?? 'unknown');
  const input = validate(registerSchema, raw);
  const fields: Record<string, string> = {};
  const today = ctx.clock.now().toISOString().slice(0, 10);
  if (input.birthDate > today) fields.birthDate = 'cannot be in the future';
  if (input.birthDate < '1900-01-01') fields.birthDate = 'is too far in the past';
  Object.assign(fields, await newAccountProblems(ctx.em, input.email, input.password));
  if (Object.keys(fields).length > 0) throw new ValidationError(fields);
  const patient = await createPatientRecord(ctx.em, {
    familyName: input.familyName,
    givenNames: input.givenNames,
    birthDate: input.birthDate,
    sex: input.sex,
    phone: input.phone,
    email: input.email,
  });
  const user = await newSelfRegisteredAccount(ctx, {
    email: input.email,
    password: input.password,
    givenName: input.givenNames,
    familyName: input.familyName,
    phone: input.phone,
    locale: input.locale,
  });
  patient.account = user;
  currentAuditScope()?.setTarget('User', user.id, patient.id);
  const signedIn = await signInNewAccount(ctx, user);
  // Unverified, the account signs in and books as any other; only reminders wait for the address.
  await sendVerificationEmail(ctx, user);
  return signedIn;
}

/**
 * The patient record of a portal account; null for staff and for an account without one. A plain
 * query: it runs for every request of a patient, and must not leave a half-loaded record in the
 * request's identity map.
 */
export async function patientIdOfAccount(
  em: EntityManager,
  userId: string,
): Promise<string | null> {
  const rows = await em.execute<{ id: string }[]>(
    'select id from patient where account_id = ? limit 1',
    [userId],
  );
  return rows[0]?.id ?? null;
}

/** The active portal accounts of these patients, by patient id (one query). */
export async function accountsOfPatients(
  em: EntityManager,
  patientIds: readonly string[],
): Promise<Map<string, User>> {
  if (patientIds.length === 0) return new Map();
  const rows = await em.find(
    Patient,
    { id: { $in: [...patientIds] }, account: { active: true } },
    { populate: ['account'] },
  );
  return new Map(rows.flatMap((p) => (p.account ? [[p.id, p.account] as const] : [])));
}

/** The patient records of these portal accounts, by account id. */
export async function patientsOfAccounts(
  em: EntityManager,
  userIds: readonly string[],
): Promise<Map<string, Patient>> {
  const rows = await em.find(Patient, { account: { $in: [...userIds] } });
  return new Map(rows.flatMap((p) => (p.account ? [[p.account.id, p] as const] : [])));
}

/** The patient record ids of these portal accounts, by account id. */
export async function patientIdsOfAccounts(
  em: EntityManager,
  userIds: readonly string[],
): Promise<Map<string, string>> {
  const found = await patientsOfAccounts(em, userIds);
  return new Map([...found].map(([account, p]) => [account, p.id]));
}
