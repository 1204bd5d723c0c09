import { registerEnumType } from 'type-graphql';

/** What a charge bills: the kinds of act a tariff prices and an insurer covers. */
export enum ActKind {
  /** A completed visit; tariff code: the practitioner's specialty (`*` for any). */
  CONSULTATION = 'CONSULTATION',
  /** A validated lab result; tariff code: the test's code. */
  LAB_TEST = 'LAB_TEST',
  /** A night of an inpatient stay; tariff code: the ward's id (`*` for any ward). */
  BED_DAY = 'BED_DAY',
  /** Units dispensed to a patient; priced from the pharmacy's catalogue when dispensed. */
  MEDICATION = 'MEDICATION',
  /** A procedure entered by hand; tariff code chosen by the cashier. */
  PROCEDURE = 'PROCEDURE',
  /** Anything else entered by hand, with a reason. */
  OTHER = 'OTHER',
}

/** Where an invoice is in its life. An issued invoice's lines and amounts never change. */
export enum InvoiceStatus {
  /** Being prepared: no number, charges may still be taken back. */
  DRAFT = 'DRAFT',
  /** Numbered and owed, nothing paid yet. */
  ISSUED = 'ISSUED',
  /** Some of it paid. */
  PARTIALLY_PAID = 'PARTIALLY_PAID',
  /** Paid in full (patient's and insurer's shares). */
  PAID = 'PAID',
  /** Cancelled by a credit note (the credit note says why). */
  CANCELLED = 'CANCELLED',
  /** A draft abandoned before it was issued; it never had a number. */
  DISCARDED = 'DISCARDED',
}

/** An invoice, or the credit note that cancels one. */
export enum InvoiceKind {
  INVOICE = 'INVOICE',
  CREDIT_NOTE = 'CREDIT_NOTE',
}

/** How money was paid (R10). */
export enum PaymentMethod {
  CASH = 'CASH',
  CARD = 'CARD',
  /** Paid by the patient's insurer: counts towards the insurer's share. */
  INSURANCE = 'INSURANCE',
  MOBILE_MONEY = 'MOBILE_MONEY',
  BANK_TRANSFER = 'BANK_TRANSFER',
}

registerEnumType(ActKind, { name: 'ActKind', description: 'What a charge bills.' });
registerEnumType(InvoiceStatus, {
  name: 'InvoiceStatus',
  description: 'Where an invoice is in its life.',
});
registerEnumType(InvoiceKind, {
  name: 'InvoiceKind',
  description: 'An invoice or a credit note.',
});
registerEnumType(PaymentMethod, { name: 'PaymentMethod', description: 'How money was paid.' });
