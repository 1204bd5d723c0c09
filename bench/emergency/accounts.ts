/** Names the emergency bench seed writes and the bench reads (no side effects: safe to import). */
export const ED_PASSWORD = 'bench-password-not-secret-42';
/** The triage nurse who reads the queue. */
export const ED_NURSE = 'bench.ed.nurse@caregraph.example';
/** The emergency doctor. */
export const ED_DOCTOR = 'bench.ed.doctor@caregraph.example';
