export { Notification } from './notification.entity.js';
export { NotificationKind, type NotificationParams } from './notification-kind.js';
export { NotificationsResolver } from './notifications.resolver.js';
export { notificationRules } from './notifications.rules.js';
export { NOTIFICATION_TOPIC, type NotificationPush } from './notifications.service.js';
export {
  notifyAppointmentBooked,
  notifyAppointmentCancelled,
  notifyAppointmentDelayed,
  notifyAppointmentMoved,
  notifyEmergencyAccessOpened,
  notifyLabResultEntered,
  notifyLotRecalled,
  notifyStockAlertsRaised,
  notifyPractitionerDayCancelled,
  notifyVitalsScoredAtRisk,
  notifyWaitlistSlotOffered,
} from './notifications.handlers.js';
