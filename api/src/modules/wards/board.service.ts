import type { RequestContext } from '../../kernel/context.js';
import { requireViewer } from '../../kernel/context.js';
import { NotFoundError } from '../../kernel/errors.js';
import { isUuid } from '../../kernel/validation.js';
import { auditPatientListRead, PatientPart, patientsInCare, readsPart } from '../access/index.js';
import { ageOn, AllergyStatus, displayNameOf, type Sex } from '../patients/index.js';
import { inpatientDigests } from '../records/index.js';
import { zonedDay } from '../../kernel/zoned-time.js';
import { bedStatusOf, daysBetween } from './bed-status.js';
import { NurseAssignment } from './nurse-assignment.entity.js';
import { shiftAt } from './shifts.js';
import { Ward } from './ward.entity.js';
import type { BedCondition, RoomKind } from './wards-enums.js';
import type { BedBoard, BedOccupant, BedTile, InpatientRow } from './wards.types.js';

/** Lab results this recent count as new on a tile or a round list. */
const NEW_RESULTS_MS = 24 * 3_600_000;

interface OccupantRow {
  admission_id: string | null;
  admitted_at: string | null;
  attending_user_id: string | null;
  attending_name: string | null;
  reason: string | null;
  patient_id: string | null;
  family_name: string | null;
  given_names: string | null;
  mrn: string | null;
  birth_date: string | null;
  sex: Sex | null;
  allergy_status: AllergyStatus | null;
}

interface TileRow extends OccupantRow {
  bed_id: string;
  label: string;
  condition: BedCondition;
  condition_reason: string | null;
  condition_since: string;
  room_id: string;
  room_number: string;
  room_kind: RoomKind;
  isolation_capable: boolean;
  reservation_id: string | null;
  res_patient_id: string | null;
  planned_for: string | null;
  res_family: string | null;
  res_given: string | null;
}

/** The columns of who lies in a bed: the stay `s`, its admission `a`, its patient `p`. */
const OCCUPANT_COLUMNS = `a.id as admission_id, a.admitted_at, a.attending_user_id, a.attending_name,
  a.reason, p.id as patient_id, p.family_name, p.given_names, p.mrn, p.birth_date::text as birth_date,
  p.sex, p.allergy_status`;

/** An occupant's fields as plain data (tiles and list rows are built from it). */
type Occupant = Pick<BedOccupant, keyof BedOccupant>;

/**
 * Fills an occupant from a row: identity for callers who read it, the chart's digest for those
 * who read the chart of this patient (role and care scope).
 */
function occupantOf(
  r: OccupantRow,
  today: string,
  timeZone: string,
  sees: { identity: ReadonlySet<string>; chart: ReadonlySet<string> },
  digests: Awaited<ReturnType<typeof inpatientDigests>>,
): Occupant | null {
  if (!r.patient_id || !r.admission_id || !r.admitted_at || !sees.identity.has(r.patient_id)) {
    return null;
  }
  const clinical = sees.chart.has(r.patient_id);
  const digest = clinical ? digests.get(r.patient_id) : undefined;
  const admittedAt = new Date(r.admitted_at);
  return {
    admissionId: r.admission_id,
    patientId: r.patient_id,
    name: displayNameOf(r.family_name ?? '', r.given_names ?? ''),
    mrn: r.mrn ?? '',
    age: ageOn(r.birth_date ?? today, today),
    sex: r.sex as Sex,
    admittedAt,
    days: daysBetween(zonedDay(admittedAt, timeZone).date, today),
    attendingUserId: r.attending_user_id ?? '',
    attendingName: r.attending_name ?? '',
    clinicalShown: clinical,
    news2Score: digest?.news2Score ?? null,
    news2Risk: digest?.news2Risk ?? null,
    allergyFlag: clinical
      ? r.allergy_status === AllergyStatus.HAS_ALLERGIES
        ? true
        : r.allergy_status === AllergyStatus.NO_KNOWN_ALLERGIES
          ? false
          : null
      : null,
    newResults: digest?.newResults ?? null,
  };
}

