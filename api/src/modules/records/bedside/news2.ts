import { Consciousness, News2Risk } from '../clinical-enums.js';

/** The observations NEWS2 needs; `spo2Scale2` only for hypercapnic patients so prescribed. */
export interface News2Input {
  respiratoryRate: number;
  spo2: number;
  spo2Scale2?: boolean;
  onOxygen: boolean;
  systolicBp: number;
  heartRate: number;
  consciousness: Consciousness;
  temperatureC: number;
}

export interface News2Result {
  score: number;
  risk: News2Risk;
  /** Points per parameter, to show which one drives the score. */
  parts: Record<
    'respiration' | 'spo2' | 'air' | 'systolic' | 'pulse' | 'consciousness' | 'temperature',
    number
  >;
}

function respiration(rr: number): number {
  if (rr <= 8) return 3;
  if (rr <= 11) return 1;
  if (rr <= 20) return 0;
  if (rr <= 24) return 2;
  return 3;
}

function spo2Scale1(s: number): number {
  if (s <= 91) return 3;
  if (s <= 93) return 2;
  if (s <= 95) return 1;
  return 0;
}

/** Scale 2: 88-92 % scores 0; above 92 scores only on oxygen (RCP 2017, chart 1). */
function spo2Scale2(s: number, onOxygen: boolean): number {
  if (s <= 83) return 3;
  if (s <= 85) return 2;
  if (s <= 87) return 1;
  if (s <= 92 || !onOxygen) return 0;
  if (s <= 94) return 1;
  if (s <= 96) return 2;
  return 3;
}

function systolic(bp: number): number {
  if (bp <= 90) return 3;
  if (bp <= 100) return 2;
  if (bp <= 110) return 1;
  if (bp <= 219) return 0;
  return 3;
}

function pulse(hr: number): number {
  if (hr <= 40) return 3;
  if (hr <= 50) return 1;
  if (hr <= 90) return 0;
  if (hr <= 110) return 1;
  if (hr <= 130) return 2;
  return 3;
}

/** Bands are to one decimal (35.1-36.0...): round first so 36.04 scores like 36.0. */
function temperature(t: number): number {
  const c = Math.round(t * 10) / 10;
  if (c <= 35.0) return 3;
  if (c <= 36.0) return 1;
  if (c <= 38.0) return 0;
  if (c <= 39.0) return 1;
  return 2;
}

/**
 * National Early Warning Score 2 (Royal College of Physicians, 2017). Risk: 0-4 low, unless one
 * parameter scores 3 (low-medium, "red score"); 5-6 medium; 7 or more high.
 */
export function news2(v: News2Input): News2Result {
  const parts = {
    respiration: respiration(Math.round(v.respiratoryRate)),
    spo2: v.spo2Scale2 ? spo2Scale2(v.spo2, v.onOxygen) : spo2Scale1(v.spo2),
    air: v.onOxygen ? 2 : 0,
    systolic: systolic(Math.round(v.systolicBp)),
    pulse: pulse(Math.round(v.heartRate)),
    consciousness: v.consciousness === Consciousness.ALERT ? 0 : 3,
    temperature: temperature(v.temperatureC),
  };
  const score = Object.values(parts).reduce((a, b) => a + b, 0);
  let risk: News2Risk;
  if (score >= 7) risk = News2Risk.HIGH;
  else if (score >= 5) risk = News2Risk.MEDIUM;
  else if (Object.values(parts).some((p) => p === 3)) risk = News2Risk.LOW_MEDIUM;
  else risk = News2Risk.LOW;
  return { score, risk, parts };
}

/** NEWS2 of a set when it is complete, else null. */
export function news2IfComplete(v: Partial<Record<keyof News2Input, unknown>>): News2Result | null {
  const n = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
  if (
    !n(v.respiratoryRate) ||
    !n(v.spo2) ||
    typeof v.onOxygen !== 'boolean' ||
    !n(v.systolicBp) ||
    !n(v.heartRate) ||
    typeof v.consciousness !== 'string' ||
    !n(v.temperatureC)
  ) {
    return null;
  }
  return news2(v as unknown as News2Input);
}
