export { Notification } from './notification.entity.js';
export { NotificationsResolver } from './notifications.resolver.js';
export { notificationRules } from './notifications.rules.js';
export { notify, type NewNotification } from './notifications.service.js';
