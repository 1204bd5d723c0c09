import { Role } from '../../kernel/auth/roles.js';
import { Sex } from '../../modules/patients/index.js';

/** Synthetic people only. Names mix French and international origins, as on a real ward. */
export const DEMO_STAFF: {
  key: string;
  role: Role;
  givenName: string;
  familyName: string;
  jobTitle: string;
}[] = [
  {
    key: 'admin',
    role: Role.ADMIN,
    givenName: 'Claire',
    familyName: 'Fontaine',
    jobTitle: 'Administratrice système',
  },
  {
    key: 'manager',
    role: Role.MANAGER,
    givenName: 'Marc',
    familyName: 'Lefebvre',
    jobTitle: 'Directeur des soins',
  },
  {
    key: 'doctor.cardio',
    role: Role.DOCTOR,
    givenName: 'Amina',
    familyName: 'Benali',
    jobTitle: 'Cardiologue',
  },
  {
    key: 'doctor.general',
    role: Role.DOCTOR,
    givenName: 'Jean',
    familyName: 'Dupont',
    jobTitle: 'Médecin généraliste',
  },
  {
    key: 'doctor.paediatrics',
    role: Role.DOCTOR,
    givenName: 'Kenji',
    familyName: 'Watanabe',
    jobTitle: 'Pédiatre',
  },
  {
    key: 'nurse.a',
    role: Role.NURSE,
    givenName: 'Sophie',
    familyName: 'Martin',
    jobTitle: 'Infirmière',
  },
  {
    key: 'nurse.b',
    role: Role.NURSE,
    givenName: 'Moussa',
    familyName: 'Diallo',
    jobTitle: 'Infirmier',
  },
  {
    key: 'nurse.c',
    role: Role.NURSE,
    givenName: 'Elena',
    familyName: 'Rossi',
    jobTitle: 'Infirmière',
  },
  {
    key: 'reception',
    role: Role.RECEPTIONIST,
    givenName: 'Lucie',
    familyName: 'Moreau',
    jobTitle: 'Agent d’accueil',
  },
  {
    key: 'lab',
    role: Role.LAB_TECHNICIAN,
    givenName: 'Youssef',
    familyName: 'El Amrani',
    jobTitle: 'Biologiste',
  },
  {
    key: 'pharmacy',
    role: Role.PHARMACIST,
    givenName: 'Hélène',
    familyName: 'Girard',
    jobTitle: 'Pharmacienne',
  },
  {
    key: 'cashier',
    role: Role.CASHIER,
    givenName: 'Thomas',
    familyName: 'Bernard',
    jobTitle: 'Caissier',
  },
];

/** A span of weekly working hours in the demo: ISO weekday and local HH:MM (24:00 ends at midnight). */
type DemoSpan = readonly [weekday: number, startTime: string, endTime: string];
const weekdays = (days: readonly number[], start: string, end: string): DemoSpan[] =>
  days.map((d) => [d, start, end] as const);

/**
 * Working hours (R18) of the demo staff who keep them, by DEMO_STAFF key: two nurses on day
 * shifts that together cover the week, one on nights (a night is two spans, to 24:00 then from
 * 00:00), and reception on weekdays with a lunch break.
 */
export const DEMO_WORKING_HOURS: Readonly<Record<string, readonly DemoSpan[]>> = {
  'nurse.a': weekdays([1, 2, 4, 6], '07:00', '19:00'),
  'nurse.b': weekdays([3, 5, 7], '07:00', '19:00'),
  'nurse.c': [...weekdays([1, 3, 5], '19:00', '24:00'), ...weekdays([2, 4, 6], '00:00', '07:00')],
  reception: [
    ...weekdays([1, 2, 3, 4, 5], '08:00', '12:30'),
    ...weekdays([1, 2, 3, 4, 5], '13:30', '17:00'),
  ],
};

export interface DemoPatient {
  familyName: string;
  givenNames: string;
  birthDate: string;
  sex: Sex;
  phone: string;
}

const F = Sex.FEMALE;
const M = Sex.MALE;

