import { LockMode } from '@mikro-orm/core';
import { requireViewer, type RequestContext } from '../../kernel/context.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { domainEvents } from '../../kernel/events.js';
import { Problems } from '../../kernel/problems.js';
import { isUuid } from '../../kernel/validation.js';
import { writeOnce, type WriteOnce } from '../../kernel/write-once.js';
import { PatientPart, requirePatientAccess } from '../access/index.js';
import { Patient } from '../patients/index.js';
import { ActKind, InvoiceKind, InvoiceStatus } from './billing-enums.js';
import type { CreateInvoiceInput, IssueCreditNoteInput } from './billing.inputs.js';
import { Charge } from './charge.entity.js';
import { InsuranceCoverage, payerKeyOf } from './coverage.entity.js';
import { Invoice, InvoiceLine } from './invoice.entity.js';
import { insurerShare, MAX_AMOUNT_MINOR, type Coverage } from './money.js';
import { nextNumber } from './numbering.js';
import { BillingRefusal, BillingRefusalReason } from './refusals.js';
import { billingSettings } from './settings.js';

const MAX_LINES = 200;

export function actorOf(ctx: RequestContext): Promise<{ id: string; name: string }> {
  const viewer = requireViewer(ctx);
  return Promise.resolve({ id: viewer.userId, name: viewer.displayName });
}

/** The insurer's cover per kind of act for a payer; empty without one. */
async function coverageOf(
  ctx: RequestContext,
  payer: string | null,
): Promise<Map<ActKind, Coverage>> {
  if (!payer) return new Map();
  const rows = await ctx.em.find(InsuranceCoverage, { payerKey: payerKeyOf(payer) });
  return new Map(
    rows.map((r) => [
      r.actKind,
      r.fixedMinor != null ? { fixedMinor: r.fixedMinor } : { percent: r.percent ?? 0 },
    ]),
  );
}

/**
 * A draft invoice of some of a patient's unbilled charges. Each charge is taken with a conditional
 * update (`invoice_id is null`), so two drafts made at once never share a charge: the second finds
 * it taken and fails whole (CONFLICT). The shares follow the insurer on the patient's record now.
 */
export function createInvoice(ctx: RequestContext, input: CreateInvoiceInput): Promise<Invoice> {
  return writeOnce(ctx, Invoice, input, (once) => newInvoice(ctx, input, once));
}

