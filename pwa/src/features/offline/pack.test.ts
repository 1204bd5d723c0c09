import { describe, expect, it } from 'vitest';
import { answerFromPack, GRACE_MS, packExpiry, takesPack, type ShiftPack } from './pack';

const vitals = (id: string, takenAt: string, enteredInError = false) => ({
  __typename: 'VitalSigns' as const,
  id,
  takenAt,
  temperatureC: 37.2,
  heartRate: 88,
  systolicBp: 120,
  diastolicBp: 70,
  respiratoryRate: 16,
  spo2: 97,
  onOxygen: false,
  consciousness: 'ALERT' as const,
  painScore: null,
  weightKg: null,
  glucoseMmolL: null,
  news2Score: 1,
  news2Risk: 'LOW' as const,
  abnormal: [],
  recordedByName: 'MARTIN Sophie',
  enteredInError,
});

const practitioner = {
  __typename: 'Practitioner',
  id: 'pr-1',
  displayName: 'Dr MARTIN Paul',
  consultationMinutes: 20,
  bio: null,
  languages: ['fr'],
  active: true,
  specialtyInfo: { code: 'CARDIO', labelFr: 'Cardiologie', labelEn: 'Cardiology' },
};
const appointment = {
  id: 'ap-1',
  startsAt: '2026-03-02T09:00:00Z',
  endsAt: '2026-03-02T09:20:00Z',
  originalStartsAt: null,
  durationMinutes: 20,
  status: 'BOOKED',
  reason: 'Suivi',
  version: 1,
  patient: { id: 'p-7', displayName: 'BERNARD Lucie', mrn: 'MRN7', phone: null },
};

function packOf(kind: ShiftPack['kind']): ShiftPack {
  return {
    kind,
    asOf: '2026-03-02T06:42:00Z',
    shiftEndsAt: '2026-03-02T14:00:00Z',
    version: 'abc',
    day: kind === 'DOCTOR_DAY' ? '2026-03-02' : null,
    practitioner: kind === 'DOCTOR_DAY' ? practitioner : null,
    appointments: kind === 'DOCTOR_DAY' ? [appointment] : [],
    dosesDue: [
      {
        scheduledAt: '2026-03-02T08:00:00Z',
        state: 'DUE',
        prescription: {
          id: 'rx-1',
          patientId: 'p-1',
          medicationName: 'Amoxicilline',
          strength: '500 mg',
          dose: 1,
          doseUnit: 'cp',
          route: 'ORAL',
        },
        administration: null,
      },
      {
        scheduledAt: '2026-03-02T08:00:00Z',
        state: 'DUE',
        prescription: {
          id: 'rx-other',
          patientId: 'p-2',
          medicationName: 'Paracétamol',
          strength: '1 g',
          dose: 1,
          doseUnit: 'cp',
          route: 'ORAL',
        },
        administration: null,
      },
    ],
    patients: [
      {
        patientId: 'p-1',
        birthDate: '1950-04-01',
        allergyStatus: 'KNOWN',
        inpatient: {
          admissionId: 'a-1',
          patientId: 'p-1',
          name: 'DUPONT DE LA ROCHE Jean Marc',
          mrn: 'MRN1',
          age: 75,
          sex: 'MALE',
          days: 3,
          wardId: 'w-1',
          wardName: 'Cardiologie',
          roomNumber: '12',
          bedId: 'b-1',
          bedLabel: '12A',
          attendingName: 'DR X',
          reason: 'Chest pain',
          news2Score: 1,
          news2Risk: 'LOW',
          news2At: '2026-03-02T06:00:00Z',
          allergyFlag: true,
          newResults: 0,
        },
        allergies: [
          {
            id: 'al-1',
            substance: 'Pénicilline',
            reaction: null,
            severity: 'SEVERE',
            status: 'ACTIVE',
            kind: 'ALLERGY',
          },
        ],
        activeProblems: [],
        activePrescriptions: [{ id: 'rx-1' }],
        administrations: [],
        vitals: [
          vitals('v-3', '2026-03-02T06:00:00Z', true),
          vitals('v-2', '2026-03-02T05:00:00Z'),
          vitals('v-1', '2026-03-01T20:00:00Z'),
        ],
        labResults: [{ id: 'lr-1' }],
        careNotes: [],
      },
    ],
  } as unknown as ShiftPack;
}

