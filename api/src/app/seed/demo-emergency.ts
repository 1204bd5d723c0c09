import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../../modules/auth/index.js';
import {
  ArrivalMode,
  ChiefComplaint,
  EmergencyArea,
  EmergencyCase,
  EmergencyOutcome,
  EmergencyStatus,
  EmergencyTriage,
  TriageLevel,
} from '../../modules/emergency/index.js';
import { createPatientRecord, Sex } from '../../modules/patients/index.js';
import { Consciousness, news2IfComplete, VitalSigns } from '../../modules/records/index.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

interface OpenCase {
  family: string;
  given: string;
  sex: Sex;
  age: number;
  /** Minutes ago. */
  arrived: number;
  mode: ArrivalMode;
  complaint: ChiefComplaint;
  text: string;
  level: TriageLevel | null;
  status: EmergencyStatus;
  area: EmergencyArea;
  box?: string;
  /** Which demo doctor has the case, minutes after arrival. */
  doctor?: { key: string; after: number };
  sick?: boolean;
}

const { L1, L2, L3A, L3B, L4, L5 } = TriageLevel;
const S = EmergencyStatus;
const A = EmergencyArea;
const M = ArrivalMode;
const C = ChiefComplaint;

/** A busy evening: sixteen patients in the department, some late against their target. */
const OPEN: OpenCase[] = [
  {
    family: 'Bertin',
    given: 'Claude',
    sex: Sex.MALE,
    age: 67,
    arrived: 25,
    mode: M.SMUR,
    complaint: C.CHEST_PAIN,
    text: 'Douleur thoracique constrictive depuis 40 min',
    level: L1,
    status: S.WITH_DOCTOR,
    area: A.RESUS,
    box: 'Déchocage',
    doctor: { key: 'doctor.cardio', after: 2 },
    sick: true,
  },
  {
    family: 'Hamon',
    given: 'Lucie',
    sex: Sex.FEMALE,
    age: 34,
    arrived: 48,
    mode: M.WALK_IN,
    complaint: C.ABDOMINAL_PAIN,
    text: 'Douleur fosse iliaque droite, fièvre',
    level: L3A,
    status: S.WAITING_FOR_DOCTOR,
    area: A.BOX,
    box: 'Box 4',
  },
  {
    family: 'Collet',
    given: 'André',
    sex: Sex.MALE,
    age: 82,
    arrived: 95,
    mode: M.AMBULANCE,
    complaint: C.MALAISE,
    text: 'Chute à domicile, sol 2 h',
    level: L3B,
    status: S.AWAITING_DECISION,
    area: A.CORRIDOR,
    box: 'Couloir 2',
    doctor: { key: 'doctor.general', after: 70 },
  },
  {
    family: 'Perrot',
    given: 'Sarah',
    sex: Sex.FEMALE,
    age: 27,
    arrived: 140,
    mode: M.WALK_IN,
    complaint: C.LIMB_INJURY,
    text: 'Entorse cheville gauche',
    level: L4,
    status: S.WAITING_FOR_DOCTOR,
    area: A.WAITING_ROOM,
  },
  {
    family: 'Roche',
    given: 'Damien',
    sex: Sex.MALE,
    age: 45,
    arrived: 32,
    mode: M.WALK_IN,
    complaint: C.BREATHLESSNESS,
    text: 'Dyspnée, asthme connu',
    level: L2,
    status: S.WAITING_FOR_DOCTOR,
    area: A.BOX,
    box: 'Box 2',
    sick: true,
  },
  {
    family: 'Langlois',
    given: 'Mia',
    sex: Sex.FEMALE,
    age: 4,
    arrived: 20,
    mode: M.WALK_IN,
    complaint: C.FEVER,
    text: 'Fièvre 39,5 depuis hier',
    level: L3B,
    status: S.WAITING_FOR_DOCTOR,
    area: A.WAITING_ROOM,
  },
  {
    family: 'Vidal',
    given: 'Georges',
    sex: Sex.MALE,
    age: 74,
    arrived: 8,
    mode: M.AMBULANCE,
    complaint: C.STROKE_SIGNS,
    text: 'Déficit bras droit, début 19 h 10',
    level: L1,
    status: S.WITH_DOCTOR,
    area: A.RESUS,
    box: 'Déchocage 2',
    doctor: { key: 'doctor.general', after: 3 },
    sick: true,
  },
  {
    family: 'Giraud',
    given: 'Nina',
    sex: Sex.FEMALE,
    age: 19,
    arrived: 6,
    mode: M.WALK_IN,
    complaint: C.WOUND,
    text: 'Plaie main droite, couteau de cuisine',
    level: null,
    status: S.WAITING,
    area: A.WAITING_ROOM,
  },
  {
    family: 'Barbier',
    given: 'Paul',
    sex: Sex.MALE,
    age: 58,
    arrived: 180,
    mode: M.WALK_IN,
    complaint: C.BACK_PAIN,
    text: 'Lombalgie sans déficit',
    level: L5,
    status: S.WAITING_FOR_DOCTOR,
    area: A.WAITING_ROOM,
  },
  {
    family: 'Arnaud',
    given: 'Léna',
    sex: Sex.FEMALE,
    age: 31,
    arrived: 70,
    mode: M.WALK_IN,
    complaint: C.PREGNANCY,
    text: 'Saignements, grossesse 9 SA',
    level: L2,
    status: S.WITH_DOCTOR,
    area: A.BOX,
    box: 'Box 1',
    doctor: { key: 'doctor.general', after: 15 },
  },
  {
    family: 'Lucas',
    given: 'Marcel',
    sex: Sex.MALE,
    age: 88,
    arrived: 210,
    mode: M.AMBULANCE,
    complaint: C.ALTERED_CONSCIOUSNESS,
    text: 'Confusion depuis ce matin',
    level: L3A,
    status: S.AWAITING_DECISION,
    area: A.BOX,
    box: 'Box 6',
    doctor: { key: 'doctor.general', after: 55 },
    sick: true,
  },
  {
    family: 'Caron',
    given: 'Élise',
    sex: Sex.FEMALE,
    age: 52,
    arrived: 12,
    mode: M.WALK_IN,
    complaint: C.ALLERGIC_REACTION,
    text: 'Urticaire après crevettes, pas de dyspnée',
    level: null,
    status: S.IN_TRIAGE,
    area: A.WAITING_ROOM,
  },
  {
    family: 'Renard',
    given: 'Hugo',
    sex: Sex.MALE,
    age: 23,
    arrived: 115,
    mode: M.POLICE,
    complaint: C.POISONING,
    text: 'Alcoolisation aiguë',
    level: L3B,
    status: S.WAITING_FOR_DOCTOR,
    area: A.CORRIDOR,
    box: 'Couloir 1',
  },
  {
    family: 'Schmitt',
    given: 'Anne',
    sex: Sex.FEMALE,
    age: 61,
    arrived: 55,
    mode: M.WALK_IN,
    complaint: C.HEADACHE,
    text: 'Céphalée brutale il y a 3 h',
    level: L2,
    status: S.WAITING_FOR_DOCTOR,
    area: A.BOX,
    box: 'Box 3',
  },
  {
    family: 'Royer',
    given: 'Tom',
    sex: Sex.MALE,
    age: 9,
    arrived: 65,
    mode: M.WALK_IN,
    complaint: C.HEAD_INJURY,
    text: 'Chute de vélo, casque, pas de PC',
    level: L4,
    status: S.WAITING_FOR_DOCTOR,
    area: A.WAITING_ROOM,
  },
  {
    family: 'Weber',
    given: 'Ines',
    sex: Sex.FEMALE,
    age: 40,
    arrived: 260,
    mode: M.WALK_IN,
    complaint: C.URINARY,
    text: 'Brûlures mictionnelles',
    level: L5,
    status: S.WAITING_FOR_DOCTOR,
    area: A.WAITING_ROOM,
  },
];