export const DEMO_PATIENTS: DemoPatient[] = [
  {
    familyName: 'Dupont',
    givenNames: 'Marie',
    birthDate: '1958-04-12',
    sex: F,
    phone: '+33 6 12 34 56 01',
  },
  {
    familyName: 'Durand',
    givenNames: 'Pierre',
    birthDate: '1972-11-03',
    sex: M,
    phone: '+33 6 12 34 56 02',
  },
  {
    familyName: 'Lefèvre',
    givenNames: 'Élodie',
    birthDate: '1989-06-21',
    sex: F,
    phone: '+33 6 12 34 56 03',
  },
  {
    familyName: 'Nguyen',
    givenNames: 'Van Minh',
    birthDate: '1965-01-30',
    sex: M,
    phone: '+33 6 12 34 56 04',
  },
  {
    familyName: 'Haddad',
    givenNames: 'Karim',
    birthDate: '1990-09-14',
    sex: M,
    phone: '+33 6 12 34 56 05',
  },
  {
    familyName: 'Ouedraogo',
    givenNames: 'Awa',
    birthDate: '2001-02-08',
    sex: F,
    phone: '+33 6 12 34 56 06',
  },
  {
    familyName: 'Schmidt',
    givenNames: 'Lukas',
    birthDate: '1983-12-24',
    sex: M,
    phone: '+33 6 12 34 56 07',
  },
  {
    familyName: 'García López',
    givenNames: 'Lucía',
    birthDate: '1976-07-19',
    sex: F,
    phone: '+33 6 12 34 56 08',
  },
  {
    familyName: 'Kowalski',
    givenNames: 'Piotr',
    birthDate: '1954-03-02',
    sex: M,
    phone: '+33 6 12 34 56 09',
  },
  {
    familyName: "O'Brien",
    givenNames: 'Siobhan',
    birthDate: '1995-10-10',
    sex: F,
    phone: '+33 6 12 34 56 10',
  },
  {
    familyName: 'Rousseau',
    givenNames: 'Gérard',
    birthDate: '1940-05-27',
    sex: M,
    phone: '+33 6 12 34 56 11',
  },
  {
    familyName: 'Benoît',
    givenNames: 'Chloé',
    birthDate: '2015-08-16',
    sex: F,
    phone: '+33 6 12 34 56 12',
  },
  {
    familyName: 'Traoré',
    givenNames: 'Ibrahim',
    birthDate: '1987-04-04',
    sex: M,
    phone: '+33 6 12 34 56 13',
  },
  {
    familyName: 'Silva',
    givenNames: 'João Pedro',
    birthDate: '1969-11-29',
    sex: M,
    phone: '+33 6 12 34 56 14',
  },
  {
    familyName: 'Petit',
    givenNames: 'Camille',
    birthDate: '1999-01-17',
    sex: F,
    phone: '+33 6 12 34 56 15',
  },
  {
    familyName: 'Chen',
    givenNames: 'Wei',
    birthDate: '1980-02-11',
    sex: M,
    phone: '+33 6 12 34 56 16',
  },
  {
    familyName: 'Mercier',
    givenNames: 'Anne-Sophie',
    birthDate: '1961-09-05',
    sex: F,
    phone: '+33 6 12 34 56 17',
  },
  {
    familyName: 'Ivanova',
    givenNames: 'Olga',
    birthDate: '1974-12-01',
    sex: F,
    phone: '+33 6 12 34 56 18',
  },
  {
    familyName: 'Mbappe',
    givenNames: 'Ethan',
    birthDate: '2012-06-30',
    sex: M,
    phone: '+33 6 12 34 56 19',
  },
  {
    familyName: 'Fournier',
    givenNames: 'Jacques',
    birthDate: '1948-08-08',
    sex: M,
    phone: '+33 6 12 34 56 20',
  },
  {
    familyName: 'Ait Ahmed',
    givenNames: 'Nadia',
    birthDate: '1985-03-23',
    sex: F,
    phone: '+33 6 12 34 56 21',
  },
  {
    familyName: 'Rossi',
    givenNames: 'Giulia',
    birthDate: '1993-05-15',
    sex: F,
    phone: '+33 6 12 34 56 22',
  },
  {
    familyName: 'Lambert',
    givenNames: 'Hugo',
    birthDate: '2008-10-02',
    sex: M,
    phone: '+33 6 12 34 56 23',
  },
  {
    familyName: 'Okafor',
    givenNames: 'Chidinma',
    birthDate: '1978-07-07',
    sex: F,
    phone: '+33 6 12 34 56 24',
  },
  {
    familyName: 'Bonnet',
    givenNames: 'Léa',
    birthDate: '2003-04-18',
    sex: F,
    phone: '+33 6 12 34 56 25',
  },
  {
    familyName: 'Müller',
    givenNames: 'Anna',
    birthDate: '1966-02-26',
    sex: F,
    phone: '+33 6 12 34 56 26',
  },
  {
    familyName: 'Faure',
    givenNames: 'Louis',
    birthDate: '1952-12-12',
    sex: M,
    phone: '+33 6 12 34 56 27',
  },
  {
    familyName: 'Nakamura',
    givenNames: 'Yui',
    birthDate: '1997-09-09',
    sex: F,
    phone: '+33 6 12 34 56 28',
  },
  {
    familyName: 'Gauthier',
    givenNames: 'Noël',
    birthDate: '1959-12-25',
    sex: M,
    phone: '+33 6 12 34 56 29',
  },
  {
    familyName: 'Diop',
    givenNames: 'Fatou',
    birthDate: '1982-01-05',
    sex: F,
    phone: '+33 6 12 34 56 30',
  },
  {
    familyName: 'André',
    givenNames: 'Manon',
    birthDate: '2019-03-14',
    sex: F,
    phone: '+33 6 12 34 56 31',
  },
  {
    familyName: 'Kaya',
    givenNames: 'Emre',
    birthDate: '1971-06-06',
    sex: M,
    phone: '+33 6 12 34 56 32',
  },
  {
    familyName: 'Dubois',
    givenNames: 'Isabelle',
    birthDate: '1963-10-20',
    sex: F,
    phone: '+33 6 12 34 56 33',
  },
  {
    familyName: 'Hernández',
    givenNames: 'Mateo',
    birthDate: '2010-11-11',
    sex: M,
    phone: '+33 6 12 34 56 34',
  },
];

