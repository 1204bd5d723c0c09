import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../kernel/graphql/scalars.js';
import { Allergy } from './allergy.entity.js';
import {
  AllergyClinicalStatus,
  AllergyKind,
  AllergySeverity,
  BloodGroup,
  DuplicateReason,
  PatientStatus,
} from './patient-enums.js';
import { Address, EmergencyContact, Insurance } from './patient-parts.js';
import { Patient } from './patient.entity.js';
import { Sex } from './sex.js';

@InputType({ description: 'A postal address; empty lines are cleared.' })
export class AddressInput implements Partial<Address> {
  @Field(() => String, { nullable: true, description: 'Street and number.' })
  line1?: string | null;

  @Field(() => String, { nullable: true, description: 'Building, floor, care of.' })
  line2?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal code.' })
  postalCode?: string | null;

  @Field(() => String, { nullable: true, description: 'City.' })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'Country (ISO 3166 alpha-2, e.g. FR).' })
  country?: string | null;
}

@InputType({ description: 'Person to call in an emergency.' })
export class EmergencyContactInput implements Partial<EmergencyContact> {
  @Field(() => String, { nullable: true, description: 'Full name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Relation to the patient.' })
  relation?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone?: string | null;
}

@InputType({ description: 'Health insurance cover.' })
export class InsuranceInput implements Partial<Insurance> {
  @Field(() => String, { nullable: true, description: 'Insurer or scheme.' })
  payer?: string | null;

  @Field(() => String, { nullable: true, description: 'Member number with that payer.' })
  memberNumber?: string | null;
}

/** Fields shared by registration and edit; on edit, an omitted field is left as it is. */
// Not reachable from any resolver, so never emitted: only its subclasses are.
@InputType('PatientFieldsInputBase')
abstract class PatientFieldsInput implements Partial<
  Pick<
    Patient,
    | 'familyName'
    | 'givenNames'
    | 'birthDate'
    | 'sex'
    | 'bloodGroup'
    | 'weightKg'
    | 'heightCm'
    | 'phone'
    | 'secondaryPhone'
    | 'email'
    | 'administrativeNotes'
  >
> {
  @Field(() => BloodGroup, { nullable: true, description: 'Blood group, when known.' })
  bloodGroup?: BloodGroup | null;

  @Field(() => Float, { nullable: true, description: 'Weight in kilograms.' })
  weightKg?: number | null;

  @Field(() => Int, { nullable: true, description: 'Height in centimetres.' })
  heightCm?: number | null;

  @Field(() => String, { nullable: true, description: 'Main phone number.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Other phone number.' })
  secondaryPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address.' })
  email?: string | null;

  @Field(() => AddressInput, { nullable: true, description: 'Postal address.' })
  address?: AddressInput | null;

  @Field(() => String, { nullable: true, description: 'Preferred language (ISO 639-1).' })
  preferredLanguage?: string | null;

  @Field(() => EmergencyContactInput, { nullable: true, description: 'Emergency contact.' })
  emergencyContact?: EmergencyContactInput | null;

  @Field(() => InsuranceInput, { nullable: true, description: 'Health insurance.' })
  insurance?: InsuranceInput | null;

  @Field(() => String, { nullable: true, description: 'Administrative notes.' })
  administrativeNotes?: string | null;
}

@InputType({ description: 'A new patient registered by reception.' })
export class CreatePatientInput extends PatientFieldsInput {
  @Field(() => String, { description: 'Family name, as on the identity document.' })
  familyName!: string;

  @Field(() => String, { description: 'Given name(s).' })
  givenNames!: string;

  @Field(() => LocalDate, { description: 'Date of birth (YYYY-MM-DD).' })
  birthDate!: string;

  @Field(() => Sex, { description: 'Administrative sex.' })
  sex!: Sex;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Create even though possible duplicates were shown; requires duplicateReason.',
  })
  confirmDuplicate?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why this is a different person from the candidates shown (audited).',
  })
  duplicateReason?: string | null;
}

@InputType({ description: 'Changes to a patient record; omitted fields stay as they are.' })
export class UpdatePatientInput extends PatientFieldsInput {
  @Field(() => ID, { description: 'The patient.' })
  id!: string;

  @Field(() => Int, { description: 'The version read; a stale one answers CONFLICT.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Family name.' })
  familyName?: string;

  @Field(() => String, { nullable: true, description: 'Given name(s).' })
  givenNames?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Date of birth.' })
  birthDate?: string;

  @Field(() => Sex, { nullable: true, description: 'Administrative sex.' })
  sex?: Sex;

  @Field(() => PatientStatus, {
    nullable: true,
    description: 'ACTIVE or DECEASED (merging is mergePatients).',
  })
  status?: PatientStatus;

  @Field(() => LocalDate, { nullable: true, description: 'Date of death, with DECEASED.' })
  deceasedOn?: string | null;
}

