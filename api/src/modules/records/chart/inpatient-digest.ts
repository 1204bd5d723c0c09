import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../../../kernel/db/pg-array.js';
import type { News2Risk } from '../clinical-enums.js';

/** What a bed tile or a round list shows of a patient's chart. */
export interface InpatientDigest {
  news2Score: number | null;
  news2Risk: News2Risk | null;
  news2At: Date | null;
  /** Lab results entered since the given instant. */
  newResults: number;
}

interface DigestRow {
  patient_id: string;
  news2_score: number | null;
  news2_risk: News2Risk | null;
  taken_at: string | null;
  new_results: string | number;
}

/**
 * The latest scored vitals and the count of new lab results of many patients, in one statement
 * (a lateral lookup on each patient's vitals index): boards and round lists ask for dozens at once.
 */
export async function inpatientDigests(
  em: EntityManager,
  patientIds: readonly string[],
  resultsSince: Date,
): Promise<Map<string, InpatientDigest>> {
  const out = new Map<string, InpatientDigest>();
  if (patientIds.length === 0) return out;
  const rows = await em.getConnection().execute<DigestRow[]>(
    `select p.id as patient_id, v.news2_score, v.news2_risk, v.occurred_at as taken_at,
            (select count(*) from lab_result r
              where r.patient_id = p.id and r.recorded_at >= ? and r.entered_in_error_at is null)
              as new_results
       from unnest(?::uuid[]) as p(id)
       left join lateral (
         select s.news2_score, s.news2_risk, s.occurred_at from vital_signs s
          where s.patient_id = p.id and s.entered_in_error_at is null and s.news2_score is not null
          order by s.occurred_at desc limit 1
       ) v on true`,
    [resultsSince, pgArray([...new Set(patientIds)])],
  );
  for (const r of rows) {
    out.set(r.patient_id, {
      news2Score: r.news2_score,
      news2Risk: r.news2_risk,
      news2At: r.taken_at === null ? null : new Date(r.taken_at),
      newResults: Number(r.new_results),
    });
  }
  return out;
}
