import type { FilterQuery } from '@mikro-orm/core';
import { requireViewer, type RequestContext } from '../../kernel/context.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import { fromCursor, pageSize } from '../../kernel/graphql/connection.js';
import { containsPattern, isUuid } from '../../kernel/validation.js';
import { nextDate, zonedInstant } from '../../kernel/zoned-time.js';
import {
  auditPatientListRead,
  isPatientAccount,
  PatientPart,
  requirePatientAccess,
} from '../access/index.js';
import { ActKind, InvoiceKind, InvoiceStatus } from './billing-enums.js';
import type { InvoiceFilter } from './billing.inputs.js';
import { readsInvoicesWithoutPatients } from './billing.rules.js';
import type { BillingWorklistRow, InsurerClaim, PatientBilling } from './billing.types.js';
import { Charge } from './charge.entity.js';
import { InsuranceCoverage } from './coverage.entity.js';
import { Invoice } from './invoice.entity.js';
import { billingSettings } from './settings.js';
import { Tariff } from './tariff.entity.js';

const OPEN = [InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID];

interface WorklistSqlRow {
  patient_id: string;
  family_name: string;
  given_names: string;
  mrn: string;
  charges: number;
  unbilled_minor: number;
  unpriced: number;
  patient_due_minor: number;
  insurer_due_minor: number;
  since: Date;
}

/**
 * The cashier's worklist: patients with charges not invoiced yet or invoices not paid, the
 * longest waiting first. Computed in PostgreSQL from two partial indexes (unbilled charges, open
 * invoices), never by loading rows.
 */
export async function billingWorklist(
  ctx: RequestContext,
  args: { search?: string | null; first?: number | null },
): Promise<BillingWorklistRow[]> {
  const size = pageSize(args.first);
  const search = args.search?.trim() ?? '';
  if (search.length > 100) throw new ValidationError({ search: 'must be at most 100 characters' });
  // With a search, the patients it names come first (the name index), and only theirs are summed.
  const named = search
    ? `and patient_id in (select id from patient
         where search_name like ('%' || cg_search_norm(?) || '%') or mrn ilike ? limit 500)`
    : '';
  const nameParams = search ? [search.replace(/[\\%_]/g, ' '), containsPattern(search)] : [];
  // The first `size` patients by waiting time are computed from the two partial indexes alone;
  // only they are joined to the registry.
  const rows = await ctx.em.execute<WorklistSqlRow[]>(
    `with unbilled as (
       select patient_id, count(*)::int as charges,
              coalesce(sum(amount_minor), 0)::int as unbilled_minor,
              (count(*) - count(amount_minor))::int as unpriced, min(occurred_at) as since
         from charge where invoice_id is null and voided_at is null ${named}
        group by patient_id),
     owed as (
       select patient_id, sum(patient_minor - paid_patient_minor)::int as patient_due_minor,
              sum(insurer_minor - paid_insurer_minor)::int as insurer_due_minor,
              min(issued_at) as since
         from invoice where kind = 'INVOICE' and status in ('ISSUED', 'PARTIALLY_PAID') ${named}
        group by patient_id),
     top as (
       select coalesce(u.patient_id, o.patient_id) as patient_id,
              coalesce(u.charges, 0) as charges, coalesce(u.unbilled_minor, 0) as unbilled_minor,
              coalesce(u.unpriced, 0) as unpriced,
              coalesce(o.patient_due_minor, 0) as patient_due_minor,
              coalesce(o.insurer_due_minor, 0) as insurer_due_minor,
              least(u.since, o.since) as since
         from unbilled u full join owed o on o.patient_id = u.patient_id
        order by since, 1
        limit ?)
     select top.*, p.family_name, p.given_names, p.mrn
       from top join patient p on p.id = top.patient_id
      order by top.since, top.patient_id`,
    [...nameParams, ...nameParams, size],
  );
  await auditPatientListRead(
    ctx,
    rows.map((r) => r.patient_id),
    { action: 'readBillingWorklist', targetType: 'Patient' },
  );
  return rows.map((r) => ({
    patientId: r.patient_id,
    patientName: `${r.family_name.toLocaleUpperCase('fr-FR')} ${r.given_names}`,
    mrn: r.mrn,
    unbilledCharges: r.charges,
    unbilledMinor: r.unbilled_minor,
    unpricedCharges: r.unpriced,
    patientDueMinor: r.patient_due_minor,
    insurerDueMinor: r.insurer_due_minor,
    since: new Date(r.since),
  }));
}

