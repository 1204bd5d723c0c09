import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { fr } from '../../i18n/fr';
import {
  CHIEF_COMPLAINTS,
  levelLook,
  nextSteps,
  targetText,
  TARGET_MINUTES,
  TRIAGE_LEVELS,
} from './triage';

describe('triage levels', () => {
  it('gives each level words, a colour and a shape of its own', () => {
    expect(TRIAGE_LEVELS.map((l) => levelLook(l).tone)).toEqual([
      'red',
      'orange',
      'yellow',
      'yellow',
      'green',
      'blue',
    ]);
    expect(levelLook('L2').key).toBe('emergency.level.L2');
    expect(en.emergency.level.L2).toBe('Level 2');
    expect(fr.emergency.level.L2).toBe('Tri 2');
    // 3A and 3B share a colour: their words tell them apart.
    expect(en.emergency.level.L3A).not.toBe(en.emergency.level.L3B);
    const shapes = new Set(['L1', 'L2', 'L3A', 'L4', 'L5'].map((l) => levelLook(l as 'L1').icon));
    expect(shapes.size).toBe(5);
  });

  it('names an arrival not triaged yet “to triage”, with the triage target', () => {
    expect(levelLook(null)).toMatchObject({ key: 'emergency.level.NONE', tone: 'none' });
    expect(fr.emergency.level.NONE).toBe('À trier');
    expect(targetText(null)).toEqual({ key: 'emergency.target.triage', n: 10 });
  });

  it('follows the FRENCH targets: level 1 at once, level 5 within four hours', () => {
    expect(TARGET_MINUTES).toEqual({ L1: 0, L2: 20, L3A: 60, L3B: 90, L4: 120, L5: 240 });
    expect(targetText('L1').key).toBe('emergency.target.immediate');
    expect(targetText('L3B')).toEqual({ key: 'emergency.target.minutes', n: 90 });
  });

  it('lists every coded complaint once, named in both languages', () => {
    expect(new Set(CHIEF_COMPLAINTS).size).toBe(CHIEF_COMPLAINTS.length);
    expect(CHIEF_COMPLAINTS).toHaveLength(Object.keys(en.emergency.complaint).length);
    for (const c of CHIEF_COMPLAINTS) {
      expect(en.emergency.complaint[c]).toBeTruthy();
      expect(fr.emergency.complaint[c]).toBeTruthy();
    }
  });

  it('offers only the moves the API accepts from each step', () => {
    expect(nextSteps('WAITING')).toEqual(['IN_TRIAGE']);
    expect(nextSteps('WITH_DOCTOR')).toEqual(['AWAITING_DECISION']);
    expect(nextSteps('AWAITING_DECISION')).toEqual(['WITH_DOCTOR']);
    expect(nextSteps('CLOSED')).toEqual([]);
  });
});
