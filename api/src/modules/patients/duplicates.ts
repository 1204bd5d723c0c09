import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { RequestContext } from '../../kernel/context.js';
import { validate } from '../../kernel/validation.js';
import { DuplicateReason } from './patient-enums.js';
import { Patient } from './patient.entity.js';
import type { PatientDuplicate, PatientDuplicatesInput } from './patients.inputs.js';

export interface DuplicateCriteria {
  familyName?: string | null;
  givenNames?: string | null;
  birthDate?: string | null;
  phones?: (string | null | undefined)[];
  insuranceMemberNumber?: string | null;
  excludeId?: string | null;
}

/** Trigram similarity of whole names above which two people born the same day are flagged. */
export const NAME_SIMILARITY = 0.4;
const MAX_CANDIDATES = 10;

type Row = Record<string, unknown> & { _name: boolean; _phone: boolean; _insurance: boolean };

/**
 * Existing records that may be the same person: a similar name (trigram similarity, accents and
 * case ignored, either name order) with the same birth date, the same phone number (either
 * phone, normalised), or the same insurance member number. One SQL statement, on indexes.
 */
export async function findDuplicates(
  em: EntityManager,
  c: DuplicateCriteria,
): Promise<PatientDuplicate[]> {
  const fullName = [c.familyName, c.givenNames].filter(Boolean).join(' ').trim();
  const phones = (c.phones ?? []).filter((p): p is string => Boolean(p?.trim()));
  const byName = fullName !== '' && Boolean(c.birthDate);
  const member = c.insuranceMemberNumber?.trim() ?? '';
  if (!byName && phones.length === 0 && member === '') return [];

  const nameSql = byName
    ? `(p.birth_date = ?::date and similarity(p.search_name, cg_search_norm(?)) >= ${String(NAME_SIMILARITY)})`
    : 'false';
  const nameParams = byName ? [c.birthDate, fullName] : [];
  const keys = phones.map(() => 'cg_phone_key(?)').join(', ');
  const phoneSql =
    phones.length > 0
      ? `(p.phone_key in (${keys}) or p.secondary_phone_key in (${keys}))`
      : 'false';
  const phoneParams = [...phones, ...phones];
  const insuranceSql = member !== '' ? 'p.insurance_key = cg_ident_key(?)' : 'false';
  const insuranceParams = member !== '' ? [member] : [];

  const sql = `
    select * from (
      select p.*, ${nameSql} as _name, ${phoneSql} as _phone, ${insuranceSql} as _insurance
      from patient p
      where p.status <> 'MERGED' and p.id <> ?::uuid
    ) d
    where d._name or d._phone or d._insurance
    order by d._name desc, d._insurance desc, d.family_name, d.id
    limit ${String(MAX_CANDIDATES)}`;
  const rows = await em.execute<Row[]>(sql, [
    ...nameParams,
    ...phoneParams,
    ...insuranceParams,
    c.excludeId ?? '00000000-0000-0000-0000-000000000000',
  ]);
  return rows.map(({ _name, _phone, _insurance, ...columns }) => {
    const reasons: DuplicateReason[] = [];
    if (_name) reasons.push(DuplicateReason.SIMILAR_NAME_SAME_BIRTH_DATE);
    if (_phone) reasons.push(DuplicateReason.SAME_PHONE);
    if (_insurance) reasons.push(DuplicateReason.SAME_INSURANCE_NUMBER);
    return { patient: em.map(Patient, columns), reasons };
  });
}

const lookupSchema = z.object({
  familyName: z.string().max(100).nullish(),
  givenNames: z.string().max(100).nullish(),
  birthDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a date')
    .nullish(),
  phone: z.string().max(40).nullish(),
  secondaryPhone: z.string().max(40).nullish(),
  insuranceMemberNumber: z.string().max(40).nullish(),
  excludeId: z.uuid('is not a valid id').nullish(),
});

/** The registration form's live check, before anything is created. */
export function possibleDuplicates(ctx: RequestContext, raw: PatientDuplicatesInput) {
  const input = validate(lookupSchema, raw);
  return findDuplicates(ctx.em, {
    familyName: input.familyName,
    givenNames: input.givenNames,
    birthDate: input.birthDate,
    phones: [input.phone, input.secondaryPhone],
    insuranceMemberNumber: input.insuranceMemberNumber,
    excludeId: input.excludeId,
  });
}