/**
 * One patient's billing: charges waiting to be invoiced, every invoice and credit note, what the
 * patient and the insurer still owe. A patient reads their own; a cashier any patient.
 */
/** A patient's charges not invoiced yet, oldest first (the patient policy checked by the caller). */
function unbilledCharges(ctx: RequestContext, patientId: string): Promise<Charge[]> {
  return ctx.em.find(
    Charge,
    { patient: patientId, invoiceId: null, voidedAt: null },
    { orderBy: { occurredAt: 'asc', id: 'asc' } },
  );
}

/** What can be invoiced for a patient now: their charges on no invoice, not voided. */
export async function billableCharges(ctx: RequestContext, patientId: string): Promise<Charge[]> {
  await requirePatientAccess(ctx, patientId, PatientPart.BILLING);
  return unbilledCharges(ctx, patientId.toLowerCase());
}

/**
 * The caller's own invoices and credit notes once issued (a patient account), newest first;
 * drafts and discarded drafts are the cashier's work and never shown.
 */
export async function myInvoices(ctx: RequestContext): Promise<Invoice[]> {
  const { patientId } = requireViewer(ctx);
  if (!patientId) return [];
  return ctx.em.find(
    Invoice,
    { patient: patientId, status: { $nin: [InvoiceStatus.DRAFT, InvoiceStatus.DISCARDED] } },
    { orderBy: { issuedAt: 'desc', id: 'desc' } },
  );
}

export async function patientBilling(
  ctx: RequestContext,
  patientId: string,
): Promise<PatientBilling> {
  await requirePatientAccess(ctx, patientId, PatientPart.BILLING);
  const id = patientId.toLowerCase();
  const [charges, invoices] = await Promise.all([
    unbilledCharges(ctx, id),
    ctx.em.find(
      Invoice,
      { patient: id, status: { $ne: InvoiceStatus.DISCARDED } },
      { orderBy: { createdAt: 'desc', id: 'desc' } },
    ),
  ]);
  const open = invoices.filter((i) => i.kind === InvoiceKind.INVOICE && OPEN.includes(i.status));
  return {
    patientId: id,
    currency: billingSettings().currency,
    unbilledCharges: charges,
    invoices: isPatientAccount(requireViewer(ctx))
      ? invoices.filter((i) => i.status !== InvoiceStatus.DRAFT)
      : invoices,
    patientDueMinor: open.reduce((n, i) => n + i.patientMinor - i.paidPatientMinor, 0),
    insurerDueMinor: open.reduce((n, i) => n + i.insurerMinor - i.paidInsurerMinor, 0),
  };
}

/**
 * One invoice: a cashier's, a manager's (without the patient: field rules), or a patient's own
 * once issued. Anything else is NOT_FOUND.
 */
export async function readableInvoice(ctx: RequestContext, id: string): Promise<Invoice> {
  const invoice = isUuid(id) ? await ctx.em.findOne(Invoice, id.toLowerCase()) : null;
  if (!invoice) throw new NotFoundError('Invoice');
  const viewer = requireViewer(ctx);
  if (readsInvoicesWithoutPatients(viewer)) return invoice;
  await requirePatientAccess(ctx, invoice.patient.id, PatientPart.BILLING);
  if (isPatientAccount(viewer) && invoice.status === InvoiceStatus.DRAFT) {
    throw new NotFoundError('Invoice');
  }
  return invoice;
}

