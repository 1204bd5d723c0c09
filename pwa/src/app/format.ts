/**
 * Clinical times are the hospital's (Europe/Paris), whatever the device's zone: a patient abroad
 * or a misconfigured tablet still sees the time written on the appointment letter or the chart.
 */
export const HOSPITAL_TIME_ZONE = 'Europe/Paris';

/**
 * Hospital convention: 24-hour times in every language ("13:05", never "1:05 PM"), so a dose
 * time reads the same in French and English and cannot be mistaken for its twelve-hour twin.
 */
const CLOCK = { hourCycle: 'h23', timeZone: HOSPITAL_TIME_ZONE } as const;

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

/** The formatter of this kind, language and options, made on first use. */
function formatter<F extends Intl.DateTimeFormat | Intl.NumberFormat>(
  kind: 'date' | 'number',
  language: string,
  options: object,
  make: () => F,
): F {
  const key = `${kind}|${language}|${JSON.stringify(options)}`;
  let found = formatters.get(key) as F | undefined;
  if (!found) {
    found = make();
    formatters.set(key, found);
  }
  return found;
}

/**
 * `new Intl.DateTimeFormat(language, options)`, made once per language and options: making one
 * (locale data, the zone's rules) costs far more than formatting with it, and a list formats a
 * time or a date on every row — on a slow phone, a visible part of painting the round.
 */
export function dateTimeFormat(
  language: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return formatter('date', language, options, () => new Intl.DateTimeFormat(language, options));
}

/** `new Intl.NumberFormat(language, options)`, made once per language and options. */
export function numberFormat(
  language: string,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  return formatter('number', language, options, () => new Intl.NumberFormat(language, options));
}

/** A YYYY-MM-DD calendar date, in words, without time-zone drift. */
export function formatDate(date: string, language: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return dateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

/** An instant as the hospital's date and 24-hour time: "2 déc. 2026, 13:05". */
export function formatDateTime(iso: string | Date, language: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return dateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...CLOCK,
  }).format(d);
}

/** An instant as the hospital's 24-hour wall time, "09:40", in every language. */
export function formatTime(iso: string | Date, language: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return dateTimeFormat(language, { hour: '2-digit', minute: '2-digit', ...CLOCK }).format(d);
}

/** "Mon 23 Nov, 09:40": weekday, day and 24-hour time in the hospital's zone. */
export function formatWhen(iso: string | Date, language: string): string {
  return dateTimeFormat(language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    ...CLOCK,
  }).format(new Date(iso));
}
