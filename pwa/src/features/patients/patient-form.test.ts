import { describe, expect, it } from 'vitest';
import { emptyPatientForm, toCreateInput, validatePatientForm } from './patient-form';

const TODAY = '2026-03-01';

describe('patient form', () => {
  it('requires the identity and accepts everything else blank', () => {
    const errors = validatePatientForm(emptyPatientForm(), TODAY);
    expect(Object.keys(errors).sort()).toEqual(['birthDate', 'familyName', 'givenNames', 'sex']);
  });

  it('flags a bad country code, phone and weight on their own field', () => {
    const v = {
      ...emptyPatientForm(),
      familyName: 'Dupont',
      givenNames: 'Jean',
      birthDate: '1980-02-03',
      sex: 'MALE',
      phone: 'abc',
      'address.country': 'France',
      weightKg: '-3',
    };
    expect(validatePatientForm(v, TODAY)).toEqual({
      phone: 'phone',
      'address.country': 'country',
      weightKg: 'number',
    });
  });

  it('builds the API input with nested parts, a decimal comma and a capitalised country', () => {
    const input = toCreateInput({
      ...emptyPatientForm(),
      familyName: ' Dupont ',
      givenNames: 'Jean',
      birthDate: '1980-02-03',
      sex: 'MALE',
      weightKg: '72,5',
      'address.country': 'fr',
      'insurance.memberNumber': '1 80 02',
    });
    expect(input.familyName).toBe('Dupont');
    expect(input.weightKg).toBe(72.5);
    expect(input.address?.country).toBe('FR');
    expect(input.insurance?.memberNumber).toBe('1 80 02');
    expect(input.bloodGroup).toBeNull();
  });
});
