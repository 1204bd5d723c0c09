import type { AppConfig } from '../kernel/config.js';
import { pharmacyDoseStock, useStockAlertSettings } from '../modules/pharmacy/index.js';
import { useDoseStock } from '../modules/records/index.js';

/**
 * Hands records the pharmacy's side of a dose (records cannot import the pharmacy, which imports
 * records' prescriptions): a prescription's catalogue item is checked there, and a dose given
 * takes its units from the ward's stock in its own transaction. Gives the alerts job its
 * settings. Called once at start, with the configuration.
 */
export function wirePharmacy(config: Pick<AppConfig, 'timeZone' | 'stockExpiryAlertDays'>): void {
  useDoseStock(pharmacyDoseStock);
  useStockAlertSettings({ timeZone: config.timeZone, expiryDays: config.stockExpiryAlertDays });
}
