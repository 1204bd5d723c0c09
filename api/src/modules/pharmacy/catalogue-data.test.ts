import { describe, expect, it } from 'vitest';
import { StockItemKind } from './pharmacy-enums.js';
import { STOCK_CATALOGUE } from './catalogue-data.js';

describe('the bundled catalogue', () => {
  const medicines = STOCK_CATALOGUE.filter((e) => e.kind === StockItemKind.MEDICATION);

  it('holds at least 200 medicines, each named once in French and in English', () => {
    expect(medicines.length).toBeGreaterThanOrEqual(200);
    expect(new Set(STOCK_CATALOGUE.map((e) => e.nameFr)).size).toBe(STOCK_CATALOGUE.length);
    expect(new Set(STOCK_CATALOGUE.map((e) => e.nameEn)).size).toBe(STOCK_CATALOGUE.length);
  });

  it('gives every medicine a DCI, form, strength, route and a well-formed ATC code', () => {
    for (const m of medicines) {
      expect(m.inn, m.nameFr).toBeTruthy();
      expect(m.form, m.nameFr).toBeTruthy();
      expect(m.strength, m.nameFr).toBeTruthy();
      expect(m.route, m.nameFr).toBeTruthy();
      expect(m.atcCode, m.nameFr).toMatch(/^[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}$/);
    }
  });

  it('names paracetamol as the French and English pharmacopoeias do', () => {
    expect(STOCK_CATALOGUE).toContainEqual(
      expect.objectContaining({
        nameFr: 'Paracétamol 500 mg comprimé',
        nameEn: 'Paracetamol 500 mg tablet',
        inn: 'paracétamol',
        atcCode: 'N02BE01',
        unitOfIssue: 'comprimé',
      }),
    );
    expect(
      STOCK_CATALOGUE.find((e) => e.nameFr.startsWith('Amoxicilline 1 g comprimé'))?.atcCode,
    ).toBe('J01CA04');
  });

  it('prices every unit in whole cents and never below zero', () => {
    for (const e of STOCK_CATALOGUE) {
      expect(Number.isInteger(e.unitPriceCents) && e.unitPriceCents >= 0, e.nameFr).toBe(true);
      expect(Number.isInteger(e.reorderLevel) && e.reorderLevel >= 0, e.nameFr).toBe(true);
    }
  });
});
