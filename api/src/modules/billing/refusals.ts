import { DomainError } from '../../kernel/errors.js';

/**
 * Why billing refused an operation, sent as `extensions.reason` beside `BAD_USER_INPUT` so that
 * a client says it in the user's language without reading the English text. The field message
 * (`extensions.fields`) stays for anything else that reads errors field by field.
 */
export enum BillingRefusalReason {
  /** A payment larger than what is owed on its share (`extensions.outstanding` says how much). */
  OVERPAYMENT = 'OVERPAYMENT',
  /** A credit note asked for an invoice that still has payments: refund them first. */
  HAS_PAYMENTS = 'HAS_PAYMENTS',
  /** A credit note asked for an invoice already cancelled by one. */
  ALREADY_CANCELLED = 'ALREADY_CANCELLED',
  /** A draft asked for a charge that has no price yet. */
  UNPRICED_CHARGE = 'UNPRICED_CHARGE',
  /** A payment on an invoice already paid in full. */
  ALREADY_PAID = 'ALREADY_PAID',
  /** A payment on a draft, a discarded or a cancelled invoice. */
  NOT_OPEN_FOR_PAYMENT = 'NOT_OPEN_FOR_PAYMENT',
  /** A card, transfer or mobile-money payment without its reference. */
  REFERENCE_REQUIRED = 'REFERENCE_REQUIRED',
  /** An insurer's payment on an invoice with no insurer. */
  NO_INSURER = 'NO_INSURER',
  /** Cash taken, refunded or a cash day closed again after the cashier closed the day. */
  CASH_DAY_CLOSED = 'CASH_DAY_CLOSED',
  /** A cash-up whose counted cash differs from the expected without a note saying why. */
  CASH_DIFFERENCE_UNEXPLAINED = 'CASH_DIFFERENCE_UNEXPLAINED',
}

/** A billing rule refused the operation: nothing was recorded. */
export class BillingRefusal extends DomainError {
  constructor(
    public readonly reason: BillingRefusalReason,
    field: string,
    text: string,
    extra: Record<string, unknown> = {},
  ) {
    super('BAD_USER_INPUT', 'Some fields are invalid.', {
      ...extra,
      reason,
      fields: { [field]: text },
    });
  }
}
