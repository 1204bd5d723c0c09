import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { billingRefusalKey, readOverpayment } from './billing-error';

function failure(extensions: Record<string, unknown>) {
  return new CombinedGraphQLErrors({
    errors: [{ message: 'Some fields are invalid.', extensions }],
  });
}

describe('billing refusals', () => {
  it('reads the refusal from its reason, whatever the English text says', () => {
    const refused = failure({
      code: 'BAD_USER_INPUT',
      reason: 'HAS_PAYMENTS',
      fields: { invoiceId: 'reworded by a later server' },
    });
    expect(billingRefusalKey(refused)).toBe('hasPayments');
    expect(billingRefusalKey(failure({ code: 'BAD_USER_INPUT', reason: 'NO_INSURER' }))).toBe(
      'noInsurer',
    );
  });

  it('reads no refusal from a plain invalid field, another code or an unknown reason', () => {
    expect(billingRefusalKey(failure({ code: 'BAD_USER_INPUT', fields: { x: 'bad' } }))).toBe(null);
    expect(billingRefusalKey(failure({ code: 'CONFLICT', reason: 'HAS_PAYMENTS' }))).toBe(null);
    expect(billingRefusalKey(failure({ code: 'BAD_USER_INPUT', reason: 'SOMETHING_NEW' }))).toBe(
      null,
    );
  });

  it('reads what is still owed from an overpayment', () => {
    expect(
      readOverpayment(failure({ code: 'BAD_USER_INPUT', reason: 'OVERPAYMENT', outstanding: 500 })),
    ).toEqual({ outstanding: 500 });
    expect(readOverpayment(failure({ code: 'BAD_USER_INPUT', reason: 'HAS_PAYMENTS' }))).toBe(null);
  });
});
