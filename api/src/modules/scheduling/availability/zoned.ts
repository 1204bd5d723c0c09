import { TZDate } from '@date-fns/tz';

/** The instant at which the wall clock of `timeZone` shows `date` (YYYY-MM-DD) at `minutes`. */
export function zonedInstant(date: string, minutes: number, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, timeZone);
  return new Date(t.getTime());
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

/** The next calendar date after `date`. */
export function nextDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** "HH:MM" → minutes since midnight, or null when malformed. */
export function parseClock(hhmm: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}
