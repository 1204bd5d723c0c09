import { authenticated, type RuleMap } from '../../kernel/auth/predicates.js';

/** Everyone signed in has notifications; services and filters keep each to its own user. */
export const notificationRules: RuleMap = {
  Query: { notifications: authenticated, unreadNotificationCount: authenticated },
  Mutation: { markNotificationRead: authenticated, markAllNotificationsRead: authenticated },
  Subscription: { notificationAdded: authenticated },
  Notification: authenticated,
  NotificationConnection: authenticated,
  NotificationEdge: authenticated,
};
