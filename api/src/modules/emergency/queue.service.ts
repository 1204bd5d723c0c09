import type { RequestContext } from '../../kernel/context.js';
import { zonedDay } from '../../kernel/zoned-time.js';
import { auditPatientListRead, PatientPart, patientsInCare } from '../access/index.js';
import { ageOn, displayNameOf, type Sex } from '../patients/index.js';
import type { News2Risk } from '../records/index.js';
import type {
  ArrivalMode,
  ChiefComplaint,
  EmergencyArea,
  EmergencyStatus,
  TriageLevel,
} from './emergency-enums.js';
import type { EmergencyQueue, EmergencyQueueRow } from './emergency.types.js';
import { byQueueOrder, waitOf } from './triage-scale.js';

interface QueueSqlRow {
  id: string;
  patient_id: string;
  family_name: string;
  given_names: string;
  mrn: string;
  birth_date: string;
  sex: Sex;
  unknown_identity: boolean;
  estimated_age: number | null;
  arrived_at: string;
  mode: ArrivalMode;
  complaint: ChiefComplaint;
  complaint_text: string | null;
  status: EmergencyStatus;
  level: TriageLevel | null;
  area: EmergencyArea;
  area_label: string | null;
  doctor_user_id: string | null;
  doctor_name: string | null;
  doctor_at: string | null;
  news2_score: number | null;
  news2_risk: News2Risk | null;
  version: number;
}

/**
 * Every open case with what the queue shows, in a constant number of statements whatever the
 * number of cases or of past ones: one query (open cases by a partial index, their patients,
 * each one's latest triage), the access policy's verdict, and one audit row naming the patients.
 */
export async function emergencyQueue(ctx: RequestContext): Promise<EmergencyQueue> {
  const now = ctx.clock.now();
  const rows = await ctx.em.getConnection().execute<QueueSqlRow[]>(
    `select c.id, c.patient_id, p.family_name, p.given_names, p.mrn, p.birth_date::text as birth_date,
            p.sex, (c.temporary_patient_id is not null and c.temporary_patient_id = c.patient_id) as unknown_identity, c.estimated_age, c.arrived_at, c.mode, c.complaint,
            c.complaint_text, c.status, c.level, c.area, c.area_label, c.doctor_user_id,
            c.doctor_name, c.doctor_at, t.news2_score, t.news2_risk, c.version
       from emergency_case c
       join patient p on p.id = c.patient_id
       left join lateral (
         select news2_score, news2_risk from emergency_triage t
          where t.case_id = c.id and t.news2_score is not null
          order by t.at desc limit 1
       ) t on true
      where c.closed_at is null`,
  );
  const ids = rows.map((r) => r.patient_id);
  const identity = await patientsInCare(ctx, ids, PatientPart.IDENTITY);
  await auditPatientListRead(ctx, [...identity], {
    action: 'readEmergencyQueue',
    targetType: 'EmergencyQueue',
  });
  const today = zonedDay(now, ctx.config.timeZone).date;
  const cases: EmergencyQueueRow[] = rows.map((r) => {
    const seen = identity.has(r.patient_id);
    const arrivedAt = new Date(r.arrived_at);
    return {
      caseId: r.id,
      patientId: seen ? r.patient_id : null,
      name: seen ? displayNameOf(r.family_name, r.given_names) : null,
      mrn: seen ? r.mrn : null,
      age: seen
        ? r.unknown_identity && r.estimated_age !== null
          ? r.estimated_age
          : ageOn(r.birth_date, today)
        : null,
      sex: seen ? r.sex : null,
      unknownIdentity: r.unknown_identity,
      arrivedAt,
      mode: r.mode,
      complaint: r.complaint,
      complaintText: r.complaint_text,
      status: r.status,
      level: r.level,
      area: r.area,
      areaLabel: r.area_label,
      doctorUserId: r.doctor_user_id,
      doctorName: r.doctor_name,
      wait: waitOf(
        {
          arrivedAt,
          level: r.level,
          doctorAt: r.doctor_at === null ? null : new Date(r.doctor_at),
          status: r.status,
          closedAt: null,
        },
        now,
      ),
      news2Score: r.news2_score,
      news2Risk: r.news2_risk,
      version: r.version,
    };
  });
  const key = (c: EmergencyQueueRow) => ({ level: c.level, arrivedAt: c.arrivedAt, id: c.caseId });
  cases.sort((a, b) => byQueueOrder(key(a), key(b)));
  return { asOf: now, cases, breached: cases.filter((c) => c.wait.breached).length };
}
