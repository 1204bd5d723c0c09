import {
  checkBirthDate,
  checkName,
  checkPhone,
  checkRequired,
  type ValidationKey,
} from '../forms/validation';
import type {
  BloodGroup,
  CreatePatientInput,
  PatientRecordQuery,
  PatientStatus,
  Sex,
  UpdatePatientInput,
} from '../../gql/graphql';

/**
 * The registration / demographics form, flat. Keys are the API's field paths (`address.city`), so
 * that the server's `extensions.fields` land on the right input without any mapping.
 */
export const PATIENT_FIELDS = [
  'familyName',
  'givenNames',
  'birthDate',
  'sex',
  'bloodGroup',
  'weightKg',
  'heightCm',
  'phone',
  'secondaryPhone',
  'email',
  'preferredLanguage',
  'address.line1',
  'address.line2',
  'address.postalCode',
  'address.city',
  'address.country',
  'emergencyContact.name',
  'emergencyContact.relation',
  'emergencyContact.phone',
  'insurance.payer',
  'insurance.memberNumber',
  'administrativeNotes',
  'status',
  'deceasedOn',
] as const;

export type PatientField = (typeof PATIENT_FIELDS)[number];
export type PatientFormValues = Record<PatientField, string>;
/** A client-side problem: a shared validation key, or one of the registry's own. */
export type PatientFieldProblem = ValidationKey | 'country' | 'number';

export const BLOOD_GROUPS: readonly BloodGroup[] = [
  'O_POS',
  'O_NEG',
  'A_POS',
  'A_NEG',
  'B_POS',
  'B_NEG',
  'AB_POS',
  'AB_NEG',
];
export const SEXES: readonly Sex[] = ['FEMALE', 'MALE', 'OTHER', 'UNKNOWN'];
export const PATIENT_LANGUAGES = ['fr', 'en', 'ar', 'es', 'de', 'pt'] as const;

export function emptyPatientForm(): PatientFormValues {
  const values = Object.fromEntries(PATIENT_FIELDS.map((f) => [f, ''])) as PatientFormValues;
  values.preferredLanguage = 'fr';
  values.status = 'ACTIVE';
  return values;
}

type RecordPatient = PatientRecordQuery['patient'];

/** The form, filled from a record. */
export function patientFormFrom(p: RecordPatient): PatientFormValues {
  const s = (v: string | number | null | undefined) =>
    v === null || v === undefined ? '' : String(v);
  return {
    familyName: p.familyName,
    givenNames: p.givenNames,
    birthDate: p.birthDate,
    sex: p.sex,
    bloodGroup: s(p.bloodGroup),
    weightKg: s(p.weightKg),
    heightCm: s(p.heightCm),
    phone: s(p.phone),
    secondaryPhone: s(p.secondaryPhone),
    email: s(p.email),
    preferredLanguage: p.preferredLanguage,
    'address.line1': s(p.address?.line1),
    'address.line2': s(p.address?.line2),
    'address.postalCode': s(p.address?.postalCode),
    'address.city': s(p.address?.city),
    'address.country': s(p.address?.country),
    'emergencyContact.name': s(p.emergencyContact?.name),
    'emergencyContact.relation': s(p.emergencyContact?.relation),
    'emergencyContact.phone': s(p.emergencyContact?.phone),
    'insurance.payer': s(p.insurance?.payer),
    'insurance.memberNumber': s(p.insurance?.memberNumber),
    administrativeNotes: s(p.administrativeNotes),
    status: p.status === 'MERGED' ? 'ACTIVE' : p.status,
    deceasedOn: s(p.deceasedOn),
  };
}

function num(value: string): number | null {
  const v = value.trim().replace(',', '.');
  return v === '' ? null : Number(v);
}

/** Fields shared by create and update; blanks are sent as blanks, which the API clears. */
function common(v: PatientFormValues) {
  return {
    familyName: v.familyName.trim(),
    givenNames: v.givenNames.trim(),
    birthDate: v.birthDate,
    sex: v.sex as Sex,
    bloodGroup: (v.bloodGroup || null) as BloodGroup | null,
    weightKg: num(v.weightKg),
    heightCm: num(v.heightCm),
    phone: v.phone.trim(),
    secondaryPhone: v.secondaryPhone.trim(),
    email: v.email.trim(),
    ...(v.preferredLanguage ? { preferredLanguage: v.preferredLanguage } : {}),
    address: {
      line1: v['address.line1'].trim(),
      line2: v['address.line2'].trim(),
      postalCode: v['address.postalCode'].trim(),
      city: v['address.city'].trim(),
      country: v['address.country'].trim().toUpperCase(),
    },
    emergencyContact: {
      name: v['emergencyContact.name'].trim(),
      relation: v['emergencyContact.relation'].trim(),
      phone: v['emergencyContact.phone'].trim(),
    },
    insurance: {
      payer: v['insurance.payer'].trim(),
      memberNumber: v['insurance.memberNumber'].trim(),
    },
    administrativeNotes: v.administrativeNotes.trim(),
  };
}

export function toCreateInput(v: PatientFormValues): CreatePatientInput {
  return common(v);
}

export function toUpdateInput(
  v: PatientFormValues,
  id: string,
  version: number,
): UpdatePatientInput {
  const status = v.status as PatientStatus;
  return {
    ...common(v),
    id,
    version,
    status,
    deceasedOn: status === 'DECEASED' ? v.deceasedOn || null : null,
  };
}

/** Checks made before sending, mirroring the API's rules. */
export function validatePatientForm(
  v: PatientFormValues,
  today: string,
): Partial<Record<PatientField, PatientFieldProblem>> {
  const out: Partial<Record<PatientField, PatientFieldProblem>> = {};
  const put = (field: PatientField, problem: PatientFieldProblem | undefined) => {
    if (problem) out[field] = problem;
  };
  put('familyName', checkName(v.familyName));
  put('givenNames', checkName(v.givenNames));
  put('birthDate', checkBirthDate(v.birthDate, today));
  put('sex', checkRequired(v.sex));
  put('phone', checkPhone(v.phone, false));
  put('secondaryPhone', checkPhone(v.secondaryPhone, false));
  put('emergencyContact.phone', checkPhone(v['emergencyContact.phone'], false));
  if (v.email.trim() !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email.trim())) {
    put('email', 'email');
  }
  if (!/^([A-Za-z]{2})?$/.test(v['address.country'].trim())) put('address.country', 'country');
  for (const field of ['weightKg', 'heightCm'] as const) {
    const n = num(v[field]);
    if (n !== null && (Number.isNaN(n) || n <= 0)) put(field, 'number');
  }
  if (v.status === 'DECEASED') {
    put('deceasedOn', checkRequired(v.deceasedOn));
  }
  return out;
}
