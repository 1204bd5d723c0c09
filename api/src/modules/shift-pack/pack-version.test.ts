import { describe, expect, it } from 'vitest';
import { packVersion } from './pack-version.js';

describe('packVersion', () => {
  it('is 16 hex digits, the same for the same content whatever the order of its keys', () => {
    const a = packVersion({ kind: 'NURSE_SHIFT', patients: [{ id: 'p1', at: new Date(0) }] });
    const b = packVersion({ patients: [{ at: new Date(0), id: 'p1' }], kind: 'NURSE_SHIFT' });
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(b).toBe(a);
  });

  it('reads a null field as an absent one, and instants by their value', () => {
    expect(packVersion({ a: 1, b: null })).toBe(packVersion({ a: 1 }));
    expect(packVersion({ at: new Date('2026-06-01T08:00:00Z') })).toBe(
      packVersion({ at: new Date(Date.UTC(2026, 5, 1, 8)) }),
    );
  });

  it('changes with any value, and with the order of a list', () => {
    const base = packVersion({ patients: ['p1', 'p2'], news2: 3 });
    expect(packVersion({ patients: ['p1', 'p2'], news2: 4 })).not.toBe(base);
    expect(packVersion({ patients: ['p2', 'p1'], news2: 3 })).not.toBe(base);
  });
});
