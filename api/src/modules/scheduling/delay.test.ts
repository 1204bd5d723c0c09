import { describe, expect, it } from 'vitest';
import { canTransition, AppointmentStatus as S } from './appointment-status.js';
import { planDelay } from './delay.js';

const at = (hhmm: string) => new Date(`2026-06-01T${hhmm}:00Z`);
const appt = (id: string, start: string, end: string) => ({
  id,
  startsAt: at(start),
  endsAt: at(end),
});

describe('planDelay', () => {
  it('shifts back-to-back appointments by the whole delay', () => {
    const plan = planDelay([appt('a', '09:00', '09:20'), appt('b', '09:20', '09:40')], 20);
    expect(plan.map((p) => [p.id, p.startsAt.toISOString().slice(11, 16)])).toEqual([
      ['a', '09:20'],
      ['b', '09:40'],
    ]);
  });

  it('lets a gap absorb the delay and leaves later appointments alone', () => {
    const plan = planDelay(
      [appt('a', '09:00', '09:20'), appt('b', '09:30', '09:50'), appt('c', '10:30', '10:50')],
      20,
    );
    expect(plan.map((p) => [p.id, p.startsAt.toISOString().slice(11, 16)])).toEqual([
      ['a', '09:20'],
      ['b', '09:40'],
    ]);
  });

  it('keeps each appointment’s length', () => {
    const [a] = planDelay([appt('a', '09:00', '09:45')], 10);
    expect(a!.endsAt.getTime() - a!.startsAt.getTime()).toBe(45 * 60_000);
  });

  it('moves nothing for a zero delay', () => {
    expect(planDelay([appt('a', '09:00', '09:20')], 0)).toEqual([]);
  });
});

describe('status transitions', () => {
  it('follows the lifecycle and refuses going backwards', () => {
    expect(canTransition(S.SCHEDULED, S.CHECKED_IN)).toBe(true);
    expect(canTransition(S.CHECKED_IN, S.IN_PROGRESS)).toBe(true);
    expect(canTransition(S.IN_PROGRESS, S.COMPLETED)).toBe(true);
    expect(canTransition(S.COMPLETED, S.CHECKED_IN)).toBe(false);
    expect(canTransition(S.CANCELLED, S.SCHEDULED)).toBe(false);
    expect(canTransition(S.SCHEDULED, S.COMPLETED)).toBe(false);
  });
});