/** The two patients who also get a portal account. */
export const DEMO_PATIENT_ACCOUNTS = [
  { key: 'patient.a', patientIndex: 0 },
  { key: 'patient.b', patientIndex: 4 },
];

/** What reception and clinicians added to some demo records, by index in DEMO_PATIENTS. */
export interface DemoPatientDetails {
  patientIndex: number;
  /** Measured by staff; the patient sees it on her profile and cannot change it. */
  weightKg?: number;
  bloodGroup?: string;
  address?: { line1: string; postalCode: string; city: string; country: string };
  emergencyContact?: { name: string; relation: string; phone: string };
  insurance?: { payer: string; memberNumber: string };
  /** Asked, and none: a recorded "no known allergies". */
  noKnownAllergies?: boolean;
  allergies?: {
    substance: string;
    reaction: string;
    severity: 'MILD' | 'MODERATE' | 'SEVERE' | 'LIFE_THREATENING';
    kind?: 'ALLERGY' | 'INTOLERANCE';
    active?: boolean;
  }[];
}

export const DEMO_PATIENT_DETAILS: DemoPatientDetails[] = [
  {
    patientIndex: 0,
    bloodGroup: 'A_POS',
    weightKg: 64.5,
    address: { line1: '12 rue des Lilas', postalCode: '69003', city: 'Lyon', country: 'FR' },
    emergencyContact: { name: 'Jacques Dupont', relation: 'Époux', phone: '+33 6 98 76 54 01' },
    insurance: { payer: 'CPAM du Rhône', memberNumber: '2 58 04 69 123 456 78' },
    noKnownAllergies: true,
  },
  {
    patientIndex: 1,
    bloodGroup: 'O_POS',
    insurance: { payer: 'MGEN', memberNumber: '1 72 11 75 456 789 12' },
    emergencyContact: { name: 'Sophie Durand', relation: 'Sœur', phone: '+33 6 98 76 54 02' },
  },
  {
    patientIndex: 3,
    bloodGroup: 'B_NEG',
    address: { line1: '4 avenue Jean Jaurès', postalCode: '75019', city: 'Paris', country: 'FR' },
    emergencyContact: { name: 'Thi Lan Nguyen', relation: 'Fille', phone: '+33 6 98 76 54 04' },
    insurance: { payer: 'CPAM de Paris', memberNumber: '1 65 01 75 321 654 98' },
    allergies: [
      {
        substance: 'Arachide',
        reaction: 'Œdème de Quincke',
        severity: 'LIFE_THREATENING',
      },
      {
        substance: 'Lactose',
        reaction: 'Troubles digestifs',
        severity: 'MILD',
        kind: 'INTOLERANCE',
      },
    ],
  },
  {
    patientIndex: 4,
    bloodGroup: 'O_NEG',
    address: { line1: '8 place Bellecour', postalCode: '69002', city: 'Lyon', country: 'FR' },
    emergencyContact: { name: 'Leïla Haddad', relation: 'Épouse', phone: '+33 6 98 76 54 05' },
    insurance: { payer: 'Harmonie Mutuelle', memberNumber: 'HM-4471-2290' },
    allergies: [
      { substance: 'Aspirine', reaction: 'Bronchospasme', severity: 'SEVERE' },
      { substance: 'Codéine', reaction: 'Nausées', severity: 'MILD', active: false },
    ],
  },
  {
    patientIndex: 6,
    insurance: { payer: 'Techniker Krankenkasse', memberNumber: 'TK-883120457' },
    emergencyContact: { name: 'Anna Schmidt', relation: 'Mother', phone: '+49 170 1234567' },
    noKnownAllergies: true,
  },
  {
    patientIndex: 10,
    bloodGroup: 'AB_POS',
    emergencyContact: { name: 'Annie Rousseau', relation: 'Fille', phone: '+33 6 98 76 54 11' },
    insurance: { payer: 'CPAM de la Gironde', memberNumber: '1 40 05 33 987 123 45' },
    allergies: [
      { substance: 'Produits de contraste iodés', reaction: 'Urticaire', severity: 'MODERATE' },
    ],
  },
];
