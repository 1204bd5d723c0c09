import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n, loadAppStrings } from '../../i18n';
import type { BoardTile } from './bed-board';
import { ageSex, allergyText, news2Text, tileLabel } from './tile-text';

let fr: TFunction;
let en: TFunction;

beforeAll(async () => {
  const i18nFr = await createI18n('fr');
  await loadAppStrings(i18nFr);
  fr = i18nFr.t;
  const i18nEn = await createI18n('en');
  await loadAppStrings(i18nEn);
  en = i18nEn.t;
});

const occupied: BoardTile = {
  bedId: 'b1',
  label: '301-A',
  roomId: 'r1',
  roomNumber: '301',
  roomKind: 'DOUBLE',
  isolationCapable: false,
  status: 'OCCUPIED',
  condition: 'READY',
  conditionReason: null,
  conditionSince: '2026-06-01T08:00:00Z',
  reservationId: null,
  reservedFor: null,
  reservedPatientName: null,
  reservedPatientId: null,
  occupant: {
    admissionId: 'a1',
    patientId: 'p1',
    name: 'LAMBERT Jeanne',
    mrn: 'MRN-1',
    age: 72,
    sex: 'FEMALE',
    days: 3,
    admittedAt: '2026-05-29T08:00:00Z',
    attendingName: 'DUPONT Jean',
    attendingUserId: 'd1',
    clinicalShown: true,
    news2Score: 7,
    news2Risk: 'HIGH',
    allergyFlag: true,
    newResults: 2,
  },
};

describe('NEWS2 in words', () => {
  it('gives the score and its risk, in French and in English', () => {
    expect(news2Text(fr, 7, 'HIGH')).toBe('NEWS2 7 · risque élevé');
    expect(news2Text(fr, 3, 'LOW_MEDIUM')).toBe('NEWS2 3 · risque faible à moyen');
    expect(news2Text(en, 5, 'MEDIUM')).toBe('NEWS2 5 · medium risk');
    expect(news2Text(en, null, null)).toBe('NEWS2 not scored');
  });
});

describe('tile words', () => {
  it('writes age and sex short', () => {
    expect(ageSex(fr, 72, 'FEMALE')).toBe('72 ans · F');
    expect(ageSex(en, 4, 'MALE')).toBe('4 y · M');
  });

  it('tells known, none known and unrecorded allergies apart', () => {
    expect(allergyText(fr, true)).toBe('Allergies');
    expect(allergyText(fr, false)).toBe('Pas d’allergie connue');
    expect(allergyText(fr, null)).toBe('Allergies non renseignées');
  });

  it('sums an occupied tile up for screen readers, the clinical part only when allowed', () => {
    expect(tileLabel(occupied, fr, 'fr', true)).toBe(
      'Lit 301-A, Occupé, LAMBERT Jeanne, 72 ans, Féminin, admis·e depuis 3 jours, Référent : DUPONT Jean, NEWS2 7 · risque élevé, Allergies, 2 nouveaux résultats',
    );
    expect(tileLabel(occupied, en, 'en', false)).toBe(
      'Bed 301-A, Occupied, LAMBERT Jeanne, 72 years old, Female, admitted 3 days ago, Attending: DUPONT Jean',
    );
  });

  it('says clinical data is withheld, not absent, for a patient outside the wards one covers', () => {
    const elsewhere: BoardTile = {
      ...occupied,
      occupant: {
        ...occupied.occupant!,
        clinicalShown: false,
        news2Score: null,
        news2Risk: null,
        allergyFlag: null,
        newResults: null,
      },
    };
    const fr1 = tileLabel(elsewhere, fr, 'fr', true);
    expect(fr1).toBe(
      'Lit 301-A, Occupé, LAMBERT Jeanne, 72 ans, Féminin, admis·e depuis 3 jours, Référent : DUPONT Jean, Données cliniques non accessibles — hors de vos services',
    );
    expect(fr1).not.toContain('NEWS2');
    expect(tileLabel(elsewhere, en, 'en', true)).toMatch(
      /Attending: DUPONT Jean, Clinical data not available — outside your wards$/,
    );
  });

  it('says for whom and when a bed is held, and why one is out of service', () => {
    const reserved: BoardTile = {
      ...occupied,
      status: 'RESERVED',
      occupant: null,
      reservedFor: '2026-06-02T08:00:00Z',
      reservedPatientName: 'RENAUD Paul',
    };
    expect(tileLabel(reserved, fr, 'fr', true)).toMatch(
      /^Lit 301-A, Réservé, Pour RENAUD Paul, .*10:00$/,
    );
    const broken: BoardTile = {
      ...occupied,
      status: 'OUT_OF_SERVICE',
      occupant: null,
      conditionReason: 'Barrière de lit cassée',
    };
    expect(tileLabel(broken, fr, 'fr', true)).toBe(
      'Lit 301-A, Hors service, Barrière de lit cassée',
    );
  });

  it('says "admitted today" on the day of admission', () => {
    const today: BoardTile = {
      ...occupied,
      occupant: { ...occupied.occupant!, days: 0 },
    };
    expect(tileLabel(today, en, 'en', false)).toContain('admitted today');
  });
});
