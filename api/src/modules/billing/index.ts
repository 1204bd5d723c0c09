export { Tariff } from './tariff.entity.js';
export { InsuranceCoverage } from './coverage.entity.js';
export { Charge } from './charge.entity.js';
export { BillingCounter, Invoice, InvoiceLine } from './invoice.entity.js';
export { CashUp, Payment } from './payment.entity.js';
export { ActKind, InvoiceKind, InvoiceStatus, PaymentMethod } from './billing-enums.js';
export { BillingResolver, CashUpResolver } from './billing.resolver.js';
export { billingRules, BILLING_SENSITIVE_FIELDS } from './billing.rules.js';
export {
  chargeCompletedVisit,
  chargeDispensed,
  chargeStay,
  chargeValidatedLabTest,
} from './charges.service.js';
export { useBillingSettings, type BillingSettings } from './settings.js';
export type { InvoiceIssuedFact } from './billing.events.js';
// What the demo seed (app/seed) needs to write billing rows as the services would.
export { nextNumber } from './numbering.js';
export { insurerShare } from './money.js';
export { payerKeyOf } from './coverage.entity.js';
export { billingSettings } from './settings.js';
export { BillingRefusal, BillingRefusalReason } from './refusals.js';
