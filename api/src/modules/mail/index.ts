export { MailKind, MailOutbox, MailStatus, REDACTED } from './mail-outbox.entity.js';
export { queueMail, useMailKick, type OutgoingMail } from './mail.service.js';
export {
  deliverQueuedMail,
  mailDeliveryJob,
  useMailSettings,
  type MailSettings,
} from './mail-delivery.js';
export { MailResolver } from './mail.resolver.js';
export { mailRules } from './mail.rules.js';
