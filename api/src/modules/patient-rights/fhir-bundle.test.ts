import type { Observation } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { toRecordBundle, toVitalObservations, type RecordData } from './fhir-bundle.js';

const AT = new Date('2026-06-01T08:00:00Z');
const P = '11111111-1111-4111-8111-111111111111';

function record(over: Partial<RecordData> = {}): RecordData {
  return {
    patient: {
      id: P,
      mrn: 'CG00000001',
      familyName: 'Durand',
      givenNames: 'Pierre Jean',
      birthDate: '1950-02-03',
      sex: 'MALE',
      phone: '+33 6 00 00 00 00',
      email: null,
    },
    encounters: [],
    diagnoses: [],
    prescriptions: [],
    administrations: [],
    vitals: [],
    labResults: [],
    allergies: [],
    appointments: [],
    invoices: [],
    ...over,
  };
}

describe('the FHIR record bundle', () => {
  it('is a collection with the Patient first, identified by MRN', () => {
    const b = toRecordBundle(record(), AT);
    expect(b).toMatchObject({
      resourceType: 'Bundle',
      type: 'collection',
      timestamp: AT.toISOString(),
    });
    expect(b.entry?.[0]?.resource).toEqual({
      resourceType: 'Patient',
      id: P,
      identifier: [{ system: 'urn:caregraph:mrn', value: 'CG00000001' }],
      name: [{ family: 'Durand', given: ['Pierre', 'Jean'] }],
      gender: 'male',
      birthDate: '1950-02-03',
      telecom: [{ system: 'phone', value: '+33 6 00 00 00 00' }],
    });
    expect(b.entry?.[0]?.fullUrl).toBe(`urn:caregraph:Patient/${P}`);
  });

  it('codes vital signs with LOINC, blood pressure as one panel with two components', () => {
    const obs = toVitalObservations(
      {
        id: 'v1',
        occurredAt: AT,
        temperatureC: 38.2,
        heartRate: 92,
        systolicBp: 128,
        diastolicBp: 76,
        spo2: 95,
      },
      P,
    );
    const byCode = new Map(obs.map((o) => [o.code.coding?.[0]?.code, o]));
    expect([...byCode.keys()].sort()).toEqual(['59408-5', '8310-5', '85354-9', '8867-4'].sort());
    expect(byCode.get('8310-5')?.valueQuantity).toEqual({
      value: 38.2,
      unit: 'Cel',
      system: 'http://unitsofmeasure.org',
      code: 'Cel',
    });
    const bp = byCode.get('85354-9') as Observation;
    expect(bp.component?.map((c) => [c.code.coding?.[0]?.code, c.valueQuantity?.value])).toEqual([
      ['8480-6', 128],
      ['8462-4', 76],
    ]);
    expect(bp.category?.[0]?.coding?.[0]?.code).toBe('vital-signs');
    expect(bp.subject).toEqual({ reference: `Patient/${P}` });
  });

  it('points every resource at the patient, and each dose at its prescription', () => {
    const b = toRecordBundle(
      record({
        encounters: [
          {
            id: 'e1',
            kind: 'INPATIENT',
            status: 'COMPLETED',
            occurredAt: AT,
            endedAt: AT,
            reason: 'Pneumopathie',
            practitionerName: 'Dr House',
          },
        ],
        diagnoses: [
          {
            id: 'd1',
            encounterId: 'e1',
            code: 'J18.9',
            label: 'Pneumopathie',
            status: 'ACTIVE',
            recordedAt: AT,
          },
        ],
        prescriptions: [
          {
            id: 'rx1',
            encounterId: 'e1',
            medicationName: 'Amoxicilline 1 g',
            dose: 1,
            doseUnit: 'g',
            route: 'ORAL',
            status: 'ACTIVE',
            startAt: AT,
            recordedByName: 'Dr House',
          },
        ],
        administrations: [
          {
            id: 'a1',
            prescriptionId: 'rx1',
            status: 'GIVEN',
            occurredAt: AT,
            dose: 1,
            doseUnit: 'g',
          },
        ],
        labResults: [
          {
            id: 'l1',
            testCode: 'K',
            testNameEn: 'Potassium',
            valueNumeric: 6.1,
            unit: 'mmol/L',
            flag: 'HIGH',
            referenceHigh: 5,
            occurredAt: AT,
            validatedAt: AT,
          },
        ],
        allergies: [
          {
            id: 'al1',
            kind: 'ALLERGY',
            substance: 'Pénicilline',
            severity: 'SEVERE',
            status: 'ACTIVE',
            recordedAt: AT,
          },
        ],
        appointments: [
          {
            id: 'ap1',
            startsAt: AT,
            endsAt: AT,
            status: 'COMPLETED',
            reason: 'Suivi',
            practitionerName: 'Dr House',
          },
        ],
        invoices: [
          {
            id: 'i1',
            number: '2026-000001',
            kind: 'INVOICE',
            status: 'ISSUED',
            currency: 'EUR',
            totalMinor: 2500,
            patientMinor: 750,
            issuedAt: AT,
            minorPerMajor: 100,
          },
        ],
      }),
      AT,
    );
    const resources = (b.entry ?? []).map((e) => e.resource);
    expect(resources.map((r) => r?.resourceType)).toEqual([
      'Patient',
      'Encounter',
      'Condition',
      'MedicationRequest',
      'MedicationAdministration',
      'Observation',
      'AllergyIntolerance',
      'Appointment',
      'Invoice',
    ]);
    const refs = JSON.stringify(resources).match(/"reference":"[^"]+"/g) ?? [];
    const ids = new Set(resources.map((r) => `${r?.resourceType ?? ''}/${r?.id ?? ''}`));
    for (const r of refs) expect(ids).toContain(r.slice('"reference":"'.length, -1));
    const dose = resources.find((r) => r?.resourceType === 'MedicationAdministration');
    expect(dose).toMatchObject({
      status: 'completed',
      request: { reference: 'MedicationRequest/rx1' },
      medicationCodeableConcept: { text: 'Amoxicilline 1 g' },
    });
    expect(resources.find((r) => r?.resourceType === 'Invoice')).toMatchObject({
      totalGross: { value: 25, currency: 'EUR' },
      totalNet: { value: 7.5, currency: 'EUR' },
    });
    expect(resources.find((r) => r?.resourceType === 'Condition')).toMatchObject({
      code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'J18.9' }] },
      encounter: { reference: 'Encounter/e1' },
    });
  });

  it('does not change its input', () => {
    const data = record();
    const copy = structuredClone(data);
    toRecordBundle(data, AT);
    expect(data).toEqual(copy);
  });
});
