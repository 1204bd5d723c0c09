import { describe, expect, it } from 'vitest';
import { countBreaches, tickWait } from './wait';

const asOf = '2026-12-02T18:00:00.000Z';
// Arrived 15 minutes 30 seconds before asOf, level 2 (20 minutes to the doctor).
const row = {
  arrivedAt: '2026-12-02T17:44:30.000Z',
  wait: { waitedMinutes: 15, targetMinutes: 20, breached: false },
};

describe('tickWait', () => {
  it('shows the server’s figure right after the answer', () => {
    expect(tickWait(row, asOf, 0, true)).toEqual({
      waitedMinutes: 15,
      targetMinutes: 20,
      breached: false,
      leftMinutes: 5,
    });
  });

  it('adds the minutes elapsed on the device since the answer', () => {
    expect(tickWait(row, asOf, 60_000, true).waitedMinutes).toBe(16);
    expect(tickWait(row, asOf, 89_000, true).waitedMinutes).toBe(16);
    expect(tickWait(row, asOf, 90_000, true).waitedMinutes).toBe(17);
  });

  it('calls the target missed as soon as the wait passes it, not a minute later', () => {
    expect(tickWait(row, asOf, 4 * 60_000 + 30_000, true).breached).toBe(false);
    const late = tickWait(row, asOf, 4 * 60_000 + 31_000, true);
    expect(late.breached).toBe(true);
    expect(late.waitedMinutes).toBe(20);
    expect(late.leftMinutes).toBe(0);
  });

  it('stops the clock once a doctor has taken the patient', () => {
    const taken = { ...row, wait: { waitedMinutes: 12, targetMinutes: 20, breached: false } };
    expect(tickWait(taken, asOf, 30 * 60_000, false)).toEqual({
      waitedMinutes: 12,
      targetMinutes: 20,
      breached: false,
      leftMinutes: 8,
    });
  });

  it('never shows less than the server said, nor un-misses a missed target', () => {
    const missed = { ...row, wait: { waitedMinutes: 40, targetMinutes: 10, breached: true } };
    const now = tickWait(missed, asOf, -5_000, true);
    expect(now.waitedMinutes).toBe(40);
    expect(now.breached).toBe(true);
  });

  it('starts from the server’s whole minutes when there is no asOf', () => {
    expect(tickWait(row, null, 0, true).waitedMinutes).toBe(15);
    expect(tickWait(row, null, 5 * 60_000, true)).toMatchObject({
      waitedMinutes: 20,
      breached: false,
    });
    expect(tickWait(row, null, 5 * 60_000 + 1_000, true).breached).toBe(true);
  });

  it('counts the missed targets', () => {
    expect(countBreaches([{ breached: true }, { breached: false }, { breached: true }])).toBe(2);
  });
});
