import { describe, expect, it } from 'vitest';
import {
  arrivalInput,
  closeInput,
  EMPTY_VITALS,
  triageInput,
  type ArrivalValues,
  type CloseValues,
  type TriageValues,
} from './forms';

const arrival: ArrivalValues = {
  who: 'unknown',
  patientId: null,
  sex: 'MALE',
  estimatedAge: ' 40 ',
  description: ' Blue jacket ',
  mode: 'AMBULANCE',
  complaint: 'CHEST_PAIN',
  complaintText: '',
};

describe('arrivalInput', () => {
  it('sends an unknown patient without a patient id', () => {
    expect(arrivalInput(arrival)).toEqual({
      ok: true,
      input: {
        mode: 'AMBULANCE',
        complaint: 'CHEST_PAIN',
        complaintText: null,
        unknown: { sex: 'MALE', estimatedAge: 40, description: 'Blue jacket' },
      },
    });
  });

  it('sends a known patient without the unknown patient’s fields', () => {
    const r = arrivalInput({ ...arrival, who: 'known', patientId: 'p1', complaintText: ' Fell ' });
    expect(r).toEqual({
      ok: true,
      input: { mode: 'AMBULANCE', complaint: 'CHEST_PAIN', complaintText: 'Fell', patientId: 'p1' },
    });
  });

  it('asks for what is missing before sending anything', () => {
    const r = arrivalInput({
      ...arrival,
      sex: '',
      estimatedAge: '130',
      mode: '',
      complaint: '',
    });
    expect(r).toEqual({
      ok: false,
      problems: {
        'unknown.sex': 'emergency.errors.required',
        'unknown.estimatedAge': 'emergency.arrival.ageRange',
        mode: 'emergency.arrival.pickMode',
        complaint: 'emergency.arrival.pickComplaint',
      },
    });
    expect(arrivalInput({ ...arrival, who: 'known' })).toEqual({
      ok: false,
      problems: { patientId: 'emergency.arrival.pickPatient' },
    });
  });
});

const triage: TriageValues = {
  level: 'L2',
  vitals: { ...EMPTY_VITALS },
  onOxygen: false,
  consciousness: 'ALERT',
  note: '',
  area: '',
  areaLabel: '',
};

describe('triageInput', () => {
  it('sends a level alone when no vital was typed', () => {
    expect(triageInput('c1', 'p1', 'v1', triage)).toEqual({
      ok: true,
      input: { caseId: 'c1', level: 'L2', note: null, vitals: null },
    });
  });

  it('sends the vitals typed as a set with the form’s id, decimals with a comma too', () => {
    const r = triageInput('c1', 'p1', 'v1', {
      ...triage,
      vitals: {
        heartRate: '118',
        systolicBp: '95',
        diastolicBp: '60',
        respiratoryRate: '26',
        spo2: '92',
        temperatureC: '38,6',
      },
      onOxygen: true,
      note: ' Sweaty ',
      area: 'BOX',
      areaLabel: ' Box 4 ',
    });
    expect(r).toEqual({
      ok: true,
      input: {
        caseId: 'c1',
        level: 'L2',
        note: 'Sweaty',
        area: 'BOX',
        areaLabel: 'Box 4',
        vitals: {
          id: 'v1',
          patientId: 'p1',
          heartRate: 118,
          systolicBp: 95,
          diastolicBp: 60,
          respiratoryRate: 26,
          spo2: 92,
          temperatureC: 38.6,
          onOxygen: true,
          consciousness: 'ALERT',
        },
      },
    });
  });

  it('refuses a missing level, a word for a number and half a blood pressure', () => {
    const r = triageInput('c1', 'p1', 'v1', {
      ...triage,
      level: '',
      vitals: { ...EMPTY_VITALS, heartRate: 'fast', systolicBp: '120' },
    });
    expect(r).toEqual({
      ok: false,
      problems: {
        level: 'emergency.triage.pickLevel',
        'vitals.heartRate': 'emergency.triage.notANumber',
        'vitals.diastolicBp': 'emergency.triage.bpPair',
      },
    });
  });
});

const close: CloseValues = {
  outcome: 'ADMITTED',
  note: '',
  bedId: 'b1',
  reason: ' Pneumonia ',
  expectedDays: '3',
  transferTo: 'ignored',
};

describe('closeInput', () => {
  it('sends an admission with its bed and nothing of a transfer', () => {
    expect(closeInput('c1', close)).toEqual({
      ok: true,
      input: {
        caseId: 'c1',
        outcome: 'ADMITTED',
        note: null,
        admission: { bedId: 'b1', reason: 'Pneumonia', expectedDays: 3 },
      },
    });
  });

  it('asks what each outcome needs', () => {
    expect(closeInput('c1', { ...close, bedId: '', reason: '', expectedDays: '0' })).toEqual({
      ok: false,
      problems: {
        'admission.bedId': 'emergency.errors.required',
        'admission.reason': 'emergency.errors.required',
        'admission.expectedDays': 'wards.errors.daysRange',
      },
    });
    expect(closeInput('c1', { ...close, outcome: 'DISCHARGED' })).toEqual({
      ok: false,
      problems: { note: 'emergency.errors.required' },
    });
    expect(closeInput('c1', { ...close, outcome: 'TRANSFERRED', transferTo: ' ' })).toEqual({
      ok: false,
      problems: { transferTo: 'emergency.errors.required' },
    });
  });

  it('sends a transfer with its facility and no admission', () => {
    expect(
      closeInput('c1', { ...close, outcome: 'TRANSFERRED', transferTo: ' CHU Nord ', note: 'x' }),
    ).toEqual({
      ok: true,
      input: { caseId: 'c1', outcome: 'TRANSFERRED', note: 'x', transferTo: 'CHU Nord' },
    });
  });
});
