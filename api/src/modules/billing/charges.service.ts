import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer, type RequestContext } from '../../kernel/context.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import type { DomainEvents, EventContext } from '../../kernel/events.js';
import { Problems } from '../../kernel/problems.js';
import { isUuid } from '../../kernel/validation.js';
import { writeOnce, type WriteOnce } from '../../kernel/write-once.js';
import { zonedDay } from '../../kernel/zoned-time.js';
import { PatientPart, requirePatientAccess } from '../access/index.js';
import { Patient } from '../patients/index.js';
import { ActKind } from './billing-enums.js';
import type { AddManualChargeInput, PriceChargeInput, VoidChargeInput } from './billing.inputs.js';
import { Charge } from './charge.entity.js';
import { lineAmount, MAX_AMOUNT_MINOR } from './money.js';
import { billingSettings } from './settings.js';

/** A charge to capture from a fact: priced from the tariff of the act's day unless a price is given. */
export interface CaptureCharge {
  sourceKey: string;
  patientId: string;
  actKind: ActKind;
  code: string;
  labelFr: string;
  labelEn: string;
  quantity: number;
  occurredAt: Date;
  /** A price fixed by the source (the catalogue's, for dispensed units). */
  unitMinor?: number;
  sourceIds?: string[];
}

interface TariffRow {
  amount_minor: number;
  label_fr: string;
  label_en: string;
}

/** The tariff of an act on a hospital day: the act's own code first, else the kind's `*`. */
export async function tariffOn(
  em: EntityManager,
  actKind: ActKind,
  code: string,
  day: string,
): Promise<TariffRow | null> {
  const rows = await em.execute<TariffRow[]>(
    `select amount_minor, label_fr, label_en from tariff
      where act_kind = ? and code in (?, '*') and valid_from <= ?::date
        and (valid_to is null or valid_to >= ?::date)
      order by (code = '*') limit 1`,
    [actKind, code, day, day],
  );
  return rows[0] ?? null;
}

/**
 * Records a charge once per source: a fact handled twice (a replay, a retried job) inserts
 * nothing the second time. Without a tariff for the act's day the charge is kept unpriced, for the
 * cashier to price: a charge is never lost for want of a price.
 */
export async function captureCharge(em: EntityManager, now: Date, c: CaptureCharge): Promise<void> {
  const day = zonedDay(c.occurredAt, billingSettings().timeZone).date;
  const tariff = c.unitMinor === undefined ? await tariffOn(em, c.actKind, c.code, day) : null;
  const unit = c.unitMinor ?? tariff?.amount_minor ?? null;
  const amount = unit === null ? null : lineAmount(c.quantity, unit);
  await em.execute(
    `insert into charge (id, source_key, patient_id, act_kind, code, label_fr, label_en, quantity,
                         unit_minor, amount_minor, occurred_at, source_ids, created_at)
     values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
     on conflict (source_key) do nothing`,
    [
      c.sourceKey,
      c.patientId,
      c.actKind,
      c.code,
      tariff && c.actKind !== ActKind.LAB_TEST ? tariff.label_fr : c.labelFr,
      tariff && c.actKind !== ActKind.LAB_TEST ? tariff.label_en : c.labelEn,
      c.quantity,
      amount === null ? null : unit,
      amount,
      c.occurredAt,
      c.sourceIds ? JSON.stringify(c.sourceIds) : null,
      now,
    ],
  );
}

/** A completed visit bills a consultation of the practitioner's specialty. */
export async function chargeCompletedVisit(
  fact: DomainEvents['AppointmentCompleted'],
  ctx: EventContext,
): Promise<void> {
  await captureCharge(ctx.em, ctx.clock.now(), {
    sourceKey: `visit:${fact.appointmentId}`,
    patientId: fact.patientId,
    actKind: ActKind.CONSULTATION,
    code: fact.specialty,
    labelFr: `Consultation — ${fact.specialty}`,
    labelEn: `Consultation — ${fact.specialty}`,
    quantity: 1,
    occurredAt: fact.at,
  });
}

