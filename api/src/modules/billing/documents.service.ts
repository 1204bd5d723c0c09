import type { RequestContext } from '../../kernel/context.js';
import { requireViewer } from '../../kernel/context.js';
import { Locale } from '../../kernel/auth/roles.js';
import { User } from '../auth/index.js';
import { InvoiceStatus } from './billing-enums.js';
import type { BillingDocument } from './billing.types.js';
import { invoicePdf, receiptPdf, type DocLanguage } from './billing-pdf.js';
import { readableInvoice } from './billing-read.service.js';
import { Invoice, InvoiceLine } from './invoice.entity.js';
import { NotFoundError } from '../../kernel/errors.js';
import { readablePayment } from './payments.service.js';
import { billingSettings } from './settings.js';

async function languageOf(
  ctx: RequestContext,
  asked: Locale | null | undefined,
): Promise<DocLanguage> {
  if (asked) return asked === Locale.en ? 'en' : 'fr';
  const user = await ctx.em.findOne(User, requireViewer(ctx).userId);
  return user?.locale === Locale.en ? 'en' : 'fr';
}

function docContext(lang: DocLanguage) {
  const s = billingSettings();
  return { hospitalName: s.hospitalName, timeZone: s.timeZone, lang };
}

/** An issued invoice or credit note as a PDF, for those who may read it. */
export async function invoiceDocument(
  ctx: RequestContext,
  invoiceId: string,
  language?: Locale | null,
): Promise<BillingDocument> {
  const invoice = await readableInvoice(ctx, invoiceId);
  if (!invoice.number || invoice.status === InvoiceStatus.DISCARDED)
    throw new NotFoundError('Invoice');
  const [lines, credited] = await Promise.all([
    ctx.em.find(InvoiceLine, { invoice }, { orderBy: { position: 'asc' } }),
    invoice.creditedInvoice ? ctx.em.findOne(Invoice, invoice.creditedInvoice.id) : null,
  ]);
  const pdf = await invoicePdf(
    invoice,
    lines,
    credited,
    docContext(await languageOf(ctx, language)),
  );
  return {
    fileName: `${invoice.number}.pdf`,
    contentType: 'application/pdf',
    base64: pdf.toString('base64'),
  };
}

/** A payment's receipt as a PDF. */
export async function receiptDocument(
  ctx: RequestContext,
  paymentId: string,
  language?: Locale | null,
): Promise<BillingDocument> {
  const payment = await readablePayment(ctx, paymentId);
  const invoice = payment.invoice.getEntity();
  const pdf = await receiptPdf(payment, invoice, docContext(await languageOf(ctx, language)));
  return {
    fileName: `${payment.receiptNumber}.pdf`,
    contentType: 'application/pdf',
    base64: pdf.toString('base64'),
  };
}
