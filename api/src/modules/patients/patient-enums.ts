import { registerEnumType } from 'type-graphql';

/** ABO group and Rhesus factor, when known. */
export enum BloodGroup {
  A_POS = 'A_POS',
  A_NEG = 'A_NEG',
  B_POS = 'B_POS',
  B_NEG = 'B_NEG',
  AB_POS = 'AB_POS',
  AB_NEG = 'AB_NEG',
  O_POS = 'O_POS',
  O_NEG = 'O_NEG',
}

/** Life cycle of a patient record. A merged record stays, pointing at the one that replaced it. */
export enum PatientStatus {
  ACTIVE = 'ACTIVE',
  DECEASED = 'DECEASED',
  MERGED = 'MERGED',
}

/**
 * What is known about a patient's allergies. NO_KNOWN_ALLERGIES is a recorded answer ("asked,
 * none"); UNKNOWN means nobody has asked yet (or what was recorded no longer holds).
 */
export enum AllergyStatus {
  UNKNOWN = 'UNKNOWN',
  NO_KNOWN_ALLERGIES = 'NO_KNOWN_ALLERGIES',
  HAS_ALLERGIES = 'HAS_ALLERGIES',
}

export enum AllergySeverity {
  MILD = 'MILD',
  MODERATE = 'MODERATE',
  SEVERE = 'SEVERE',
  LIFE_THREATENING = 'LIFE_THREATENING',
}

/** An allergy entered by mistake is never deleted: it is marked ENTERED_IN_ERROR. */
export enum AllergyClinicalStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
  ENTERED_IN_ERROR = 'ENTERED_IN_ERROR',
}

export enum AllergyKind {
  ALLERGY = 'ALLERGY',
  INTOLERANCE = 'INTOLERANCE',
}

/** Why an existing record looks like the one being registered. */
export enum DuplicateReason {
  SIMILAR_NAME_SAME_BIRTH_DATE = 'SIMILAR_NAME_SAME_BIRTH_DATE',
  SAME_PHONE = 'SAME_PHONE',
  SAME_INSURANCE_NUMBER = 'SAME_INSURANCE_NUMBER',
}

registerEnumType(BloodGroup, { name: 'BloodGroup', description: 'ABO group and Rhesus factor.' });
registerEnumType(PatientStatus, {
  name: 'PatientStatus',
  description: 'Active, deceased, or merged into another record.',
});
registerEnumType(AllergyStatus, {
  name: 'AllergyStatus',
  description: 'Whether allergies were asked about, and the answer.',
});
registerEnumType(AllergySeverity, {
  name: 'AllergySeverity',
  description: 'Severity of reaction.',
});
registerEnumType(AllergyClinicalStatus, {
  name: 'AllergyClinicalStatus',
  description: 'Whether an allergy currently applies.',
});
registerEnumType(AllergyKind, {
  name: 'AllergyKind',
  description: 'Allergy (immune) or intolerance.',
});
registerEnumType(DuplicateReason, {
  name: 'DuplicateReason',
  description: 'Why an existing patient may be the same person.',
});
