import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../kernel/graphql/scalars.js';
import { ActKind, InvoiceStatus, PaymentMethod } from './billing-enums.js';

@InputType({ description: 'A new price for a billable act from a day on.' })
export class SetTariffInput {
  @Field(() => ActKind, { description: 'The kind of act.' })
  actKind!: ActKind;

  @Field(() => String, {
    description:
      'Which act: a specialty, a lab test code, a ward id, a procedure code; `*` for any.',
  })
  code!: string;

  @Field(() => String, { description: 'Label in French.' })
  labelFr!: string;

  @Field(() => String, { description: 'Label in English.' })
  labelEn!: string;

  @Field(() => Int, { description: 'Price of one unit, in minor units.' })
  amountMinor!: number;

  @Field(() => LocalDate, { description: 'First day it applies (hospital time).' })
  validFrom!: string;
}

@InputType({ description: 'How an insurer covers a kind of act: a percentage or a fixed amount.' })
export class SetCoverageInput {
  @Field(() => String, { description: 'The insurer, as written on patients’ records.' })
  payer!: string;

  @Field(() => ActKind, { description: 'The kind of act.' })
  actKind!: ActKind;

  @Field(() => Int, { nullable: true, description: 'Percentage the insurer pays (0-100).' })
  percent?: number | null;

  @Field(() => Int, { nullable: true, description: 'Or a fixed amount per unit, in minor units.' })
  fixedMinor?: number | null;
}

@InputType({ description: 'A line the cashier enters by hand (a procedure, a certificate).' })
export class AddManualChargeInput {
  @Field(() => ID, { description: 'Id made by the client (write-once: a retry records once).' })
  id!: string;

  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field(() => ActKind, { description: 'PROCEDURE or OTHER.' })
  actKind!: ActKind;

  @Field(() => String, { nullable: true, description: 'A procedure code, when there is one.' })
  code?: string | null;

  @Field(() => String, { description: 'What is billed, as printed.' })
  label!: string;

  @Field(() => Int, { description: 'Units (1-1000).' })
  quantity!: number;

  @Field(() => Int, { description: 'Price of one unit, in minor units.' })
  unitMinor!: number;

  @Field(() => String, { description: 'Why it is entered by hand.' })
  reason!: string;
}

@InputType({ description: 'A price for a charge not invoiced yet.' })
export class PriceChargeInput {
  @Field(() => ID, { description: 'The charge.' })
  chargeId!: string;

  @Field(() => Int, { description: 'Price of one unit, in minor units.' })
  unitMinor!: number;

  @Field(() => String, { description: 'Why (no tariff, a correction).' })
  reason!: string;
}

@InputType({ description: 'A charge entered in error, voided while on no invoice.' })
export class VoidChargeInput {
  @Field(() => ID, { description: 'The charge.' })
  chargeId!: string;

  @Field(() => String, { description: 'Why.' })
  reason!: string;
}

@InputType({ description: 'A draft invoice of some of a patient’s unbilled charges.' })
export class CreateInvoiceInput {
  @Field(() => ID, { description: 'Id made by the client (write-once: a retry records once).' })
  id!: string;

  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field(() => [ID], { description: 'The charges to bill (1-200).' })
  chargeIds!: string[];
}

@InputType({ description: 'A credit note cancelling an issued invoice that has no payment left.' })
export class IssueCreditNoteInput {
  @Field(() => ID, { description: 'Id made by the client for the credit note (write-once).' })
  id!: string;

  @Field(() => ID, { description: 'The invoice to cancel.' })
  invoiceId!: string;

  @Field(() => String, { description: 'Why it is cancelled.' })
  reason!: string;
}

@InputType({ description: 'A payment towards an issued invoice (R10).' })
export class RecordPaymentInput {
  @Field(() => ID, { description: 'Id made when the payment sheet opened: the idempotency key.' })
  id!: string;

  @Field(() => ID, { description: 'The invoice.' })
  invoiceId!: string;

  @Field(() => PaymentMethod, {
    description: 'How it is paid; INSURANCE pays the insurer’s share.',
  })
  method!: PaymentMethod;

  @Field(() => Int, { description: 'Amount in minor units (1 or more, at most what is owed).' })
  amountMinor!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Card slip, transfer or mobile-money reference (required for those).',
  })
  reference?: string | null;
}

@InputType({ description: 'Money given back on a payment.' })
export class RefundPaymentInput {
  @Field(() => ID, { description: 'Id made by the client (write-once: a retry records once).' })
  id!: string;

  @Field(() => ID, { description: 'The payment refunded.' })
  paymentId!: string;

  @Field(() => Int, { description: 'Amount given back, in minor units (positive).' })
  amountMinor!: number;

  @Field(() => String, { description: 'Why.' })
  reason!: string;
}

@InputType({ description: 'A cashier closes the drawer with the cash counted.' })
export class CloseCashDayInput {
  @Field(() => ID, { description: 'Id made by the client (write-once: a retry records once).' })
  id!: string;

  @Field(() => Int, { description: 'Cash counted in the drawer, in minor units.' })
  countedCashMinor!: number;

  @Field(() => String, { nullable: true, description: 'Required when the count differs.' })
  note?: string | null;
}

@InputType({ description: 'Which invoices to list.' })
export class InvoiceFilter {
  @Field(() => [InvoiceStatus], { nullable: true, description: 'Only these statuses.' })
  statuses?: InvoiceStatus[] | null;

  @Field(() => LocalDate, { nullable: true, description: 'Issued on or after this day.' })
  from?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Issued on or before this day.' })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this insurer’s.' })
  payer?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this patient’s (cashiers).' })
  patientId?: string | null;
}
