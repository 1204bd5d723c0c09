import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { currentAuditScope } from '../../kernel/audit-scope.js';
import type { RequestContext } from '../../kernel/context.js';
import { ConflictError, NotFoundError, sqlState, ValidationError } from '../../kernel/errors.js';
import { validate } from '../../kernel/validation.js';
import { Allergy } from './allergy.entity.js';
import { AllergyClinicalStatus, AllergyStatus, PatientStatus } from './patient-enums.js';
import { Patient } from './patient.entity.js';
import type { MergePatientsInput } from './patients.inputs.js';

const mergeSchema = z.object({
  survivorId: z.uuid('is not a valid id'),
  duplicateId: z.uuid('is not a valid id'),
  reason: z.string().trim().min(5, 'say why they are the same person').max(500, 'is too long'),
});

export interface PatientReference {
  table: string;
  column: string;
}

/**
 * Every single-column foreign key that points at `patient(id)`, read from the catalogue. A later
 * module's table (appointments, encounters...) is covered by declaring its foreign key: there is
 * no list to keep up to date. Tables without one (the audit trail) keep what they recorded.
 */
export async function patientReferences(em: EntityManager): Promise<PatientReference[]> {
  return em.execute<PatientReference[]>(
    `select c.conrelid::regclass::text as "table", quote_ident(a.attname) as "column"
       from pg_constraint c
       join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      where c.contype = 'f' and c.confrelid = 'patient'::regclass
        and cardinality(c.conkey) = 1
      order by 1, 2`,
  );
}

/**
 * Merges a duplicate record into the survivor, in the mutation's one transaction: both rows are
 * locked, every row pointing at the duplicate is moved to the survivor, and the duplicate stays
 * as MERGED, pointing at the survivor. A move that would break a unique rule (both records have
 * a portal account) refuses the whole merge.
 */
export async function mergePatients(ctx: RequestContext, raw: MergePatientsInput) {
  const input = validate(mergeSchema, raw);
  if (input.survivorId === input.duplicateId) {
    throw new ValidationError({ duplicateId: 'must be a different record from the survivor' });
  }
  const em = ctx.em;
  // Lock both rows in a fixed order so two merges of the same pair cannot deadlock.
  await em.execute(`select id from patient where id in (?, ?) order by id for update`, [
    input.survivorId,
    input.duplicateId,
  ]);
  const [survivor, duplicate] = await Promise.all([
    em.findOne(Patient, input.survivorId, { refresh: true }),
    em.findOne(Patient, input.duplicateId, { refresh: true }),
  ]);
  if (!survivor) throw new NotFoundError('Patient');
  if (!duplicate) throw new NotFoundError('Patient');
  const scope = currentAuditScope();
  scope?.setTarget('Patient', survivor.id, survivor.id);
  if (survivor.status === PatientStatus.MERGED || duplicate.status === PatientStatus.MERGED) {
    throw new ConflictError('One of these records is already merged.');
  }
  const moved: Record<string, number> = {};
  let total = 0;
  for (const ref of await patientReferences(em)) {
    try {
      const res = await em.execute(
        `update ${ref.table} set ${ref.column} = ? where ${ref.column} = ?`,
        [survivor.id, duplicate.id],
        'run',
      );
      const count = (res as { affectedRows?: number }).affectedRows ?? 0;
      if (count > 0) moved[`${ref.table}.${ref.column}`] = count;
      total += count;
    } catch (err) {
      if (sqlState(err) === '23505') {
        throw new ConflictError(
          `Both records have a ${ref.table.replace(/"/g, '')} row that must stay unique; resolve it before merging.`,
        );
      }
      throw err;
    }
  }
  // The portal account follows the record; two accounts for one person is for a human to settle.
  if (duplicate.account) {
    if (survivor.account) {
      throw new ConflictError(
        'Both records have a portal account that must stay unique; resolve it before merging.',
      );
    }
    const account = duplicate.account;
    duplicate.account = null;
    await em.flush();
    survivor.account = account;
    moved['patient.account_id'] = 1;
    total += 1;
  }
  duplicate.status = PatientStatus.MERGED;
  duplicate.mergedInto = survivor;
  duplicate.mergedAt = ctx.clock.now();
  const active = await em.count(Allergy, {
    patient: survivor.id,
    status: AllergyClinicalStatus.ACTIVE,
  });
  if (active > 0) survivor.allergyStatus = AllergyStatus.HAS_ALLERGIES;
  else if (
    survivor.allergyStatus === AllergyStatus.UNKNOWN &&
    duplicate.allergyStatus === AllergyStatus.NO_KNOWN_ALLERGIES
  ) {
    survivor.allergyStatus = AllergyStatus.NO_KNOWN_ALLERGIES;
    survivor.allergyStatusRecordedAt = duplicate.allergyStatusRecordedAt ?? null;
    survivor.allergyStatusRecordedBy = duplicate.allergyStatusRecordedBy ?? null;
  }
  survivor.updatedAt = ctx.clock.now();
  if (scope) {
    scope.details = {
      survivorId: survivor.id,
      duplicateId: duplicate.id,
      reason: input.reason,
      moved,
    };
  }
  await em.flush();
  return { survivor, duplicate, movedReferences: total };
}
