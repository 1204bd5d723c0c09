import { dateTimeFormat, HOSPITAL_TIME_ZONE } from '../../app/format';

export { HOSPITAL_TIME_ZONE, formatTime, formatWhen } from '../../app/format';

const MINUTE = 60_000;

function parts(at: Date, timeZone: string) {
  const out: Record<string, number> = {};
  const fmt = dateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  for (const p of fmt.formatToParts(at)) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return out as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The hospital-local calendar date (YYYY-MM-DD) of an instant. */
export function localDate(at: Date | string, timeZone = HOSPITAL_TIME_ZONE): string {
  const p = parts(new Date(at), timeZone);
  return `${String(p.year)}-${pad(p.month)}-${pad(p.day)}`;
}

/** The hospital-local wall time (HH:MM) of an instant. */
export function localTime(at: Date | string, timeZone = HOSPITAL_TIME_ZONE): string {
  const p = parts(new Date(at), timeZone);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** Minutes the zone is ahead of UTC at this instant. */
function offsetMinutes(at: Date, timeZone: string): number {
  const p = parts(at, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / MINUTE);
}

/**
 * The instant of a hospital-local date and wall time, e.g. ("2026-03-29", "09:00"). Right on both
 * sides of a daylight-saving change; a time skipped by the change moves forward an hour.
 */
export function zonedInstant(date: string, time: string, timeZone = HOSPITAL_TIME_ZONE): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const guess = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
  const first = guess - offsetMinutes(new Date(guess), timeZone) * MINUTE;
  return new Date(guess - offsetMinutes(new Date(first), timeZone) * MINUTE);
}

/** A calendar date plus `days`. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Start and end instants of a hospital-local day. */
export function dayRange(date: string, timeZone = HOSPITAL_TIME_ZONE) {
  return {
    from: zonedInstant(date, '00:00', timeZone),
    to: zonedInstant(addDays(date, 1), '00:00', timeZone),
  };
}

/** "Monday 23 November" for an instant, in the hospital's zone. */
export function formatDay(at: string | Date, language: string): string {
  return dateTimeFormat(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: HOSPITAL_TIME_ZONE,
  }).format(new Date(at));
}

/** "Monday 23 November" for a calendar date. */
export function formatLocalDate(date: string, language: string): string {
  return dateTimeFormat(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}

/** Groups items by the hospital-local date of `at(item)`, in input order. */
export function groupByDay<T>(items: readonly T[], at: (item: T) => string) {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = localDate(at(item));
    const list = groups.get(key) ?? [];
    list.push(item);
    groups.set(key, list);
  }
  return [...groups].map(([date, list]) => ({ date, items: list }));
}
