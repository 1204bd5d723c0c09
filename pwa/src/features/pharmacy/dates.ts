import { dateTimeFormat, numberFormat } from '../../app/format';
/**
 * Calendar dates of the pharmacy (expiry dates, `YYYY-MM-DD` from the API): shown as
 * dd/MM/yyyy in French (and in British English, which reads the same and cannot be mistaken for
 * the American month-first order on a French hospital's boxes), typed the same way.
 */

function localeOf(language: string): string {
  return language.startsWith('fr') ? 'fr-FR' : 'en-GB';
}

/** "2026-12-31" as "31/12/2026". */
export function formatShortDate(date: string, language: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return dateTimeFormat(localeOf(language), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}

/** A whole number the way the language writes it: "1 200" in French, "1,200" in English. */
export function formatCount(n: number, language: string): string {
  return numberFormat(language, { maximumFractionDigits: 0 }).format(n);
}

/**
 * A date typed as dd/mm/yyyy (or dd.mm.yyyy, dd-mm-yyyy, or the ISO yyyy-mm-dd) as `YYYY-MM-DD`;
 * '' as null; a date that does not exist (31/02) as undefined.
 */
export function parseDayMonthYear(text: string): string | null | undefined {
  const s = text.trim();
  if (!s) return null;
  let y: number, m: number, d: number;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}

/** Today's date in the hospital's zone, `YYYY-MM-DD`. */
export function hospitalToday(now: Date = new Date()): string {
  return dateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now);
}
