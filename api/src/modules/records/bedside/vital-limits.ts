import { Consciousness } from '../clinical-enums.js';

export type NumericVital =
  | 'temperatureC'
  | 'heartRate'
  | 'systolicBp'
  | 'diastolicBp'
  | 'respiratoryRate'
  | 'spo2'
  | 'painScore'
  | 'weightKg'
  | 'heightCm'
  | 'glucoseMmolL';

interface Limit {
  /** Outside [min, max] the value is impossible in a living patient (or a typing error). */
  min: number;
  max: number;
  integer: boolean;
  /** Outside [low, high] the value is abnormal for an adult and flagged. */
  low?: number;
  high?: number;
}

export const VITAL_LIMITS: Record<NumericVital, Limit> = {
  temperatureC: { min: 25, max: 45, integer: false, low: 36, high: 38 },
  heartRate: { min: 20, max: 300, integer: true, low: 50, high: 100 },
  systolicBp: { min: 40, max: 300, integer: true, low: 90, high: 160 },
  diastolicBp: { min: 10, max: 200, integer: true, low: 50, high: 100 },
  respiratoryRate: { min: 2, max: 80, integer: true, low: 12, high: 20 },
  spo2: { min: 40, max: 100, integer: true, low: 94 },
  painScore: { min: 0, max: 10, integer: true, high: 6 },
  weightKg: { min: 0.3, max: 500, integer: false },
  heightCm: { min: 20, max: 260, integer: false },
  glucoseMmolL: { min: 0.5, max: 60, integer: false, low: 4, high: 11 },
};

export type VitalValues = Partial<Record<NumericVital, number | null>> & {
  consciousness?: Consciousness | null;
  onOxygen?: boolean | null;
};

export interface VitalCheck {
  /** Impossible values: field → message. Non-empty means the set is refused. */
  errors: Record<string, string>;
  /** Fields present and abnormal. */
  abnormal: string[];
}

/** Checks a set against physiological limits; never mutates it. */
export function checkVitals(v: VitalValues): VitalCheck {
  const errors: Record<string, string> = {};
  const abnormal: string[] = [];
  let measured = 0;
  for (const [field, limit] of Object.entries(VITAL_LIMITS) as [NumericVital, Limit][]) {
    const value = v[field];
    if (value === null || value === undefined) continue;
    measured++;
    if (!Number.isFinite(value)) errors[field] = 'must be a number';
    else if (limit.integer && !Number.isInteger(value)) errors[field] = 'must be a whole number';
    else if (value < limit.min || value > limit.max) {
      errors[field] = `must be between ${limit.min} and ${limit.max}`;
    } else if (
      (limit.low !== undefined && value < limit.low) ||
      (limit.high !== undefined && value > limit.high)
    ) {
      abnormal.push(field);
    }
  }
  const sys = v.systolicBp;
  const dia = v.diastolicBp;
  if (sys != null && dia != null && !errors.systolicBp && !errors.diastolicBp && dia >= sys) {
    errors.diastolicBp = 'must be lower than the systolic pressure';
  }
  if ((sys == null) !== (dia == null)) {
    errors[sys == null ? 'systolicBp' : 'diastolicBp'] = 'is needed with the other pressure';
  }
  if (v.consciousness) {
    measured++;
    if (v.consciousness !== Consciousness.ALERT) abnormal.push('consciousness');
  }
  if (v.onOxygen === true) abnormal.push('onOxygen');
  if (measured === 0) errors._ = 'record at least one measurement';
  return { errors, abnormal };
}