/** A validated result bills its test, once per order (a corrected result bills nothing more). */
export async function chargeValidatedLabTest(
  fact: DomainEvents['LabResultValidated'],
  ctx: EventContext,
): Promise<void> {
  await captureCharge(ctx.em, ctx.clock.now(), {
    sourceKey: `lab:${fact.orderId}`,
    patientId: fact.patientId,
    actKind: ActKind.LAB_TEST,
    code: fact.testCode,
    labelFr: fact.testNameFr,
    labelEn: fact.testNameEn,
    quantity: 1,
    occurredAt: fact.at,
  });
}

/** Units dispensed to a patient bill at the catalogue's price when dispensed. */
export async function chargeDispensed(
  fact: DomainEvents['StockDispensed'],
  ctx: EventContext,
): Promise<void> {
  const quantity = fact.lines.reduce((n, l) => n + l.quantity, 0);
  await captureCharge(ctx.em, ctx.clock.now(), {
    sourceKey: `dispense:${fact.operationId}`,
    patientId: fact.patientId,
    actKind: ActKind.MEDICATION,
    code: fact.itemId,
    labelFr: fact.itemNameFr,
    labelEn: fact.itemNameEn,
    quantity,
    unitMinor: fact.unitPriceCents,
    occurredAt: fact.at,
    sourceIds: fact.lines.map((l) => l.movementId),
  });
}

interface NightRow {
  ward_id: string;
  ward_name: string;
  nights: number;
}

/**
 * At discharge, the stay's nights: one per midnight (hospital time) spent in a bed, billed to the
 * ward the patient was in at that midnight; a stay with no midnight (a day-case) counts one, in
 * its first ward. One charge per ward of the stay.
 */
export async function chargeStay(
  fact: DomainEvents['PatientDischarged'],
  ctx: EventContext,
): Promise<void> {
  const tz = billingSettings().timeZone;
  const rows = await ctx.em.execute<NightRow[]>(
    `with stays as (
       select s.ward_id, s.started_at, coalesce(s.ended_at, ?::timestamptz) as ended_at
         from bed_stay s where s.admission_id = ? and not s.cancelled),
     bounds as (
       select (min(started_at) at time zone ?)::date as first_day,
              (max(ended_at) at time zone ?)::date as last_day from stays),
     midnights as (
       select (d::date)::timestamp at time zone ? as at
         from bounds, generate_series(bounds.first_day + 1, bounds.last_day, interval '1 day') d)
     select st.ward_id, w.name as ward_name, count(*)::int as nights
       from midnights m
       join stays st on st.started_at <= m.at and m.at < st.ended_at
       join ward w on w.id = st.ward_id
      group by st.ward_id, w.name
      order by min(m.at)`,
    [fact.at, fact.admissionId, tz, tz, tz],
  );
  let perWard = rows;
  if (perWard.length === 0) {
    perWard = await ctx.em.execute<NightRow[]>(
      `select s.ward_id, w.name as ward_name, 1 as nights
         from bed_stay s join ward w on w.id = s.ward_id
        where s.admission_id = ? and not s.cancelled
        order by s.started_at limit 1`,
      [fact.admissionId],
    );
  }
  for (const r of perWard) {
    await captureCharge(ctx.em, ctx.clock.now(), {
      sourceKey: `stay:${fact.admissionId}:${r.ward_id}`,
      patientId: fact.patientId,
      actKind: ActKind.BED_DAY,
      code: r.ward_id,
      labelFr: `Journée d’hospitalisation — ${r.ward_name}`,
      labelEn: `Inpatient day — ${r.ward_name}`,
      quantity: r.nights,
      occurredAt: fact.at,
    });
  }
}

/** Kinds a cashier may enter by hand (the others come from care). */
const MANUAL_KINDS = new Set([ActKind.PROCEDURE, ActKind.OTHER]);

/** The cashier adds a line care did not produce (a procedure, a certificate), with a reason. */
export function addManualCharge(ctx: RequestContext, input: AddManualChargeInput): Promise<Charge> {
  return writeOnce(ctx, Charge, input, (once) => newManualCharge(ctx, input, once));
}

