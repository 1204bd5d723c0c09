import { describe, expect, it } from 'vitest';
import { dayAsTyped, grandTotalCents, sortLines, valuationDay } from './valuation';

describe('valuation', () => {
  it('adds the locations’ totals in whole cents, exactly', () => {
    expect(grandTotalCents([{ valueCents: 1560 }, { valueCents: 390 }])).toBe(1950);
    expect(grandTotalCents([])).toBe(0);
  });

  it('sorts the lines by name in the interface language', () => {
    const lines = [
      { item: { nameFr: 'Paracétamol', nameEn: 'Acetaminophen' } },
      { item: { nameFr: 'Amoxicilline', nameEn: 'Amoxicillin' } },
    ];
    expect(sortLines(lines, 'fr').map((l) => l.item.nameFr)).toEqual([
      'Amoxicilline',
      'Paracétamol',
    ]);
    expect(sortLines(lines, 'en').map((l) => l.item.nameEn)).toEqual([
      'Acetaminophen',
      'Amoxicillin',
    ]);
  });

  it('reads the day typed, refusing an empty, impossible or future one', () => {
    expect(valuationDay('31/01/2026', '2026-02-10')).toEqual({ ok: true, date: '2026-01-31' });
    expect(valuationDay('2026-02-10', '2026-02-10')).toEqual({ ok: true, date: '2026-02-10' });
    expect(valuationDay('', '2026-02-10')).toEqual({ ok: false, problem: 'required' });
    expect(valuationDay('31/02/2026', '2026-03-10')).toEqual({ ok: false, problem: 'date' });
    expect(valuationDay('11/02/2026', '2026-02-10')).toEqual({ ok: false, problem: 'dateFuture' });
  });

  it('writes a day back as it is typed', () => {
    expect(dayAsTyped('2026-12-31')).toBe('31/12/2026');
  });
});
