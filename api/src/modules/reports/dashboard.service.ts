import { requireViewer, type RequestContext } from '../../kernel/context.js';
import { REPLICA } from '../../kernel/db/replicas.js';
import { ActKind, PaymentMethod } from '../billing/index.js';
import { EmergencyOutcome } from '../emergency/index.js';
import { Sex } from '../patients/index.js';
import { periodBounds, type PeriodBounds } from './period.js';
import { readsOwnActivityOnly } from './reports.rules.js';
import {
  AgeRange,
  type AppointmentsSection,
  type Dashboard,
  type DemographicCell,
  type DemographicsSection,
  type EmergencySection,
  type ExpensesSection,
  type OccupancySection,
  type PaymentsByMethod,
  type PractitionerActivity,
  type ReportService,
  type RevenueByActKind,
  type RevenueSection,
  type WardOccupancyFigures,
  type WriteOffsByReason,
} from './reports.types.js';

/**
 * Every figure is one SQL statement per section, aggregated in PostgreSQL (grouping sets for the
 * totals, `percentile_cont` for medians); Node only renames columns. The definitions are in
 * this module's README, each tested in `reports.int.test.ts`. Reads may go to a replica: past
 * figures tolerate its lag (`kernel/db/replicas.ts`).
 */
type Row = Record<string, unknown>;

function run<T extends Row>(ctx: RequestContext, sql: string, params: unknown[]): Promise<T[]> {
  return ctx.em.getConnection(REPLICA).execute<T[]>(sql, params);
}

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const maybe = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
/** A column read back as one of an enum's values (null when it is none of them). */
function asEnum<E extends string>(values: Record<string, E>, v: unknown): E | null {
  return Object.values(values).find((x) => x === v) ?? null;
}
const round = (v: number | null, places: number) =>
  v === null ? null : Math.round(v * 10 ** places) / 10 ** places;

/** The services of the wards (a ward's free-text `service`), for the dashboard's filter. */
export async function reportServices(ctx: RequestContext): Promise<ReportService[]> {
  const rows = await run<{ service: string; wards: string }>(
    ctx,
    'select service, count(*)::text as wards from ward group by service order by service',
    [],
  );
  return rows.map((r) => ({ id: r.service, name: r.service, wards: Number(r.wards) }));
}

/** The dashboard for a period and, optionally, one service; a doctor's narrowed to their own. */
export async function dashboard(
  ctx: RequestContext,
  period: { from: string; to: string },
  serviceId?: string | null,
): Promise<Dashboard> {
  const viewer = requireViewer(ctx);
  const p = periodBounds(period, ctx.config.timeZone);
  const service = serviceId?.trim() ? serviceId.trim() : null;
  const own = readsOwnActivityOnly(viewer);
  if (own) {
    return {
      from: p.from,
      to: p.to,
      serviceId: service,
      ownActivityOnly: true,
      appointments: await appointmentsSection(ctx, p, viewer.userId),
      demographics: null,
      occupancy: null,
      emergency: null,
      revenue: null,
      expenses: null,
    };
  }
  // Outside a transaction each statement takes a connection of its own from the pool, so the
  // sections run side by side in PostgreSQL: the dashboard costs its slowest section, not the sum.
  const [demographics, appointments, occupancy, emergency, revenue, expenses] = await Promise.all([
    demographicsSection(ctx, p, service),
    appointmentsSection(ctx, p, null),
    occupancySection(ctx, p, service),
    emergencySection(ctx, p),
    revenueSection(ctx, p),
    expensesSection(ctx, p, service),
  ]);
  return {
    from: p.from,
    to: p.to,
    serviceId: service,
    ownActivityOnly: false,
    demographics,
    appointments,
    occupancy,
    emergency,
    revenue,
    expenses,
  };
}

const AGE_RANGES = Object.values(AgeRange);

/**
 * Patients seen: a completed visit due in the period, an inpatient stay (not entered in error)
 * overlapping it, or an emergency arrival in it; each patient once, by age on the period's last
 * day and sex. With a service, only stays in its wards count.
 */
