import {
  anyone,
  parentRule,
  roles,
  type AccessRule,
  type RuleMap,
} from '../../kernel/auth/predicates.js';
import { Role } from '../../kernel/auth/roles.js';
import type { RequestContext } from '../../kernel/context.js';
import { IDENTITY_READERS } from '../access/index.js';

/** Who may call or write to the patient: phones, email, address, emergency contact. */
const CONTACT_READERS: readonly Role[] = [Role.ADMIN, Role.RECEPTIONIST, Role.DOCTOR, Role.NURSE];
/** Who pays: the cashier sees insurance, not clinical data. */
const INSURANCE_READERS: readonly Role[] = [...CONTACT_READERS, Role.CASHIER];
/** Blood group, measurements, allergies: every staff role except cashier (and manager). */
const CLINICAL_READERS: readonly Role[] = [
  Role.ADMIN,
  Role.RECEPTIONIST,
  Role.DOCTOR,
  Role.NURSE,
  Role.LAB_TECHNICIAN,
  Role.PHARMACIST,
];
/** Register and edit demographics. */
export const REGISTRARS: readonly Role[] = [Role.RECEPTIONIST, Role.ADMIN];
/** Record allergies and the "no known allergies" statement. */
export const ALLERGY_RECORDERS: readonly Role[] = [Role.DOCTOR, Role.NURSE, Role.PHARMACIST];

function idOf(parent: unknown): unknown {
  return parent && typeof parent === 'object' && 'id' in parent ? parent.id : undefined;
}

/**
 * A field group of a patient record: staff of the listed roles, the patient themself, and the
 * answer to `registerPatient` (the record just created, before a viewer exists).
 */
function patientField(name: string, staff: readonly Role[], self = true): AccessRule {
  return parentRule(`patient:${name}`, (ctx: RequestContext, parent) => {
    if (!ctx.viewer) return self && ctx.authenticatedUserId !== undefined;
    if (ctx.viewer.role === Role.PATIENT) return self && ctx.viewer.patientId === idOf(parent);
    return staff.includes(ctx.viewer.role);
  });
}

const identity = patientField('identity', IDENTITY_READERS);
const contact = patientField('contact', CONTACT_READERS);
const insurance = patientField('insurance', INSURANCE_READERS);
const clinical = patientField('clinical', CLINICAL_READERS);
const adminNotes = patientField('adminNotes', REGISTRARS, false);

/** An allergy: clinical readers, and the patient it belongs to. */
const allergyRule = parentRule('allergy:read', (ctx, parent) => {
  if (!ctx.viewer) return false;
  if (ctx.viewer.role === Role.PATIENT) {
    const patient =
      parent && typeof parent === 'object' && 'patient' in parent ? parent.patient : undefined;
    return ctx.viewer.patientId === idOf(patient);
  }
  return CLINICAL_READERS.includes(ctx.viewer.role);
});

/** Parts of a record (address, contact, insurance): guarded by the Patient field that holds them. */
const reachedThroughPatient = parentRule('patient:part', () => true);

const identityReaders = roles(...IDENTITY_READERS);
const registrars = roles(...REGISTRARS);
const allergyRecorders = roles(...ALLERGY_RECORDERS);

export const patientRules: RuleMap = {
  Query: {
    patients: identityReaders,
    patient: roles(...IDENTITY_READERS, Role.PATIENT),
    possiblePatientDuplicates: registrars,
  },
  Mutation: {
    createPatient: registrars,
    updatePatient: registrars,
    mergePatients: roles(Role.ADMIN),
    recordAllergy: allergyRecorders,
    updateAllergy: allergyRecorders,
    recordNoKnownAllergies: allergyRecorders,
    updateMyContactDetails: roles(Role.PATIENT),
    registerPatient: anyone,
  },
  Patient: {
    '*': identity,
    phone: contact,
    secondaryPhone: contact,
    email: contact,
    address: contact,
    emergencyContact: contact,
    insurance,
    bloodGroup: clinical,
    weightKg: clinical,
    heightCm: clinical,
    allergyStatus: clinical,
    allergyStatusRecordedAt: clinical,
    allergies: clinical,
    administrativeNotes: adminNotes,
  },
  Allergy: allergyRule,
  Address: reachedThroughPatient,
  EmergencyContact: reachedThroughPatient,
  Insurance: reachedThroughPatient,
  PatientConnection: identityReaders,
  PatientEdge: identityReaders,
  PatientDuplicate: registrars,
  CreatePatientPayload: registrars,
  MergePatientsPayload: roles(Role.ADMIN),
};
