import {
  alertCircleOutline,
  checkmarkCircleOutline,
  closeCircleOutline,
  createOutline,
  documentTextOutline,
  hourglassOutline,
  trashOutline,
} from 'ionicons/icons';
import type { InvoiceKind, InvoiceStatus, PaymentMethod } from '../../gql/graphql';

/** How a status is shown: words, an icon and a tone (never the colour alone). */
export interface StatusLook {
  icon: string;
  tone: 'neutral' | 'warn' | 'ok' | 'off';
}

const LOOKS: Record<InvoiceStatus, StatusLook> = {
  DRAFT: { icon: createOutline, tone: 'neutral' },
  ISSUED: { icon: alertCircleOutline, tone: 'warn' },
  PARTIALLY_PAID: { icon: hourglassOutline, tone: 'warn' },
  PAID: { icon: checkmarkCircleOutline, tone: 'ok' },
  CANCELLED: { icon: closeCircleOutline, tone: 'off' },
  DISCARDED: { icon: trashOutline, tone: 'off' },
};

/** The look of an invoice's status; a credit note is a document of its own. */
export function statusLook(kind: InvoiceKind, status: InvoiceStatus): StatusLook {
  if (kind === 'CREDIT_NOTE') return { icon: documentTextOutline, tone: 'off' };
  return LOOKS[status];
}

/** The i18n key of an invoice's status (`billing.status.*`); "Avoir" for a credit note. */
export function statusKey(kind: InvoiceKind, status: InvoiceStatus) {
  return kind === 'CREDIT_NOTE'
    ? ('billing.status.CREDIT_NOTE' as const)
    : (`billing.status.${status}` as const);
}

/** What an invoice's figures say is still owed, by whom. */
export interface Shares {
  patientMinor: number;
  insurerMinor: number;
  paidPatientMinor: number;
  paidInsurerMinor: number;
}

/** What the patient and the insurer still owe on an invoice (never below zero). */
export function owed(inv: Shares): { patient: number; insurer: number } {
  return {
    patient: Math.max(0, inv.patientMinor - inv.paidPatientMinor),
    insurer: Math.max(0, inv.insurerMinor - inv.paidInsurerMinor),
  };
}

/** Whether an invoice takes payments: issued (or part paid), not a credit note. */
export function isPayable(inv: { kind: InvoiceKind; status: InvoiceStatus }): boolean {
  return inv.kind === 'INVOICE' && (inv.status === 'ISSUED' || inv.status === 'PARTIALLY_PAID');
}

/** The methods the payment sheet offers: the insurer's only when the invoice has one to pay. */
export function paymentMethods(inv: Shares & { payer: string | null }): PaymentMethod[] {
  const left = owed(inv);
  const patient: PaymentMethod[] =
    left.patient > 0 ? ['CASH', 'CARD', 'MOBILE_MONEY', 'BANK_TRANSFER'] : [];
  return inv.payer && left.insurer > 0 ? [...patient, 'INSURANCE'] : patient;
}

/** What the sheet prefills for a method: what is owed on the share that method pays. */
export function owedFor(inv: Shares, method: PaymentMethod): number {
  const left = owed(inv);
  return method === 'INSURANCE' ? left.insurer : left.patient;
}

/** A card slip, a transfer or a mobile-money number must be written down; cash and insurer not. */
export function needsReference(method: PaymentMethod): boolean {
  return method !== 'CASH' && method !== 'INSURANCE';
}

/**
 * What remains refundable on a payment: its amount less the refunds already made on it (refunds
 * are negative payments pointing at it).
 */
export function refundable(
  payment: { id: string; amountMinor: number },
  all: readonly { amountMinor: number; refundOfId?: string | null }[],
): number {
  if (payment.amountMinor <= 0) return 0;
  const back = all
    .filter((p) => p.refundOfId === payment.id)
    .reduce((s, p) => s - p.amountMinor, 0);
  return Math.max(0, payment.amountMinor - back);
}

/** Counted minus expected (negative when cash is missing); null until the count parses. */
export function cashDifference(expected: number, counted: number | null): number | null {
  return counted === null || Number.isNaN(counted) ? null : counted - expected;
}
