import type { Strings } from '../../../i18n/strings';
import type { mailEn } from './en';

/** Les libellés de la boîte d’envoi. */
export const mailFr: Strings<typeof mailEn> = {
  home: {
    mailShortcut: 'Boîte d’envoi',
    mailShortcutText: 'Les e-mails envoyés aux patients et au personnel, et leur remise',
  },
  mail: {
    title: 'Boîte d’envoi',
    status: 'État',
    all: 'Tous',
    count_one: '{{count}} e-mail',
    count_other: '{{count}} e-mails',
    empty: 'Aucun e-mail.',
    to: 'Destinataire',
    written: 'Écrit',
    sentAt: 'Envoyé',
    attempts: 'Tentatives',
    error: 'Dernière erreur',
    show: 'Afficher le texte',
    hide: 'Masquer le texte',
    loadMore: 'Plus d’e-mails',
    QUEUED: 'En attente',
    SENT: 'Envoyé',
    FAILED: 'Échec',
    PASSWORD_RESET: 'Mot de passe oublié',
    EMAIL_VERIFICATION: 'Confirmation d’adresse',
    APPOINTMENT_REMINDER: 'Rappel de rendez-vous',
  },
};
