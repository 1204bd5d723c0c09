import { describe, expect, it } from 'vitest';
import { Shift } from '../wards/index.js';
import { DOCTOR_PACK_MS, packWindow } from './pack-window.js';
import { ShiftPackKind } from './shift-pack-kind.js';

const PARIS = 'Europe/Paris';

describe('packWindow', () => {
  it('gives a nurse the running shift: 10:00 in Paris is the day shift, 07:00-15:00', () => {
    expect(packWindow(ShiftPackKind.NURSE_SHIFT, new Date('2026-06-01T08:00:00Z'), PARIS)).toEqual({
      shift: Shift.DAY,
      startsAt: new Date('2026-06-01T05:00:00Z'),
      endsAt: new Date('2026-06-01T13:00:00Z'),
    });
  });

  it('ends a night shift at 07:00 the next morning, 9 hours on the night clocks go back', () => {
    const w = packWindow(ShiftPackKind.NURSE_SHIFT, new Date('2026-10-25T01:30:00Z'), PARIS);
    expect(w.shift).toBe(Shift.NIGHT);
    expect(w.startsAt).toEqual(new Date('2026-10-24T21:00:00Z'));
    expect(w.endsAt).toEqual(new Date('2026-10-25T06:00:00Z'));
  });

  it('lets a doctor’s pack last 24 hours from when it was taken, whatever the hour', () => {
    for (const at of ['2026-06-01T04:50:00Z', '2026-06-01T14:00:00Z', '2026-06-01T22:30:00Z']) {
      const now = new Date(at);
      expect(packWindow(ShiftPackKind.DOCTOR_DAY, now, PARIS)).toEqual({
        shift: null,
        startsAt: now,
        endsAt: new Date(now.getTime() + DOCTOR_PACK_MS),
      });
    }
  });
});