async function newInvoice(
  ctx: RequestContext,
  input: CreateInvoiceInput,
  once: WriteOnce,
): Promise<Invoice> {
  const p = new Problems();
  const chargeIds = [...new Set(input.chargeIds.map((id) => id.toLowerCase()))];
  if (chargeIds.length === 0) p.add('chargeIds', 'choose at least one charge');
  if (chargeIds.length > MAX_LINES) p.add('chargeIds', `at most ${MAX_LINES} lines`);
  if (chargeIds.some((id) => !isUuid(id))) p.add('chargeIds', 'are not all ids');
  p.throwIfAny();
  await requirePatientAccess(ctx, input.patientId, PatientPart.BILLING);
  const patient = await ctx.em.findOne(Patient, input.patientId.toLowerCase());
  if (!patient) throw new NotFoundError('Patient');
  const charges = await ctx.em.find(
    Charge,
    { id: { $in: chargeIds }, patient },
    { orderBy: { occurredAt: 'asc', id: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (charges.length !== chargeIds.length) throw new NotFoundError('Charge');
  // Locked above: a draft made at the same time has committed or rolled back by now.
  if (charges.some((c) => c.invoiceId)) {
    throw new ConflictError('A charge is already on another invoice. Reload and try again.');
  }
  if (charges.some((c) => c.voidedAt))
    throw new ValidationError({ chargeIds: 'a charge is voided' });
  if (charges.some((c) => c.amountMinor == null)) {
    throw new BillingRefusal(
      BillingRefusalReason.UNPRICED_CHARGE,
      'chargeIds',
      'a charge has no price yet: price it first',
    );
  }
  const payer = patient.insurance?.payer?.trim() || null;
  const cover = await coverageOf(ctx, payer);
  const viewer = requireViewer(ctx);
  const now = ctx.clock.now();
  const invoice = ctx.em.create(Invoice, {
    id: once.id,
    requestHash: once.requestHash,
    kind: InvoiceKind.INVOICE,
    status: InvoiceStatus.DRAFT,
    patient,
    currency: billingSettings().currency,
    totalMinor: 0,
    insurerMinor: 0,
    patientMinor: 0,
    payer,
    payerKey: payer ? payerKeyOf(payer) : null,
    memberNumber: payer ? (patient.insurance?.memberNumber ?? null) : null,
    patientName: patient.displayName,
    createdAt: now,
    createdById: viewer.userId,
  });
  let total = 0;
  let insurer = 0;
  charges.forEach((c, i) => {
    // Checked above: every charge is priced.
    const amount = c.amountMinor ?? 0;
    const unit = c.unitMinor ?? 0;
    const share = insurerShare(amount, c.quantity, cover.get(c.actKind) ?? null);
    total += amount;
    insurer += share;
    c.invoiceId = invoice.id;
    ctx.em.create(InvoiceLine, {
      invoice,
      charge: c,
      position: i + 1,
      actKind: c.actKind,
      labelFr: c.labelFr,
      labelEn: c.labelEn,
      occurredAt: c.occurredAt,
      quantity: c.quantity,
      unitMinor: unit,
      amountMinor: amount,
      insurerMinor: share,
      patientMinor: amount - share,
    });
  });
  if (total > MAX_AMOUNT_MINOR)
    throw new ValidationError({ chargeIds: 'the invoice is too large: split it' });
  invoice.totalMinor = total;
  invoice.insurerMinor = insurer;
  invoice.patientMinor = total - insurer;
  await ctx.em.flush();
  return invoice;
}

/** An invoice, locked until the transaction ends, that the caller may bill; NOT_FOUND otherwise. */
export async function lockInvoice(ctx: RequestContext, id: string): Promise<Invoice> {
  const invoice = isUuid(id)
    ? await ctx.em.findOne(Invoice, id.toLowerCase(), { lockMode: LockMode.PESSIMISTIC_WRITE })
    : null;
  if (!invoice) throw new NotFoundError('Invoice');
  await requirePatientAccess(ctx, invoice.patient.id, PatientPart.BILLING);
  return invoice;
}

/**
 * Issues a draft: the next number of the year (hospital time), taken in this transaction. Issuing
 * an issued invoice again answers it unchanged (a double tap). From now on it is immutable.
 */
export async function issueInvoice(ctx: RequestContext, id: string): Promise<Invoice> {
  const invoice = await lockInvoice(ctx, id);
  if (invoice.number) return invoice;
  if (invoice.status !== InvoiceStatus.DRAFT) {
    throw new ValidationError({ invoiceId: 'was discarded' });
  }
  const now = ctx.clock.now();
  const by = await actorOf(ctx);
  const n = await nextNumber(ctx.em, 'INVOICE', now, billingSettings().timeZone);
  Object.assign(invoice, {
    number: n.number,
    year: n.year,
    seq: n.seq,
    status: invoice.totalMinor === 0 ? InvoiceStatus.PAID : InvoiceStatus.ISSUED,
    issuedAt: now,
    issuedByName: by.name,
  });
  await ctx.em.flush();
  const lines = await ctx.em.find(InvoiceLine, { invoice }, { populate: ['charge'] });
  await domainEvents.publish(ctx, 'InvoiceIssued', {
    invoiceId: invoice.id,
    patientId: invoice.patient.id,
    number: n.number,
    lines: lines.map((l) => ({
      invoiceLineId: l.id,
      actKind: l.actKind,
      sourceIds: l.charge.getEntity().sourceIds ?? [],
    })),
    at: now,
  });
  return invoice;
}

/** A draft abandoned: it never had a number, its charges are free again. */
export async function discardDraftInvoice(ctx: RequestContext, id: string): Promise<Invoice> {
  const invoice = await lockInvoice(ctx, id);
  if (invoice.status === InvoiceStatus.DISCARDED) return invoice;
  if (invoice.status !== InvoiceStatus.DRAFT) {
    throw new ValidationError({ invoiceId: 'is issued: cancel it with a credit note' });
  }
  await ctx.em.nativeUpdate(Charge, { invoiceId: invoice.id }, { invoiceId: null });
  invoice.status = InvoiceStatus.DISCARDED;
  await ctx.em.flush();
  return invoice;
}

/**
 * Cancels an issued invoice with a credit note: a document of its own, numbered in its own series,
 * whose lines mirror the invoice's with the opposite sign, so the patient's balance comes back to
 * what it was. Its charges are free to be billed again (a corrected invoice). An invoice with money
 * on it is refunded first. One credit note per invoice (unique key).
 */
export function issueCreditNote(
  ctx: RequestContext,
  input: IssueCreditNoteInput,
): Promise<Invoice> {
  return writeOnce(ctx, Invoice, input, (once) => newCreditNote(ctx, input, once));
}

async function newCreditNote(
  ctx: RequestContext,
  input: IssueCreditNoteInput,
  once: WriteOnce,
): Promise<Invoice> {
  const p = new Problems();
  const reason = p.text('reason', input.reason, 500, true);
  p.throwIfAny();
  const original = await lockInvoice(ctx, input.invoiceId);
  if (original.kind !== InvoiceKind.INVOICE)
    throw new ValidationError({ invoiceId: 'is a credit note' });
  if (original.status === InvoiceStatus.DRAFT || original.status === InvoiceStatus.DISCARDED) {
    throw new ValidationError({ invoiceId: 'is not issued: discard the draft instead' });
  }
  if (original.status === InvoiceStatus.CANCELLED) {
    throw new BillingRefusal(
      BillingRefusalReason.ALREADY_CANCELLED,
      'invoiceId',
      'is already cancelled',
    );
  }
  if (original.paidPatientMinor !== 0 || original.paidInsurerMinor !== 0) {
    throw new BillingRefusal(
      BillingRefusalReason.HAS_PAYMENTS,
      'invoiceId',
      'has payments: refund them first',
    );
  }
  const now = ctx.clock.now();
  const by = await actorOf(ctx);
  const n = await nextNumber(ctx.em, 'CREDIT_NOTE', now, billingSettings().timeZone);
  const note = ctx.em.create(Invoice, {
    id: once.id,
    requestHash: once.requestHash,
    kind: InvoiceKind.CREDIT_NOTE,
    status: InvoiceStatus.ISSUED,
    patient: original.patient,
    number: n.number,
    year: n.year,
    seq: n.seq,
    currency: original.currency,
    totalMinor: -original.totalMinor,
    insurerMinor: -original.insurerMinor,
    patientMinor: -original.patientMinor,
    payer: original.payer,
    payerKey: original.payerKey,
    memberNumber: original.memberNumber,
    patientName: original.patientName,
    createdAt: now,
    createdById: by.id,
    issuedAt: now,
    issuedByName: by.name,
    creditedInvoice: original,
    reason,
  });
  const lines = await ctx.em.find(
    InvoiceLine,
    { invoice: original },
    { orderBy: { position: 'asc' } },
  );
  for (const l of lines) {
    ctx.em.create(InvoiceLine, {
      invoice: note,
      charge: l.charge,
      position: l.position,
      actKind: l.actKind,
      labelFr: l.labelFr,
      labelEn: l.labelEn,
      occurredAt: l.occurredAt,
      quantity: l.quantity,
      unitMinor: -l.unitMinor,
      amountMinor: -l.amountMinor,
      insurerMinor: -l.insurerMinor,
      patientMinor: -l.patientMinor,
    });
  }
  original.status = InvoiceStatus.CANCELLED;
  original.cancelledAt = now;
  await ctx.em.flush();
  await ctx.em.nativeUpdate(Charge, { invoiceId: original.id }, { invoiceId: null });
  return note;
}
