import { parseDayMonthYear } from './dates';

interface LineLike {
  item: { nameFr: string; nameEn: string };
}

/** The hospital's total: the sum of the locations' totals (whole cents each). */
export function grandTotalCents(valuations: readonly { valueCents: number }[]): number {
  return valuations.reduce((s, v) => s + v.valueCents, 0);
}

/** A location's lines by the item's name in the interface language. A new array. */
export function sortLines<L extends LineLike>(lines: readonly L[], language: string): L[] {
  const fr = language.startsWith('fr');
  return [...lines].sort((a, b) =>
    (fr ? a.item.nameFr : a.item.nameEn).localeCompare(
      fr ? b.item.nameFr : b.item.nameEn,
      language,
    ),
  );
}

/**
 * The day to value as typed (dd/mm/yyyy or yyyy-mm-dd): `YYYY-MM-DD`, or the problem: empty,
 * not a date, or after today (the stock of a day to come is not known).
 */
export function valuationDay(
  text: string,
  today: string,
): { ok: true; date: string } | { ok: false; problem: 'required' | 'date' | 'dateFuture' } {
  const date = parseDayMonthYear(text);
  if (date === null) return { ok: false, problem: 'required' };
  if (date === undefined) return { ok: false, problem: 'date' };
  if (date > today) return { ok: false, problem: 'dateFuture' };
  return { ok: true, date };
}

/** "2026-12-31" as typed back in the form: "31/12/2026". */
export function dayAsTyped(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d ?? ''}/${m ?? ''}/${y ?? ''}`;
}
