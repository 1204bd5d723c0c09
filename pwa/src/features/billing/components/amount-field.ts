import type { TFunction } from 'i18next';
import { parseAmount, type Currency } from '../money';

/**
 * A typed amount as minor units, or the message that says what is wrong with it: required,
 * not an amount of this currency, or not above zero when `positive`.
 */
export function checkAmount(
  text: string,
  money: Currency,
  t: TFunction,
  { positive = true }: { positive?: boolean } = {},
): { minor: number } | { error: string } {
  const minor = parseAmount(text, money.minorDigits);
  if (minor === null) return { error: t('billing.amountRequired') };
  if (Number.isNaN(minor)) {
    return {
      error: money.minorDigits === 0 ? t('billing.amountInvalidWhole') : t('billing.amountInvalid'),
    };
  }
  if (positive && minor <= 0) return { error: t('billing.amountPositive') };
  return { minor };
}