@InputType({ description: 'A patient’s own contact details and preferred language.' })
export class UpdateMyContactDetailsInput {
  @Field(() => Int, { description: 'The version read; a stale one answers CONFLICT.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Main phone number.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Other phone number.' })
  secondaryPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address.' })
  email?: string | null;

  @Field(() => AddressInput, { nullable: true, description: 'Postal address.' })
  address?: AddressInput | null;

  @Field(() => String, { nullable: true, description: 'Preferred language (ISO 639-1).' })
  preferredLanguage?: string | null;

  @Field(() => EmergencyContactInput, { nullable: true, description: 'Emergency contact.' })
  emergencyContact?: EmergencyContactInput | null;
}

@InputType({ description: 'What is known of a person about to be registered.' })
export class PatientDuplicatesInput {
  @Field(() => String, { nullable: true, description: 'Family name.' })
  familyName?: string | null;

  @Field(() => String, { nullable: true, description: 'Given name(s).' })
  givenNames?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Date of birth.' })
  birthDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Main phone number.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Other phone number.' })
  secondaryPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'Insurance member number.' })
  insuranceMemberNumber?: string | null;

  @Field(() => ID, { nullable: true, description: 'A record to leave out (the one being edited).' })
  excludeId?: string | null;
}

@ObjectType({ description: 'An existing patient who may be the same person.' })
export class PatientDuplicate {
  @Field(() => Patient, { description: 'The existing record.' })
  patient!: Patient;

  @Field(() => [DuplicateReason], { description: 'What matched.' })
  reasons!: DuplicateReason[];
}

@ObjectType({
  description:
    'The record created, or (when possible duplicates exist and were not confirmed) nothing created and the candidates.',
})
export class CreatePatientPayload {
  @Field(() => Patient, { nullable: true, description: 'The new record; null if not created.' })
  patient!: Patient | null;

  @Field(() => [PatientDuplicate], {
    description: 'Possible duplicates; creating anyway needs confirmDuplicate and a reason.',
  })
  duplicates!: PatientDuplicate[];
}

@InputType({ description: 'Two records of one person: the duplicate is merged into the survivor.' })
export class MergePatientsInput {
  @Field(() => ID, { description: 'The record that stays.' })
  survivorId!: string;

  @Field(() => ID, { description: 'The record merged away (kept, marked MERGED).' })
  duplicateId!: string;

  @Field(() => String, { description: 'Why they are the same person (audited).' })
  reason!: string;
}

@ObjectType({ description: 'The outcome of a merge.' })
export class MergePatientsPayload {
  @Field(() => Patient, { description: 'The record that stays, with everything moved to it.' })
  survivor!: Patient;

  @Field(() => Patient, { description: 'The merged record, pointing at the survivor.' })
  duplicate!: Patient;

  @Field(() => Int, { description: 'How many rows elsewhere now point at the survivor.' })
  movedReferences!: number;
}

@InputType({ description: 'An allergy or intolerance to record.' })
export class RecordAllergyInput implements Partial<
  Pick<Allergy, 'substance' | 'reaction' | 'severity' | 'onsetDate' | 'note'>
> {
  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field(() => String, { description: 'Substance, drug or food.' })
  substance!: string;

  @Field(() => String, { nullable: true, description: 'Reaction observed.' })
  reaction?: string | null;

  @Field(() => AllergySeverity, { description: 'Severity.' })
  severity!: AllergySeverity;

  @Field(() => AllergyKind, { nullable: true, description: 'Allergy (default) or intolerance.' })
  kind?: AllergyKind | null;

  @Field(() => LocalDate, { nullable: true, description: 'When it started, if known.' })
  onsetDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Free-text note.' })
  note?: string | null;
}

@InputType({ description: 'Changes to an allergy; omitted fields stay as they are.' })
export class UpdateAllergyInput {
  @Field(() => ID, { description: 'The allergy.' })
  id!: string;

  @Field(() => Int, { description: 'The version read; a stale one answers CONFLICT.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Substance, drug or food.' })
  substance?: string;

  @Field(() => String, { nullable: true, description: 'Reaction observed.' })
  reaction?: string | null;

  @Field(() => AllergySeverity, { nullable: true, description: 'Severity.' })
  severity?: AllergySeverity;

  @Field(() => AllergyKind, { nullable: true, description: 'Allergy or intolerance.' })
  kind?: AllergyKind;

  @Field(() => AllergyClinicalStatus, {
    nullable: true,
    description: 'ACTIVE, INACTIVE, or ENTERED_IN_ERROR.',
  })
  status?: AllergyClinicalStatus;

  @Field(() => LocalDate, { nullable: true, description: 'When it started.' })
  onsetDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Free-text note.' })
  note?: string | null;
}

@InputType({ description: 'A clinician states that the patient has no known allergies.' })
export class RecordNoKnownAllergiesInput {
  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;
}