export async function demographicsSection(
  ctx: RequestContext,
  p: PeriodBounds,
  service: string | null,
): Promise<DemographicsSection> {
  const rows = await run<{ age_range: string | null; sex: string | null; n: number; g: number }>(
    ctx,
    `with seen as (
       select a.patient_id from appointment a
        where ?::text is null and a.status = 'COMPLETED' and a.starts_at >= ? and a.starts_at < ?
       union
       select s.patient_id from bed_stay s join ward w on w.id = s.ward_id
        where not s.cancelled and s.started_at < ? and (s.ended_at is null or s.ended_at > ?)
          and (?::text is null or w.service = ?::text)
       union
       select c.patient_id from emergency_case c
        where ?::text is null and c.arrived_at >= ? and c.arrived_at < ?
     ), people as (
       select p.sex::text as sex,
              case when y.age < 18 then 'FROM_0_TO_17' when y.age < 40 then 'FROM_18_TO_39'
                   when y.age < 65 then 'FROM_40_TO_64' when y.age < 80 then 'FROM_65_TO_79'
                   else 'FROM_80' end as age_range
         from seen join patient p on p.id = seen.patient_id
         cross join lateral (select extract(year from age(?::date, p.birth_date))::int as age) y
     )
     select age_range, sex, count(*)::int as n, grouping(age_range, sex)::int as g
       from people group by grouping sets ((age_range, sex), (age_range), (sex), ())
      order by g, age_range, sex`,
    [service, p.start, p.end, p.end, p.start, service, service, service, p.start, p.end, p.to],
  );
  const cell = (r: (typeof rows)[number]): DemographicCell => ({
    ageRange: asEnum(AgeRange, r.age_range),
    sex: asEnum(Sex, r.sex),
    patients: r.n,
  });
  // grouping(): 0 both columns grouped, 1 age range only, 2 sex only, 3 the grand total.
  const byAge = new Map(rows.filter((r) => r.g === 1).map((r) => [r.age_range, r.n]));
  return {
    patientsSeen: rows.find((r) => r.g === 3)?.n ?? 0,
    cells: rows.filter((r) => r.g === 0).map(cell),
    byAgeRange: AGE_RANGES.map((a) => ({ ageRange: a, sex: null, patients: byAge.get(a) ?? 0 })),
    bySex: rows.filter((r) => r.g === 2).map(cell),
    filteredByService: service !== null,
  };
}

interface ActivityRow extends Row {
  practitioner_id: string | null;
  name: string | null;
  specialty: string | null;
  booked: number;
  completed: number;
  cancelled: number;
  absent: number;
  no_shows: number;
  pending: number;
  minutes: number;
  cancellation_rate: number | null;
  no_show_rate: number | null;
  g: number;
}

/**
 * Appointments due in the period (starting in it, hospital time) per practitioner, whatever
 * became of them; the rates over them (README). `ownUserId` narrows to one doctor's.
 */
export async function appointmentsSection(
  ctx: RequestContext,
  p: PeriodBounds,
  ownUserId: string | null,
): Promise<AppointmentsSection> {
  const rows = await run<ActivityRow>(
    ctx,
    `with per as (
       -- Per practitioner first (a plain aggregate PostgreSQL may split across workers; the
       -- status compared as the enum it is), then the total over those few rows.
       select a.practitioner_id, count(*) as booked,
              count(*) filter (where a.status = 'COMPLETED') as completed,
              count(*) filter (where a.status = 'CANCELLED') as cancelled,
              count(*) filter (where a.status = 'CANCELLED_PRACTITIONER_ABSENT') as absent,
              count(*) filter (where a.status = 'NO_SHOW') as no_shows,
              count(*) filter (where a.status in ('SCHEDULED', 'CONFIRMED', 'CHECKED_IN', 'IN_PROGRESS')) as pending,
              sum(extract(epoch from a.ends_at - a.starts_at)) filter (where a.status = 'COMPLETED') as seconds
         from appointment a
        where a.starts_at >= ? and a.starts_at < ?
          and (?::uuid is null or a.practitioner_id in (select id from practitioner where user_id = ?::uuid))
        group by a.practitioner_id
     ), counts as (
       select practitioner_id, sum(booked)::int as booked, sum(completed)::int as completed,
              sum(cancelled)::int as cancelled, sum(absent)::int as absent,
              sum(no_shows)::int as no_shows, sum(pending)::int as pending,
              coalesce(round(sum(seconds) / 60), 0)::int as minutes,
              grouping(practitioner_id)::int as g
         from per group by rollup(practitioner_id)
     )
     select c.*, case when c.g = 0 then trim(u.given_name || ' ' || u.family_name) end as name,
            pr.specialty,
            (c.cancelled + c.absent)::float8 / nullif(c.booked, 0) as cancellation_rate,
            c.no_shows::float8 / nullif(c.booked - c.cancelled - c.absent, 0) as no_show_rate
       from counts c
       left join practitioner pr on pr.id = c.practitioner_id
       left join app_user u on u.id = pr.user_id
      order by c.g, u.family_name, u.given_name, c.practitioner_id`,
    [p.start, p.end, ownUserId, ownUserId],
  );
  const activity = (r: ActivityRow | undefined): PractitionerActivity => ({
    practitionerId: r?.practitioner_id ?? null,
    name: r?.name ?? null,
    specialty: r?.specialty ?? null,
    booked: r?.booked ?? 0,
    completed: r?.completed ?? 0,
    cancelled: r?.cancelled ?? 0,
    cancelledByPractitioner: r?.absent ?? 0,
    noShows: r?.no_shows ?? 0,
    pending: r?.pending ?? 0,
    completedMinutes: r?.minutes ?? 0,
    cancellationRate: maybe(r?.cancellation_rate),
    noShowRate: maybe(r?.no_show_rate),
  });
  return {
    practitioners: rows.filter((r) => r.g === 0).map(activity),
    total: activity(rows.find((r) => r.g === 1)),
    ownActivityOnly: ownUserId !== null,
  };
}