/** What the caller may see of these patients, and the chart digests of those it reads. */
async function visibility(ctx: RequestContext, patientIds: string[]) {
  const identity = await patientsInCare(ctx, patientIds, PatientPart.IDENTITY);
  const chart = await patientsInCare(ctx, [...identity], PatientPart.CHART);
  const now = ctx.clock.now();
  const digests = await inpatientDigests(
    ctx.em,
    [...chart],
    new Date(now.getTime() - NEW_RESULTS_MS),
  );
  return { sees: { identity, chart }, digests };
}

/**
 * One ward's beds now, with what each tile shows, in a constant number of statements: the ward,
 * the beds with their stays, admissions, patients and reservations (one join), the nurses on
 * shift, the care scope, the chart digests, and one audit row.
 */
export async function bedBoard(ctx: RequestContext, wardId: string): Promise<BedBoard> {
  const ward = isUuid(wardId) ? await ctx.em.findOne(Ward, wardId) : null;
  if (!ward) throw new NotFoundError('Ward');
  const now = ctx.clock.now();
  const tz = ctx.config.timeZone;
  const today = zonedDay(now, tz).date;
  const rows = await ctx.em.getConnection().execute<TileRow[]>(
    `select b.id as bed_id, b.label, b.condition, b.condition_reason, b.condition_since,
            r.id as room_id, r.number as room_number, r.kind as room_kind, r.isolation_capable,
            ${OCCUPANT_COLUMNS},
            res.id as reservation_id, res.planned_for, res.patient_id as res_patient_id,
            rp.family_name as res_family, rp.given_names as res_given
       from bed b
       join room r on r.id = b.room_id
       left join bed_stay s on s.bed_id = b.id and s.ended_at is null and not s.cancelled
       left join admission a on a.id = s.admission_id
       left join patient p on p.id = a.patient_id
       left join bed_reservation res on res.bed_id = b.id and res.closed_at is null
       left join patient rp on rp.id = res.patient_id
      where b.ward_id = ? and b.removed_at is null
      order by r.number, b.label`,
    [ward.id],
  );
  const patientIds = rows.flatMap((r) => (r.patient_id ? [r.patient_id] : []));
  const { sees, digests } = await visibility(ctx, patientIds);
  const readsIdentity = ctx.viewer !== null && readsPart(ctx.viewer, PatientPart.IDENTITY);
  const running = shiftAt(now, tz);
  const nurses = await ctx.em.find(
    NurseAssignment,
    { ward, date: running.date, shift: running.shift },
    { orderBy: { nurseName: 'asc' } },
  );
  await auditPatientListRead(ctx, [...sees.chart], {
    action: 'readBedBoard',
    targetType: 'Ward',
    targetId: ward.id,
  });
  const beds: BedTile[] = rows.map((r) => ({
    bedId: r.bed_id,
    label: r.label,
    roomId: r.room_id,
    roomNumber: r.room_number,
    roomKind: r.room_kind,
    isolationCapable: r.isolation_capable,
    status: bedStatusOf({
      occupied: r.admission_id !== null,
      condition: r.condition,
      reserved: r.reservation_id !== null,
    }),
    condition: r.condition,
    conditionReason: r.condition_reason,
    conditionSince: new Date(r.condition_since),
    occupant: occupantOf(r, today, tz, sees, digests),
    reservationId: r.reservation_id,
    reservedFor: r.planned_for === null ? null : new Date(r.planned_for),
    reservedPatientId: readsIdentity ? r.res_patient_id : null,
    reservedPatientName:
      r.res_family !== null && readsIdentity
        ? displayNameOf(r.res_family, r.res_given ?? '')
        : null,
  }));
  return { ward, asOf: now, shift: running.shift, nurses, beds };
}

