import { describe, expect, it } from 'vitest';
import { patientAccess } from './access';

describe('patientAccess', () => {
  it('follows the capabilities the API granted, and nothing else', () => {
    const cashier = patientAccess({
      capabilities: ['SEARCH_PATIENTS', 'READ_PATIENT_INSURANCE'],
    });
    expect(cashier).toEqual({
      search: true,
      contact: false,
      insurance: true,
      clinical: false,
      register: false,
      recordAllergies: false,
      merge: false,
    });
  });

  it('grants nothing to a signed-out screen or a session stored before capabilities existed', () => {
    const none = {
      search: false,
      contact: false,
      insurance: false,
      clinical: false,
      register: false,
      recordAllergies: false,
      merge: false,
    };
    expect(patientAccess(null)).toEqual(none);
    expect(patientAccess({})).toEqual(none);
  });

  it('maps each capability to its own switch', () => {
    const all = patientAccess({
      capabilities: [
        'SEARCH_PATIENTS',
        'READ_PATIENT_CONTACT',
        'READ_PATIENT_INSURANCE',
        'READ_PATIENT_CLINICAL',
        'REGISTER_PATIENTS',
        'RECORD_ALLERGIES',
        'MERGE_PATIENTS',
      ],
    });
    expect(Object.values(all).every(Boolean)).toBe(true);
  });
});