interface OccupancyRow extends Row {
  ward_id: string | null;
  ward_name: string | null;
  service: string | null;
  beds: number;
  bed_nights: number;
  occupied: number;
  discharges: number;
  mean_los: number | null;
  g: number;
}

/**
 * The first hospital day whose midnight (00:00) is at or after the instant in `col`: a bed or a
 * stay holds the midnights of the days from this one (its start) up to, not including, this one
 * of its end. Midnight exists every day in the hospital's zones (clocks change at night, not at
 * 00:00), so a stay's nights in the period are a difference of two dates: no join with the days.
 */
function ceilDay(col: string): string {
  return `((${col} at time zone z.tz)::date + case when (${col} at time zone z.tz)::time = time '00:00' then 0 else 1 end)`;
}

/**
 * Per ward, wards' occupancy-per-day definition summed over the period: beds and occupied beds
 * are counted at each day's midnight (00:00 hospital time, as `wardOccupancy`), so a bed-night
 * is a bed at a midnight of the period. Discharges and length of stay: admissions discharged
 * from the ward in the period, admission to discharge. Cancelled stays count for nothing.
 */
export async function occupancySection(
  ctx: RequestContext,
  p: PeriodBounds,
  service: string | null,
): Promise<OccupancySection> {
  const tz = ctx.config.timeZone;
  const rows = await run<OccupancyRow>(
    ctx,
    `with z as (select ?::text as tz, ?::date as d0, ?::date + 1 as d1),
     w as not materialized (select id, name, service from ward where ?::text is null or service = ?::text),
     bed_nights as (
       select b.ward_id,
              sum(greatest(0, least(z.d1, coalesce(${ceilDay('b.removed_at')}, z.d1))
                              - greatest(z.d0, ${ceilDay('b.created_at')})))::int as n,
              count(*) filter (where ${ceilDay('b.created_at')} < z.d1
                and (b.removed_at is null or ${ceilDay('b.removed_at')} >= z.d1))::int as beds
         from bed b join w on w.id = b.ward_id cross join z
        where b.created_at < ? and (b.removed_at is null or b.removed_at > ?)
        group by b.ward_id
     ), occupied as (
       select s.ward_id,
              sum(greatest(0, least(z.d1, coalesce(${ceilDay('s.ended_at')}, z.d1))
                              - greatest(z.d0, ${ceilDay('s.started_at')})))::int as n
         from bed_stay s join w on w.id = s.ward_id cross join z
        where not s.cancelled and s.started_at < ? and (s.ended_at is null or s.ended_at > ?)
        group by s.ward_id
     ), discharges as (
       -- Admissions discharged in the period, each in the ward of the stay that ended then (one
       -- at most: a patient's stays never overlap), looked up by admission; \`per_ward\` keeps
       -- the wards asked for.
       select s.ward_id, count(*)::int as n,
              sum(extract(epoch from a.discharged_at - a.admitted_at) / 86400)::float8 as days
         from admission a
         cross join lateral (
           select st.ward_id from bed_stay st
            where st.admission_id = a.id and st.ended_at = a.discharged_at and not st.cancelled
            limit 1
         ) s
        where a.status = 'DISCHARGED' and a.discharged_at >= ? and a.discharged_at < ?
        group by s.ward_id
     ), per_ward as (
       select w.id, w.name, w.service, coalesce(bed_nights.beds, 0) as beds,
              coalesce(bed_nights.n, 0) as bed_nights, coalesce(occupied.n, 0) as occupied,
              coalesce(discharges.n, 0) as discharges, coalesce(discharges.days, 0) as los_days
         from w left join bed_nights on bed_nights.ward_id = w.id
         left join occupied on occupied.ward_id = w.id
         left join discharges on discharges.ward_id = w.id
     )
     select id as ward_id, name as ward_name, service,
            sum(beds)::int as beds, sum(bed_nights)::int as bed_nights,
            sum(occupied)::int as occupied, sum(discharges)::int as discharges,
            (sum(los_days) / nullif(sum(discharges), 0))::float8 as mean_los,
            grouping(id, name, service)::int as g
       from per_ward group by grouping sets ((id, name, service), ())
      order by g, name`,
    [tz, p.from, p.to, service, service, p.end, p.start, p.end, p.start, p.start, p.end],
  );
  const figures = (r: OccupancyRow | undefined): WardOccupancyFigures => {
    const bedNights = r?.bed_nights ?? 0;
    const occupied = r?.occupied ?? 0;
    return {
      wardId: r?.ward_id ?? null,
      wardName: r?.ward_name ?? null,
      service: r?.service ?? null,
      beds: r?.beds ?? 0,
      bedNights,
      occupiedBedNights: occupied,
      occupancyRate: bedNights === 0 ? null : occupied / bedNights,
      discharges: r?.discharges ?? 0,
      meanLengthOfStayDays: round(maybe(r?.mean_los), 2),
    };
  };
  return {
    wards: rows.filter((r) => r.g === 0).map(figures),
    total: figures(rows.find((r) => r.g !== 0)),
    filteredByService: service !== null,
  };
}

