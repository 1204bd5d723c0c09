/** Facts the pharmacy module publishes; subscribers are wired in `app/events.ts`. */
export interface StockDispensedFact {
  operationId: string;
  patientId: string;
  prescriptionId: string | null;
  itemId: string;
  /** One entry per ledger line (a FEFO pick may split across lots). */
  lines: { movementId: string; lotId: string; quantity: number }[];
  /** Price of one unit of issue when dispensed, in cents. */
  unitPriceCents: number;
  at: Date;
}

declare module '../../kernel/events.js' {
  interface DomainEvents {
    /** Units were dispensed to a patient (billing charges them; nobody listens yet). */
    StockDispensed: StockDispensedFact;
  }
}