describe('the shift pack on the device', () => {
  it('expires an hour after the end of the shift', () => {
    expect(packExpiry({ shiftEndsAt: '2026-03-02T14:00:00Z' }).getTime()).toBe(
      Date.parse('2026-03-02T14:00:00Z') + GRACE_MS,
    );
    expect(GRACE_MS).toBe(3_600_000);
  });

  it('is offered to accounts that read a round or a nurse’s patients, not to others', () => {
    expect(takesPack({ capabilities: ['READ_MY_ROUND'] })).toBe(true);
    expect(takesPack({ capabilities: ['READ_MY_PATIENTS'] })).toBe(true);
    expect(takesPack({ capabilities: ['READ_BED_BOARD'] })).toBe(false);
    expect(takesPack(null)).toBe(false);
  });

  it('answers the round for a doctor and the patients list for a nurse, in the pack’s order', () => {
    const doctor = packOf('DOCTOR_DAY');
    expect(answerFromPack(doctor, 'MyRound', {})).toEqual({
      myRound: [doctor.patients[0]?.inpatient],
    });
    expect(answerFromPack(doctor, 'MyPatients', {})).toBeUndefined();
    expect(answerFromPack(packOf('NURSE_SHIFT'), 'MyPatients', {})).toMatchObject({
      myPatients: [{ patientId: 'p-1' }],
    });
  });

  it('answers a chart with vitals newest first as latest, oldest first as trend, without those entered in error', () => {
    const answer = answerFromPack(packOf('DOCTOR_DAY'), 'PatientChart', { patientId: 'p-1' });
    expect(answer).toMatchObject({
      patientChart: {
        __typename: 'PatientChart',
        patientId: 'p-1',
        latestVitals: { id: 'v-2' },
        vitalsTrend: [{ id: 'v-1' }, { id: 'v-2' }],
        recentLabResults: [{ id: 'lr-1' }],
        pendingLabOrders: [],
        recentEncounters: [],
      },
    });
  });

  it('answers the header with names split as the registry writes them and no blood group', () => {
    const answer = answerFromPack(packOf('DOCTOR_DAY'), 'PatientHeader', {
      id: 'p-1',
      clinical: true,
    });
    expect(answer).toMatchObject({
      patient: {
        __typename: 'Patient',
        familyName: 'DUPONT DE LA ROCHE',
        givenNames: 'Jean Marc',
        displayName: 'DUPONT DE LA ROCHE Jean Marc',
        bloodGroup: null,
        allergyStatus: 'KNOWN',
        allergies: [{ substance: 'Pénicilline' }],
      },
    });
    const plain = answerFromPack(packOf('DOCTOR_DAY'), 'PatientHeader', {
      id: 'p-1',
      clinical: false,
    });
    expect(plain).not.toHaveProperty('patient.allergies');
  });

  it('answers a nurse’s medication schedule with this patient’s doses only, a doctor’s not at all', () => {
    const nurse = answerFromPack(packOf('NURSE_SHIFT'), 'MedicationSchedule', {
      patientId: 'p-1',
    });
    expect(nurse).toMatchObject({ medicationSchedule: [{ prescription: { id: 'rx-1' } }] });
    expect(
      answerFromPack(packOf('DOCTOR_DAY'), 'MedicationSchedule', { patientId: 'p-1' }),
    ).toBeUndefined();
  });

  it('answers a doctor’s profile and their agenda for the pack’s day only', () => {
    const doctor = packOf('DOCTOR_DAY');
    expect(answerFromPack(doctor, 'MyPractitionerProfile', {})).toEqual({
      myPractitionerProfile: practitioner,
    });
    expect(
      answerFromPack(doctor, 'DayBoard', { date: '2026-03-02', practitionerId: 'pr-1' }),
    ).toEqual({
      dayBoard: [
        {
          __typename: 'PractitionerDay',
          practitioner: {
            __typename: 'Practitioner',
            id: 'pr-1',
            displayName: 'Dr MARTIN Paul',
            specialtyInfo: practitioner.specialtyInfo,
          },
          appointments: [appointment],
        },
      ],
    });
    // Another day, another practitioner, or a nurse's pack: the network is needed.
    expect(
      answerFromPack(doctor, 'DayBoard', { date: '2026-03-03', practitionerId: 'pr-1' }),
    ).toBeUndefined();
    expect(
      answerFromPack(doctor, 'DayBoard', { date: '2026-03-02', practitionerId: 'pr-2' }),
    ).toBeUndefined();
    const nurse = packOf('NURSE_SHIFT');
    expect(answerFromPack(nurse, 'MyPractitionerProfile', {})).toBeUndefined();
    expect(
      answerFromPack(nurse, 'DayBoard', { date: '2026-03-02', practitionerId: 'pr-1' }),
    ).toBeUndefined();
  });

  it('answers a doctor without a practitioner profile that they have none, and no agenda', () => {
    const pack = { ...packOf('DOCTOR_DAY'), practitioner: null, appointments: [] };
    expect(answerFromPack(pack, 'MyPractitionerProfile', {})).toEqual({
      myPractitionerProfile: null,
    });
    expect(
      answerFromPack(pack, 'DayBoard', { date: '2026-03-02', practitionerId: 'pr-1' }),
    ).toBeUndefined();
  });

  it('answers nothing about a patient outside the pack, nor any other query', () => {
    const pack = packOf('DOCTOR_DAY');
    expect(answerFromPack(pack, 'PatientChart', { patientId: 'p-9' })).toBeUndefined();
    expect(answerFromPack(pack, 'PatientTimeline', { patientId: 'p-1' })).toBeUndefined();
  });
});
