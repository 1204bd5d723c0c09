import { describe, expect, it } from 'vitest';
import { patientAccess } from './access';

describe('patientAccess', () => {
  it('keeps clinical fields away from the cashier, who still sees insurance', () => {
    const cashier = patientAccess('CASHIER');
    expect(cashier.search).toBe(true);
    expect(cashier.clinical).toBe(false);
    expect(cashier.insurance).toBe(true);
    expect(cashier.contact).toBe(false);
  });

  it('lets no manager or patient search', () => {
    expect(patientAccess('MANAGER').search).toBe(false);
    expect(patientAccess('PATIENT').search).toBe(false);
  });

  it('lets reception register but only clinicians record allergies', () => {
    expect(patientAccess('RECEPTIONIST').register).toBe(true);
    expect(patientAccess('RECEPTIONIST').recordAllergies).toBe(false);
    expect(patientAccess('NURSE').recordAllergies).toBe(true);
    expect(patientAccess('NURSE').register).toBe(false);
  });
});
