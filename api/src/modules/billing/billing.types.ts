import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../kernel/graphql/connection.js';
import { Charge } from './charge.entity.js';
import { Invoice } from './invoice.entity.js';

@ObjectType({ description: 'A page of invoices and credit notes, newest first.' })
export class InvoiceConnection extends Connection(Invoice, 'Invoice') {}

@ObjectType({ description: 'A patient the cashier has something to do for.' })
export class BillingWorklistRow {
  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field(() => String, { description: 'Family name in capitals, then given names.' })
  patientName!: string;

  @Field(() => String, { description: 'Medical record number.' })
  mrn!: string;

  @Field(() => Int, { description: 'Charges not invoiced yet.' })
  unbilledCharges!: number;

  @Field(() => Int, { description: 'Their amount (priced ones), in minor units.' })
  unbilledMinor!: number;

  @Field(() => Int, { description: 'Charges with no price yet (no tariff on the day).' })
  unpricedCharges!: number;

  @Field(() => Int, { description: 'What the patient still owes on issued invoices.' })
  patientDueMinor!: number;

  @Field(() => Int, { description: 'What the insurer still owes on issued invoices.' })
  insurerDueMinor!: number;

  @Field(() => GraphQLISODateTime, { description: 'Since when something waits.' })
  since!: Date;
}

@ObjectType({ description: 'A patient’s billing: charges to invoice, invoices, what is owed.' })
export class PatientBilling {
  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field(() => String, { description: 'ISO 4217 currency of every amount.' })
  currency!: string;

  @Field(() => [Charge], { description: 'Charges not invoiced yet, oldest first.' })
  unbilledCharges!: Charge[];

  @Field(() => [Invoice], { description: 'Invoices and credit notes, newest first.' })
  invoices!: Invoice[];

  @Field(() => Int, { description: 'What the patient still owes on issued invoices.' })
  patientDueMinor!: number;

  @Field(() => Int, { description: 'What the insurer still owes on issued invoices.' })
  insurerDueMinor!: number;
}

@ObjectType({ description: 'What an insurer owes for the invoices of a period.' })
export class InsurerClaim {
  @Field(() => String, { description: 'The insurer.' })
  payer!: string;

  @Field(() => Int, { description: 'Invoices with a share for it.' })
  invoices!: number;

  @Field(() => Int, { description: 'Its share of them, in minor units.' })
  insurerMinor!: number;

  @Field(() => Int, { description: 'What it paid.' })
  paidMinor!: number;

  @Field(() => Int, { description: 'What it still owes.' })
  outstandingMinor!: number;
}

@ObjectType({ description: 'Totals of a set of payments per method, in minor units.' })
export class PaymentTotals {
  @Field(() => Int, { description: 'Cash (refunds deducted).' })
  CASH!: number;

  @Field(() => Int, { description: 'Card.' })
  CARD!: number;

  @Field(() => Int, { description: 'Insurer.' })
  INSURANCE!: number;

  @Field(() => Int, { description: 'Mobile money.' })
  MOBILE_MONEY!: number;

  @Field(() => Int, { description: 'Bank transfer.' })
  BANK_TRANSFER!: number;
}

@ObjectType({ description: 'What closing the drawer now would count.' })
export class CashUpPreview {
  @Field(() => Int, { description: 'Payments and refunds not counted yet.' })
  paymentCount!: number;

  @Field(() => PaymentTotals, { description: 'Their totals per method.' })
  totals!: PaymentTotals;

  @Field(() => Int, { description: 'Cash that should be in the drawer.' })
  expectedCashMinor!: number;
}

@ObjectType({ description: 'A PDF document, base64-encoded.' })
export class BillingDocument {
  @Field(() => String, { description: 'A file name to save it under.' })
  fileName!: string;

  @Field(() => String, { description: 'application/pdf.' })
  contentType!: string;

  @Field(() => String, { description: 'The PDF, base64.' })
  base64!: string;
}

@ObjectType({ description: 'The hospital’s billing settings a client needs.' })
export class BillingSettingsInfo {
  @Field(() => String, { description: 'ISO 4217 currency of every amount.' })
  currency!: string;

  @Field(() => Int, { description: 'Digits of its minor unit (2 for EUR, 0 for XOF).' })
  minorDigits!: number;
}
