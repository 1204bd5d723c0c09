import type { i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NotificationKind } from '../../gql/graphql';
import { createI18n, loadAppStrings } from '../../i18n';
import { renderNotification, type NotificationData } from './render-notification';

let i18n: I18n;

beforeAll(async () => {
  i18n = await createI18n('en');
  await loadAppStrings(i18n);
});

function render(n: NotificationData, language: 'en' | 'fr') {
  return renderNotification(n, i18n.getFixedT(language), language);
}

/** Tuesday 2 June 2026 at HH:MM in Paris (UTC+2). */
const paris = (hhmm: string) => new Date(`2026-06-02T${hhmm}:00+02:00`).toISOString();
const practitionerName = 'Dr MARTIN Anne';
const patient = { patientId: 'p-1', patientName: 'DURAND Pierre' };
const potassium = {
  ...patient,
  testNameFr: 'Potassium',
  testNameEn: 'Potassium',
  valueNumeric: 7.1,
  valueText: null,
  unit: 'mmol/L',
  flag: 'CRITICAL_HIGH',
  corrected: false,
};

/** Every kind, with parameters as the API writes them, and its text in both languages. */
const CASES: Record<
  NotificationKind,
  { params: Record<string, unknown>; en: [string, string]; fr: [string, string] }
> = {
  APPOINTMENT_BOOKED: {
    params: { startsAt: paris('09:00'), practitionerName },
    en: ['Appointment booked', 'Your appointment with Dr MARTIN Anne is on Tue, Jun 2, 09:00.'],
    fr: ['Rendez-vous pris', 'Votre rendez-vous avec Dr MARTIN Anne est le mar. 2 juin, 09:00.'],
  },
  APPOINTMENT_MOVED: {
    params: { startsAt: paris('14:20'), previousStartsAt: paris('09:00'), practitionerName },
    en: [
      'Appointment moved',
      'Your appointment with Dr MARTIN Anne is now on Tue, Jun 2, 14:20 (it was on Tue, Jun 2, 09:00).',
    ],
    fr: [
      'Rendez-vous déplacé',
      'Votre rendez-vous avec Dr MARTIN Anne est désormais le mar. 2 juin, 14:20 (au lieu du mar. 2 juin, 09:00).',
    ],
  },
  APPOINTMENT_CANCELLED: {
    params: { startsAt: paris('16:40'), practitionerName },
    en: [
      'Appointment cancelled',
      'Your appointment with Dr MARTIN Anne on Tue, Jun 2, 16:40 is cancelled.',
    ],
    fr: [
      'Rendez-vous annulé',
      'Votre rendez-vous avec Dr MARTIN Anne du mar. 2 juin, 16:40 est annulé.',
    ],
  },
  APPOINTMENT_DELAYED: {
    params: {
      startsAt: paris('13:30'),
      previousStartsAt: paris('13:00'),
      delayMinutes: 30,
      practitionerName,
    },
    en: [
      'Your doctor is running late',
      'Your appointment with Dr MARTIN Anne now starts at 13:30, 30 minutes later.',
    ],
    fr: [
      'Votre médecin a du retard',
      'Votre rendez-vous avec Dr MARTIN Anne commence désormais à 13:30, 30 minutes plus tard.',
    ],
  },
  APPOINTMENT_CANCELLED_PRACTITIONER: {
    params: { startsAt: paris('09:00'), practitionerName },
    en: [
      'Appointment cancelled',
      'Dr MARTIN Anne is unavailable: your appointment on Tue, Jun 2, 09:00 is cancelled. Reception will call you.',
    ],
    fr: [
      'Rendez-vous annulé',
      'Dr MARTIN Anne est indisponible : votre rendez-vous du mar. 2 juin, 09:00 est annulé. L’accueil va vous appeler.',
    ],
  },
  PATIENTS_TO_CALL: {
    params: { count: 3, practitionerName },
    en: ['Patients to call', '3 appointments with Dr MARTIN Anne cancelled (practitioner absent).'],
    fr: ['Patients à rappeler', '3 rendez-vous de Dr MARTIN Anne annulés (praticien absent).'],
  },
  WAITLIST_OFFER: {
    params: { startsAt: paris('10:00'), expiresAt: paris('08:45'), practitionerName },
    en: [
      'An earlier slot is free',
      'Dr MARTIN Anne, Tue, Jun 2, 10:00: accept it in your appointments before 08:45, when it goes to someone else.',
    ],
    fr: [
      'Un créneau plus tôt s’est libéré',
      'Dr MARTIN Anne, mar. 2 juin, 10:00 : acceptez-le dans vos rendez-vous avant 08:45, ensuite il sera proposé à quelqu’un d’autre.',
    ],
  },
  NEWS2_MEDIUM: {
    params: { ...patient, score: 5 },
    en: ['NEWS2 5 — DURAND Pierre', 'Medium NEWS2 (5): prompt review.'],
    fr: ['NEWS2 5 — DURAND Pierre', 'Score NEWS2 moyen (5) : réévaluation rapide.'],
  },
  NEWS2_HIGH: {
    params: { ...patient, score: 13 },
    en: ['NEWS2 13 — DURAND Pierre', 'High NEWS2 (13): urgent medical assessment.'],
    fr: ['NEWS2 13 — DURAND Pierre', 'Score NEWS2 élevé (13) : évaluation médicale urgente.'],
  },
  LAB_RESULT: {
    params: {
      ...potassium,
      testNameFr: 'Sodium',
      testNameEn: 'Sodium',
      valueNumeric: 146.5,
      flag: 'HIGH',
    },
    en: ['Sodium: DURAND Pierre', 'Sodium = 146.5 mmol/L (high).'],
    fr: ['Sodium : DURAND Pierre', 'Sodium = 146,5 mmol/L (élevé).'],
  },
  LOT_RECALLED: {
    params: {
      patientName: 'DURAND Pierre',
      lotNumber: 'A123',
      itemNameFr: 'Amoxicilline 1 g',
      itemNameEn: 'Amoxicillin 1 g',
      reason: 'Contamination',
    },
    en: [
      'Lot recalled — DURAND Pierre',
      'Amoxicillin 1 g, lot A123, recalled: Contamination. This patient received it.',
    ],
    fr: [
      'Lot rappelé — DURAND Pierre',
      'Amoxicilline 1 g, lot A123, rappelé : Contamination. Ce patient en a reçu.',
    ],
  },
  EMERGENCY_ACCESS_OPENED: {
    params: {
      accessId: 'a1',
      patientName: 'DURAND Pierre',
      clinicianName: 'Claire Martin',
      expiresAt: '2026-06-01T10:00:00Z',
    },
    en: [
      'Emergency access to review',
      'Claire Martin opened the record of DURAND Pierre until 12:00.',
    ],
    fr: [
      'Accès d’urgence à examiner',
      'Claire Martin a ouvert le dossier de DURAND Pierre jusqu’à 12:00.',
    ],
  },
  STOCK_ALERTS: {
    params: { belowReorderLevel: 3, expiring: 1, expiredOnHand: 0 },
    en: ['Stock alerts', '3 items below reorder level · 1 lot expiring soon'],
    fr: ['Alertes de stock', '3 articles sous le seuil · 1 lot bientôt périmé'],
  },
  LAB_RESULT_CRITICAL: {
    params: potassium,
    en: ['CRITICAL — Potassium: DURAND Pierre', 'Potassium = 7.1 mmol/L (critically high).'],
    fr: ['CRITIQUE — Potassium : DURAND Pierre', 'Potassium = 7,1 mmol/L (critique haut).'],
  },
};

