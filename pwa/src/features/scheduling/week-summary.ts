/** A span of a weekly pattern as the summary reads it: ISO weekday and local HH:MM. */
export interface SummarySpan {
  weekday: number;
  startTime: string;
  endTime: string;
}

export type SummaryLanguage = 'fr' | 'en';

/** Short weekday names, Monday first; French ones as French calendars abbreviate them. */
const WEEKDAY_ABBREVIATIONS: Record<SummaryLanguage, readonly string[]> = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  fr: ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'],
};

/** The language of the summary for an i18next language tag (`fr-FR` → fr); English otherwise. */
export function summaryLanguage(tag: string): SummaryLanguage {
  return tag.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/**
 * A week of working spans in one line, 24-hour in both languages (hospital convention): days in
 * week order separated by " · ", a day's spans by ", ", and consecutive days with the same hours
 * run together — "Mon–Fri 08:00–12:30, 13:30–17:00 · Sat 09:00–12:00". The times are the API's
 * own HH:MM (a span ending at midnight reads 24:00). Empty for an empty week.
 */
export function summariseWeek(spans: readonly SummarySpan[], language: SummaryLanguage): string {
  const names = WEEKDAY_ABBREVIATIONS[language];
  const byDay = new Map<number, string[]>();
  for (const s of [...spans].sort(
    (a, b) => a.weekday - b.weekday || a.startTime.localeCompare(b.startTime),
  )) {
    byDay.set(s.weekday, [...(byDay.get(s.weekday) ?? []), `${s.startTime}–${s.endTime}`]);
  }
  const runs: { first: number; last: number; hours: string }[] = [];
  for (const [day, list] of byDay) {
    const hours = list.join(', ');
    const previous = runs.at(-1);
    if (previous && previous.last === day - 1 && previous.hours === hours) previous.last = day;
    else runs.push({ first: day, last: day, hours });
  }
  const dayName = (d: number) => names[d - 1] ?? String(d);
  return runs
    .map(({ first, last, hours }) =>
      first === last ? `${dayName(first)} ${hours}` : `${dayName(first)}–${dayName(last)} ${hours}`,
    )
    .join(' · ');
}