/**
 * Emergency flow, the department's own definitions (`emergencyFigures`): cases that arrived in
 * the period; medians in minutes over those triaged / seen by a doctor; the admission rate over
 * those closed. Not filtered by service: a case belongs to no ward until it is admitted.
 */
export async function emergencySection(
  ctx: RequestContext,
  p: PeriodBounds,
): Promise<EmergencySection> {
  const rows = await run<{
    arrivals: number;
    closed: number;
    to_triage: number | null;
    to_doctor: number | null;
    outcomes: Record<string, number> | null;
  }>(
    ctx,
    `with c as (
       -- The columns of the arrival index alone: read from it, not from the cases' rows.
       select arrived_at, triaged_at, doctor_at, closed_at, outcome
         from emergency_case where arrived_at >= ? and arrived_at < ?
     )
     select count(*)::int as arrivals, count(closed_at)::int as closed,
            percentile_cont(0.5) within group (order by extract(epoch from triaged_at - arrived_at) / 60)
              filter (where triaged_at is not null) as to_triage,
            percentile_cont(0.5) within group (order by extract(epoch from doctor_at - arrived_at) / 60)
              filter (where doctor_at is not null) as to_doctor,
            (select json_object_agg(outcome, n) from
               (select outcome::text, count(*)::int as n from c where outcome is not null group by outcome) o) as outcomes
       from c`,
    [p.start, p.end],
  );
  const r = rows[0];
  const outcomes = Object.values(EmergencyOutcome).map((outcome) => ({
    outcome,
    cases: r?.outcomes?.[outcome] ?? 0,
  }));
  const closed = r?.closed ?? 0;
  const admitted = r?.outcomes?.[EmergencyOutcome.ADMITTED] ?? 0;
  return {
    arrivals: r?.arrivals ?? 0,
    closed,
    admitted,
    medianMinutesToTriage: round(maybe(r?.to_triage), 1),
    medianMinutesToDoctor: round(maybe(r?.to_doctor), 1),
    admissionRate: closed === 0 ? null : admitted / closed,
    outcomes,
  };
}

