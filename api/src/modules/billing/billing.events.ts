import type { ActKind } from './billing-enums.js';

/** An invoice was issued: its lines and, for each, the source records it bills. */
export interface InvoiceIssuedFact {
  invoiceId: string;
  patientId: string;
  number: string;
  lines: {
    invoiceLineId: string;
    actKind: ActKind;
    /** The pharmacy's ledger lines a medication line bills; empty otherwise. */
    sourceIds: string[];
  }[];
  at: Date;
}

declare module '../../kernel/events.js' {
  interface DomainEvents {
    /** An invoice was issued (the pharmacy links the dispensings it bills to their line). */
    InvoiceIssued: InvoiceIssuedFact;
  }
}
