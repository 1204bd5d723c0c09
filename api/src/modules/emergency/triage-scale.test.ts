import { describe, expect, it } from 'vitest';
import { EmergencyStatus, TriageLevel } from './emergency-enums.js';
import { byQueueOrder, mayMove, TRIAGE_SCALE, waitOf } from './triage-scale.js';

const ARRIVED = new Date('2026-06-01T20:00:00Z');
const at = (minutes: number) => new Date(ARRIVED.getTime() + minutes * 60_000);
const open = { status: EmergencyStatus.WAITING_FOR_DOCTOR, closedAt: null, doctorAt: null };

describe('the FRENCH scale', () => {
  it('gives each level its target to medical contact, most urgent first', () => {
    expect(Object.values(TriageLevel).map((l) => TRIAGE_SCALE[l].targetMinutes)).toEqual([
      0, 20, 60, 90, 120, 240,
    ]);
    const ranks = Object.values(TriageLevel).map((l) => TRIAGE_SCALE[l].rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe('waits and breaches', () => {
  it('counts an untriaged arrival against the 10-minute triage target', () => {
    const c = { ...open, arrivedAt: ARRIVED, level: null, status: EmergencyStatus.WAITING };
    expect(waitOf(c, at(10))).toEqual({
      waitedMinutes: 10,
      targetMinutes: 10,
      dueAt: at(10),
      breached: false,
      asOf: at(10),
    });
    expect(waitOf(c, at(10.1)).breached).toBe(true);
  });

  it('breaches a level 2 after 20 minutes without a doctor, not a level 4', () => {
    const l2 = { ...open, arrivedAt: ARRIVED, level: TriageLevel.L2 };
    const l4 = { ...open, arrivedAt: ARRIVED, level: TriageLevel.L4 };
    expect(waitOf(l2, at(19)).breached).toBe(false);
    expect(waitOf(l2, at(21))).toMatchObject({ waitedMinutes: 21, breached: true });
    expect(waitOf(l4, at(21))).toMatchObject({ targetMinutes: 120, breached: false });
  });

  it('stops the clock when a doctor takes the patient', () => {
    const seen = { ...open, arrivedAt: ARRIVED, level: TriageLevel.L3A, doctorAt: at(45) };
    expect(waitOf(seen, at(300))).toMatchObject({ waitedMinutes: 45, breached: false });
    const late = { ...seen, doctorAt: at(75) };
    expect(waitOf(late, at(80))).toMatchObject({ waitedMinutes: 75, breached: true });
  });

  it('treats level 1 as due at arrival', () => {
    const l1 = { ...open, arrivedAt: ARRIVED, level: TriageLevel.L1 };
    expect(waitOf(l1, ARRIVED).breached).toBe(false);
    expect(waitOf(l1, at(1)).breached).toBe(true);
  });
});

describe('queue order', () => {
  it('puts the untriaged first, then level 1 to 5, then the longest waiting', () => {
    const rows = [
      { id: 'e', level: TriageLevel.L5, arrivedAt: at(0) },
      { id: 'c', level: TriageLevel.L3A, arrivedAt: at(5) },
      { id: 'b', level: TriageLevel.L2, arrivedAt: at(30) },
      { id: 'd', level: TriageLevel.L3B, arrivedAt: at(1) },
      { id: 'c0', level: TriageLevel.L3A, arrivedAt: at(2) },
      { id: 'a', level: null, arrivedAt: at(40) },
      { id: 'b0', level: TriageLevel.L1, arrivedAt: at(50) },
    ];
    expect([...rows].sort(byQueueOrder).map((r) => r.id)).toEqual([
      'a',
      'b0',
      'b',
      'c0',
      'c',
      'd',
      'e',
    ]);
  });
});

describe('steps', () => {
  it('lets a case go forward and back between doctor and decision, never out of closed', () => {
    expect(mayMove(EmergencyStatus.WAITING, EmergencyStatus.IN_TRIAGE)).toBe(true);
    expect(mayMove(EmergencyStatus.WITH_DOCTOR, EmergencyStatus.AWAITING_DECISION)).toBe(true);
    expect(mayMove(EmergencyStatus.AWAITING_DECISION, EmergencyStatus.WITH_DOCTOR)).toBe(true);
    expect(mayMove(EmergencyStatus.WAITING, EmergencyStatus.WITH_DOCTOR)).toBe(false);
    expect(mayMove(EmergencyStatus.CLOSED, EmergencyStatus.WAITING)).toBe(false);
  });
});
