import { describe, expect, it } from 'vitest';
import { summariseWeek, summaryLanguage } from './week-summary';

const span = (weekday: number, startTime: string, endTime: string) => ({
  weekday,
  startTime,
  endTime,
});

describe('summariseWeek', () => {
  it('reads a week in day order with 24-hour times, whatever order the spans come in', () => {
    const week = [span(3, '19:00', '24:00'), span(1, '07:00', '15:00'), span(2, '14:00', '22:00')];
    expect(summariseWeek(week, 'en')).toBe('Mon 07:00–15:00 · Tue 14:00–22:00 · Wed 19:00–24:00');
    expect(summariseWeek(week, 'fr')).toBe(
      'lun. 07:00–15:00 · mar. 14:00–22:00 · mer. 19:00–24:00',
    );
  });

  it('lists the spans of one day in time order', () => {
    expect(summariseWeek([span(5, '13:30', '17:00'), span(5, '08:00', '12:30')], 'en')).toBe(
      'Fri 08:00–12:30, 13:30–17:00',
    );
  });

  it('runs consecutive days with the same hours together, and only consecutive ones', () => {
    const reception = [1, 2, 3, 4, 5].flatMap((d) => [
      span(d, '08:00', '12:30'),
      span(d, '13:30', '17:00'),
    ]);
    expect(summariseWeek(reception, 'fr')).toBe('lun.–ven. 08:00–12:30, 13:30–17:00');
    const alternate = [1, 3, 5].map((d) => span(d, '07:00', '19:00'));
    expect(summariseWeek(alternate, 'en')).toBe(
      'Mon 07:00–19:00 · Wed 07:00–19:00 · Fri 07:00–19:00',
    );
    const night = [
      ...[1, 3, 5].map((d) => span(d, '19:00', '24:00')),
      ...[2, 4, 6].map((d) => span(d, '00:00', '07:00')),
    ];
    expect(summariseWeek(night, 'en')).toBe(
      'Mon 19:00–24:00 · Tue 00:00–07:00 · Wed 19:00–24:00 · Thu 00:00–07:00 · Fri 19:00–24:00 · Sat 00:00–07:00',
    );
    expect(summariseWeek([span(6, '09:00', '12:00'), span(7, '09:00', '12:00')], 'en')).toBe(
      'Sat–Sun 09:00–12:00',
    );
  });

  it('is empty for an empty week and does not change its input', () => {
    expect(summariseWeek([], 'fr')).toBe('');
    const week = Object.freeze([span(2, '10:00', '11:00'), span(1, '08:00', '09:00')]);
    summariseWeek(week, 'en');
    expect(week.map((s) => s.weekday)).toEqual([2, 1]);
  });
});

describe('summaryLanguage', () => {
  it('is French for any French tag and English otherwise', () => {
    expect(summaryLanguage('fr')).toBe('fr');
    expect(summaryLanguage('fr-FR')).toBe('fr');
    expect(summaryLanguage('en-GB')).toBe('en');
    expect(summaryLanguage('de')).toBe('en');
  });
});
