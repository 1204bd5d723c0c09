import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../../modules/auth/index.js';
import { AllergyStatus, createPatientRecord, Sex } from '../../modules/patients/index.js';
import {
  Consciousness,
  Encounter,
  EncounterKind,
  news2IfComplete,
  VitalSigns,
} from '../../modules/records/index.js';
import { zonedDay } from '../../kernel/zoned-time.js';
import {
  Admission,
  AdmissionSource,
  Bed,
  BedCondition,
  BedReservation,
  BedStay,
  NurseAssignment,
  Room,
  RoomKind,
  SexPolicy,
  Shift,
  Ward,
} from '../../modules/wards/index.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

interface DemoWard {
  name: string;
  floor: string;
  /** Room numbers: double rooms first, then singles. */
  doubles: number;
  singles: number;
  firstRoom: number;
  occupied: number;
  doctor: string;
  nurse: string;
  children: boolean;
  reasons: string[];
}

/** Three wards, 60 beds, two-thirds occupied, each with its doctor and its nurse. */
const WARDS: DemoWard[] = [
  {
    name: 'Médecine interne',
    floor: '3e étage, aile A',
    doubles: 8,
    singles: 8,
    firstRoom: 301,
    occupied: 16,
    doctor: 'doctor.general',
    nurse: 'nurse.a',
    children: false,
    reasons: [
      'Pneumopathie communautaire',
      'Décompensation de BPCO',
      'Pyélonéphrite aiguë',
      'Altération de l’état général',
      'Déséquilibre de diabète',
      'Érysipèle de jambe',
      'Chute à domicile, bilan',
      'Hyponatrémie',
    ],
  },
  {
    name: 'Cardiologie',
    floor: '4e étage, aile B',
    doubles: 6,
    singles: 8,
    firstRoom: 401,
    occupied: 14,
    doctor: 'doctor.cardio',
    nurse: 'nurse.b',
    children: false,
    reasons: [
      'Insuffisance cardiaque décompensée',
      'Fibrillation atriale rapide',
      'Syndrome coronarien sans sus-décalage',
      'Surveillance après angioplastie',
      'Syncope, bilan rythmique',
      'Péricardite aiguë',
    ],
  },
  {
    name: 'Pédiatrie',
    floor: '2e étage',
    doubles: 4,
    singles: 8,
    firstRoom: 201,
    occupied: 10,
    doctor: 'doctor.paediatrics',
    nurse: 'nurse.c',
    children: true,
    reasons: [
      'Bronchiolite',
      'Gastro-entérite, déshydratation',
      'Crise d’asthme',
      'Fièvre du nourrisson',
      'Pneumopathie',
    ],
  },
];

const FAMILY = [
  'Lambert',
  'Fontaine',
  'Rousseau',
  'Vincent',
  'Muller',
  'Lefèvre',
  'Faure',
  'André',
  'Mercier',
  'Blanc',
  'Guérin',
  'Boyer',
  'Garnier',
  'Chevalier',
  'François',
  'Legrand',
  'Gauthier',
  'Garcia',
  'Perrin',
  'Robin',
  'Clément',
  'Morin',
  'Nicolas',
  'Henry',
  'Roussel',
  'Mathieu',
  'Gautier',
  'Masson',
  'Marchand',
  'Duval',
  'Denis',
  'Dumont',
  'Marie',
  'Lemaire',
  'Noël',
  'Meyer',
  'Dufour',
  'Meunier',
  'Brun',
  'Blanchard',
];
const WOMEN = [
  'Jeanne',
  'Monique',
  'Françoise',
  'Hélène',
  'Sylvie',
  'Chantal',
  'Nathalie',
  'Odile',
];
const MEN = ['Henri', 'Jacques', 'Michel', 'Bernard', 'Alain', 'Gérard', 'Roger', 'Yves'];
const GIRLS = ['Léa', 'Chloé', 'Inès', 'Jade', 'Manon'];
const BOYS = ['Hugo', 'Lucas', 'Nathan', 'Théo', 'Louis'];

/** Vitals of a demo inpatient: mostly stable, every seventh one at risk. */
function vitalsOf(i: number) {
  const atRisk = i % 7 === 3;
  const watch = i % 5 === 1;
  return {
    temperatureC: atRisk ? 38.9 : watch ? 37.9 : 36.8,
    heartRate: atRisk ? 118 : watch ? 96 : 74,
    systolicBp: atRisk ? 96 : 128,
    diastolicBp: atRisk ? 58 : 76,
    respiratoryRate: atRisk ? 25 : watch ? 21 : 16,
    spo2: atRisk ? 91 : 96,
    onOxygen: atRisk,
    consciousness: Consciousness.ALERT,
  };
}

/**
 * The demo wards: rooms and beds, forty inpatients (new records, so the other demo patients stay
 * outpatients) admitted over the last twelve days with their inpatient encounter and latest
 * vitals, a few beds to clean, one out of service, two reserved, and the demo nurses on their
 * wards around the clock for two weeks, so that every demo login has patients whatever the hour.
 */