describe('renderNotification', () => {
  for (const [kind, c] of Object.entries(CASES) as [
    NotificationKind,
    (typeof CASES)[NotificationKind],
  ][]) {
    for (const language of ['en', 'fr'] as const) {
      it(`writes ${kind} in ${language === 'en' ? 'English' : 'French'}, times 24-hour`, () => {
        const [title, body] = c[language];
        expect(render({ kind, params: c.params }, language)).toEqual({ title, body });
      });
    }
  }

  it('agrees minutes and appointments with their number', () => {
    const one = (kind: NotificationKind, params: Record<string, unknown>) =>
      render({ kind, params: { practitionerName, ...params } }, 'en').body;
    expect(one('APPOINTMENT_DELAYED', { startsAt: paris('13:01'), delayMinutes: 1 })).toBe(
      'Your appointment with Dr MARTIN Anne now starts at 13:01, 1 minute later.',
    );
    expect(one('PATIENTS_TO_CALL', { count: 1 })).toBe(
      '1 appointment with Dr MARTIN Anne cancelled (practitioner absent).',
    );
  });

  it('names a corrected result, and writes a text result as entered', () => {
    const params = {
      ...potassium,
      testNameFr: 'Groupe sanguin',
      testNameEn: 'Blood group',
      valueNumeric: null,
      valueText: 'A+',
      unit: null,
      flag: 'NORMAL',
      corrected: true,
    };
    expect(render({ kind: 'LAB_RESULT', params }, 'en').body).toBe(
      'Blood group = A+ (normal). Corrected result.',
    );
    expect(render({ kind: 'LAB_RESULT', params }, 'fr')).toEqual({
      title: 'Groupe sanguin : DURAND Pierre',
      body: 'Groupe sanguin = A+ (normal). Résultat corrigé.',
    });
  });

  it('shows a notification stored before kinds had parameters with its stored text', () => {
    const legacy = {
      kind: 'NEWS2_HIGH' as const,
      params: { title: 'NEWS2 9 — DURAND Pierre', body: 'Score NEWS2 élevé (9) : évaluation.' },
    };
    for (const language of ['en', 'fr'] as const) {
      expect(render(legacy, language)).toEqual(legacy.params);
    }
  });

  it('says something arrived for a kind newer than the app', () => {
    const newer = { kind: 'BED_ASSIGNED' as NotificationKind, params: {} };
    expect(render(newer, 'en')).toEqual({ title: 'New notification', body: '' });
    expect(render(newer, 'fr')).toEqual({ title: 'Nouvelle notification', body: '' });
  });
});
