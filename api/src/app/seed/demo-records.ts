import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { User } from '../../modules/auth/index.js';
import { Allergy, type Patient } from '../../modules/patients/index.js';
import { Appointment, AppointmentStatus, Practitioner } from '../../modules/scheduling/index.js';
import {
  AdministrationStatus,
  ageInYears,
  Consciousness,
  Diagnosis,
  DiagnosisRank,
  Encounter,
  EncounterKind,
  EncounterStatus,
  flagValue,
  LabOrder,
  LabOrderStatus,
  LabPriority,
  LabResult,
  LabTest,
  MedicationAdministration,
  MedicationRoute,
  news2IfComplete,
  pickRange,
  Prescription,
  scheduledDoses,
  VitalSigns,
} from '../../modules/records/index.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

interface Author {
  recordedById: string;
  recordedByName: string;
}

interface DemoChart {
  patientIndex: number;
  reason: string;
  soap: { subjective: string; objective: string; assessment: string; plan: string };
  diagnosis: { code: string; label: string };
  prescriptions: {
    medicationName: string;
    form: string;
    strength: string;
    dose: number;
    doseUnit: string;
    route: MedicationRoute;
    scheduleTimes: string[];
    instructions: string;
  }[];
  /** Vitals, oldest first: [temperature, heart rate, systolic, diastolic, resp. rate, SpO2]. */
  vitals: [number, number, number, number, number, number][];
  /** A validated result: test code and value. */
  validated: { code: string; value: number };
  /** A test ordered and still waiting for its result. */
  pending: { code: string; priority: LabPriority; clinicalInfo: string };
  allergy?: { substance: string; reaction: string };
}

const CHARTS: DemoChart[] = [
  {
    patientIndex: 0,
    reason: 'Suivi hypertension artérielle',
    soap: {
      subjective: 'Céphalées matinales occasionnelles. Bonne observance du traitement.',
      objective: 'TA 152/94 mmHg aux deux bras, auscultation cardiaque normale.',
      assessment: 'HTA essentielle insuffisamment contrôlée.',
      plan: 'Majoration de l’amlodipine, ionogramme, contrôle dans 4 semaines.',
    },
    diagnosis: { code: 'I10', label: 'Hypertension essentielle (primitive)' },
    prescriptions: [
      {
        medicationName: 'Amlodipine',
        form: 'comprimé',
        strength: '5 mg',
        dose: 1,
        doseUnit: 'comprimé',
        route: MedicationRoute.ORAL,
        scheduleTimes: ['08:00'],
        instructions: 'Le matin, au petit-déjeuner.',
      },
      {
        medicationName: 'Paracétamol',
        form: 'comprimé',
        strength: '1 g',
        dose: 1,
        doseUnit: 'g',
        route: MedicationRoute.ORAL,
        scheduleTimes: ['08:00', '14:00', '20:00'],
        instructions: 'Si douleur, respecter 6 h entre deux prises.',
      },
    ],
    vitals: [
      [36.8, 78, 156, 96, 16, 97],
      [37.1, 82, 150, 92, 17, 96],
      [37.6, 88, 144, 90, 18, 96],
      [37.2, 80, 138, 86, 16, 97],
    ],
    validated: { code: 'K', value: 4.1 },
    pending: {
      code: 'CREA',
      priority: LabPriority.ROUTINE,
      clinicalInfo: 'Surveillance de la fonction rénale sous antihypertenseurs.',
    },
  },
  {
    patientIndex: 1,
    reason: 'Fièvre et toux depuis trois jours',
    soap: {
      subjective: 'Toux productive, frissons, dyspnée d’effort.',
      objective: 'T 38,6 °C, crépitants base droite, SpO2 94 % en air ambiant.',
      assessment: 'Pneumopathie communautaire probable.',
      plan: 'Antibiothérapie (allergie pénicilline), NFS, CRP, radiographie thoracique.',
    },
    diagnosis: { code: 'J18.9', label: 'Pneumopathie, sans précision' },
    prescriptions: [
      {
        medicationName: 'Pristinamycine',
        form: 'comprimé',
        strength: '500 mg',
        dose: 1000,
        doseUnit: 'mg',
        route: MedicationRoute.ORAL,
        scheduleTimes: ['08:00', '14:00', '20:00'],
        instructions: 'Au cours des repas, 7 jours.',
      },
      {
        medicationName: 'Paracétamol',
        form: 'comprimé',
        strength: '1 g',
        dose: 1,
        doseUnit: 'g',
        route: MedicationRoute.ORAL,
        scheduleTimes: ['06:00', '12:00', '18:00', '00:00'],
        instructions: 'Si T > 38,5 °C.',
      },
    ],
    vitals: [
      [38.9, 104, 118, 72, 24, 93],
      [38.4, 98, 122, 74, 22, 94],
      [37.9, 92, 124, 76, 20, 95],
    ],
    validated: { code: 'CRP', value: 86 },
    pending: {
      code: 'K',
      priority: LabPriority.URGENT,
      clinicalInfo: 'Contrôle sous traitement, patient fébrile.',
    },
    allergy: { substance: 'Pénicilline', reaction: 'Urticaire généralisée' },
  },
  {
    patientIndex: 2,
    reason: 'Déséquilibre glycémique',
    soap: {
      subjective: 'Polyurie, fatigue depuis deux semaines.',
      objective: 'Glycémie capillaire 14 mmol/L, examen des pieds normal.',
      assessment: 'Diabète de type 2 déséquilibré.',
      plan: 'Adaptation de la metformine, HbA1c, consultation diététique.',
    },
    diagnosis: { code: 'E11.9', label: 'Diabète sucré de type 2, sans complication' },
    prescriptions: [
      {
        medicationName: 'Metformine',
        form: 'comprimé',
        strength: '850 mg',
        dose: 850,
        doseUnit: 'mg',
        route: MedicationRoute.ORAL,
        scheduleTimes: ['08:00', '20:00'],
        instructions: 'Pendant les repas.',
      },
      {
        medicationName: 'Enoxaparine',
        form: 'solution injectable',
        strength: '4000 UI/0,4 mL',
        dose: 4000,
        doseUnit: 'UI',
        route: MedicationRoute.SC,
        scheduleTimes: ['18:00'],
        instructions: 'Prévention thrombo-embolique.',
      },
    ],
    vitals: [
      [36.9, 76, 132, 80, 15, 98],
      [37.0, 74, 128, 78, 14, 98],
      [36.7, 72, 130, 82, 16, 97],
    ],
    validated: { code: 'GLU', value: 9.8 },
    pending: {
      code: 'HBA1C',
      priority: LabPriority.ROUTINE,
      clinicalInfo: 'Équilibre glycémique des trois derniers mois.',
    },
  },
];

