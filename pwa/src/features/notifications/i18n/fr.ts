import type { Strings } from '../../../i18n/strings';
import type { notificationsEn } from './en';

/** Les libellés des notifications. */
export const notificationsFr: Strings<typeof notificationsEn> = {
  notifications: {
    title: 'Notifications',
    bell_one: 'Notifications, {{count}} non lue',
    bell_other: 'Notifications, {{count}} non lues',
    markAll: 'Tout marquer comme lu',
    markRead: 'Marquer comme lu',
    empty: 'Aucune notification.',
    unread: 'Non lue',
    urgent: 'Urgent',
    open: 'Ouvrir',
    kinds: {
      APPOINTMENT_BOOKED: {
        title: 'Rendez-vous pris',
        body: 'Votre rendez-vous avec {{practitioner}} est le {{when}}.',
      },
      APPOINTMENT_MOVED: {
        title: 'Rendez-vous déplacé',
        body: 'Votre rendez-vous avec {{practitioner}} est désormais le {{when}} (au lieu du {{before}}).',
      },
      APPOINTMENT_CANCELLED: {
        title: 'Rendez-vous annulé',
        body: 'Votre rendez-vous avec {{practitioner}} du {{when}} est annulé.',
      },
      APPOINTMENT_DELAYED: {
        title: 'Votre médecin a du retard',
        body_one:
          'Votre rendez-vous avec {{practitioner}} commence désormais à {{time}}, {{count}} minute plus tard.',
        body_other:
          'Votre rendez-vous avec {{practitioner}} commence désormais à {{time}}, {{count}} minutes plus tard.',
      },
      APPOINTMENT_CANCELLED_PRACTITIONER: {
        title: 'Rendez-vous annulé',
        body: '{{practitioner}} est indisponible : votre rendez-vous du {{when}} est annulé. L’accueil va vous appeler.',
      },
      PATIENTS_TO_CALL: {
        title: 'Patients à rappeler',
        body_one: '{{count}} rendez-vous de {{practitioner}} annulé (praticien absent).',
        body_other: '{{count}} rendez-vous de {{practitioner}} annulés (praticien absent).',
      },
      WAITLIST_OFFER: {
        title: 'Un créneau plus tôt s’est libéré',
        body: '{{practitioner}}, {{when}} : acceptez-le dans vos rendez-vous avant {{expires}}, ensuite il sera proposé à quelqu’un d’autre.',
      },
      NEWS2_MEDIUM: {
        title: 'NEWS2 {{score}} — {{patient}}',
        body: 'Score NEWS2 moyen ({{score}}) : réévaluation rapide.',
      },
      NEWS2_HIGH: {
        title: 'NEWS2 {{score}} — {{patient}}',
        body: 'Score NEWS2 élevé ({{score}}) : évaluation médicale urgente.',
      },
      LAB_RESULT: {
        title: '{{test}} : {{patient}}',
        body: '{{test}} = {{value}} ({{flag}}).',
      },
      LAB_RESULT_CRITICAL: {
        title: 'CRITIQUE — {{test}} : {{patient}}',
        body: '{{test}} = {{value}} ({{flag}}).',
      },
      LOT_RECALLED: {
        title: 'Lot rappelé — {{patient}}',
        body: '{{item}}, lot {{lot}}, rappelé : {{reason}}. Ce patient en a reçu.',
      },
      EMERGENCY_ACCESS_OPENED: {
        title: 'Accès d’urgence à examiner',
        body: '{{clinician}} a ouvert le dossier de {{patient}} jusqu’à {{until}}.',
      },
      STOCK_ALERTS: {
        title: 'Alertes de stock',
        belowReorderLevel_one: '{{count}} article sous le seuil',
        belowReorderLevel_other: '{{count}} articles sous le seuil',
        expiring_one: '{{count}} lot bientôt périmé',
        expiring_other: '{{count}} lots bientôt périmés',
        expiredOnHand_one: '{{count}} lot périmé en stock',
        expiredOnHand_other: '{{count}} lots périmés en stock',
      },
      corrected: 'Résultat corrigé.',
      unknown: 'Nouvelle notification',
    },
    flags: {
      NORMAL: 'normal',
      LOW: 'bas',
      HIGH: 'élevé',
      CRITICAL_LOW: 'critique bas',
      CRITICAL_HIGH: 'critique haut',
      ABNORMAL: 'anormal',
    },
  },
};
