import { ref } from '@mikro-orm/core';
import type { RequestContext } from '../../kernel/context.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import { Problems } from '../../kernel/problems.js';
import { isUuid } from '../../kernel/validation.js';
import { writeOnce, type WriteOnce } from '../../kernel/write-once.js';
import { PatientPart, requirePatientAccess } from '../access/index.js';
import { InvoiceKind, InvoiceStatus, PaymentMethod } from './billing-enums.js';
import type { RecordPaymentInput, RefundPaymentInput } from './billing.inputs.js';
import { Invoice } from './invoice.entity.js';
import { actorOf, lockInvoice } from './invoices.service.js';
import { MAX_AMOUNT_MINOR } from './money.js';
import { nextNumber } from './numbering.js';
import { Payment } from './payment.entity.js';
import { BillingRefusal, BillingRefusalReason } from './refusals.js';
import { requireCashDayOpen } from './cash-up.service.js';
import { billingSettings } from './settings.js';

/** More than is owed on that share: refused, nothing recorded; `outstanding` says what is owed. */
export class OverpaymentError extends BillingRefusal {
  constructor(outstanding: number) {
    super(
      BillingRefusalReason.OVERPAYMENT,
      'amountMinor',
      `is more than is owed (${String(outstanding)})`,
      { outstanding },
    );
  }
}

/** Which share of the invoice a method pays: the insurer's, or the patient's. */
function paysInsurerShare(method: PaymentMethod): boolean {
  return method === PaymentMethod.INSURANCE;
}

/** An invoice's status from what was paid on it. */
function statusAfterPayment(invoice: Invoice): InvoiceStatus {
  const paid = invoice.paidPatientMinor + invoice.paidInsurerMinor;
  if (paid >= invoice.totalMinor) return InvoiceStatus.PAID;
  return paid === 0 ? InvoiceStatus.ISSUED : InvoiceStatus.PARTIALLY_PAID;
}

function amountProblems(p: Problems, amount: number) {
  if (!Number.isInteger(amount) || amount < 1 || amount > MAX_AMOUNT_MINOR) {
    p.add('amountMinor', 'must be a whole number of minor units, 1 or more');
  }
}

/**
 * Takes a payment (R10) towards an issued invoice: the patient's share, or the insurer's (method
 * INSURANCE). The invoice is locked, so concurrent payments add up exactly; more than is owed on
 * that share is refused (OVERPAYMENT). The id is the idempotency key: a double tap records once.
 */
export function recordPayment(ctx: RequestContext, input: RecordPaymentInput): Promise<Payment> {
  return writeOnce(ctx, Payment, input, (once) => newPayment(ctx, input, once));
}

async function newPayment(
  ctx: RequestContext,
  input: RecordPaymentInput,
  once: WriteOnce,
): Promise<Payment> {
  const p = new Problems();
  amountProblems(p, input.amountMinor);
  const reference = p.text('reference', input.reference, 120);
  p.throwIfAny();
  if (
    input.method !== PaymentMethod.CASH &&
    input.method !== PaymentMethod.INSURANCE &&
    !reference
  ) {
    throw new BillingRefusal(
      BillingRefusalReason.REFERENCE_REQUIRED,
      'reference',
      'is required for a card, transfer or mobile-money payment',
    );
  }
  const invoice = await lockInvoice(ctx, input.invoiceId);
  if (invoice.kind !== InvoiceKind.INVOICE)
    throw new ValidationError({ invoiceId: 'is a credit note' });
  if (invoice.status !== InvoiceStatus.ISSUED && invoice.status !== InvoiceStatus.PARTIALLY_PAID) {
    throw invoice.status === InvoiceStatus.PAID
      ? new BillingRefusal(BillingRefusalReason.ALREADY_PAID, 'invoiceId', 'is already paid')
      : new BillingRefusal(
          BillingRefusalReason.NOT_OPEN_FOR_PAYMENT,
          'invoiceId',
          'is not open for payment',
        );
  }
  const insurer = paysInsurerShare(input.method);
  if (insurer && !invoice.payer)
    throw new BillingRefusal(
      BillingRefusalReason.NO_INSURER,
      'method',
      'the invoice has no insurer',
    );
  const outstanding = insurer
    ? invoice.insurerMinor - invoice.paidInsurerMinor
    : invoice.patientMinor - invoice.paidPatientMinor;
  if (input.amountMinor > outstanding) throw new OverpaymentError(outstanding);
  if (insurer) invoice.paidInsurerMinor += input.amountMinor;
  else invoice.paidPatientMinor += input.amountMinor;
  invoice.status = statusAfterPayment(invoice);
  return newPaymentRow(ctx, once, invoice, {
    method: input.method,
    amountMinor: input.amountMinor,
    reference,
    reason: null,
    refundOf: null,
  });
}