/** Vitals at triage: the sick ones score high, the rest low. */
function triageVitals(sick: boolean, i: number) {
  return {
    temperatureC: sick ? 38.4 : 36.9,
    heartRate: sick ? 122 : 78 + (i % 12),
    systolicBp: sick ? 92 : 132,
    diastolicBp: sick ? 56 : 78,
    respiratoryRate: sick ? 26 : 16,
    spo2: sick ? 90 : 97,
    onOxygen: sick,
    consciousness: Consciousness.ALERT,
  };
}

const PAST_OUTCOMES: EmergencyOutcome[] = [
  EmergencyOutcome.DISCHARGED,
  EmergencyOutcome.DISCHARGED,
  EmergencyOutcome.ADMITTED,
  EmergencyOutcome.DISCHARGED,
  EmergencyOutcome.DISCHARGED,
  EmergencyOutcome.LEFT_WITHOUT_BEING_SEEN,
  EmergencyOutcome.DISCHARGED,
  EmergencyOutcome.ADMITTED,
  EmergencyOutcome.TRANSFERRED,
  EmergencyOutcome.DISCHARGED,
];
const LEVELS = [L2, L3A, L3B, L3B, L4, L4, L4, L5, L3A, L1];
const COMPLAINTS = Object.values(ChiefComplaint);

