import { describe, expect, it } from 'vitest';
import { pgArray } from './pg-array.js';

describe('pgArray', () => {
  it('quotes and escapes every element, dates in ISO', () => {
    expect(pgArray([])).toBe('{}');
    expect(pgArray(['a', 'b c'])).toBe('{"a","b c"}');
    expect(pgArray(['say "hi"', 'back\\slash', 'a,b', '{x}'])).toBe(
      '{"say \\"hi\\"","back\\\\slash","a,b","{x}"}',
    );
    expect(pgArray([new Date('2026-06-01T00:00:00Z')])).toBe('{"2026-06-01T00:00:00.000Z"}');
  });
});