async function newPaymentRow(
  ctx: RequestContext,
  once: WriteOnce,
  invoice: Invoice,
  row: Pick<Payment, 'method' | 'amountMinor' | 'reference' | 'reason' | 'refundOf'>,
): Promise<Payment> {
  const by = await actorOf(ctx);
  if (row.method === PaymentMethod.CASH) await requireCashDayOpen(ctx, by.id);
  const now = ctx.clock.now();
  const receipt = await nextNumber(ctx.em, 'RECEIPT', now, billingSettings().timeZone);
  const payment = ctx.em.create(Payment, {
    id: once.id,
    requestHash: once.requestHash,
    invoice,
    patient: invoice.patient,
    ...row,
    receiptNumber: receipt.number,
    receivedAt: now,
    receivedById: by.id,
    receivedByName: by.name,
  });
  await ctx.em.flush();
  return payment;
}

/**
 * Gives money back on a payment (a negative payment with a reason), by the same method, never
 * more than that payment less what was already refunded on it.
 */
export function refundPayment(ctx: RequestContext, input: RefundPaymentInput): Promise<Payment> {
  return writeOnce(ctx, Payment, input, (once) => newRefund(ctx, input, once));
}

async function newRefund(
  ctx: RequestContext,
  input: RefundPaymentInput,
  once: WriteOnce,
): Promise<Payment> {
  const p = new Problems();
  amountProblems(p, input.amountMinor);
  const reason = p.text('reason', input.reason, 500, true);
  p.throwIfAny();
  const original = isUuid(input.paymentId)
    ? await ctx.em.findOne(Payment, input.paymentId.toLowerCase())
    : null;
  if (!original || original.amountMinor < 0) throw new NotFoundError('Payment');
  await requirePatientAccess(ctx, original.patient.id, PatientPart.BILLING);
  const invoice = await lockInvoice(ctx, original.invoice.id);
  // The invoice's lock serialises refunds of its payments: this sum is final.
  const refunded = await ctx.em.execute<{ total: number }[]>(
    `select coalesce(-sum(amount_minor), 0)::int as total from payment where refund_of_id = ?`,
    [original.id],
  );
  const refundable = original.amountMinor - (refunded[0]?.total ?? 0);
  if (input.amountMinor > refundable) {
    throw new ValidationError({ amountMinor: `is more than can be refunded (${refundable})` });
  }
  if (paysInsurerShare(original.method)) invoice.paidInsurerMinor -= input.amountMinor;
  else invoice.paidPatientMinor -= input.amountMinor;
  invoice.status = statusAfterPayment(invoice);
  return newPaymentRow(ctx, once, invoice, {
    method: original.method,
    amountMinor: -input.amountMinor,
    reference: original.reference ?? null,
    reason,
    refundOf: ref(original),
  });
}

/** A payment the caller may read; NOT_FOUND otherwise. */
export async function readablePayment(ctx: RequestContext, id: string): Promise<Payment> {
  const payment = isUuid(id)
    ? await ctx.em.findOne(Payment, id.toLowerCase(), { populate: ['invoice'] })
    : null;
  if (!payment) throw new NotFoundError('Payment');
  await requirePatientAccess(ctx, payment.patient.id, PatientPart.BILLING);
  return payment;
}
