import { describe, expect, it } from 'vitest';
import { coveredPercent, defaultQuantity, groupByPatient, remainingAfter } from './worklist';

const row = (patientId: string, bed: string, needed: number, covered: number, med = 'X') => ({
  patientId,
  patientName: `Patient ${patientId}`,
  bedLabel: bed,
  medicationName: med,
  unitsNeeded: needed,
  unitsCovered: covered,
  unitsToDispense: needed - covered,
});

describe('groupByPatient', () => {
  it('groups a patient’s rows under one heading in the server’s order', () => {
    const rows = [
      row('a', '301-1', 4, 0, 'A'),
      row('a', '301-1', 2, 1, 'B'),
      row('b', '302', 3, 0),
    ];
    const groups = groupByPatient(rows);
    expect(groups.map((g) => [g.patientId, g.bedLabel, g.rows.length])).toEqual([
      ['a', '301-1', 2],
      ['b', '302', 1],
    ]);
    expect(groups[0]?.rows.map((r) => r.medicationName)).toEqual(['A', 'B']);
  });

  it('answers nothing for an empty worklist', () => {
    expect(groupByPatient([])).toEqual([]);
  });
});

describe('a row’s dispensing', () => {
  it('starts from what is still to dispense', () => {
    expect(defaultQuantity(row('a', '1', 6, 2))).toBe('4');
  });

  it('leaves the rest to dispense after a partial dispensing, never below zero', () => {
    expect(remainingAfter(row('a', '1', 6, 2), 3)).toBe(1);
    expect(remainingAfter(row('a', '1', 6, 2), 9)).toBe(0);
  });

  it('says how much of the next 24 hours is covered', () => {
    expect(coveredPercent(row('a', '1', 6, 2))).toBe(33);
    expect(coveredPercent(row('a', '1', 0, 0))).toBe(100);
    expect(coveredPercent(row('a', '1', 4, 4))).toBe(100);
  });
});