async function newManualCharge(
  ctx: RequestContext,
  input: AddManualChargeInput,
  once: WriteOnce,
): Promise<Charge> {
  const p = new Problems();
  if (!MANUAL_KINDS.has(input.actKind))
    p.add('actKind', 'only PROCEDURE or OTHER are entered by hand');
  const label = p.text('label', input.label, 200, true) ?? '';
  const code = p.text('code', input.code, 80) ?? '*';
  const reason = p.text('reason', input.reason, 500, true);
  if (!Number.isInteger(input.quantity) || input.quantity < 1 || input.quantity > 1000) {
    p.add('quantity', 'must be a whole number from 1 to 1000');
  }
  if (
    !Number.isInteger(input.unitMinor) ||
    input.unitMinor < 0 ||
    input.unitMinor > MAX_AMOUNT_MINOR
  ) {
    p.add('unitMinor', 'must be a whole number of minor units, 0 or more');
  }
  p.throwIfAny();
  const amount = lineAmount(input.quantity, input.unitMinor);
  if (amount === null) throw new ValidationError({ unitMinor: 'the line is too large' });
  await requirePatientAccess(ctx, input.patientId, PatientPart.BILLING);
  const patient = await ctx.em.findOne(Patient, input.patientId.toLowerCase());
  if (!patient) throw new NotFoundError('Patient');
  const now = ctx.clock.now();
  const charge = ctx.em.create(Charge, {
    id: once.id,
    requestHash: once.requestHash,
    sourceKey: `manual:${once.id}`,
    patient,
    actKind: input.actKind,
    code,
    labelFr: label,
    labelEn: label,
    quantity: input.quantity,
    unitMinor: input.unitMinor,
    amountMinor: amount,
    occurredAt: now,
    reason,
    createdAt: now,
    createdById: requireViewer(ctx).userId,
  });
  await ctx.em.flush();
  return charge;
}

/** An unbilled charge, locked, readable by the caller; NOT_FOUND otherwise. */
async function unbilledCharge(ctx: RequestContext, id: string): Promise<Charge> {
  const charge = isUuid(id)
    ? await ctx.em.findOne(Charge, id.toLowerCase(), { lockMode: LockMode.PESSIMISTIC_WRITE })
    : null;
  if (!charge) throw new NotFoundError('Charge');
  await requirePatientAccess(ctx, charge.patient.id, PatientPart.BILLING);
  if (charge.voidedAt) throw new ValidationError({ chargeId: 'is voided' });
  if (charge.invoiceId) throw new ConflictError('This charge is already on an invoice.');
  return charge;
}

/** The cashier prices a charge that had no tariff (or corrects an unbilled price), with a reason. */
export async function priceCharge(ctx: RequestContext, input: PriceChargeInput): Promise<Charge> {
  const p = new Problems();
  const reason = p.text('reason', input.reason, 500, true);
  if (
    !Number.isInteger(input.unitMinor) ||
    input.unitMinor < 0 ||
    input.unitMinor > MAX_AMOUNT_MINOR
  ) {
    p.add('unitMinor', 'must be a whole number of minor units, 0 or more');
  }
  p.throwIfAny();
  const charge = await unbilledCharge(ctx, input.chargeId);
  const amount = lineAmount(charge.quantity, input.unitMinor);
  if (amount === null) throw new ValidationError({ unitMinor: 'the line is too large' });
  charge.unitMinor = input.unitMinor;
  charge.amountMinor = amount;
  charge.reason = reason;
  await ctx.em.flush();
  return charge;
}

/** A charge entered in error is voided (never deleted) while it is on no invoice. */
export async function voidCharge(ctx: RequestContext, input: VoidChargeInput): Promise<Charge> {
  const p = new Problems();
  const reason = p.text('reason', input.reason, 500, true);
  p.throwIfAny();
  const charge = await unbilledCharge(ctx, input.chargeId);
  charge.voidedAt = ctx.clock.now();
  charge.voidReason = reason;
  await ctx.em.flush();
  return charge;
}
