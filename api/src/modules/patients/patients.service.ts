import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { currentAuditScope } from '../../kernel/audit-scope.js';
import type { RequestContext, Viewer } from '../../kernel/context.js';
import { requireViewer } from '../../kernel/context.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { personName, validate } from '../../kernel/validation.js';
import {
  auditPatientRead,
  PatientPart,
  patientAccessReason,
  requirePatientAccess,
} from '../access/index.js';
import { findDuplicates } from './duplicates.js';
import { formatMrn } from './mrn.js';
import { BloodGroup, PatientStatus } from './patient-enums.js';
import { Address, EmergencyContact, Insurance } from './patient-parts.js';
import { Patient } from './patient.entity.js';
import type {
  AddressInput,
  CreatePatientInput,
  EmergencyContactInput,
  InsuranceInput,
  UpdateMyContactDetailsInput,
  UpdatePatientInput,
} from './patients.inputs.js';
import { Sex } from './sex.js';

export interface NewPatient {
  familyName: string;
  givenNames: string;
  birthDate: string;
  sex: Sex;
  phone?: string | null;
  email?: string | null;
}

/** Next MRN from the database sequence: unique under any concurrency. */
export async function nextMrn(em: EntityManager): Promise<string> {
  const rows = await em.execute<{ n: string }[]>(`select nextval('patient_mrn_seq')::text as n`);
  return formatMrn(Number(rows[0]?.n));
}

/** Creates a patient record with a fresh MRN (not flushed). */
export async function createPatientRecord(
  em: EntityManager,
  data: NewPatient & Partial<Omit<Patient, 'id' | 'mrn' | 'version'>>,
): Promise<Patient> {
  const mrn = await nextMrn(em);
  return em.create(Patient, { ...data, mrn });
}

// ---- validation -------------------------------------------------------------------------------

const text = (max: number) => z.string().trim().max(max, 'is too long');
/** Optional text: undefined leaves a field alone; null or blank clears it. */
const optText = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => (v === '' ? null : v));
const name = personName;
const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ().-]{6,25}$/, 'is not a phone number')
  .or(z.literal(''))
  .nullish()
  .transform((v) => (v === '' ? null : v));
const email = z
  .email('is not an email address')
  .max(200)
  .or(z.literal(''))
  .nullish()
  .transform((v) => (v === '' ? null : v));
const language = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/, 'is not a language code (e.g. fr, en, ar)')
  .nullish();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a date');

const addressSchema = z
  .object({
    line1: optText(200),
    line2: optText(200),
    postalCode: optText(20),
    city: optText(100),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^([A-Z]{2})?$/, 'is not a two-letter country code')
      .nullish()
      .transform((v) => (v === '' ? null : v)),
  })
  .nullish();
const emergencySchema = z.object({ name: optText(200), relation: optText(60), phone }).nullish();
const insuranceSchema = z.object({ payer: optText(120), memberNumber: optText(40) }).nullish();

const fieldsShape = {
  bloodGroup: z.enum(BloodGroup).nullish(),
  weightKg: z.number().min(0.2, 'is too small').max(500, 'is too large').nullish(),
  heightCm: z.number().int().min(20, 'is too small').max(280, 'is too large').nullish(),
  phone,
  secondaryPhone: phone,
  email,
  address: addressSchema,
  preferredLanguage: language,
  emergencyContact: emergencySchema,
  insurance: insuranceSchema,
  administrativeNotes: optText(2000),
};

const createSchema = z.object({
  ...fieldsShape,
  familyName: name,
  givenNames: name,
  birthDate: isoDate,
  sex: z.enum(Sex),
  confirmDuplicate: z.boolean().nullish(),
  duplicateReason: optText(500),
});

const updateSchema = z.object({
  ...fieldsShape,
  id: z.uuid('is not a valid id'),
  version: z.number().int(),
  familyName: name.optional(),
  givenNames: name.optional(),
  birthDate: isoDate.optional(),
  sex: z.enum(Sex).optional(),
  status: z.enum(PatientStatus).optional(),
  deceasedOn: isoDate.nullish(),
});

const contactSchema = z.object({
  version: z.number().int(),
  phone,
  secondaryPhone: phone,
  email,
  address: addressSchema,
  preferredLanguage: language,
  emergencyContact: emergencySchema,
});