/**
 * Revenue (integer minor units, summed in PostgreSQL as bigint and sent as Float): lines of
 * invoices and of credit notes issued in the period, by kind of act; payments and refunds
 * received in it, by method; what is still owed at its end on invoices issued by then and not
 * cancelled by then, minus the payments received by then (INSURANCE payments against the
 * insurer's share, the others against the patient's). Not filtered by service. The balance is
 * read as what the open invoices owe now plus what was paid on them since the end: the same sum
 * (paid by the end = paid now − paid since), without reading every invoice ever issued.
 */
export async function revenueSection(
  ctx: RequestContext,
  p: PeriodBounds,
): Promise<RevenueSection> {
  const [lines, payments, totals] = await Promise.all([
    run<{
      act_kind: string | null;
      invoiced: number;
      credited: number;
      net: number;
      insurer: number;
      patient: number;
      g: number;
    }>(
      ctx,
      `select l.act_kind,
            coalesce(sum(l.amount_minor) filter (where i.kind = 'INVOICE'), 0)::float8 as invoiced,
            coalesce(sum(l.amount_minor) filter (where i.kind = 'CREDIT_NOTE'), 0)::float8 as credited,
            coalesce(sum(l.amount_minor), 0)::float8 as net,
            coalesce(sum(l.insurer_minor), 0)::float8 as insurer,
            coalesce(sum(l.patient_minor), 0)::float8 as patient,
            grouping(l.act_kind)::int as g
       from invoice i join invoice_line l on l.invoice_id = i.id
      where i.issued_at >= ? and i.issued_at < ? and i.status not in ('DRAFT', 'DISCARDED')
      group by rollup(l.act_kind) order by g, l.act_kind`,
      [p.start, p.end],
    ),
    run<{
      method: string | null;
      received: number;
      refunded: number;
      net: number;
      g: number;
    }>(
      ctx,
      `select method,
            coalesce(sum(amount_minor) filter (where amount_minor > 0), 0)::float8 as received,
            coalesce(sum(amount_minor) filter (where amount_minor < 0), 0)::float8 as refunded,
            coalesce(sum(amount_minor), 0)::float8 as net, grouping(method)::int as g
       from payment where received_at >= ? and received_at < ?
      group by rollup(method) order by g, method`,
      [p.start, p.end],
    ),
    run<{
      invoices: number;
      credit_notes: number;
      owed_patient: number;
      owed_insurer: number;
    }>(
      ctx,
      `select
       -- Issued ones only (a draft has no issue date): counted from the issue-date index.
       (select count(*)::int from invoice where kind = 'INVOICE' and issued_at >= ? and issued_at < ?
           and status not in ('DRAFT', 'DISCARDED')) as invoices,
       (select count(*)::int from invoice where kind = 'CREDIT_NOTE' and issued_at >= ? and issued_at < ?
           and status not in ('DRAFT', 'DISCARDED')) as credit_notes,
       coalesce(o.patient, 0)::float8 + coalesce(later.patient, 0)::float8 as owed_patient,
       coalesce(o.insurer, 0)::float8 + coalesce(later.insurer, 0)::float8 as owed_insurer
       from (
         -- What invoices owe now (a paid invoice owes nothing: its paid amounts are its shares).
         -- Two sums, so that the open ones are read from their covering index alone.
         select coalesce(sum(patient_minor - paid_patient_minor), 0)
                  + coalesce((select sum(patient_minor - paid_patient_minor) from invoice
                               where kind = 'INVOICE' and status = 'CANCELLED' and issued_at < ? and cancelled_at >= ?), 0) as patient,
                coalesce(sum(insurer_minor - paid_insurer_minor), 0)
                  + coalesce((select sum(insurer_minor - paid_insurer_minor) from invoice
                               where kind = 'INVOICE' and status = 'CANCELLED' and issued_at < ? and cancelled_at >= ?), 0) as insurer
           from invoice
          where kind = 'INVOICE' and status in ('ISSUED', 'PARTIALLY_PAID') and issued_at < ?
       ) o, (
         -- Plus what was paid (or refunded) on them since the period's end.
         select sum(p.amount_minor) filter (where p.method <> 'INSURANCE') as patient,
                sum(p.amount_minor) filter (where p.method = 'INSURANCE') as insurer
           from payment p join invoice i on i.id = p.invoice_id
          where p.received_at >= ? and i.kind = 'INVOICE' and i.issued_at < ?
            and (i.cancelled_at is null or i.cancelled_at >= ?)
       ) later`,
      [p.start, p.end, p.start, p.end, ...Array<Date>(8).fill(p.end)],
    ),
  ]);
  const byKind = (r: (typeof lines)[number] | undefined): RevenueByActKind => ({
    actKind: r?.g === 0 ? asEnum(ActKind, r.act_kind) : null,
    invoicedMinor: num(r?.invoiced),
    creditedMinor: num(r?.credited),
    netMinor: num(r?.net),
    insurerMinor: num(r?.insurer),
    patientMinor: num(r?.patient),
  });
  const byMethod = (r: (typeof payments)[number] | undefined): PaymentsByMethod => ({
    method: r?.g === 0 ? asEnum(PaymentMethod, r.method) : null,
    receivedMinor: num(r?.received),
    refundedMinor: num(r?.refunded),
    netMinor: num(r?.net),
  });
  const t = totals[0];
  const owedPatient = num(t?.owed_patient);
  const owedInsurer = num(t?.owed_insurer);
  return {
    currency: ctx.config.currency,
    invoicesIssued: t?.invoices ?? 0,
    creditNotesIssued: t?.credit_notes ?? 0,
    byActKind: lines.filter((r) => r.g === 0).map(byKind),
    total: byKind(lines.find((r) => r.g === 1)),
    paymentsByMethod: payments.filter((r) => r.g === 0).map(byMethod),
    payments: byMethod(payments.find((r) => r.g === 1)),
    outstandingPatientMinor: owedPatient,
    outstandingInsurerMinor: owedInsurer,
    outstandingMinor: owedPatient + owedInsurer,
  };
}