/** Midnight (hospital time) opening a day. */
function dayStart(date: string): Date {
  return zonedInstant(date, 0, billingSettings().timeZone);
}

/** Issued invoices and credit notes, newest first: by status, period (issue day), insurer, patient. */
export async function listInvoices(
  ctx: RequestContext,
  args: { filter?: InvoiceFilter | null; first?: number | null; after?: string | null },
) {
  const f = args.filter ?? {};
  const where: FilterQuery<Invoice> = {
    status: { $nin: [InvoiceStatus.DRAFT, InvoiceStatus.DISCARDED] },
  };
  if (f.statuses?.length)
    where.status = { $in: f.statuses.filter((s) => s !== InvoiceStatus.DRAFT) };
  if (f.from || f.to) {
    where.issuedAt = {
      ...(f.from ? { $gte: dayStart(f.from) } : {}),
      ...(f.to ? { $lt: dayStart(nextDate(f.to)) } : {}),
    };
  }
  if (f.payer) where.payerKey = f.payer.trim().replace(/\s+/g, ' ').toUpperCase();
  if (f.patientId) {
    if (readsInvoicesWithoutPatients(requireViewer(ctx))) {
      throw new ValidationError({ patientId: 'is not a filter you may use' });
    }
    await requirePatientAccess(ctx, f.patientId, PatientPart.BILLING);
    where.patient = f.patientId.toLowerCase();
  }
  return fromCursor(
    await ctx.em.findByCursor(Invoice, {
      where,
      first: pageSize(args.first),
      after: args.after ?? undefined,
      orderBy: { issuedAt: 'desc', id: 'desc' },
      includeCount: true,
    }),
  );
}

interface ClaimRow {
  payer: string;
  invoices: number;
  insurer_minor: number;
  paid_minor: number;
}

/**
 * What each insurer owes for invoices issued in a period (hospital days, both included):
 * invoices, the insurer's share, what it paid. Cancelled invoices and their credit notes cancel out
 * and are left out.
 */
export async function insurerClaims(
  ctx: RequestContext,
  args: { from: string; to: string },
): Promise<InsurerClaim[]> {
  if (args.to < args.from) throw new ValidationError({ to: 'is before from' });
  const rows = await ctx.em.execute<ClaimRow[]>(
    `select min(payer) as payer, count(*)::int as invoices, sum(insurer_minor)::int as insurer_minor,
            sum(paid_insurer_minor)::int as paid_minor
       from invoice
      where kind = 'INVOICE' and status in ('ISSUED', 'PARTIALLY_PAID', 'PAID') and payer_key is not null
        and insurer_minor > 0 and issued_at >= ? and issued_at < ?
      group by payer_key order by min(payer)`,
    [dayStart(args.from), dayStart(nextDate(args.to))],
  );
  return rows.map((r) => ({
    payer: r.payer,
    invoices: r.invoices,
    insurerMinor: r.insurer_minor,
    paidMinor: r.paid_minor,
    outstandingMinor: r.insurer_minor - r.paid_minor,
  }));
}

/** Tariffs current on a day (hospital time), or every tariff of a kind with its history. */
export async function listTariffs(
  ctx: RequestContext,
  args: { actKind?: ActKind | null; on?: string | null },
): Promise<Tariff[]> {
  const where: FilterQuery<Tariff> = {};
  if (args.actKind) where.actKind = args.actKind;
  if (args.on) {
    where.validFrom = { $lte: args.on };
    where.$or = [{ validTo: null }, { validTo: { $gte: args.on } }];
  }
  return ctx.em.find(Tariff, where, {
    orderBy: { actKind: 'asc', code: 'asc', validFrom: 'desc' },
    limit: 1000,
  });
}

export function listCoverages(ctx: RequestContext): Promise<InsuranceCoverage[]> {
  return ctx.em.find(InsuranceCoverage, {}, { orderBy: { payer: 'asc', actKind: 'asc' } });
}
