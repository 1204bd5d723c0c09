import { nextDate, zonedDay, zonedInstant } from '../../../kernel/zoned-time.js';

export interface WeeklySession {
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** Minutes since local midnight. */
  startMinutes: number;
  endMinutes: number;
  slotMinutes: number;
}

export interface Interval {
  startsAt: Date;
  endsAt: Date;
}

export interface ExtraSession extends Interval {
  slotMinutes: number;
}

export interface SlotQuery {
  sessions: readonly WeeklySession[];
  extras: readonly ExtraSession[];
  absences: readonly Interval[];
  /** Appointments that hold time (not cancelled). */
  busy: readonly Interval[];
  from: Date;
  to: Date;
  /** Nothing starts before this (now plus the booking lead time). */
  notBefore: Date;
  timeZone: string;
}

const overlaps = (a: Interval, b: Interval) => a.startsAt < b.endsAt && a.endsAt > b.startsAt;

/**
 * Free slots = weekly sessions (in the hospital's time zone, so 09:00 stays 09:00 across a
 * daylight-saving change) plus extra sessions, minus absences and busy appointments, never
 * before `notBefore`, within [from, to). Pure; sorted by start.
 */
export function freeSlots(q: SlotQuery): Interval[] {
  const candidates: Interval[] = [];
  let date = zonedDay(q.from, q.timeZone).date;
  const lastDate = zonedDay(q.to, q.timeZone).date;
  for (let guard = 0; date <= lastDate && guard < 400; guard++, date = nextDate(date)) {
    // A calendar date's weekday does not depend on the time zone.
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay() || 7;
    for (const s of q.sessions) {
      if (s.weekday !== weekday || s.slotMinutes <= 0) continue;
      for (let m = s.startMinutes; m + s.slotMinutes <= s.endMinutes; m += s.slotMinutes) {
        candidates.push({
          startsAt: zonedInstant(date, m, q.timeZone),
          endsAt: zonedInstant(date, m + s.slotMinutes, q.timeZone),
        });
      }
    }
  }
  for (const e of q.extras) {
    if (e.slotMinutes <= 0) continue;
    const step = e.slotMinutes * 60_000;
    for (let t = e.startsAt.getTime(); t + step <= e.endsAt.getTime(); t += step) {
      candidates.push({ startsAt: new Date(t), endsAt: new Date(t + step) });
    }
  }
  const seen = new Set<number>();
  const busy = [...q.busy].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  let b = 0;
  // Candidates and busy intervals are both walked in start order: linear, not quadratic.
  return candidates
    .filter((c) => c.startsAt >= q.from && c.startsAt < q.to && c.startsAt >= q.notBefore)
    .filter((c) => !q.absences.some((a) => overlaps(c, a)))
    .sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime())
    .filter((c) => {
      while (b < busy.length && (busy[b]?.endsAt ?? c.startsAt) <= c.startsAt) b++;
      for (let i = b; i < busy.length; i++) {
        const x = busy[i];
        if (!x || x.startsAt >= c.endsAt) break;
        if (overlaps(c, x)) return false;
      }
      const key = c.startsAt.getTime();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** Whether [startsAt, endsAt) lies inside a session or an extra session and outside absences. */
export function withinSessions(
  slot: Interval,
  q: Pick<SlotQuery, 'sessions' | 'extras' | 'absences' | 'timeZone'>,
): boolean {
  if (q.absences.some((a) => overlaps(slot, a))) return false;
  if (q.extras.some((e) => slot.startsAt >= e.startsAt && slot.endsAt <= e.endsAt)) return true;
  const { date, weekday } = zonedDay(slot.startsAt, q.timeZone);
  return q.sessions.some(
    (s) =>
      s.weekday === weekday &&
      slot.startsAt >= zonedInstant(date, s.startMinutes, q.timeZone) &&
      slot.endsAt <= zonedInstant(date, s.endMinutes, q.timeZone),
  );
}
