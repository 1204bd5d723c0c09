import { AdministrationStatus, DoseState } from '../clinical-enums.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(tz: string, at: Date) {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(tz, f);
  }
  const parts = f.formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? '0');
  return {
    y: get('year'),
    m: get('month'),
    d: get('day'),
    hh: get('hour'),
    mm: get('minute'),
    ss: get('second'),
  };
}

function offsetMs(tz: string, at: Date): number {
  const w = wallClock(tz, at);
  const asUtc = Date.UTC(w.y, w.m - 1, w.d, w.hh, w.mm, w.ss);
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant at which the wall clock of `tz` shows this date and time. */
export function zonedTime(tz: string, y: number, m: number, d: number, hh: number, mm: number) {
  const guess = Date.UTC(y, m - 1, d, hh, mm);
  const first = offsetMs(tz, new Date(guess));
  let t = guess - first;
  const second = offsetMs(tz, new Date(t));
  if (second !== first) t = guess - second;
  return new Date(t);
}

export interface DoseRegimen {
  scheduleTimes: string[];
  intervalHours?: number | null;
  asNeeded: boolean;
  startAt: Date;
  /** End of the order (or when it was stopped); no dose at or after it. */
  endAt?: Date | null;
}

/**
 * Scheduled doses of a regimen within [from, to), in order. Times of day are read in the
 * hospital's time zone (so 08:00 stays 08:00 across daylight-saving changes); an interval counts
 * from the start. As-needed orders have no schedule.
 */
export function scheduledDoses(r: DoseRegimen, from: Date, to: Date, tz: string): Date[] {
  const lo = Math.max(from.getTime(), r.startAt.getTime());
  const hi = Math.min(to.getTime(), r.endAt ? r.endAt.getTime() : Number.POSITIVE_INFINITY);
  if (r.asNeeded || lo >= hi) return [];
  const out: Date[] = [];
  if (r.intervalHours && r.intervalHours > 0) {
    const step = r.intervalHours * 3_600_000;
    const start = r.startAt.getTime();
    let t = start + Math.ceil((lo - start) / step) * step;
    for (; t < hi; t += step) out.push(new Date(t));
    return out;
  }
  const times = r.scheduleTimes
    .map((s) => /^(\d{2}):(\d{2})$/.exec(s))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [Number(m[1]), Number(m[2])] as const)
    .sort((a, b) => a[0] * 60 + a[1] - (b[0] * 60 + b[1]));
  if (times.length === 0) return [];
  const first = wallClock(tz, new Date(lo - 86_400_000));
  let day = Date.UTC(first.y, first.m - 1, first.d);
  for (; day <= hi + 86_400_000; day += 86_400_000) {
    const date = new Date(day);
    for (const [hh, mm] of times) {
      const at = zonedTime(
        tz,
        date.getUTCFullYear(),
        date.getUTCMonth() + 1,
        date.getUTCDate(),
        hh,
        mm,
      );
      if (at.getTime() >= lo && at.getTime() < hi) out.push(at);
    }
  }
  return out;
}

/** A dose not recorded this long after its time shows as late. */
export const LATE_AFTER_MS = 60 * 60_000;

/** The state of one scheduled dose, from its record if there is one. */
export function doseState(
  scheduledAt: Date,
  recorded: AdministrationStatus | undefined,
  now: Date,
): DoseState {
  switch (recorded) {
    case AdministrationStatus.GIVEN:
      return DoseState.GIVEN;
    case AdministrationStatus.HELD:
      return DoseState.HELD;
    case AdministrationStatus.REFUSED:
      return DoseState.REFUSED;
    case AdministrationStatus.MISSED:
      return DoseState.MISSED;
    case undefined:
      return now.getTime() > scheduledAt.getTime() + LATE_AFTER_MS ? DoseState.LATE : DoseState.DUE;
  }
}
