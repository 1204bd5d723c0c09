import { describe, expect, it } from 'vitest';
import { Consciousness } from '../clinical-enums.js';
import { checkVitals } from './vital-limits.js';

describe('physiological limits', () => {
  it('refuses impossible values with a message per field', () => {
    const r = checkVitals({ temperatureC: 52, heartRate: 400, spo2: 104, painScore: 11 });
    expect(r.errors).toEqual({
      temperatureC: 'must be between 25 and 45',
      heartRate: 'must be between 20 and 300',
      spo2: 'must be between 40 and 100',
      painScore: 'must be between 0 and 10',
    });
  });

  it('refuses a fractional heart rate and a diastolic above the systolic', () => {
    const r = checkVitals({ heartRate: 72.5, systolicBp: 80, diastolicBp: 95 });
    expect(r.errors.heartRate).toBe('must be a whole number');
    expect(r.errors.diastolicBp).toBe('must be lower than the systolic pressure');
  });

  it('refuses half a blood pressure and an empty set', () => {
    expect(checkVitals({ systolicBp: 120 }).errors.diastolicBp).toBe(
      'is needed with the other pressure',
    );
    expect(checkVitals({}).errors._).toBe('record at least one measurement');
  });

  it('flags abnormal but possible values without refusing them', () => {
    const r = checkVitals({
      temperatureC: 39.4,
      heartRate: 128,
      spo2: 90,
      glucoseMmolL: 5.5,
      consciousness: Consciousness.CONFUSION,
    });
    expect(r.errors).toEqual({});
    expect(r.abnormal.sort()).toEqual(['consciousness', 'heartRate', 'spo2', 'temperatureC']);
  });

  it('accepts the limits themselves', () => {
    expect(checkVitals({ temperatureC: 25, heartRate: 300, spo2: 40 }).errors).toEqual({});
  });
});
