import { numberFormat } from '../../app/format';
/**
 * Money as the pharmacy handles it: integer cents end to end (the API's `unitCostCents`), typed
 * by people as euros with a comma or a point. Parsing works on the digits, never through a
 * floating-point multiplication, so "0,29" is 29 cents and not 28.999….
 */

/** Spaces a number may carry as thousands separators (plain, no-break, narrow no-break). */
const GROUPING = /[\s\u00a0\u202f]/g;

/** The largest unit cost the API accepts: one million euros. */
export const MAX_CENTS = 100_000_000;

/**
 * "12,50", "12.5", "1 234,56" or "7" as integer cents; '' as null; anything else (negative,
 * three decimals, letters, two separators) as NaN.
 */
export function parseEurosToCents(text: string): number | null {
  const s = text.replace(GROUPING, '').replace(/€$/, '').trim();
  if (!s) return null;
  const m = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(s);
  if (!m?.[1]) return Number.NaN;
  const euros = Number(m[1]);
  const cents = Number((m[2] ?? '').padEnd(2, '0'));
  const total = euros * 100 + cents;
  return Number.isSafeInteger(total) ? total : Number.NaN;
}

/** Integer cents in euros the way the language writes them: "12,50 €", "€12.50". */
export function formatCents(cents: number, language: string): string {
  return numberFormat(language, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** Cents as the form shows them again for editing: "12,50" in French, "12.50" in English. */
export function centsToInput(cents: number, language: string): string {
  const euros = Math.floor(cents / 100);
  const rest = String(cents % 100).padStart(2, '0');
  return `${String(euros)}${language.startsWith('fr') ? ',' : '.'}${rest}`;
}
