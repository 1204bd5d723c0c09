import { describe, expect, it } from 'vitest';
import { formatAddress } from './PatientFacts';

describe('formatAddress', () => {
  it('writes the parts that are set, in postal order', () => {
    expect(
      formatAddress({
        line1: '12 rue des Lilas',
        line2: null,
        postalCode: '75011',
        city: 'Paris',
        country: 'FR',
      }),
    ).toBe('12 rue des Lilas, 75011 Paris, FR');
  });

  it('keeps a city without its postal code, and reads nothing for no address', () => {
    const partial = { line1: null, line2: null, postalCode: null, city: 'Lyon', country: null };
    expect(formatAddress(partial)).toBe('Lyon');
    expect(formatAddress(null)).toBe('');
  });
});
