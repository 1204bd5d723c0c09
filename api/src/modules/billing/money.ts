/**
 * Money is integer minor units (cents for EUR, francs for XOF) everywhere: stored, computed and
 * sent. These are the few rules that turn amounts into other amounts; each is written once here.
 */

/** The largest amount one line, invoice or payment may carry (10 million major units of EUR). */
export const MAX_AMOUNT_MINOR = 1_000_000_000;

/** Minor-unit digits of an ISO 4217 currency: 2 for EUR, 0 for XOF and JPY, 3 for TND. */
export function currencyDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits as number;
}

/** Whether a code is a currency this runtime knows (the configuration checks it at start). */
export function isCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  return Intl.supportedValuesOf('currency').includes(code);
}

/** An amount in minor units as people read it, in a language: "12,50 €", "1 500 F CFA". */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const digits = currencyDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  const scale = 10 ** digits;
  // Whole and fraction apart, so that no amount is ever a binary fraction on its way out.
  const whole = Math.trunc(abs / scale);
  const fraction = abs % scale;
  const text = digits === 0 ? `${whole}` : `${whole}.${String(fraction).padStart(digits, '0')}`;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(`${sign}${text}` as unknown as number);
}

/** How an insurer covers one kind of act: a percentage of the amount, or a fixed amount per unit. */
export type Coverage =
  { percent: number; fixedMinor?: undefined } | { percent?: undefined; fixedMinor: number };

/**
 * The insurer's share of a line. A percentage is rounded towards zero to the minor unit, so the
 * patient pays the odd cent (and a credit note's negative line mirrors its invoice's exactly); a
 * fixed amount is per unit and never more than the line. The patient's share is the rest.
 */
export function insurerShare(
  amountMinor: number,
  quantity: number,
  coverage: Coverage | null,
): number {
  if (!coverage || amountMinor === 0) return 0;
  const sign = amountMinor < 0 ? -1 : 1;
  const abs = Math.abs(amountMinor);
  let share: number;
  if (coverage.fixedMinor !== undefined) {
    share = Math.min(abs, coverage.fixedMinor * Math.abs(quantity));
  } else {
    // Integer arithmetic: amounts are below 1e9 and percents at most 100, far inside 2^53.
    share = Math.floor((abs * coverage.percent) / 100);
  }
  return sign * share;
}

/** A line's amount: quantity × unit price, refused above the ceiling rather than rounded. */
export function lineAmount(quantity: number, unitMinor: number): number | null {
  const amount = quantity * unitMinor;
  return Number.isSafeInteger(amount) && Math.abs(amount) <= MAX_AMOUNT_MINOR ? amount : null;
}

/** The invoice number as printed: `2026-000123`, credit notes `AV-2026-000004`. */
export function documentNumber(
  series: 'INVOICE' | 'CREDIT_NOTE' | 'RECEIPT',
  year: number,
  seq: number,
): string {
  const body = `${year}-${String(seq).padStart(6, '0')}`;
  if (series === 'CREDIT_NOTE') return `AV-${body}`;
  if (series === 'RECEIPT') return `R-${body}`;
  return body;
}
