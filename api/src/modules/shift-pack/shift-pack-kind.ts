import { registerEnumType } from 'type-graphql';

/** Which pack a caller takes; its content and its expiry follow from it. */
export enum ShiftPackKind {
  /** A doctor's day: the round's inpatients and today's appointments; lasts 24 hours. */
  DOCTOR_DAY = 'DOCTOR_DAY',
  /** A nurse's shift: the patients of her wards and the doses due; lasts until the shift ends. */
  NURSE_SHIFT = 'NURSE_SHIFT',
}

registerEnumType(ShiftPackKind, {
  name: 'ShiftPackKind',
  description: 'A doctor’s day (round and appointments) or a nurse’s shift (patients and doses).',
  valuesConfig: {
    DOCTOR_DAY: { description: 'Round inpatients and today’s appointments; lasts 24 hours.' },
    NURSE_SHIFT: { description: 'The patients of her wards and the doses due this shift.' },
  },
});
