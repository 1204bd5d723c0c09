/** Names the pharmacy bench seed writes and the bench reads (no side effects: safe to import). */
export const PHARMACY_PASSWORD = 'bench-password-not-secret-42';
/** The pharmacist who reads levels, picks lots and works the worklist. */
export const PHARMACY_USER = 'bench.pharmacist@caregraph.example';
/** The 40-bed ward whose inpatients' treatments make the worklist. */
export const WORKLIST_WARD = 'Bench Médecine 40 lits';