/**
 * The demo emergency department: sixteen open cases of a busy evening (timed from `now`, so
 * that some are late against their FRENCH target whatever the hour), one of them an unknown
 * patient, and 300 closed cases over the last thirty days for the figures.
 */
export async function seedEmergency(tx: EntityManager, now: Date): Promise<void> {
  const users = new Map(
    (await tx.find(User, { email: { $like: '%@caregraph.example' } })).map((u) => [
      u.email.replace('@caregraph.example', ''),
      u,
    ]),
  );
  const nurse = users.get('nurse.a');
  const reception = users.get('reception');
  if (!nurse || !reception) return;
  const ago = (m: number) => new Date(now.getTime() - m * MINUTE);
  const year = now.getUTCFullYear();
  const patients = [];
  for (const [i, o] of OPEN.entries()) {
    const patient = await createPatientRecord(tx, {
      familyName: o.family,
      givenNames: o.given,
      birthDate: `${String(year - o.age - 1)}-${String(1 + (i % 12)).padStart(2, '0')}-15`,
      sex: o.sex,
    });
    patients.push(patient);
    const doctor = o.doctor ? users.get(o.doctor.key) : undefined;
    const arrivedAt = ago(o.arrived);
    const triagedAt = o.level ? ago(o.arrived - Math.min(6, o.arrived - 1)) : null;
    const c = tx.create(EmergencyCase, {
      patient,
      arrivedAt,
      mode: o.mode,
      complaint: o.complaint,
      complaintText: o.text,
      status: o.status,
      level: o.level,
      triagedAt,
      area: o.area,
      areaLabel: o.box ?? null,
      doctorUserId: doctor?.id ?? null,
      doctorName: doctor?.displayName ?? null,
      doctorAt: doctor && o.doctor ? ago(o.arrived - o.doctor.after) : null,
      registeredById: i % 3 === 0 ? reception.id : nurse.id,
      registeredByName: i % 3 === 0 ? reception.displayName : nurse.displayName,
    });
    if (o.level && triagedAt) {
      const values = triageVitals(o.sick ?? false, i);
      const score = news2IfComplete(values);
      const vitals = tx.create(VitalSigns, {
        patient,
        ...values,
        news2Score: score?.score ?? null,
        news2Risk: score?.risk ?? null,
        occurredAt: triagedAt,
        recordedAt: triagedAt,
        recordedById: nurse.id,
        recordedByName: nurse.displayName,
      });
      tx.create(EmergencyTriage, {
        emergencyCase: c,
        level: o.level,
        at: triagedAt,
        byUserId: nurse.id,
        byName: nurse.displayName,
        vitalsId: vitals.id,
        news2Score: score?.score ?? null,
        news2Risk: score?.risk ?? null,
      });
    }
  }
  // An unconscious man brought in by the fire brigade, no papers: a temporary identity.
  const unknown = await createPatientRecord(tx, {
    familyName: 'INCONNU',
    givenNames: 'Homme 0001',
    birthDate: `${String(year - 50)}-01-01`,
    sex: Sex.MALE,
  });
  await tx.execute(`select setval('emergency_unknown_seq', 1)`);
  tx.create(EmergencyCase, {
    patient: unknown,
    temporaryPatientId: unknown.id,
    identityDescription: 'Blouson de cuir noir, tatouage d’ancre sur l’avant-bras gauche',
    estimatedAge: 50,
    arrivedAt: ago(15),
    mode: ArrivalMode.FIRE_BRIGADE,
    complaint: ChiefComplaint.ALTERED_CONSCIOUSNESS,
    complaintText: 'Trouvé inconscient sur la voie publique',
    status: EmergencyStatus.WAITING_FOR_DOCTOR,
    level: L2,
    triagedAt: ago(12),
    area: EmergencyArea.BOX,
    areaLabel: 'Box 5',
    registeredById: nurse.id,
    registeredByName: nurse.displayName,
  });
  // Thirty days of closed cases, ten a day, over the open cases' patients.
  const doctors = ['doctor.general', 'doctor.cardio', 'doctor.paediatrics'].flatMap((k) => {
    const u = users.get(k);
    return u ? [u] : [];
  });
  for (let i = 0; i < 300; i++) {
    const patient = patients[i % patients.length];
    const doctor = doctors[i % doctors.length];
    if (!patient || !doctor) break;
    // Day 2 to 31 before now, at any minute of the day: closed well before now.
    const arrivedAt = new Date(
      now.getTime() - (2 + Math.floor(i / 10)) * DAY + ((i * 137) % 1380) * MINUTE,
    );
    const outcome = PAST_OUTCOMES[i % PAST_OUTCOMES.length] as EmergencyOutcome;
    const lwbs = outcome === EmergencyOutcome.LEFT_WITHOUT_BEING_SEEN;
    const toTriage = 3 + (i % 15);
    const toDoctor = toTriage + 10 + ((i * 7) % 90);
    const stay = toDoctor + 60 + ((i * 13) % 240);
    tx.create(EmergencyCase, {
      patient,
      arrivedAt,
      mode: i % 4 === 0 ? ArrivalMode.AMBULANCE : ArrivalMode.WALK_IN,
      complaint: COMPLAINTS[(i * 7) % COMPLAINTS.length] as ChiefComplaint,
      status: EmergencyStatus.CLOSED,
      level: LEVELS[i % LEVELS.length] as TriageLevel,
      triagedAt: new Date(arrivedAt.getTime() + toTriage * MINUTE),
      area: EmergencyArea.BOX,
      doctorUserId: lwbs ? null : doctor.id,
      doctorName: lwbs ? null : doctor.displayName,
      doctorAt: lwbs ? null : new Date(arrivedAt.getTime() + toDoctor * MINUTE),
      outcome,
      outcomeNote: lwbs ? null : 'Prise en charge terminée.',
      transferTo: outcome === EmergencyOutcome.TRANSFERRED ? 'CHU voisin' : null,
      closedAt: new Date(arrivedAt.getTime() + (lwbs ? toDoctor : stay) * MINUTE),
      closedById: doctor.id,
      registeredById: nurse.id,
      registeredByName: nurse.displayName,
    });
  }
}
