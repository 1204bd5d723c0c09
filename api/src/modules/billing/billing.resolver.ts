import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Locale } from '../../kernel/auth/roles.js';
import type { RequestContext } from '../../kernel/context.js';
import { batchLoader } from '../../kernel/graphql/batch.js';
import { LocalDate } from '../../kernel/graphql/scalars.js';
import { ActKind } from './billing-enums.js';
import {
  billableCharges,
  billingWorklist,
  insurerClaims,
  listCoverages,
  listInvoices,
  listTariffs,
  myInvoices,
  patientBilling,
  readableInvoice,
} from './billing-read.service.js';
import {
  AddManualChargeInput,
  CloseCashDayInput,
  CreateInvoiceInput,
  IssueCreditNoteInput,
  InvoiceFilter,
  PriceChargeInput,
  RecordPaymentInput,
  RefundPaymentInput,
  SetCoverageInput,
  SetTariffInput,
  VoidChargeInput,
} from './billing.inputs.js';
import {
  BillingDocument,
  BillingSettingsInfo,
  BillingWorklistRow,
  CashUpPreview,
  InsurerClaim,
  InvoiceConnection,
  PatientBilling,
  PaymentTotals,
} from './billing.types.js';
import { cashUpPreview, closeCashDay, listCashUps } from './cash-up.service.js';
import { addManualCharge, priceCharge, voidCharge } from './charges.service.js';
import { Charge } from './charge.entity.js';
import { InsuranceCoverage } from './coverage.entity.js';
import { invoiceDocument, receiptDocument } from './documents.service.js';
import { Invoice, InvoiceLine } from './invoice.entity.js';
import {
  createInvoice,
  issueCreditNote,
  discardDraftInvoice,
  issueInvoice,
} from './invoices.service.js';
import { currencyDigits } from './money.js';
import { CashUp, Payment } from './payment.entity.js';
import { recordPayment, refundPayment } from './payments.service.js';
import { billingSettings } from './settings.js';
import { setCoverage, setTariff } from './tariffs.service.js';
import { Tariff } from './tariff.entity.js';

/** Rows of one invoice's children for every invoice of a list, in one query. */
function childrenOf<T>(
  ctx: RequestContext,
  name: string,
  load: (ids: string[]) => Promise<T[]>,
  invoiceIdOf: (row: T) => string,
) {
  return batchLoader(ctx, `billing:${name}`, async (ids) => {
    const grouped = new Map<string, T[]>();
    for (const row of await load([...ids])) {
      const key = invoiceIdOf(row);
      grouped.set(key, [...(grouped.get(key) ?? []), row]);
    }
    return grouped;
  });
}

@Resolver(() => Invoice)
export class BillingResolver {
  @Query(() => BillingSettingsInfo, { description: 'The currency every amount is in.' })
  billingSettings(): BillingSettingsInfo {
    const { currency } = billingSettings();
    return { currency, minorDigits: currencyDigits(currency) };
  }

  @Query(() => [Tariff], {
    description: 'The price list: tariffs in force on a day, or every tariff with its history.',
  })
  tariffs(
    @Ctx() ctx: RequestContext,
    @Arg('actKind', () => ActKind, { nullable: true }) actKind?: ActKind,
    @Arg('on', () => LocalDate, { nullable: true }) on?: string,
  ) {
    return listTariffs(ctx, { actKind, on });
  }

  @Query(() => [InsuranceCoverage], { description: 'How each insurer covers each kind of act.' })
  insuranceCoverages(@Ctx() ctx: RequestContext) {
    return listCoverages(ctx);
  }

  @Query(() => [BillingWorklistRow], {
    description: 'Patients with charges to invoice or invoices to collect, longest waiting first.',
  })
  billingWorklist(
    @Ctx() ctx: RequestContext,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
  ) {
    return billingWorklist(ctx, { search, first });
  }

  @Query(() => PatientBilling, {
    description: 'A patient’s charges to invoice, invoices and balance (a patient: their own).',
  })
  patientBilling(@Ctx() ctx: RequestContext, @Arg('patientId', () => ID) patientId: string) {
    return patientBilling(ctx, patientId);
  }

  @Query(() => [Charge], {
    description: 'A patient’s charges not invoiced yet, oldest first (a patient: their own).',
  })
  billableCharges(@Ctx() ctx: RequestContext, @Arg('patientId', () => ID) patientId: string) {
    return billableCharges(ctx, patientId);
  }

  @Query(() => [Invoice], {
    description: 'Your own invoices and credit notes once issued, newest first (a patient).',
  })
  myInvoices(@Ctx() ctx: RequestContext) {
    return myInvoices(ctx);
  }

  @Query(() => Invoice, { description: 'One invoice or credit note.' })
  invoice(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return readableInvoice(ctx, id);
  }

