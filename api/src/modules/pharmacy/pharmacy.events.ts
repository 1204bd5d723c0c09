/** Facts the pharmacy module publishes; subscribers are wired in `app/events.ts`. */
export interface StockDispensedFact {
  operationId: string;
  patientId: string;
  prescriptionId: string | null;
  itemId: string;
  itemNameFr: string;
  itemNameEn: string;
  /** One entry per ledger line (a FEFO pick may split across lots). */
  lines: { movementId: string; lotId: string; quantity: number }[];
  /** Price of one unit of issue when dispensed, in cents. */
  unitPriceCents: number;
  at: Date;
}

declare module '../../kernel/events.js' {
  interface DomainEvents {
    /** Units were dispensed to a patient (billing charges them). */
    StockDispensed: StockDispensedFact;
  }
}

/** A lot was recalled: who must hear, per affected inpatient (the publisher's rule). */
export interface LotRecalledFact {
  lotId: string;
  lotNumber: string;
  itemNameFr: string;
  itemNameEn: string;
  reason: string;
  /** Patients in a bed now who received the lot, each with the doctors to tell. */
  patients: { patientId: string; patientName: string; recipientUserIds: string[] }[];
  at: Date;
}

/** The alerts job found alerts that were not there at its previous run. */
export interface StockAlertsRaisedFact {
  /** New alerts by kind. */
  counts: { belowReorderLevel: number; expiring: number; expiredOnHand: number };
  /** The pharmacists to tell. */
  recipientUserIds: string[];
  at: Date;
}

declare module '../../kernel/events.js' {
  interface DomainEvents {
    /** A lot was recalled: notifications tells the doctors of the inpatients who received it. */
    LotRecalled: LotRecalledFact;
    /** New stock alerts were computed: notifications tells the pharmacists. */
    StockAlertsRaised: StockAlertsRaisedFact;
  }
}
