import { useTranslation } from 'react-i18next';
import { errorCodeOf, graphQLErrorsOf } from '../../app/errors';
import { useErrorText } from '../../app/use-error-text';
import type { Currency } from './money';
import { formatMoney } from './money';

/** A payment refused for being more than is owed, with what is owed on that share. */
export function readOverpayment(error: unknown): { outstanding: number | null } | null {
  if (errorCodeOf(error) !== 'BAD_USER_INPUT') return null;
  const ext = graphQLErrorsOf(error)[0]?.extensions ?? {};
  if (ext.reason !== 'OVERPAYMENT') return null;
  return { outstanding: typeof ext.outstanding === 'number' ? ext.outstanding : null };
}

/** Billing's refusals (`extensions.reason`, the API's `BillingRefusalReason`) as keys of `billing.errors`. */
const REASONS: Readonly<Record<string, string>> = {
  HAS_PAYMENTS: 'hasPayments',
  ALREADY_CANCELLED: 'alreadyCancelled',
  UNPRICED_CHARGE: 'unpriced',
  ALREADY_PAID: 'alreadyPaid',
  NOT_OPEN_FOR_PAYMENT: 'notOpen',
  REFERENCE_REQUIRED: 'referenceRequired',
  NO_INSURER: 'noInsurer',
  CASH_DIFFERENCE_UNEXPLAINED: 'noteRequired',
  CASH_DAY_CLOSED: 'cashDayClosed',
};

/** Which of billing's refusals an error is, if any (a key of `billing.errors`). */
export function billingRefusalKey(error: unknown): string | null {
  if (errorCodeOf(error) !== 'BAD_USER_INPUT') return null;
  const reason = graphQLErrorsOf(error)[0]?.extensions?.reason;
  return typeof reason === 'string' ? (REASONS[reason] ?? null) : null;
}

/**
 * The sentence and per-field messages of a failed billing operation in the user's language:
 * an overpayment with what is owed, the API's billing refusals in clear words, everything else
 * as every screen says it.
 */
export function useBillingError(money: Currency) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  return (error: unknown): { message: string; fields: Record<string, string> } => {
    const over = readOverpayment(error);
    if (over) {
      const message =
        over.outstanding === null
          ? t('billing.errors.overpayment')
          : t('billing.errors.overpaymentOwed', {
              amount: formatMoney(over.outstanding, money, i18n.language),
            });
      return { message, fields: { amountMinor: message } };
    }
    const info = errorText.info(error);
    const refusal = billingRefusalKey(error);
    const fields: Record<string, string> = {};
    if (refusal) {
      // The refusal names one field: say it there, in the user's language.
      const said = t(`billing.errors.${refusal}` as 'billing.errors.unpriced');
      for (const field of Object.keys(info.fields ?? {})) fields[field] = said;
      if (Object.keys(fields).length === 0) return { message: said, fields };
    }
    const generic = errorText.fields(info);
    for (const [k, v] of Object.entries(generic)) fields[k] ??= v;
    const message =
      info.code === 'BAD_USER_INPUT' && Object.keys(fields).length > 0
        ? Object.values(fields).join(' ')
        : errorText.message(info);
    return { message, fields };
  };
}
