import { describe, expect, it } from 'vitest';
import { dateTimeFormat, formatDateTime, formatTime, formatWhen, numberFormat } from './format';

// 00:45 UTC in winter is 01:45 in Paris; 12:05 UTC in summer is 14:05.
const EARLY = '2026-12-02T00:45:00Z';
const AFTERNOON = '2026-07-15T12:05:00Z';

describe('clinical time formatting', () => {
  it('writes one-digit hours with two digits and no AM/PM, in English and French', () => {
    for (const language of ['en', 'en-US', 'en-GB', 'fr', 'fr-FR']) {
      expect(formatTime(EARLY, language)).toBe('01:45');
      expect(formatTime(AFTERNOON, language)).toBe('14:05');
    }
  });

  it('keeps the 24-hour clock inside dates with times', () => {
    expect(formatDateTime(AFTERNOON, 'en-US')).toMatch(/\b14:05$/);
    expect(formatDateTime(AFTERNOON, 'en-US')).not.toMatch(/PM/);
    expect(formatDateTime(EARLY, 'fr')).toMatch(/\b01:45$/);
    expect(formatWhen(AFTERNOON, 'en')).toMatch(/14:05/);
    expect(formatWhen(AFTERNOON, 'en')).not.toMatch(/PM/);
  });

  it('reads the hospital zone, not the device zone', () => {
    // Midnight-crossing: 23:30 UTC on 1 December is 00:30 on 2 December in Paris.
    expect(formatTime('2026-12-01T23:30:00Z', 'en')).toBe('00:30');
  });

  it('answers an unreadable instant with the text it was given', () => {
    expect(formatTime('not a date', 'en')).toBe('not a date');
  });
});

describe('dateTimeFormat and numberFormat', () => {
  it('make one formatter per language and options, and format as a new one would', () => {
    const options = { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' } as const;
    const first = dateTimeFormat('fr', options);
    expect(dateTimeFormat('fr', { ...options })).toBe(first);
    expect(dateTimeFormat('en', options)).not.toBe(first);
    expect(dateTimeFormat('fr', { ...options, hourCycle: 'h23' })).not.toBe(first);
    const at = new Date('2026-12-02T12:05:00Z');
    expect(first.format(at)).toBe(new Intl.DateTimeFormat('fr', options).format(at));
    const n = numberFormat('fr', { maximumFractionDigits: 0 });
    expect(numberFormat('fr', { maximumFractionDigits: 0 })).toBe(n);
    expect(numberFormat('fr', { maximumFractionDigits: 1 }).format(1.25)).toBe('1,3');
  });
});
