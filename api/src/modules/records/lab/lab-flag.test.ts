import { describe, expect, it } from 'vitest';
import { ResultFlag } from '../clinical-enums.js';
import { ageInYears, flagValue, pickRange, type RangeRow } from './lab-flag.js';

const potassium: RangeRow = { low: 3.5, high: 5.0, criticalLow: 2.5, criticalHigh: 6.5 };
const haemoglobin: RangeRow[] = [
  { sex: 'FEMALE', minAgeYears: 18, low: 12, high: 16, criticalLow: 7 },
  { sex: 'MALE', minAgeYears: 18, low: 13, high: 17, criticalLow: 7 },
  { maxAgeYears: 18, low: 11, high: 15.5, criticalLow: 7 },
];

describe('lab result flags', () => {
  it('flags low, high and normal against the range, limits included in normal', () => {
    expect(flagValue(3.4, potassium)).toBe(ResultFlag.LOW);
    expect(flagValue(3.5, potassium)).toBe(ResultFlag.NORMAL);
    expect(flagValue(5.0, potassium)).toBe(ResultFlag.NORMAL);
    expect(flagValue(5.1, potassium)).toBe(ResultFlag.HIGH);
  });

  it('flags critical values at and beyond the critical limits', () => {
    expect(flagValue(6.5, potassium)).toBe(ResultFlag.CRITICAL_HIGH);
    expect(flagValue(7.2, potassium)).toBe(ResultFlag.CRITICAL_HIGH);
    expect(flagValue(2.5, potassium)).toBe(ResultFlag.CRITICAL_LOW);
  });

  it('picks the range for the patient’s sex and age', () => {
    expect(pickRange(haemoglobin, 'FEMALE', 40)?.low).toBe(12);
    expect(pickRange(haemoglobin, 'MALE', 40)?.low).toBe(13);
    expect(pickRange(haemoglobin, 'MALE', 10)?.low).toBe(11);
    expect(flagValue(12.5, pickRange(haemoglobin, 'MALE', 40))).toBe(ResultFlag.LOW);
    expect(flagValue(12.5, pickRange(haemoglobin, 'FEMALE', 40))).toBe(ResultFlag.NORMAL);
  });

  it('counts age in completed years', () => {
    expect(ageInYears('2000-06-15', new Date('2026-06-14T12:00:00Z'))).toBe(25);
    expect(ageInYears('2000-06-15', new Date('2026-06-15T00:00:00Z'))).toBe(26);
  });
});
