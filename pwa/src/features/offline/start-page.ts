import type { ShiftPackKind } from '../../gql/graphql';

/**
 * Where the app opens after an offline unlock: a nurse's pack on her patients, a doctor's on the
 * round (`/app/<path>`). The composition root (`main.tsx`) also reads it, to fetch those pages'
 * code while the unlock screen waits for the code.
 */
export const OFFLINE_START_PAGES = { NURSE_SHIFT: 'my-patients', DOCTOR_DAY: 'my-round' } as const;

export function startPageOf(kind: ShiftPackKind): string {
  return kind === 'NURSE_SHIFT' ? OFFLINE_START_PAGES.NURSE_SHIFT : OFFLINE_START_PAGES.DOCTOR_DAY;
}