type InpatientSqlRow = OccupantRow & {
  ward_id: string;
  ward_name: string;
  bed_id: string;
  bed_label: string;
  room_number: string;
};

const INPATIENT_SELECT = `select ${OCCUPANT_COLUMNS}, w.id as ward_id, w.name as ward_name,
        b.id as bed_id, b.label as bed_label, r.number as room_number
   from bed_stay s
   join admission a on a.id = s.admission_id
   join patient p on p.id = a.patient_id
   join bed b on b.id = s.bed_id
   join room r on r.id = b.room_id
   join ward w on w.id = s.ward_id
  where s.ended_at is null and not s.cancelled`;

/** How a caller reads an inpatient list: audited by default, under its own action. */
export interface InpatientListRead {
  /**
   * False when the caller writes the one audit row of the request itself, naming these patients
   * among others (a shift pack): the list then writes none.
   */
  audited?: boolean;
}

/** Rows of an inpatient list, sickest first: NEWS2 high to low (none last), then longest stay. */
async function inpatientRows(
  ctx: RequestContext,
  rows: InpatientSqlRow[],
  action: string | null,
): Promise<InpatientRow[]> {
  const tz = ctx.config.timeZone;
  const today = zonedDay(ctx.clock.now(), tz).date;
  const { sees, digests } = await visibility(
    ctx,
    rows.flatMap((r) => (r.patient_id ? [r.patient_id] : [])),
  );
  if (action !== null) {
    await auditPatientListRead(ctx, [...sees.chart], {
      action,
      targetType: 'User',
      targetId: ctx.viewer?.userId,
    });
  }
  const out: InpatientRow[] = [];
  for (const r of rows) {
    const occupant = occupantOf(r, today, tz, sees, digests);
    // A list of one's own patients shows only those whose chart one reads.
    if (!occupant || !sees.chart.has(occupant.patientId)) continue;
    out.push({
      ...occupant,
      wardId: r.ward_id,
      wardName: r.ward_name,
      bedId: r.bed_id,
      bedLabel: r.bed_label,
      roomNumber: r.room_number,
      reason: r.reason ?? '',
      news2At: digests.get(occupant.patientId)?.news2At ?? null,
    });
  }
  return out.sort(
    (a, b) =>
      (b.news2Score ?? -1) - (a.news2Score ?? -1) ||
      a.admittedAt.getTime() - b.admittedAt.getTime(),
  );
}

/** A nurse's patients now: the occupied beds of the wards she covers this shift. */
export async function myPatients(
  ctx: RequestContext,
  read: InpatientListRead = {},
): Promise<InpatientRow[]> {
  const viewer = requireViewer(ctx);
  const { date, shift } = shiftAt(ctx.clock.now(), ctx.config.timeZone);
  const rows = await ctx.em.getConnection().execute<InpatientSqlRow[]>(
    `${INPATIENT_SELECT}
       and s.ward_id in (select n.ward_id from nurse_assignment n
                          where n.nurse_user_id = ? and n.date = ? and n.shift = ?)
     order by w.name, r.number, b.label`,
    [viewer.userId, date, shift],
  );
  return inpatientRows(ctx, rows, read.audited === false ? null : 'readMyPatients');
}

/** A doctor's round: the inpatients they attend or whose care team they are on, sickest first. */
export async function myRound(
  ctx: RequestContext,
  read: InpatientListRead = {},
): Promise<InpatientRow[]> {
  const viewer = requireViewer(ctx);
  const rows = await ctx.em.getConnection().execute<InpatientSqlRow[]>(
    `${INPATIENT_SELECT}
       and (a.attending_user_id = ? or exists (
             select 1 from care_team_member m where m.admission_id = a.id and m.user_id = ?))`,
    [viewer.userId, viewer.userId],
  );
  return inpatientRows(ctx, rows, read.audited === false ? null : 'readMyRound');
}
