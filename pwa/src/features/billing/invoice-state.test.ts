import { describe, expect, it } from 'vitest';
import {
  cashDifference,
  isPayable,
  needsReference,
  owed,
  owedFor,
  paymentMethods,
  refundable,
  statusKey,
  statusLook,
} from './invoice-state';

const inv = {
  patientMinor: 1500,
  insurerMinor: 3500,
  paidPatientMinor: 1000,
  paidInsurerMinor: 0,
  payer: 'MGEN',
};

describe('invoice shares', () => {
  it('says what the patient and the insurer still owe', () => {
    expect(owed(inv)).toEqual({ patient: 500, insurer: 3500 });
    expect(owed({ ...inv, paidPatientMinor: 1500, paidInsurerMinor: 3500 })).toEqual({
      patient: 0,
      insurer: 0,
    });
  });

  it('offers the insurer’s method only when the invoice has an insurer still owing', () => {
    expect(paymentMethods(inv)).toEqual([
      'CASH',
      'CARD',
      'MOBILE_MONEY',
      'BANK_TRANSFER',
      'INSURANCE',
    ]);
    expect(paymentMethods({ ...inv, payer: null, insurerMinor: 0 })).not.toContain('INSURANCE');
    expect(paymentMethods({ ...inv, paidPatientMinor: 1500 })).toEqual(['INSURANCE']);
  });

  it('prefills what is owed on the share the method pays', () => {
    expect(owedFor(inv, 'CASH')).toBe(500);
    expect(owedFor(inv, 'CARD')).toBe(500);
    expect(owedFor(inv, 'INSURANCE')).toBe(3500);
  });

  it('wants a reference for card, transfer and mobile money only', () => {
    expect(needsReference('CASH')).toBe(false);
    expect(needsReference('INSURANCE')).toBe(false);
    expect(needsReference('CARD')).toBe(true);
    expect(needsReference('MOBILE_MONEY')).toBe(true);
    expect(needsReference('BANK_TRANSFER')).toBe(true);
  });

  it('takes payments on issued and part-paid invoices only', () => {
    expect(isPayable({ kind: 'INVOICE', status: 'ISSUED' })).toBe(true);
    expect(isPayable({ kind: 'INVOICE', status: 'PARTIALLY_PAID' })).toBe(true);
    for (const status of ['DRAFT', 'PAID', 'CANCELLED', 'DISCARDED'] as const) {
      expect(isPayable({ kind: 'INVOICE', status }), status).toBe(false);
    }
    expect(isPayable({ kind: 'CREDIT_NOTE', status: 'ISSUED' })).toBe(false);
  });
});

describe('statuses', () => {
  it('names every status in words with an icon, a credit note apart', () => {
    expect(statusKey('INVOICE', 'PARTIALLY_PAID')).toBe('billing.status.PARTIALLY_PAID');
    expect(statusKey('CREDIT_NOTE', 'ISSUED')).toBe('billing.status.CREDIT_NOTE');
    expect(statusLook('INVOICE', 'PAID').tone).toBe('ok');
    expect(statusLook('INVOICE', 'ISSUED').icon).not.toBe(statusLook('INVOICE', 'PAID').icon);
  });
});

describe('refunds and the cash-up', () => {
  it('refunds at most what a payment has left after earlier refunds', () => {
    const pay = { id: 'p1', amountMinor: 2000 };
    const all = [
      pay,
      { amountMinor: -500, refundOfId: 'p1' },
      { amountMinor: 700, refundOfId: null },
    ];
    expect(refundable(pay, all)).toBe(1500);
    expect(refundable({ id: 'r', amountMinor: -500 }, all)).toBe(0);
  });

  it('shows the difference of the count live, negative when cash is missing', () => {
    expect(cashDifference(2550, 2500)).toBe(-50);
    expect(cashDifference(2550, 2550)).toBe(0);
    expect(cashDifference(2550, null)).toBeNull();
    expect(cashDifference(2550, Number.NaN)).toBeNull();
  });
});