export async function seedWards(tx: EntityManager, now: Date, timeZone: string): Promise<void> {
  const users = new Map(
    (await tx.find(User, { email: { $like: '%@caregraph.example' } })).map((u) => [
      u.email.replace('@caregraph.example', ''),
      u,
    ]),
  );
  const receptionId = users.get('reception')?.id ?? '';
  let n = 0;
  for (const w of WARDS) {
    const ward = tx.create(Ward, {
      name: w.name,
      service: w.name,
      floor: w.floor,
      sexPolicy: SexPolicy.MIXED,
    });
    const beds: Bed[] = [];
    for (let r = 0; r < w.doubles + w.singles; r++) {
      const double = r < w.doubles;
      const number = String(w.firstRoom + r);
      const room = tx.create(Room, {
        ward,
        number,
        kind: double ? RoomKind.DOUBLE : RoomKind.SINGLE,
        isolationCapable: !double && r % 3 === 0,
      });
      for (const suffix of double ? ['A', 'B'] : ['']) {
        const bed = tx.create(Bed, {
          room,
          ward,
          label: suffix ? `${number}-${suffix}` : number,
        });
        bed.createdAt = new Date(now.getTime() - 400 * DAY);
        beds.push(bed);
      }
    }
    const doctor = users.get(w.doctor);
    const nurse = users.get(w.nurse);
    if (!doctor || !nurse) continue;
    for (let b = 0; b < w.occupied; b++) {
      const bed = beds[b];
      if (!bed) break;
      const i = n++;
      const female = i % 2 === 0;
      const age = w.children ? 1 + ((i * 5) % 14) : 48 + ((i * 7) % 44);
      const born = new Date(now.getTime() - age * 365.25 * DAY - ((i * 37) % 300) * DAY);
      const given = w.children ? (female ? GIRLS : BOYS)[i % 5] : (female ? WOMEN : MEN)[i % 8];
      const patient = await createPatientRecord(tx, {
        familyName: FAMILY[i % FAMILY.length] ?? 'Demo',
        givenNames: given ?? 'Demo',
        birthDate: born.toISOString().slice(0, 10),
        sex: female ? Sex.FEMALE : Sex.MALE,
      });
      patient.allergyStatus =
        i % 4 === 0
          ? AllergyStatus.HAS_ALLERGIES
          : i % 4 === 1
            ? AllergyStatus.NO_KNOWN_ALLERGIES
            : AllergyStatus.UNKNOWN;
      const admittedAt = new Date(
        now.getTime() - ((i * 29) % 12) * DAY - ((i * 5) % 20) * HOUR - HOUR,
      );
      const reason = w.reasons[i % w.reasons.length] ?? 'Hospitalisation';
      const admission = tx.create(Admission, {
        patient,
        source: i % 3 === 0 ? AdmissionSource.ELECTIVE : AdmissionSource.EMERGENCY,
        reason,
        expectedDays: 3 + (i % 6),
        attendingUserId: doctor.id,
        attendingName: doctor.displayName,
        admittedAt,
        admittedById: receptionId || doctor.id,
      });
      tx.create(BedStay, {
        admission,
        bed,
        wardId: ward.id,
        patientId: patient.id,
        startedAt: admittedAt,
      });
      const encounter = tx.create(Encounter, {
        patient,
        kind: EncounterKind.INPATIENT,
        practitionerId: doctor.id,
        practitionerName: doctor.displayName,
        admissionId: admission.id,
        occurredAt: admittedAt,
        reason,
        recordedById: doctor.id,
        recordedByName: doctor.displayName,
        recordedAt: admittedAt,
      });
      const values = vitalsOf(i);
      const score = news2IfComplete(values);
      const takenAt = new Date(
        Math.max(now.getTime() - (1 + (i % 6)) * HOUR, admittedAt.getTime() + 30 * 60_000),
      );
      tx.create(VitalSigns, {
        patient,
        encounter,
        ...values,
        news2Score: score?.score ?? null,
        news2Risk: score?.risk ?? null,
        occurredAt: takenAt,
        recordedAt: takenAt,
        recordedById: nurse.id,
        recordedByName: nurse.displayName,
      });
    }
    // The rest: two to clean, one out of service, one reserved (two wards), the others free.
    const rest = beds.slice(w.occupied);
    const [clean1, clean2, broken] = rest;
    for (const bed of [clean1, clean2]) {
      if (bed) bed.condition = BedCondition.TO_CLEAN;
    }
    if (broken && w.children) {
      broken.condition = BedCondition.OUT_OF_SERVICE;
      broken.conditionReason = 'Barrière de lit cassée';
    } else if (broken) {
      const planned = await createPatientRecord(tx, {
        familyName: w.children ? 'Petit' : 'Renaud',
        givenNames: w.children ? 'Emma' : 'Paul',
        birthDate: w.children ? '2019-03-14' : '1958-11-02',
        sex: w.children ? Sex.FEMALE : Sex.MALE,
      });
      tx.create(BedReservation, {
        bed: broken,
        patient: planned,
        plannedFor: new Date(now.getTime() + DAY),
        note: 'Admission programmée',
      });
    }
    const today = zonedDay(now, timeZone).date;
    for (let d = -1; d < 14; d++) {
      const date = new Date(Date.parse(`${today}T00:00:00Z`) + d * DAY).toISOString().slice(0, 10);
      for (const shift of [Shift.DAY, Shift.EVENING, Shift.NIGHT]) {
        tx.create(NurseAssignment, {
          ward,
          date,
          shift,
          nurseUserId: nurse.id,
          nurseName: nurse.displayName,
        });
      }
    }
  }
}
