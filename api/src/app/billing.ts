import type { AppConfig } from '../kernel/config.js';
import { useBillingSettings } from '../modules/billing/index.js';

/** Gives billing its currency, time zone and letterhead. Called once at start. */
export function wireBilling(
  config: Pick<AppConfig, 'currency' | 'timeZone' | 'hospitalName'>,
): void {
  useBillingSettings({
    currency: config.currency,
    timeZone: config.timeZone,
    hospitalName: config.hospitalName,
  });
}
