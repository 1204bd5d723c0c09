import type { EntityManager } from '@mikro-orm/postgresql';
import { formatMrn } from './mrn.js';
import { Patient } from './patient.entity.js';
import type { Sex } from './sex.js';

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
  const rows = await em
    .getConnection()
    .execute<{ n: string }[]>(`select nextval('patient_mrn_seq')::text as n`);
  return formatMrn(Number(rows[0]?.n));
}

/** Creates a patient record with a fresh MRN (not flushed). */
export async function createPatientRecord(em: EntityManager, data: NewPatient): Promise<Patient> {
  const mrn = await nextMrn(em);
  return em.create(Patient, { ...data, mrn });
}
