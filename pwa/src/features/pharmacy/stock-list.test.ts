import { describe, expect, it } from 'vitest';
import { filterLevels, lotState, proposedLot } from './stock-list';

const lot = (days: number, qty = 10, status = 'ACTIVE') => ({
  quantity: qty,
  expired: days < 0,
  daysToExpiry: days,
  lot: { expiryDate: '2027-01-01', status },
});
const level = (nameFr: string, inn: string, below: boolean, lots = [lot(200)]) => ({
  belowReorderLevel: below,
  item: { kind: 'MEDICATION' as const, nameFr, nameEn: nameFr, inn },
  lots,
});

describe('filterLevels', () => {
  const levels = [
    level('Paracétamol 500 mg', 'paracétamol', false),
    level('Amoxicilline 1 g', 'amoxicilline', true),
    level('Héparine', 'héparine', false, [lot(12)]),
  ];

  it('searches names and DCI, accents and case ignored', () => {
    const found = filterLevels(levels, { search: 'PARACETAMOL', kind: '', show: 'all' });
    expect(found.map((l) => l.item.nameFr)).toEqual(['Paracétamol 500 mg']);
  });

  it('keeps what is below its reorder level, or expiring soon', () => {
    expect(filterLevels(levels, { search: '', kind: '', show: 'below' })).toHaveLength(1);
    const soon = filterLevels(levels, { search: '', kind: '', show: 'expiring' });
    expect(soon.map((l) => l.item.nameFr)).toEqual(['Héparine']);
    expect(filterLevels(levels, { search: '', kind: 'CONSUMABLE', show: 'all' })).toEqual([]);
  });
});

describe('lots', () => {
  it('proposes the first usable lot, skipping expired and recalled ones', () => {
    const lots = [lot(-3), lot(5, 10, 'RECALLED'), lot(40), lot(90)];
    expect(proposedLot(lots)).toBe(lots[2]);
    expect(lots.map(lotState)).toEqual(['EXPIRED', 'RECALLED', 'USABLE', 'USABLE']);
    expect(lotState(lot(30))).toBe('EXPIRING');
  });
});
