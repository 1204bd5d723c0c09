import { describe, expect, it } from 'vitest';
import { ICD10_COUNT, icd10ByCode, searchIcd10 } from './icd10.js';

describe('bundled ICD-10 list', () => {
  it('holds a few hundred codes, each with both titles and no duplicate', () => {
    expect(ICD10_COUNT).toBeGreaterThanOrEqual(300);
    const all = searchIcd10('', 1000);
    expect(new Set(all.map((c) => c.code)).size).toBe(all.length);
    for (const c of all) {
      expect(c.code).toMatch(/^[A-Z]\d{2}(\.\d{1,2})?$/);
      expect(c.titleEn.length).toBeGreaterThan(2);
      expect(c.titleFr.length).toBeGreaterThan(2);
    }
  });

  it('finds by French words without accents, and by English words', () => {
    expect(searchIcd10('pneumopathie', 50).map((c) => c.code)).toContain('J18.9');
    expect(searchIcd10('insuffisance cardiaque', 10).map((c) => c.code)).toContain('I50.9');
    expect(searchIcd10('heart failure', 10).map((c) => c.code)).toContain('I50.9');
    expect(searchIcd10('oedeme pulm', 10).map((c) => c.code)).toEqual(['J81']);
  });

  it('finds by code, with or without the dot, codes first', () => {
    expect(searchIcd10('I10', 5)[0]?.code).toBe('I10');
    expect(searchIcd10('e119', 5).map((c) => c.code)).toEqual(['E11.9']);
    expect(icd10ByCode('e11.9')?.titleFr).toBe('Diabète sucré de type 2, sans complication');
    expect(icd10ByCode('E119')?.code).toBe('E11.9');
    expect(icd10ByCode('X99.9')).toBeUndefined();
  });
});
