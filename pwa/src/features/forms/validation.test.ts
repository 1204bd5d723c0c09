import { describe, expect, it } from 'vitest';
import {
  checkBirthDate,
  checkPhone,
  validateNewPassword,
  validatePasswordChange,
  validateRegistration,
  validateStaff,
} from './validation';

const TODAY = '2026-03-02';
const valid = {
  givenNames: 'Élodie',
  familyName: 'Durand',
  birthDate: '1990-04-12',
  sex: 'FEMALE',
  phone: '+33 6 98 76 54 32',
  email: 'elodie@example.org',
  password: 'a long and private sentence',
};

describe('validateRegistration', () => {
  it('accepts a complete, valid form', () => {
    expect(validateRegistration(valid, TODAY)).toEqual({});
  });

  it('names every missing field', () => {
    const empty = Object.fromEntries(Object.keys(valid).map((k) => [k, ''])) as typeof valid;
    expect(validateRegistration(empty, TODAY)).toEqual({
      givenNames: 'required',
      familyName: 'required',
      birthDate: 'required',
      sex: 'required',
      phone: 'required',
      email: 'required',
      password: 'required',
    });
  });

  it('rejects a bad email, a short password and a bad phone', () => {
    expect(
      validateRegistration(
        { ...valid, email: 'elodie@', password: 'short', phone: 'call me' },
        TODAY,
      ),
    ).toEqual({ email: 'email', password: 'passwordShort', phone: 'phone' });
  });
});

describe('checkBirthDate', () => {
  it('refuses impossible, future and too old dates', () => {
    expect(checkBirthDate('2026-02-30', TODAY)).toBe('date');
    expect(checkBirthDate('12/04/1990', TODAY)).toBe('date');
    expect(checkBirthDate('2026-03-03', TODAY)).toBe('dateFuture');
    expect(checkBirthDate('1899-12-31', TODAY)).toBe('datePast');
    expect(checkBirthDate(TODAY, TODAY)).toBeUndefined();
  });
});

describe('checkPhone', () => {
  it('allows an empty optional phone but not an empty required one', () => {
    expect(checkPhone('', false)).toBeUndefined();
    expect(checkPhone('', true)).toBe('required');
    expect(checkPhone('(01) 23-45-67-89', true)).toBeUndefined();
  });
});

describe('validatePasswordChange', () => {
  it('requires a different, long enough, confirmed new password', () => {
    expect(validatePasswordChange({ currentPassword: '', newPassword: 'x', confirm: 'y' })).toEqual(
      { currentPassword: 'required', newPassword: 'passwordShort', confirm: 'passwordMismatch' },
    );
    const same = 'the very same sentence';
    expect(
      validatePasswordChange({ currentPassword: same, newPassword: same, confirm: same }),
    ).toEqual({ newPassword: 'passwordSame' });
  });
});

describe('validateNewPassword', () => {
  it('wants a long enough password typed twice alike', () => {
    expect(validateNewPassword({ newPassword: 'x', confirm: 'y' })).toEqual({
      newPassword: 'passwordShort',
      confirm: 'passwordMismatch',
    });
    const good = 'a long enough sentence';
    expect(validateNewPassword({ newPassword: good, confirm: good })).toEqual({});
  });
});

describe('validateStaff', () => {
  it('checks the email only when creating', () => {
    const v = { email: '', givenName: 'Ana', familyName: 'Silva', phone: '', jobTitle: '' };
    expect(validateStaff(v, true)).toEqual({ email: 'required' });
    expect(validateStaff(v, false)).toEqual({});
  });
});
