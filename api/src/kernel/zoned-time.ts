import { TZDate } from '@date-fns/tz';

const instants = new Map<string, number>();

/**
 * The instant at which the wall clock of `timeZone` shows `date` (YYYY-MM-DD) at `minutes`.
 * Time-zone arithmetic through Intl is slow and the same few session times recur for every
 * practitioner and every week, so results are remembered (bounded).
 */
export function zonedInstant(date: string, minutes: number, timeZone: string): Date {
  const key = `${timeZone}|${date}|${String(minutes)}`;
  let ms = instants.get(key);
  if (ms === undefined) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    ms = new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, timeZone).getTime();
    if (instants.size > 50_000) instants.clear();
    instants.set(key, ms);
  }
  return new Date(ms);
}

/** The calendar date (YYYY-MM-DD) and ISO weekday (1 = Monday) of an instant in `timeZone`. */
export function zonedDay(at: Date, timeZone: string): { date: string; weekday: number } {
  const t = new TZDate(at.getTime(), timeZone);
  const date = `${String(t.getFullYear())}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(
    t.getDate(),
  ).padStart(2, '0')}`;
  const weekday = t.getDay() === 0 ? 7 : t.getDay();
  return { date, weekday };
}

/** Minutes since local midnight of an instant in `timeZone`. */
export function zonedMinutes(at: Date, timeZone: string): number {
  const t = new TZDate(at.getTime(), timeZone);
  return t.getHours() * 60 + t.getMinutes();
}

/** The calendar date `days` after (or before) `date`; years past 9999 keep plain digits. */
function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The next calendar date after `date`. */
export function nextDate(date: string): string {
  return shiftDate(date, 1);
}

/** The calendar date before `date`. */
export function previousDate(date: string): string {
  return shiftDate(date, -1);
}

/** "HH:MM" → minutes since midnight, or null when malformed. */
export function parseClock(hhmm: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}
