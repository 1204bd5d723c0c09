/** What billing needs from the configuration; set once at start by `app/billing.ts`. */
export interface BillingSettings {
  /** ISO 4217 code of every amount. */
  currency: string;
  /** The hospital's time zone: the day of an act (its price), the nights of a stay, the year of a number. */
  timeZone: string;
  /** Printed at the top of invoices and receipts. */
  hospitalName: string;
}

let settings: BillingSettings = {
  currency: 'EUR',
  timeZone: 'Europe/Paris',
  hospitalName: 'CareGraph',
};

export function useBillingSettings(s: BillingSettings): void {
  settings = s;
}

export function billingSettings(): BillingSettings {
  return settings;
}
