import { describe, expect, it } from 'vitest';
import { ageOn } from './age.js';

describe('age', () => {
  it('counts a year only once the birthday is reached', () => {
    expect(ageOn('1980-06-15', '2026-06-14')).toBe(45);
    expect(ageOn('1980-06-15', '2026-06-15')).toBe(46);
  });

  it('treats 29 February birthdays as reached on 1 March in common years', () => {
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
    expect(ageOn('2000-02-29', '2026-03-01')).toBe(26);
  });

  it('is zero for a newborn', () => {
    expect(ageOn('2026-11-20', '2026-11-21')).toBe(0);
  });
});