function today(ctx: RequestContext): string {
  return ctx.clock.now().toISOString().slice(0, 10);
}

function checkDates(
  ctx: RequestContext,
  d: { birthDate?: string; deceasedOn?: string | null },
  fields: Record<string, string>,
) {
  if (d.birthDate !== undefined) {
    if (Number.isNaN(Date.parse(d.birthDate))) fields.birthDate = 'is not a date';
    else if (d.birthDate > today(ctx)) fields.birthDate = 'cannot be in the future';
    else if (d.birthDate < '1900-01-01') fields.birthDate = 'is too far in the past';
  }
  if (d.deceasedOn) {
    if (d.deceasedOn > today(ctx)) fields.deceasedOn = 'cannot be in the future';
  }
}

// ---- parts ------------------------------------------------------------------------------------

/** An embedded part from its input: all-empty means none. */
function part<T extends object>(make: () => T, input: Partial<T> | null | undefined): T | null {
  if (!input) return null;
  const values = Object.entries(input).filter(([, v]) => v !== null && v !== undefined);
  if (values.length === 0) return null;
  return Object.assign(make(), Object.fromEntries(values));
}

const toAddress = (a: AddressInput | null | undefined) => part(() => new Address(), a);
const toEmergency = (e: EmergencyContactInput | null | undefined) =>
  part(() => new EmergencyContact(), e);
const toInsurance = (i: InsuranceInput | null | undefined) => part(() => new Insurance(), i);

type Fields = z.output<z.ZodObject<typeof fieldsShape>>;

/** Copies the fields that were sent; undefined means "leave it". */
function applyFields(p: Patient, f: Partial<Fields>) {
  if (f.bloodGroup !== undefined) p.bloodGroup = f.bloodGroup;
  if (f.weightKg !== undefined) p.weightKg = f.weightKg;
  if (f.heightCm !== undefined) p.heightCm = f.heightCm;
  if (f.phone !== undefined) p.phone = f.phone;
  if (f.secondaryPhone !== undefined) p.secondaryPhone = f.secondaryPhone;
  if (f.email !== undefined) p.email = f.email;
  if (f.address !== undefined) p.address = toAddress(f.address);
  if (f.preferredLanguage !== undefined && f.preferredLanguage !== null) {
    p.preferredLanguage = f.preferredLanguage;
  }
  if (f.emergencyContact !== undefined) p.emergencyContact = toEmergency(f.emergencyContact);
  if (f.insurance !== undefined) p.insurance = toInsurance(f.insurance);
  if (f.administrativeNotes !== undefined) p.administrativeNotes = f.administrativeNotes;
}

/** Flushes a versioned change; losing a race with another writer answers CONFLICT. */
export async function flushVersioned(em: EntityManager) {
  try {
    await em.flush();
  } catch (err) {
    if (err instanceof OptimisticLockError) throw new ConflictError();
    throw err;
  }
}

// ---- row scope --------------------------------------------------------------------------------

/** Whether this caller may see this record at all (row level; fields are ruled separately). */
export function canSeePatient(viewer: Viewer, patientId: string): boolean {
  return patientAccessReason(viewer, patientId, PatientPart.IDENTITY) !== null;
}

/**
 * A patient record the caller may see, else NOT_FOUND (whether it exists or not is not leaked).
 * A read by staff is audited (R8).
 */
export async function getPatient(ctx: RequestContext, id: string): Promise<Patient> {
  await requirePatientAccess(ctx, id, PatientPart.IDENTITY);
  const patient = await ctx.em.findOne(Patient, id);
  if (!patient) throw new NotFoundError('Patient');
  await auditPatientRead(ctx, [patient.id], { action: 'readPatient' });
  return patient;
}

/** The record for a write: row scope like reads, NOT_FOUND otherwise. */
export async function patientForWrite(ctx: RequestContext, id: string): Promise<Patient> {
  await requirePatientAccess(ctx, id, PatientPart.IDENTITY);
  const patient = await ctx.em.findOne(Patient, id);
  if (!patient) throw new NotFoundError('Patient');
  return patient;
}

