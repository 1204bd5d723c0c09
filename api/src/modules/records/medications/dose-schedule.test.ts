import { describe, expect, it } from 'vitest';
import { AdministrationStatus, DoseState } from '../clinical-enums.js';
import { doseState, scheduledDoses, zonedTime } from './dose-schedule.js';

const PARIS = 'Europe/Paris';

describe('dose schedule', () => {
  it('reads times of day in the hospital time zone', () => {
    expect(zonedTime(PARIS, 2026, 1, 15, 8, 0).toISOString()).toBe('2026-01-15T07:00:00.000Z');
    expect(zonedTime(PARIS, 2026, 7, 15, 8, 0).toISOString()).toBe('2026-07-15T06:00:00.000Z');
  });

  it('lists the doses of three times a day within the window and after the start', () => {
    const doses = scheduledDoses(
      {
        scheduleTimes: ['20:00', '08:00', '14:00'],
        asNeeded: false,
        startAt: new Date('2026-01-15T10:00:00Z'),
      },
      new Date('2026-01-15T00:00:00Z'),
      new Date('2026-01-16T12:00:00Z'),
      PARIS,
    );
    expect(doses.map((d) => d.toISOString())).toEqual([
      '2026-01-15T13:00:00.000Z',
      '2026-01-15T19:00:00.000Z',
      '2026-01-16T07:00:00.000Z',
    ]);
  });

  it('keeps 08:00 at 08:00 across the daylight-saving change', () => {
    const doses = scheduledDoses(
      { scheduleTimes: ['08:00'], asNeeded: false, startAt: new Date('2026-03-27T00:00:00Z') },
      new Date('2026-03-28T00:00:00Z'),
      new Date('2026-03-30T00:00:00Z'),
      PARIS,
    );
    expect(doses.map((d) => d.toISOString())).toEqual([
      '2026-03-28T07:00:00.000Z',
      '2026-03-29T06:00:00.000Z',
    ]);
  });

  it('counts an interval from the start and stops at the end', () => {
    const doses = scheduledDoses(
      {
        scheduleTimes: [],
        intervalHours: 8,
        asNeeded: false,
        startAt: new Date('2026-01-15T06:00:00Z'),
        endAt: new Date('2026-01-16T06:00:00Z'),
      },
      new Date('2026-01-15T10:00:00Z'),
      new Date('2026-01-17T00:00:00Z'),
      PARIS,
    );
    expect(doses.map((d) => d.toISOString())).toEqual([
      '2026-01-15T14:00:00.000Z',
      '2026-01-15T22:00:00.000Z',
    ]);
  });

  it('has no schedule for an as-needed order', () => {
    const doses = scheduledDoses(
      { scheduleTimes: ['08:00'], asNeeded: true, startAt: new Date('2026-01-01T00:00:00Z') },
      new Date('2026-01-15T00:00:00Z'),
      new Date('2026-01-16T00:00:00Z'),
      PARIS,
    );
    expect(doses).toEqual([]);
  });

  it('shows an unrecorded dose as due, then late after an hour', () => {
    const at = new Date('2026-01-15T07:00:00Z');
    expect(doseState(at, undefined, new Date('2026-01-15T07:59:00Z'))).toBe(DoseState.DUE);
    expect(doseState(at, undefined, new Date('2026-01-15T08:01:00Z'))).toBe(DoseState.LATE);
    expect(doseState(at, AdministrationStatus.MISSED, new Date())).toBe(DoseState.MISSED);
  });
});
