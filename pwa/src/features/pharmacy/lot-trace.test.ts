import { describe, expect, it } from 'vitest';
import { recallInput, sortTracePatients, totalOnHand, unitsReceived } from './lot-trace';

const patient = (name: string, inpatient: boolean, dispensed = 0, administered = 0) => ({
  patientName: name,
  currentInpatient: inpatient,
  unitsDispensed: dispensed,
  unitsAdministered: administered,
});

describe('lot trace', () => {
  it('adds the units on hand over every location', () => {
    expect(totalOnHand([{ quantity: 12 }, { quantity: 0 }, { quantity: 5 }])).toBe(17);
    expect(totalOnHand([])).toBe(0);
  });

  it('lists the patients in a bed first, then by name, without touching the input', () => {
    const input = [
      patient('Durand', false),
      patient('Zola', true),
      patient('Émile', false),
      patient('Bernard', true),
    ];
    expect(sortTracePatients(input).map((p) => p.patientName)).toEqual([
      'Bernard',
      'Zola',
      'Durand',
      'Émile',
    ]);
    expect(input[0]?.patientName).toBe('Durand');
  });

  it('counts what a patient received, dispensed and administered', () => {
    expect(unitsReceived(patient('A', true, 6, 2))).toBe(8);
  });
});

describe('recallInput', () => {
  it('requires the notice and trims it', () => {
    expect(recallInput('lot-1', '   ')).toEqual({ ok: false, problems: { reason: 'required' } });
    expect(recallInput('lot-1', '  Avis ANSM 2026-14 ')).toEqual({
      ok: true,
      input: { lotId: 'lot-1', reason: 'Avis ANSM 2026-14' },
    });
  });

  it('refuses a notice longer than the API keeps', () => {
    expect(recallInput('lot-1', 'x'.repeat(501))).toEqual({
      ok: false,
      problems: { reason: 'tooLong' },
    });
    expect(recallInput('lot-1', 'x'.repeat(500)).ok).toBe(true);
  });
});
