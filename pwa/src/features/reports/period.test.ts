import { describe, expect, it } from 'vitest';
import { formatMinor, formatRate, periodProblem, presetPeriod } from './period';

describe('dashboard periods', () => {
  // Wednesday 20 May 2026, the device's calendar.
  const today = new Date(2026, 4, 20, 10, 0);

  it('gives this week Monday to Sunday, this month and last month whole', () => {
    expect(presetPeriod('week', today)).toEqual({ from: '2026-05-18', to: '2026-05-24' });
    expect(presetPeriod('month', today)).toEqual({ from: '2026-05-01', to: '2026-05-31' });
    expect(presetPeriod('lastMonth', today)).toEqual({ from: '2026-04-01', to: '2026-04-30' });
    expect(presetPeriod('week', new Date(2026, 4, 24))).toEqual({
      from: '2026-05-18',
      to: '2026-05-24',
    });
    expect(presetPeriod('lastMonth', new Date(2026, 0, 5))).toEqual({
      from: '2025-12-01',
      to: '2025-12-31',
    });
  });

  it('checks a custom period as the API would', () => {
    expect(periodProblem({ from: '2026-05-01', to: '2026-05-31' })).toBeNull();
    expect(periodProblem({ from: '2026-05-31', to: '2026-05-01' })).toBe('order');
    expect(periodProblem({ from: '', to: '2026-05-01' })).toBe('missing');
    expect(periodProblem({ from: '2025-01-01', to: '2026-05-01' })).toBe('tooLong');
  });

  it('writes money and rates in the reader’s language', () => {
    expect(formatMinor(836300, 'EUR', 'fr').replace(/\s/g, ' ')).toBe('8 363,00 €');
    expect(formatMinor(-500, 'EUR', 'en')).toBe('-€5.00');
    expect(formatRate(2 / 7, 'en')).toBe('28.6%');
    expect(formatRate(null, 'en')).toBe('—');
  });
});
