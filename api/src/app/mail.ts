import type { AppConfig } from '../kernel/config.js';
import type { JobRunner } from '../kernel/jobs.js';
import { mailDeliveryJob, useMailKick, useMailSettings } from '../modules/mail/index.js';
import { useReminderSettings } from '../modules/scheduling/index.js';

/**
 * Gives the mail module its transport (SMTP_URL, or `.eml` files under `<DATA_DIR>/mail`) and,
 * once the job runner is up, the way a committed mutation asks for delivery at once; gives the
 * reminders the hospital's time zone and the PWA's address. Called at start, before the server
 * takes requests.
 */
export function wireMail(
  config: Pick<AppConfig, 'mail' | 'timeZone' | 'publicUrl'>,
  jobs: JobRunner | undefined,
): void {
  useMailSettings(config.mail);
  useMailKick(jobs ? () => jobs.send(mailDeliveryJob, {}) : undefined);
  useReminderSettings({ timeZone: config.timeZone, publicUrl: config.publicUrl });
}
