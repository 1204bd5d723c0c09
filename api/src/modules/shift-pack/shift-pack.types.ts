import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { LocalDate } from '../../kernel/graphql/scalars.js';
import { Allergy, AllergyStatus } from '../patients/index.js';
import {
  CareNote,
  Diagnosis,
  LabResult,
  MedicationAdministration,
  Prescription,
  ScheduledDose,
  VitalSigns,
} from '../records/index.js';
import { Appointment, Practitioner } from '../scheduling/index.js';
import { InpatientRow, Shift } from '../wards/index.js';
import { ShiftPackKind } from './shift-pack-kind.js';

/**
 * One patient of a pack: the round list's row and what the chart's screens read, so that a chart
 * opens from the pack as it does online. Entries are the record's own types (entered-in-error
 * ones left out: the pack holds what stands).
 */
@ObjectType({ description: 'A patient of a shift pack, with what the chart’s screens read.' })
export class ShiftPackPatient {
  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field(() => InpatientRow, {
    description:
      'As on the round list: name (FAMILY Given), MRN, age, sex, ward, room, bed, admission, attending doctor, NEWS2.',
  })
  inpatient!: InpatientRow;

  @Field(() => LocalDate, { description: 'Date of birth.' })
  birthDate!: string;

  @Field(() => AllergyStatus, { description: 'Whether allergies were asked about, and found.' })
  allergyStatus!: AllergyStatus;

  @Field(() => [Allergy], {
    description: 'Allergies (entered-in-error ones left out), newest first.',
  })
  allergies!: Allergy[];

  @Field(() => [Diagnosis], { description: 'Active problems: primary first, then newest.' })
  activeProblems!: Diagnosis[];

  @Field(() => [Prescription], { description: 'Prescriptions in force, newest first.' })
  activePrescriptions!: Prescription[];

  @Field(() => [MedicationAdministration], {
    description: 'Dose records of the last 24 hours (clinical time), newest first.',
  })
  administrations!: MedicationAdministration[];

  @Field(() => [VitalSigns], {
    description: 'Vital signs of the last 72 hours with their NEWS2, newest first.',
  })
  vitals!: VitalSigns[];

  @Field(() => [LabResult], {
    description:
      'Lab results of the last 7 days, newest first; `validatedAt` null means not validated yet.',
  })
  labResults!: LabResult[];

  @Field(() => [CareNote], { description: 'The 5 latest care notes, newest first.' })
  careNotes!: CareNote[];
}

/**
 * What a doctor or a nurse takes onto the device for reading offline: a stamp (`asOf`,
 * `shiftEndsAt`) and a version of the content, so that an unchanged pack need not be stored again.
 */
@ObjectType({ description: 'The caller’s patients and day, for reading offline, with its stamp.' })
export class ShiftPack {
  @Field(() => ShiftPackKind, { description: 'A doctor’s day or a nurse’s shift.' })
  kind!: ShiftPackKind;

  @Field(() => GraphQLISODateTime, { description: 'When the server built it (its clock).' })
  asOf!: Date;

  @Field(() => GraphQLISODateTime, {
    description:
      'When it expires: the end of the running nursing shift for a nurse; 24 hours after `asOf` for a doctor.',
  })
  shiftEndsAt!: Date;

  @Field(() => Shift, { nullable: true, description: 'The nurse’s running shift; null: a doctor.' })
  shift?: Shift | null;

  @Field(() => String, {
    description:
      'Short SHA-256 of the content (canonical JSON, the stamp left out): equal versions, equal content.',
  })
  version!: string;

  @Field(() => [ShiftPackPatient], {
    description: 'Doctor: the round, sickest first. Nurse: the patients of her wards this shift.',
  })
  patients!: ShiftPackPatient[];

  @Field(() => [Appointment], {
    description:
      'Doctor: today’s appointments (hospital day) of their practitioner profile, by time; none without a profile, or for a nurse.',
  })
  appointments!: Appointment[];

  @Field(() => Practitioner, {
    nullable: true,
    description:
      'Doctor: their practitioner profile, whose agenda `appointments` is; null without one, or for a nurse.',
  })
  practitioner?: Practitioner | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Doctor: the hospital day `appointments` belong to; null for a nurse.',
  })
  day?: string | null;

  @Field(() => [ScheduledDose], {
    description:
      'Nurse: the scheduled doses of her patients due this shift, by time, each with its record if made; none for a doctor.',
  })
  dosesDue!: ScheduledDose[];
}
