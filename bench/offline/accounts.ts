/** Names the offline bench seed writes and the benches read (no side effects: safe to import). */
export const OFFLINE_PASSWORD = 'bench-password-not-secret-42';
/** The doctor whose round (25 inpatients over the wards) and day (30 appointments) are packed. */
export const OFFLINE_DOCTOR = 'bench.offline.doctor@caregraph.example';
/** The nurse of the 20-bed ward, every shift. */
export const OFFLINE_NURSE = 'bench.offline.nurse@caregraph.example';
/** Her ward: 20 beds, all occupied. Not named `Bench ward %`, so the wards bench ignores it. */
export const OFFLINE_WARD = 'Bench offline ward';
/** Tags the rows the seed and the replay write, to find them again. */
export const SEED_TAG = 'bench-offline';
