import type { RequestContext } from '../../../kernel/context.js';

/** One dose whose units may come out of stock, as records tells the pharmacy. */
export interface DoseTaken {
  administrationId: string;
  patientId: string;
  prescriptionId: string;
  /** The prescription's catalogue item; null for a free-text medicine. */
  stockItemId: string | null;
  /** Units of issue the dose takes. */
  units: number;
  /** The lot the nurse named, or null: the pharmacy proposes the first-expiring one. */
  lotId: string | null;
  /** False for a correction: the record it replaces already took its units. */
  consume: boolean;
}

/**
 * What records asks of the pharmacy when a dose is recorded. The pharmacy module imports records
 * (prescriptions), so records cannot import it: the composition root (`app/pharmacy.ts`) hands
 * the pharmacy's answer in at start, as `useCareScope` does for the access policy.
 */
export interface DoseStock {
  /** Whether a catalogue item exists and is stocked (active): else it cannot be prescribed. */
  isPrescribable(ctx: RequestContext, itemId: string): Promise<boolean>;
  /**
   * Checks the named lot (LOT_EXPIRED, LOT_RECALLED, another item's lot) and takes the dose's
   * units from the patient's ward stock in the dose's transaction; answers the lot the dose came
   * from, or null when there is none. Never refuses a dose for want of stock.
   */
  takeDose(ctx: RequestContext, dose: DoseTaken): Promise<string | null>;
}

let doseStock: DoseStock | null = null;

/** Set once at start by the composition root; null leaves doses without lots. */
export function useDoseStock(port: DoseStock | null): void {
  doseStock = port;
}

/** The pharmacy's answer, when it was wired. */
export function currentDoseStock(): DoseStock | null {
  return doseStock;
}
