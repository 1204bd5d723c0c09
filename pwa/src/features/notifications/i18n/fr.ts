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
  },
};
