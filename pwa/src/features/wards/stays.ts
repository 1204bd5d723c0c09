import { dateTimeFormat, HOSPITAL_TIME_ZONE } from '../../app/format';

/** A 24-hour wall time, "07:05" or "23:59"; never "7:05 PM". */
export function isTime24(time: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(time.trim());
}

/** The wall clock of a time zone at an instant, as if it were UTC (to measure the offset). */
function wallAsUtc(at: Date, timeZone: string): number {
  const parts = dateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? '0');
  return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
}

/**
 * The instant of a date ("2026-03-29") and 24-hour time ("14:30") on the hospital's clock, as an
 * ISO string; null when either is not a real date or time. A time skipped by the spring change
 * reads as the hour after it.
 */
export function hospitalInstant(
  date: string,
  time: string,
  timeZone = HOSPITAL_TIME_ZONE,
): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!d || !isTime24(time)) return null;
  const [hh, mm] = time.trim().split(':').map(Number) as [number, number];
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), hh, mm);
  const check = new Date(wall);
  if (check.getUTCDate() !== Number(d[3]) || check.getUTCMonth() !== Number(d[2]) - 1) {
    return null;
  }
  let at = wall - (wallAsUtc(new Date(wall), timeZone) - wall);
  // Once more at the found instant, in case a clock change lies between the two.
  at = wall - (wallAsUtc(new Date(at), timeZone) - at);
  return new Date(at).toISOString();
}

/** The hospital's date and the next whole hour, for a planned admission: { date, time }. */
export function nextHour(now: Date, timeZone = HOSPITAL_TIME_ZONE): { date: string; time: string } {
  const next = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000 + 3_600_000);
  const wall = new Date(wallAsUtc(next, timeZone));
  return {
    date: wall.toISOString().slice(0, 10),
    time: wall.toISOString().slice(11, 16),
  };
}

/** Stays newest first, as the API sends them, and sorted again so that the page never depends on it. */
export function newestFirst<T extends { admittedAt: string; id: string }>(list: readonly T[]): T[] {
  return [...list].sort(
    (a, b) =>
      new Date(b.admittedAt).getTime() - new Date(a.admittedAt).getTime() ||
      b.id.localeCompare(a.id),
  );
}
