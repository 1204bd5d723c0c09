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

/** The API's English field messages billing shows, as keys of `billing.errors`. */
const KNOWN: [RegExp, string][] = [
  [/has payments: refund them first/, 'hasPayments'],
  [/is already cancelled/, 'alreadyCancelled'],
  [/has no price yet/, 'unpriced'],
  [/is already paid/, 'alreadyPaid'],
  [/is not open for payment/, 'notOpen'],
  [/is required for a card/, 'referenceRequired'],
  [/the invoice has no insurer/, 'noInsurer'],
  [/explain the difference/, 'noteRequired'],
];

/** Which of billing's refusals a server field message is, if any (a key of `billing.errors`). */
export function billingFieldKey(text: string): string | null {
  return KNOWN.find(([re]) => re.test(text))?.[1] ?? null;
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
    const fields: Record<string, string> = {};
    for (const [field, text] of Object.entries(info.fields ?? {})) {
      const key = billingFieldKey(text);
      fields[field] = key ? t(`billing.errors.${key}` as 'billing.errors.unpriced') : text;
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
