/** English strings of notifications (`notifications.*`); `fr.ts` has the same keys. */
export const notificationsEn = {
  notifications: {
    title: 'Notifications',
    bell_one: 'Notifications, {{count}} unread',
    bell_other: 'Notifications, {{count}} unread',
    markAll: 'Mark all as read',
    markRead: 'Mark as read',
    empty: 'No notification.',
    unread: 'Unread',
    urgent: 'Urgent',
    open: 'Open',
  },
};
