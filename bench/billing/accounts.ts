/** Names the billing bench seed writes and the bench reads (no side effects: safe to import). */
export const BILLING_PASSWORD = 'bench-password-not-secret-42';
/** The cashier who reads the worklist and patients' balances. */
export const BILLING_CASHIER = 'bench.billing.cashier@caregraph.example';
