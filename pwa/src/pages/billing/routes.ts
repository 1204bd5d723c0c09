import { calculatorOutline, cashOutline, pricetagsOutline, receiptOutline } from 'ionicons/icons';
import { STAFF_ROLES, type AppPage } from '../../app/page-registry';

const loadInvoice = () => import('./InvoicePage');

/**
 * Billing: the cashier's worklist (their tab, and first on their home), a patient's billing, an
 * invoice with its payments, the cash-up; a patient's own invoices; the tariffs and insurers'
 * cover. Each page shows exactly when the API grants its capability.
 */
export const billingPages: AppPage[] = [
  {
    path: 'billing',
    roles: ['CASHIER'],
    requires: 'BILL_PATIENTS',
    load: () => import('./BillingWorklistPage'),
    tab: { label: 'nav.billing', icon: cashOutline, order: 1 },
    shortcut: {
      label: 'home.billingShortcut',
      description: 'home.billingShortcutText',
      icon: cashOutline,
      order: 0,
    },
  },
  {
    path: 'billing/patients/:patientId',
    roles: ['CASHIER'],
    requires: 'BILL_PATIENTS',
    load: () => import('./PatientBillingPage'),
  },
  {
    path: 'billing/invoices/:invoiceId',
    roles: ['CASHIER'],
    requires: 'BILL_PATIENTS',
    load: loadInvoice,
  },
  {
    path: 'billing/cash-up',
    roles: ['CASHIER'],
    requires: 'CLOSE_CASH_UP',
    load: () => import('./CashUpPage'),
    shortcut: {
      label: 'home.cashUpShortcut',
      description: 'home.cashUpShortcutText',
      icon: calculatorOutline,
      order: 0,
    },
  },
  {
    path: 'my-invoices',
    roles: ['PATIENT'],
    requires: 'READ_MY_INVOICES',
    load: () => import('./MyInvoicesPage'),
    shortcut: {
      label: 'home.myInvoicesShortcut',
      description: 'home.myInvoicesShortcutText',
      icon: receiptOutline,
      order: 3,
    },
  },
  {
    path: 'my-invoices/:invoiceId',
    roles: ['PATIENT'],
    requires: 'READ_MY_INVOICES',
    load: loadInvoice,
  },
  {
    path: 'tariffs',
    roles: STAFF_ROLES,
    requires: 'READ_TARIFFS',
    load: () => import('./TariffsPage'),
    shortcut: {
      label: 'home.tariffsShortcut',
      description: 'home.tariffsShortcutText',
      icon: pricetagsOutline,
      order: 5,
    },
  },
];
