import { describe, expect, it } from 'vitest';
import { PaymentMethod } from './billing-enums.js';
import { countPayments } from './cash-up.service.js';

describe('a cash-up’s arithmetic', () => {
  it('totals each method and expects the cash taken less the cash given back', () => {
    const count = countPayments([
      { method: PaymentMethod.CASH, amountMinor: 2000 },
      { method: PaymentMethod.CASH, amountMinor: 1550 },
      { method: PaymentMethod.CARD, amountMinor: 4500 },
      { method: PaymentMethod.CASH, amountMinor: -500 },
      { method: PaymentMethod.INSURANCE, amountMinor: 7000 },
    ]);
    expect(count.paymentCount).toBe(5);
    expect(count.expectedCashMinor).toBe(3050);
    expect(count.totals).toEqual({
      CASH: 3050,
      CARD: 4500,
      INSURANCE: 7000,
      MOBILE_MONEY: 0,
      BANK_TRANSFER: 0,
    });
  });

  it('expects nothing of an empty drawer', () => {
    expect(countPayments([]).expectedCashMinor).toBe(0);
    expect(countPayments([]).paymentCount).toBe(0);
  });
});
