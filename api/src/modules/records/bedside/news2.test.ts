import { describe, expect, it } from 'vitest';
import { Consciousness, News2Risk } from '../clinical-enums.js';
import { news2, news2IfComplete, type News2Input } from './news2.js';

const normal: News2Input = {
  respiratoryRate: 16,
  spo2: 98,
  onOxygen: false,
  systolicBp: 120,
  heartRate: 70,
  consciousness: Consciousness.ALERT,
  temperatureC: 37,
};

function partFor(over: Partial<News2Input>, part: keyof ReturnType<typeof news2>['parts']) {
  return news2({ ...normal, ...over }).parts[part];
}

describe('NEWS2 chart 1 (RCP 2017): each parameter at every band boundary', () => {
  it('scores respiration rate ≤8:3, 9-11:1, 12-20:0, 21-24:2, ≥25:3', () => {
    const table: [number, number][] = [
      [8, 3],
      [9, 1],
      [11, 1],
      [12, 0],
      [20, 0],
      [21, 2],
      [24, 2],
      [25, 3],
    ];
    for (const [rr, pts] of table)
      expect(partFor({ respiratoryRate: rr }, 'respiration')).toBe(pts);
  });

  it('scores SpO2 scale 1 ≤91:3, 92-93:2, 94-95:1, ≥96:0', () => {
    const table: [number, number][] = [
      [91, 3],
      [92, 2],
      [93, 2],
      [94, 1],
      [95, 1],
      [96, 0],
    ];
    for (const [s, pts] of table) expect(partFor({ spo2: s }, 'spo2')).toBe(pts);
  });

  it('scores SpO2 scale 2 ≤83:3, 84-85:2, 86-87:1, 88-92:0, and above 92 only on oxygen', () => {
    const onAir: [number, number][] = [
      [83, 3],
      [84, 2],
      [85, 2],
      [86, 1],
      [87, 1],
      [88, 0],
      [92, 0],
      [93, 0],
      [99, 0],
    ];
    for (const [s, pts] of onAir) {
      expect(partFor({ spo2: s, spo2Scale2: true, onOxygen: false }, 'spo2')).toBe(pts);
    }
    const onO2: [number, number][] = [
      [92, 0],
      [93, 1],
      [94, 1],
      [95, 2],
      [96, 2],
      [97, 3],
      [100, 3],
    ];
    for (const [s, pts] of onO2) {
      expect(partFor({ spo2: s, spo2Scale2: true, onOxygen: true }, 'spo2')).toBe(pts);
    }
  });

  it('scores oxygen 2 and air 0', () => {
    expect(partFor({ onOxygen: true }, 'air')).toBe(2);
    expect(partFor({ onOxygen: false }, 'air')).toBe(0);
  });

  it('scores systolic pressure ≤90:3, 91-100:2, 101-110:1, 111-219:0, ≥220:3', () => {
    const table: [number, number][] = [
      [90, 3],
      [91, 2],
      [100, 2],
      [101, 1],
      [110, 1],
      [111, 0],
      [219, 0],
      [220, 3],
    ];
    for (const [bp, pts] of table) expect(partFor({ systolicBp: bp }, 'systolic')).toBe(pts);
  });

  it('scores pulse ≤40:3, 41-50:1, 51-90:0, 91-110:1, 111-130:2, ≥131:3', () => {
    const table: [number, number][] = [
      [40, 3],
      [41, 1],
      [50, 1],
      [51, 0],
      [90, 0],
      [91, 1],
      [110, 1],
      [111, 2],
      [130, 2],
      [131, 3],
    ];
    for (const [hr, pts] of table) expect(partFor({ heartRate: hr }, 'pulse')).toBe(pts);
  });

  it('scores alert 0 and any of new confusion, voice, pain, unresponsive 3', () => {
    expect(partFor({ consciousness: Consciousness.ALERT }, 'consciousness')).toBe(0);
    for (const c of [
      Consciousness.CONFUSION,
      Consciousness.VOICE,
      Consciousness.PAIN,
      Consciousness.UNRESPONSIVE,
    ]) {
      expect(partFor({ consciousness: c }, 'consciousness')).toBe(3);
    }
  });

  it('scores temperature ≤35.0:3, 35.1-36.0:1, 36.1-38.0:0, 38.1-39.0:1, ≥39.1:2', () => {
    const table: [number, number][] = [
      [35.0, 3],
      [35.1, 1],
      [36.0, 1],
      [36.1, 0],
      [38.0, 0],
      [38.1, 1],
      [39.0, 1],
      [39.1, 2],
    ];
    for (const [t, pts] of table) expect(partFor({ temperatureC: t }, 'temperature')).toBe(pts);
  });
});

describe('NEWS2 aggregate and clinical risk (RCP 2017, chart 2)', () => {
  it('scores a normal set 0, low risk', () => {
    expect(news2(normal)).toMatchObject({ score: 0, risk: News2Risk.LOW });
  });

  it('places 1-4 in low risk', () => {
    // RR 21 (2) + SpO2 95 (1) + temperature 38.5 (1) = 4
    expect(news2({ ...normal, respiratoryRate: 21, spo2: 95, temperatureC: 38.5 })).toMatchObject({
      score: 4,
      risk: News2Risk.LOW,
    });
  });

  it('places a single parameter scoring 3 in low-medium risk (red score)', () => {
    expect(news2({ ...normal, consciousness: Consciousness.CONFUSION })).toMatchObject({
      score: 3,
      risk: News2Risk.LOW_MEDIUM,
    });
  });

  it('places 5-6 in medium risk', () => {
    // RR 22 (2) + oxygen (2) + pulse 95 (1) = 5
    expect(news2({ ...normal, respiratoryRate: 22, onOxygen: true, heartRate: 95 })).toMatchObject({
      score: 5,
      risk: News2Risk.MEDIUM,
    });
  });

  it('places 7 or more in high risk: a septic patient on oxygen', () => {
    // RR 26 (3) + SpO2 93 (2) + oxygen (2) + SBP 98 (2) + pulse 118 (2) + alert (0) + 39.2 (2) = 13
    const r = news2({
      respiratoryRate: 26,
      spo2: 93,
      onOxygen: true,
      systolicBp: 98,
      heartRate: 118,
      consciousness: Consciousness.ALERT,
      temperatureC: 39.2,
    });
    expect(r).toMatchObject({ score: 13, risk: News2Risk.HIGH });
  });

  it('reaches the maximum of 20', () => {
    const r = news2({
      respiratoryRate: 30,
      spo2: 85,
      onOxygen: true,
      systolicBp: 80,
      heartRate: 140,
      consciousness: Consciousness.UNRESPONSIVE,
      temperatureC: 34,
    });
    expect(r.score).toBe(20);
  });

  it('computes nothing for an incomplete set', () => {
    expect(news2IfComplete({ ...normal, spo2: undefined })).toBeNull();
    expect(news2IfComplete({ ...normal, onOxygen: undefined })).toBeNull();
    expect(news2IfComplete(normal)?.score).toBe(0);
  });
});
