import { Field, Float, GraphQLISODateTime, ID, InputType, Int } from 'type-graphql';
import { CareNoteCategory, Consciousness } from '../clinical-enums.js';
import type { CareNote } from './care-note.entity.js';
import type { VitalSigns } from './vital-signs.entity.js';
import { CorrectionInput } from '../records.inputs.js';

@InputType({ description: 'A set of vital signs; at least one measurement.' })
export class RecordVitalsInput implements Partial<
  Pick<
    VitalSigns,
    | 'temperatureC'
    | 'heartRate'
    | 'systolicBp'
    | 'diastolicBp'
    | 'respiratoryRate'
    | 'spo2'
    | 'painScore'
    | 'weightKg'
    | 'heightCm'
    | 'glucoseMmolL'
  >
> {
  @Field(() => ID, {
    description:
      'Device-generated UUID of the new set: the same request sent again returns the first; another request under it is a CONFLICT.',
  })
  id!: string;

  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field(() => ID, { nullable: true, description: 'The visit.' })
  encounterId?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Taken at; default now.' })
  takenAt?: Date;

  @Field(() => Float, { nullable: true, description: 'Temperature °C.' })
  temperatureC?: number;

  @Field(() => Int, { nullable: true, description: 'Heart rate /min.' })
  heartRate?: number;

  @Field(() => Int, { nullable: true, description: 'Systolic mmHg.' })
  systolicBp?: number;

  @Field(() => Int, { nullable: true, description: 'Diastolic mmHg.' })
  diastolicBp?: number;

  @Field(() => Int, { nullable: true, description: 'Respiratory rate /min.' })
  respiratoryRate?: number;

  @Field(() => Int, { nullable: true, description: 'SpO2 %.' })
  spo2?: number;

  @Field(() => Boolean, { nullable: true, description: 'On oxygen.' })
  onOxygen?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Score SpO2 on NEWS2 scale 2.' })
  spo2Scale2?: boolean;

  @Field(() => Consciousness, { nullable: true, description: 'ACVPU.' })
  consciousness?: Consciousness;

  @Field(() => Int, { nullable: true, description: 'Pain 0-10.' })
  painScore?: number;

  @Field(() => Float, { nullable: true, description: 'Weight kg.' })
  weightKg?: number;

  @Field(() => Float, { nullable: true, description: 'Height cm.' })
  heightCm?: number;

  @Field(() => Float, { nullable: true, description: 'Blood glucose mmol/L.' })
  glucoseMmolL?: number;

  @Field(() => CorrectionInput, { nullable: true, description: 'Set this one corrects.' })
  corrects?: CorrectionInput;
}

@InputType({ description: 'A care note.' })
export class AddCareNoteInput implements Partial<Pick<CareNote, 'category' | 'text'>> {
  @Field(() => ID, {
    description:
      'Device-generated UUID of the new note: the same request sent again returns the first; another request under it is a CONFLICT.',
  })
  id!: string;

  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field(() => ID, { nullable: true, description: 'The visit.' })
  encounterId?: string;

  @Field(() => CareNoteCategory, { description: 'Category.' })
  category!: CareNoteCategory;

  @Field(() => String, { description: 'The note.' })
  text!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When; default now.' })
  occurredAt?: Date;

  @Field(() => CorrectionInput, { nullable: true, description: 'Note this one corrects.' })
  corrects?: CorrectionInput;
}
