import { Field, Float, GraphQLISODateTime, ID, InputType, Int } from 'type-graphql';
import { AdministrationStatus, MedicationRoute } from '../clinical-enums.js';
import type { Prescription } from './prescription.entity.js';
import { CorrectionInput } from '../records.inputs.js';

@InputType({ description: 'A prescription.' })
export class PrescribeInput implements Partial<
  Pick<
    Prescription,
    | 'medicationName'
    | 'dose'
    | 'doseUnit'
    | 'route'
    | 'scheduleTimes'
    | 'intervalHours'
    | 'asNeeded'
    | 'startAt'
  >
> {
  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field(() => ID, { nullable: true, description: 'The visit.' })
  encounterId?: string;

  @Field(() => String, { description: 'Medication (INN preferred).' })
  medicationName!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The pharmacy catalogue item; omit for a free-text medicine.',
  })
  stockItemId?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Units of issue one dose takes (1 to 1000); default 1, only with stockItemId.',
  })
  unitsPerDose?: number;

  @Field(() => String, { nullable: true, description: 'Form.' })
  form?: string;

  @Field(() => String, { nullable: true, description: 'Strength.' })
  strength?: string;

  @Field(() => Float, { description: 'Dose per administration.' })
  dose!: number;

  @Field(() => String, { description: 'Dose unit.' })
  doseUnit!: string;

  @Field(() => MedicationRoute, { description: 'Route.' })
  route!: MedicationRoute;

  @Field(() => [String], { nullable: true, description: 'Times of day, HH:MM (hospital time).' })
  scheduleTimes?: string[];

  @Field(() => Int, { nullable: true, description: 'Or: hours between doses (1-168).' })
  intervalHours?: number;

  @Field(() => Boolean, { nullable: true, description: 'As needed (no schedule).' })
  asNeeded?: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Start; default now.' })
  startAt?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'End (or give a duration).' })
  endAt?: Date;

  @Field(() => Int, { nullable: true, description: 'Duration in days from the start.' })
  durationDays?: number;

  @Field(() => String, { nullable: true, description: 'Instructions.' })
  instructions?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Required to prescribe something matching an active allergy; audited.',
  })
  allergyOverrideReason?: string;

  @Field(() => CorrectionInput, { nullable: true, description: 'Prescription this corrects.' })
  corrects?: CorrectionInput;
}

@InputType({ description: 'Stops a prescription.' })
export class StopPrescriptionInput {
  @Field(() => ID, { description: 'The prescription.' })
  id!: string;

  @Field(() => String, { description: 'Why.' })
  reason!: string;
}

@InputType({ description: 'What happened to one dose. Safe to send again with the same id.' })
export class RecordMedicationAdministrationInput {
  @Field(() => ID, {
    description:
      'Device-generated UUID of the new record: the same request sent again returns the first; another request under it is a CONFLICT.',
  })
  id!: string;

  @Field(() => ID, { description: 'The prescription.' })
  prescriptionId!: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'The scheduled dose (from medicationSchedule); omit for an as-needed dose.',
  })
  scheduledAt?: Date;

  @Field(() => AdministrationStatus, { description: 'Given, held, refused or missed.' })
  status!: AdministrationStatus;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Given at; default now.' })
  administeredAt?: Date;

  @Field(() => Float, { nullable: true, description: 'Dose given; default the prescribed dose.' })
  dose?: number;

  @Field(() => String, { nullable: true, description: 'Unit; default the prescribed unit.' })
  doseUnit?: string;

  @Field(() => MedicationRoute, { nullable: true, description: 'Route; default prescribed.' })
  route?: MedicationRoute;

  @Field(() => String, { nullable: true, description: 'Required when held, refused or missed.' })
  reason?: string;

  @Field(() => CorrectionInput, { nullable: true, description: 'Record this one corrects.' })
  corrects?: CorrectionInput;

  @Field(() => ID, {
    nullable: true,
    description:
      'The lot given (scanned or chosen); default the first-expiring lot of the ward’s stock. Expired: LOT_EXPIRED; recalled: LOT_RECALLED.',
  })
  lotId?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Record anyway a dose the prescription was stopped before (refused as PRESCRIPTION_STOPPED otherwise): why. Kept on the record and shown.',
  })
  afterStopReason?: string;
}
