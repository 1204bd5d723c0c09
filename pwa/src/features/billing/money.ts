import { numberFormat } from '../../app/format';
/**
 * Money as billing handles it: integer minor units end to end (cents for EUR, francs for XOF,
 * which has none), in the currency `billingSettings` names. Typed amounts are parsed on their
 * digits, never through a floating-point multiplication, so "0,29" is 29 cents and not 28.999….
 */

/** The hospital's currency and the digits of its minor unit. */
export interface Currency {
  currency: string;
  minorDigits: number;
}

export const EUR: Currency = { currency: 'EUR', minorDigits: 2 };

/** Spaces a number may carry as thousands separators (plain, no-break, narrow no-break). */
const GROUPING = /[\s\u00a0\u202f]/g;

/** The largest amount the API accepts on a line or an invoice: ten million major units. */
export const MAX_MINOR = 1_000_000_000;

/**
 * "12,50", "12.5", "1 234,56" or "7" as integer minor units of a currency with `minorDigits`
 * digits (XOF: none, so "1 500" only); '' as null; anything else (negative, too many decimals,
 * letters, two separators, a currency sign other than the trailing one) as NaN.
 */
export function parseAmount(text: string, minorDigits: number): number | null {
  const s = text
    .replace(GROUPING, '')
    .replace(/(€|[A-Z]{3}|F?CFA)$/, '')
    .trim();
  if (!s) return null;
  const pattern =
    minorDigits > 0 ? new RegExp(`^(\\d+)(?:[.,](\\d{1,${String(minorDigits)}}))?$`) : /^(\d+)$/;
  const m = pattern.exec(s);
  if (!m?.[1]) return Number.NaN;
  const major = BigInt(m[1]);
  const minor = BigInt((m[2] ?? '').padEnd(minorDigits, '0') || '0');
  const total = major * 10n ** BigInt(minorDigits) + minor;
  return total <= BigInt(MAX_MINOR) ? Number(total) : Number.NaN;
}

/** Integer minor units in the currency, the way the language writes them: "12,50 €", "€12.50". */
export function formatMoney(minor: number, money: Currency, language: string): string {
  const sign = minor < 0 ? -1 : 1;
  const abs = Math.abs(minor);
  const unit = 10 ** money.minorDigits;
  // Whole major units and the rest apart: exact for every amount the API holds.
  const major = Math.floor(abs / unit) + (abs % unit) / unit;
  return numberFormat(language, {
    style: 'currency',
    currency: money.currency,
    minimumFractionDigits: money.minorDigits,
    maximumFractionDigits: money.minorDigits,
  }).format(sign * major);
}

/** Minor units as a form shows them again for editing: "12,50" in French, "12.50" in English. */
export function amountToInput(minor: number, money: Currency, language: string): string {
  const unit = 10 ** money.minorDigits;
  const major = String(Math.floor(minor / unit));
  if (money.minorDigits === 0) return major;
  const rest = String(minor % unit).padStart(money.minorDigits, '0');
  return `${major}${language.startsWith('fr') ? ',' : '.'}${rest}`;
}
