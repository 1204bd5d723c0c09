import { registerEnumType } from 'type-graphql';

/** One role per account (PRODUCT.md). */
export enum Role {
  ADMIN = 'ADMIN',
  MANAGER = 'MANAGER',
  DOCTOR = 'DOCTOR',
  NURSE = 'NURSE',
  RECEPTIONIST = 'RECEPTIONIST',
  LAB_TECHNICIAN = 'LAB_TECHNICIAN',
  PHARMACIST = 'PHARMACIST',
  CASHIER = 'CASHIER',
  PATIENT = 'PATIENT',
}

export const ALL_ROLES = Object.values(Role);
export const STAFF_ROLES = ALL_ROLES.filter((r) => r !== Role.PATIENT);

registerEnumType(Role, { name: 'Role', description: 'The single role an account holds.' });

export enum Locale {
  fr = 'fr',
  en = 'en',
}

registerEnumType(Locale, { name: 'Locale', description: 'A supported interface language.' });
