/**
 * The orders the lab works on: to collect, to result, to validate. The worklist and the result
 * screen ask for the same ones, so that they share one cached query.
 */
export const WORKLIST_STATUSES = ['ORDERED', 'SPECIMEN_COLLECTED', 'RESULTED'] as const;