  @Query(() => InvoiceConnection, {
    description: 'Issued invoices and credit notes, newest first.',
  })
  invoices(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => InvoiceFilter, { nullable: true }) filter?: InvoiceFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listInvoices(ctx, { filter, first, after });
  }

  @Query(() => BillingDocument, { description: 'An issued invoice or credit note as a PDF.' })
  invoicePdf(
    @Ctx() ctx: RequestContext,
    @Arg('invoiceId', () => ID) invoiceId: string,
    @Arg('language', () => Locale, { nullable: true }) language?: Locale,
  ) {
    return invoiceDocument(ctx, invoiceId, language);
  }

  @Query(() => BillingDocument, { description: 'A payment’s receipt as a PDF.' })
  receiptPdf(
    @Ctx() ctx: RequestContext,
    @Arg('paymentId', () => ID) paymentId: string,
    @Arg('language', () => Locale, { nullable: true }) language?: Locale,
  ) {
    return receiptDocument(ctx, paymentId, language);
  }

  @Query(() => [InsurerClaim], {
    description: 'What each insurer owes for the invoices issued in a period (days included).',
  })
  insurerClaims(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => LocalDate) from: string,
    @Arg('to', () => LocalDate) to: string,
  ) {
    return insurerClaims(ctx, { from, to });
  }

  @Query(() => CashUpPreview, { description: 'What closing your drawer now would count.' })
  cashUpPreview(@Ctx() ctx: RequestContext) {
    return cashUpPreview(ctx);
  }

  @Query(() => [CashUp], {
    description: 'Cash-ups closed in a period, newest first (a cashier: their own).',
  })
  cashUps(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => LocalDate) from: string,
    @Arg('to', () => LocalDate) to: string,
  ) {
    return listCashUps(ctx, { from, to });
  }

  @Mutation(() => Tariff, { description: 'Sets the price of an act from a day on.' })
  setTariff(@Ctx() ctx: RequestContext, @Arg('input', () => SetTariffInput) input: SetTariffInput) {
    return setTariff(ctx, input);
  }

  @Mutation(() => InsuranceCoverage, { description: 'Sets how an insurer covers a kind of act.' })
  setInsuranceCoverage(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SetCoverageInput) input: SetCoverageInput,
  ) {
    return setCoverage(ctx, input);
  }

  @Mutation(() => Charge, { description: 'Adds a charge by hand (write-once).' })
  addManualCharge(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AddManualChargeInput) input: AddManualChargeInput,
  ) {
    return addManualCharge(ctx, input);
  }

  @Mutation(() => Charge, { description: 'Prices a charge not invoiced yet.' })
  priceCharge(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => PriceChargeInput) input: PriceChargeInput,
  ) {
    return priceCharge(ctx, input);
  }

  @Mutation(() => Charge, { description: 'Voids a charge entered in error (not invoiced).' })
  voidCharge(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => VoidChargeInput) input: VoidChargeInput,
  ) {
    return voidCharge(ctx, input);
  }

  @Mutation(() => Invoice, {
    description: 'Makes a draft invoice of unbilled charges (write-once).',
  })
  createInvoice(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateInvoiceInput) input: CreateInvoiceInput,
  ) {
    return createInvoice(ctx, input);
  }

  @Mutation(() => Invoice, { description: 'Issues a draft: gives it the next number of the year.' })
  issueInvoice(@Ctx() ctx: RequestContext, @Arg('invoiceId', () => ID) invoiceId: string) {
    return issueInvoice(ctx, invoiceId);
  }

  @Mutation(() => Invoice, { description: 'Abandons a draft; its charges are free again.' })
  discardDraftInvoice(@Ctx() ctx: RequestContext, @Arg('invoiceId', () => ID) invoiceId: string) {
    return discardDraftInvoice(ctx, invoiceId);
  }

  @Mutation(() => Invoice, {
    description: 'Cancels an issued invoice with a credit note (write-once).',
  })
  issueCreditNote(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => IssueCreditNoteInput) input: IssueCreditNoteInput,
  ) {
    return issueCreditNote(ctx, input);
  }

  @Mutation(() => Payment, { description: 'Takes a payment (its id is the idempotency key).' })
  recordPayment(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordPaymentInput) input: RecordPaymentInput,
  ) {
    return recordPayment(ctx, input);
  }

  @Mutation(() => Payment, { description: 'Gives money back on a payment (write-once).' })
  refundPayment(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RefundPaymentInput) input: RefundPaymentInput,
  ) {
    return refundPayment(ctx, input);
  }

  @Mutation(() => CashUp, { description: 'Closes your drawer with the cash counted (write-once).' })
  closeCashDay(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CloseCashDayInput) input: CloseCashDayInput,
  ) {
    return closeCashDay(ctx, input);
  }

  @FieldResolver(() => [InvoiceLine], { description: 'Its lines, in order.' })
  async lines(@Ctx() ctx: RequestContext, @Root() invoice: Invoice): Promise<InvoiceLine[]> {
    const loader = childrenOf(
      ctx,
      'lines',
      (ids) =>
        ctx.em.find(
          InvoiceLine,
          { invoice: { $in: ids } },
          { orderBy: { position: 'asc', id: 'asc' } },
        ),
      (l) => l.invoice.id,
    );
    return (await loader.load(invoice.id)) ?? [];
  }

  @FieldResolver(() => [Payment], { description: 'Payments and refunds on it, oldest first.' })
  async payments(@Ctx() ctx: RequestContext, @Root() invoice: Invoice): Promise<Payment[]> {
    const loader = childrenOf(
      ctx,
      'payments',
      (ids) =>
        ctx.em.find(
          Payment,
          { invoice: { $in: ids } },
          { orderBy: { receivedAt: 'asc', id: 'asc' } },
        ),
      (p) => p.invoice.id,
    );
    return (await loader.load(invoice.id)) ?? [];
  }
}

@Resolver(() => CashUp)
export class CashUpResolver {
  @FieldResolver(() => PaymentTotals, { description: 'Totals per method, in minor units.' })
  totals(@Root() cashUp: CashUp): PaymentTotals {
    const t = cashUp.totals;
    return {
      CASH: t.CASH ?? 0,
      CARD: t.CARD ?? 0,
      INSURANCE: t.INSURANCE ?? 0,
      MOBILE_MONEY: t.MOBILE_MONEY ?? 0,
      BANK_TRANSFER: t.BANK_TRANSFER ?? 0,
    };
  }
}