/**
 * Expenses: stock receipts in the period at their unit cost; write-offs in it, each ledger line
 * valued at the item's weighted average cost over every receipt up to the write-off's instant
 * (the pharmacy's `valuation.ts`), rounded half up to the minor unit per line. With a service,
 * only receipts into and write-offs from its wards' stock locations.
 */
export async function expensesSection(
  ctx: RequestContext,
  p: PeriodBounds,
  service: string | null,
): Promise<ExpensesSection> {
  const locations = `(select sl.id from stock_location sl join ward w on w.id = sl.ward_id where w.service = ?::text)`;
  const purchases = await run<{ cost: number; units: number }>(
    ctx,
    `select coalesce(sum(m.quantity::bigint * m.unit_cost_cents), 0)::float8 as cost,
            coalesce(sum(m.quantity), 0)::int as units
       from stock_movement m
      where m.kind = 'RECEIPT' and m.at >= ? and m.at < ?
        and (?::text is null or m.to_location_id in ${locations})`,
    [p.start, p.end, service, service],
  );
  const writeOffs = await run<{ reason: string | null; units: number; value: number; g: number }>(
    ctx,
    `select m.write_off_reason::text as reason, coalesce(sum(m.quantity), 0)::int as units,
            coalesce(sum(v.value), 0)::float8 as value, grouping(m.write_off_reason)::int as g
       from stock_movement m
       cross join lateral (
         select case when coalesce(sum(r.quantity), 0) > 0
                     then round(m.quantity::numeric * sum(r.quantity::bigint * r.unit_cost_cents) / sum(r.quantity))
                     else 0 end as value
           from stock_movement r
          where r.kind = 'RECEIPT' and r.item_id = m.item_id and r.at <= m.at
       ) v
      where m.kind = 'WRITE_OFF' and m.at >= ? and m.at < ?
        and (?::text is null or m.from_location_id in ${locations})
      group by rollup(m.write_off_reason) order by g, reason`,
    [p.start, p.end, service, service],
  );
  const reason = (r: (typeof writeOffs)[number] | undefined): WriteOffsByReason => ({
    reason: r?.g === 0 ? r.reason : null,
    units: r?.units ?? 0,
    valueMinor: num(r?.value),
  });
  const bought = purchases[0];
  const total = reason(writeOffs.find((r) => r.g === 1));
  return {
    currency: ctx.config.currency,
    purchasesMinor: num(bought?.cost),
    purchasedUnits: bought?.units ?? 0,
    writeOffsByReason: writeOffs.filter((r) => r.g === 0).map(reason),
    writeOffs: total,
    totalMinor: num(bought?.cost) + total.valueMinor,
    filteredByService: service !== null,
  };
}
