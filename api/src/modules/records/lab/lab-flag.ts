import { ResultFlag } from '../clinical-enums.js';

export interface RangeRow {
  sex?: string | null;
  minAgeYears?: number | null;
  maxAgeYears?: number | null;
  low?: number | null;
  high?: number | null;
  criticalLow?: number | null;
  criticalHigh?: number | null;
}

/** Completed years between a birth date (YYYY-MM-DD) and an instant. */
export function ageInYears(birthDate: string, at: Date): number {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  let age = at.getUTCFullYear() - y;
  const beforeBirthday =
    at.getUTCMonth() + 1 < m || (at.getUTCMonth() + 1 === m && at.getUTCDate() < d);
  if (beforeBirthday) age--;
  return age;
}

/** The range for this sex and age: a sex-specific one wins over one for any sex. */
export function pickRange(ranges: RangeRow[], sex: string, age: number): RangeRow | undefined {
  const fits = ranges.filter(
    (r) =>
      (r.sex == null || r.sex === sex) &&
      (r.minAgeYears == null || age >= r.minAgeYears) &&
      (r.maxAgeYears == null || age < r.maxAgeYears),
  );
  return fits.find((r) => r.sex === sex) ?? fits[0];
}

/** Flags a numeric value: critical limits first (inclusive), then the normal range. */
export function flagValue(value: number, range: RangeRow | undefined): ResultFlag {
  if (!range) return ResultFlag.NORMAL;
  if (range.criticalLow != null && value <= range.criticalLow) return ResultFlag.CRITICAL_LOW;
  if (range.criticalHigh != null && value >= range.criticalHigh) return ResultFlag.CRITICAL_HIGH;
  if (range.low != null && value < range.low) return ResultFlag.LOW;
  if (range.high != null && value > range.high) return ResultFlag.HIGH;
  return ResultFlag.NORMAL;
}
