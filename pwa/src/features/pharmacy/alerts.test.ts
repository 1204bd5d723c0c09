import { describe, expect, it } from 'vitest';
import { alertHref, countAlerts, daysBetween, sortAlerts } from './alerts';

const alert = (
  kind: 'EXPIRED_ON_HAND' | 'EXPIRING' | 'BELOW_REORDER_LEVEL',
  name: string,
  expiryDate: string | null = null,
  locationId: string | null = null,
) => ({
  kind,
  itemId: `item-${name}`,
  locationId,
  expiryDate,
  item: { nameFr: name, nameEn: `${name} (en)` },
});

describe('stock alerts', () => {
  it('counts the alerts of each kind, zero included', () => {
    expect(
      countAlerts([
        alert('EXPIRING', 'a'),
        alert('EXPIRING', 'b'),
        alert('BELOW_REORDER_LEVEL', 'c'),
      ]),
    ).toEqual({ EXPIRED_ON_HAND: 0, EXPIRING: 2, BELOW_REORDER_LEVEL: 1 });
  });

  it('puts the expired first, then the earliest expiry, then reorder by name', () => {
    const input = [
      alert('BELOW_REORDER_LEVEL', 'Zinc'),
      alert('EXPIRING', 'Bêta', '2026-03-10'),
      alert('BELOW_REORDER_LEVEL', 'Amox'),
      alert('EXPIRED_ON_HAND', 'Céfa', '2026-01-02'),
      alert('EXPIRING', 'Alpha', '2026-02-01'),
    ];
    const sorted = sortAlerts(input, 'fr');
    expect(sorted.map((a) => a.item.nameFr)).toEqual(['Céfa', 'Alpha', 'Bêta', 'Amox', 'Zinc']);
    // The input is left as it was.
    expect(input[0]?.item.nameFr).toBe('Zinc');
  });

  it('opens the item at the alert’s location, or the default location', () => {
    expect(alertHref(alert('EXPIRING', 'a', '2026-01-01', 'loc-1'))).toBe(
      '/app/pharmacy/items/item-a?location=loc-1',
    );
    expect(alertHref(alert('BELOW_REORDER_LEVEL', 'b'))).toBe('/app/pharmacy/items/item-b');
  });

  it('counts whole days between two calendar dates, across a month and negative when past', () => {
    expect(daysBetween('2026-01-30', '2026-02-02')).toBe(3);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
    // The change to summer time does not shorten a day.
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });
});