function checkVersion(patient: Patient, version: number) {
  if (patient.version !== version) throw new ConflictError();
}

// ---- mutations --------------------------------------------------------------------------------

/**
 * Registers a patient. Possible duplicates (similar name and same birth date, same phone, same
 * insurance number) stop the creation and come back as candidates, unless the caller confirms
 * with a reason; that confirmation is written to the audit row.
 */
export async function createPatient(ctx: RequestContext, raw: CreatePatientInput) {
  const input = validate(createSchema, raw);
  const fields: Record<string, string> = {};
  checkDates(ctx, input, fields);
  if (Object.keys(fields).length > 0) throw new ValidationError(fields);
  const scope = currentAuditScope();
  const duplicates = await findDuplicates(ctx.em, {
    familyName: input.familyName,
    givenNames: input.givenNames,
    birthDate: input.birthDate,
    phones: [input.phone, input.secondaryPhone],
    insuranceMemberNumber: input.insurance?.memberNumber,
  });
  if (duplicates.length > 0) {
    const ids = duplicates.map((d) => d.patient.id);
    if (!input.confirmDuplicate) {
      if (scope) scope.details = { created: false, duplicateCandidates: ids };
      return { patient: null, duplicates };
    }
    if (!input.duplicateReason || input.duplicateReason.length < 5) {
      throw new ValidationError({
        duplicateReason: 'say why this is a different person (at least 5 characters)',
      });
    }
    if (scope) {
      scope.details = {
        created: true,
        duplicateConfirmed: true,
        duplicateReason: input.duplicateReason,
        duplicateCandidates: ids,
      };
    }
  }
  const patient = await createPatientRecord(ctx.em, {
    familyName: input.familyName,
    givenNames: input.givenNames,
    birthDate: input.birthDate,
    sex: input.sex,
  });
  applyFields(patient, input);
  await ctx.em.flush();
  scope?.setTarget('Patient', patient.id, patient.id);
  return { patient, duplicates };
}

/** Edits demographics against the version the caller read; a stale version changes nothing. */
export async function updatePatient(ctx: RequestContext, raw: UpdatePatientInput) {
  const input = validate(updateSchema, raw);
  const fields: Record<string, string> = {};
  checkDates(ctx, input, fields);
  if (input.status === PatientStatus.MERGED) fields.status = 'use mergePatients to merge records';
  if (input.status === PatientStatus.DECEASED && !input.deceasedOn) {
    fields.deceasedOn = 'is required for a deceased patient';
  }
  if (Object.keys(fields).length > 0) throw new ValidationError(fields);
  const patient = await patientForWrite(ctx, input.id);
  currentAuditScope()?.setTarget('Patient', patient.id, patient.id);
  checkVersion(patient, input.version);
  if (patient.status === PatientStatus.MERGED) {
    throw new ConflictError('This record was merged into another one; edit that one instead.');
  }
  if (input.familyName !== undefined) patient.familyName = input.familyName;
  if (input.givenNames !== undefined) patient.givenNames = input.givenNames;
  if (input.birthDate !== undefined) patient.birthDate = input.birthDate;
  if (input.sex !== undefined) patient.sex = input.sex;
  if (input.status !== undefined) {
    patient.status = input.status;
    patient.deceasedOn = input.status === PatientStatus.DECEASED ? input.deceasedOn : null;
  } else if (input.deceasedOn !== undefined && patient.status === PatientStatus.DECEASED) {
    if (input.deceasedOn) patient.deceasedOn = input.deceasedOn;
  }
  applyFields(patient, input);
  await flushVersioned(ctx.em);
  return patient;
}

/** A patient keeps their own contact details and preferred language up to date. */
export async function updateMyContactDetails(
  ctx: RequestContext,
  raw: UpdateMyContactDetailsInput,
) {
  const viewer = requireViewer(ctx);
  const input = validate(contactSchema, raw);
  if (!viewer.patientId) throw new NotFoundError('Patient');
  const patient = await patientForWrite(ctx, viewer.patientId);
  currentAuditScope()?.setTarget('Patient', patient.id, patient.id);
  checkVersion(patient, input.version);
  applyFields(patient, input);
  await flushVersioned(ctx.em);
  return patient;
}