function by(user: User): Author {
  return { recordedById: user.id, recordedByName: user.displayName };
}

/**
 * A few days of clinical history for the first demo patients (those of doctor.cardio's agenda
 * today): a visit with its SOAP note and diagnosis, two active prescriptions with dose times and
 * the administrations so far, vitals over several days with NEWS2, a validated result and a
 * pending order. Entities are written as the services would, without their request context.
 */
export async function seedRecords(
  tx: EntityManager,
  patients: Patient[],
  now: Date,
  timeZone: string,
) {
  const doctor = await tx.findOneOrFail(User, { email: 'doctor.cardio@caregraph.example' });
  const nurse = await tx.findOneOrFail(User, { email: 'nurse.a@caregraph.example' });
  const lab = await tx.findOneOrFail(User, { email: 'lab@caregraph.example' });
  const tests = new Map((await tx.find(LabTest, {})).map((t) => [t.code, t]));
  const practitioner = await tx.findOneOrFail(Practitioner, { user: doctor });

  for (const [k, chart] of CHARTS.entries()) {
    const patient = patients[chart.patientIndex];
    if (!patient) continue;
    const visitAt = new Date(now.getTime() - 3 * DAY);
    // One after the other in the cardiologist's morning (a practitioner sees one patient at a time).
    visitAt.setUTCHours(9, 20 + 30 * k, 0, 0);

    if (chart.allergy) {
      tx.create(Allergy, {
        patient,
        substance: chart.allergy.substance,
        reaction: chart.allergy.reaction,
        // The patients module does not export its enums; these strings are their values.
        // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
        severity: 'MODERATE' as Allergy['severity'],
        recordedById: doctor.id,
        recordedByName: doctor.displayName,
        recordedAt: visitAt,
      });
      // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
      patient.allergyStatus = 'HAS_ALLERGIES' as Patient['allergyStatus'];
      patient.allergyStatusRecordedAt = visitAt;
    }

    const encounter = tx.create(Encounter, {
      patient,
      kind: EncounterKind.CONSULTATION,
      status: EncounterStatus.COMPLETED,
      practitionerId: doctor.id,
      practitionerName: doctor.displayName,
      reason: chart.reason,
      ...chart.soap,
      occurredAt: visitAt,
      endedAt: new Date(visitAt.getTime() + 25 * 60_000),
      recordedAt: visitAt,
      ...by(doctor),
    });
    // The booked visit this note belongs to, linked as the VisitEncounterOpened event links it (R5).
    tx.create(Appointment, {
      patient,
      practitioner,
      startsAt: visitAt,
      endsAt: new Date(visitAt.getTime() + 20 * 60_000),
      reason: chart.reason,
      status: AppointmentStatus.COMPLETED,
      outsideSessionReason: null,
      encounterId: encounter.id,
    });
    tx.create(Diagnosis, {
      patient,
      encounter,
      code: chart.diagnosis.code,
      label: chart.diagnosis.label,
      rank: DiagnosisRank.PRIMARY,
      occurredAt: visitAt,
      recordedAt: visitAt,
      ...by(doctor),
    });

    for (const p of chart.prescriptions) {
      const rx = tx.create(Prescription, {
        patient,
        encounter,
        ...p,
        startAt: visitAt,
        occurredAt: visitAt,
        recordedAt: visitAt,
        ...by(doctor),
      });
      // Doses until three hours ago, given on time, so the administration record has a history
      // and the nurse's next doses are due now.
      const until = new Date(now.getTime() - 3 * HOUR);
      for (const scheduledAt of scheduledDoses(rx, visitAt, until, timeZone)) {
        tx.create(MedicationAdministration, {
          patient,
          prescription: rx,
          scheduledAt,
          status: AdministrationStatus.GIVEN,
          dose: rx.dose,
          doseUnit: rx.doseUnit,
          route: rx.route,
          requestHash: 'seed',
          occurredAt: new Date(scheduledAt.getTime() + 10 * 60_000),
          recordedAt: new Date(scheduledAt.getTime() + 12 * 60_000),
          ...by(nurse),
        });
      }
    }

    chart.vitals.forEach(([temperatureC, heartRate, systolicBp, diastolicBp, rr, spo2], i) => {
      const takenAt = new Date(now.getTime() - (chart.vitals.length - i) * 0.75 * DAY);
      const values = {
        temperatureC,
        heartRate,
        systolicBp,
        diastolicBp,
        respiratoryRate: rr,
        spo2,
        onOxygen: false,
        consciousness: Consciousness.ALERT,
      };
      const score = news2IfComplete(values);
      tx.create(VitalSigns, {
        patient,
        ...values,
        painScore: i === 0 ? 3 : 1,
        news2Score: score?.score ?? null,
        news2Risk: score?.risk ?? null,
        occurredAt: takenAt,
        recordedAt: takenAt,
        ...by(nurse),
      });
    });

    const orderedAt = new Date(visitAt.getTime() + 20 * 60_000);
    const groupId = randomUUID();
    const order = (code: string, priority: LabPriority, clinicalInfo: string | null) => {
      const test = tests.get(code);
      if (!test) return null;
      return tx.create(LabOrder, {
        patient,
        encounter,
        test,
        groupId,
        testCode: test.code,
        testNameFr: test.nameFr,
        testNameEn: test.nameEn,
        specimen: test.specimen,
        priority,
        clinicalInfo,
        occurredAt: orderedAt,
        recordedAt: orderedAt,
        ...by(doctor),
      });
    };
    const done = order(chart.validated.code, LabPriority.ROUTINE, null);
    if (done) {
      const resultAt = new Date(orderedAt.getTime() + 5 * HOUR);
      const range = pickRange(
        done.test.referenceRanges,
        patient.sex,
        ageInYears(patient.birthDate, resultAt),
      );
      done.status = LabOrderStatus.VALIDATED;
      done.collectedAt = new Date(orderedAt.getTime() + HOUR);
      done.collectedById = nurse.id;
      tx.create(LabResult, {
        patient,
        order: done,
        testCode: done.testCode,
        testNameFr: done.testNameFr,
        testNameEn: done.testNameEn,
        valueNumeric: chart.validated.value,
        valueText: String(chart.validated.value),
        unit: done.test.unit ?? null,
        flag: flagValue(chart.validated.value, range),
        referenceLow: range?.low ?? null,
        referenceHigh: range?.high ?? null,
        validatedAt: new Date(resultAt.getTime() + HOUR),
        validatedById: lab.id,
        validatedByName: lab.displayName,
        occurredAt: resultAt,
        recordedAt: resultAt,
        ...by(lab),
      });
    }
    order(chart.pending.code, chart.pending.priority, chart.pending.clinicalInfo);
  }
}
