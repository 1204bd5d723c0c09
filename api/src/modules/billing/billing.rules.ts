import { roles, type RuleMap } from '../../kernel/auth/predicates.js';
import { Role } from '../../kernel/auth/roles.js';
import type { Viewer } from '../../kernel/context.js';

const { ADMIN, CASHIER, MANAGER, PATIENT } = Role;

/**
 * Billing's roles (the issue's table): cashiers bill, take payments and close their drawer;
 * managers read everything billing but no patient (names are denied them field by field) and set
 * tariffs with admins; a patient reads their own invoices and receipts; clinical roles see no
 * amounts (their acts make charges through events, never through this API).
 */
const cashier = roles(CASHIER);
const tariffSetters = roles(MANAGER, ADMIN);
const tariffReaders = roles(CASHIER, MANAGER, ADMIN);
const invoiceReaders = roles(CASHIER, MANAGER, PATIENT);
const oversight = roles(CASHIER, MANAGER);
const patientSide = roles(CASHIER, PATIENT);

/** Whose invoice reads skip the patient policy because they show no patient (managers). */
export function readsInvoicesWithoutPatients(viewer: Pick<Viewer, 'role'>): boolean {
  return viewer.role === MANAGER;
}

/** Whose cash-up list is their own drawer's only (cashiers); managers see every drawer. */
export function seesOnlyOwnCashUps(viewer: Pick<Viewer, 'role'>): boolean {
  return viewer.role === CASHIER;
}

export const billingRules: RuleMap = {
  Query: {
    billingSettings: roles(CASHIER, MANAGER, ADMIN, PATIENT),
    tariffs: tariffReaders,
    insuranceCoverages: tariffReaders,
    billingWorklist: cashier,
    patientBilling: patientSide,
    billableCharges: patientSide,
    myInvoices: roles(PATIENT),
    invoice: invoiceReaders,
    invoices: oversight,
    invoicePdf: invoiceReaders,
    receiptPdf: patientSide,
    insurerClaims: oversight,
    cashUpPreview: cashier,
    cashUps: oversight,
  },
  Mutation: {
    setTariff: tariffSetters,
    setInsuranceCoverage: tariffSetters,
    addManualCharge: cashier,
    priceCharge: cashier,
    voidCharge: cashier,
    createInvoice: cashier,
    issueInvoice: cashier,
    discardDraftInvoice: cashier,
    issueCreditNote: cashier,
    recordPayment: cashier,
    refundPayment: cashier,
    closeCashDay: cashier,
  },
  BillingSettingsInfo: roles(CASHIER, MANAGER, ADMIN, PATIENT),
  Tariff: tariffReaders,
  InsuranceCoverage: tariffReaders,
  BillingWorklistRow: cashier,
  PatientBilling: patientSide,
  Charge: patientSide,
  Invoice: {
    '*': invoiceReaders,
    patientName: patientSide,
    patientId: patientSide,
    memberNumber: patientSide,
  },
  InvoiceLine: invoiceReaders,
  InvoiceConnection: oversight,
  InvoiceEdge: oversight,
  Payment: patientSide,
  InsurerClaim: oversight,
  CashUp: oversight,
  CashUpPreview: cashier,
  PaymentTotals: oversight,
  BillingDocument: invoiceReaders,
};

/** Fields with a rule of their own: who the invoice names. */
export const BILLING_SENSITIVE_FIELDS = [
  'Invoice.patientName',
  'Invoice.patientId',
  'Invoice.memberNumber',
];
