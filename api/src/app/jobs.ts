import type { AnyJob } from '../kernel/jobs.js';
import { auditSealJob } from '../modules/audit/index.js';
import { sessionCleanupJob } from '../modules/auth/index.js';
import { mailDeliveryJob } from '../modules/mail/index.js';
import { stockAlertsJob } from '../modules/pharmacy/index.js';
import { appointmentRemindersJob } from '../modules/scheduling/index.js';

/**
 * Every background job of the hospital, in one place, as `events.ts` lists who acts on which
 * fact. Each module declares its jobs (`defineJob`) beside the work they do; the job runner
 * (`kernel/jobs.ts`) creates, schedules and works exactly these on every instance.
 */
export const appJobs: readonly AnyJob[] = [
  // Seals recent audit rows into hash-chained blocks, every minute.
  auditSealJob,
  // Deletes sessions and refresh tokens ended over 30 days ago, every night.
  sessionCleanupJob,
  // Computes stock alerts (reorder, expiring, expired on hand) into a table, every hour.
  stockAlertsJob,
  // Delivers the mail outbox (SMTP, or .eml files without it), every minute and after a mutation
  // that wrote a mail.
  mailDeliveryJob,
  // Mails tomorrow's appointments a reminder (once per appointment and start), every hour.
  appointmentRemindersJob,
];
