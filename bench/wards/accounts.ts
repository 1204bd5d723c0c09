/** Names the wards bench seed writes and the bench reads (no side effects: safe to import). */
export const WARDS_PASSWORD = 'bench-password-not-secret-42';
/** The doctor attending exactly 25 current inpatients, spread over the wards. */
export const ROUND_DOCTOR = 'bench.wards.round@caregraph.example';
/** The nurse on the board ward every shift. */
export const BOARD_NURSE = 'bench.wards.nurse@caregraph.example';
/** The admissions office account that admits. */
export const RECEPTIONIST = 'bench.wards.reception@caregraph.example';
/** The ward whose board is measured (40 beds). */
export const BOARD_WARD = 'Bench ward 01';
/** Every bench ward is named `Bench ward NN`. */
export const BENCH_WARD_LIKE = 'Bench ward %';
