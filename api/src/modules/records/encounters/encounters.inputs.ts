import { Field, GraphQLISODateTime, ID, InputType } from 'type-graphql';
import { LocalDate } from '../../../kernel/graphql/scalars.js';
import { DiagnosisRank, EncounterKind } from '../clinical-enums.js';
import type { Diagnosis } from './diagnosis.entity.js';
import type { Encounter } from './encounter.entity.js';
import { CorrectionInput } from '../records.inputs.js';

@InputType({ description: 'A visit opened by a doctor.' })
export class CreateEncounterInput implements Partial<
  Pick<Encounter, 'kind' | 'reason' | 'subjective' | 'objective' | 'assessment' | 'plan'>
> {
  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field(() => EncounterKind, { description: 'Kind of visit.' })
  kind!: EncounterKind;

  @Field(() => String, { description: 'Reason for the visit.' })
  reason!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Start; default now.' })
  startedAt?: Date;

  @Field(() => ID, { nullable: true, description: 'Appointment honoured, if any.' })
  appointmentId?: string;

  @Field(() => String, { nullable: true, description: 'SOAP: subjective.' })
  subjective?: string;

  @Field(() => String, { nullable: true, description: 'SOAP: objective.' })
  objective?: string;

  @Field(() => String, { nullable: true, description: 'SOAP: assessment.' })
  assessment?: string;

  @Field(() => String, { nullable: true, description: 'SOAP: plan.' })
  plan?: string;

  @Field(() => CorrectionInput, { nullable: true, description: 'Visit note this one corrects.' })
  corrects?: CorrectionInput;
}

@InputType({ description: 'Ends a visit.' })
export class CompleteEncounterInput {
  @Field(() => ID, { description: 'The visit.' })
  id!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'End; default now.' })
  endedAt?: Date;
}

@InputType({ description: 'A diagnosis: an ICD-10 code of the list, or free text.' })
export class AddDiagnosisInput implements Partial<Pick<Diagnosis, 'rank' | 'onsetDate'>> {
  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field(() => ID, { nullable: true, description: 'The visit.' })
  encounterId?: string;

  @Field(() => String, { nullable: true, description: 'ICD-10 code; omit for free text.' })
  code?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Free text when no code fits (required without a code).',
  })
  freeText?: string;

  @Field(() => DiagnosisRank, { description: 'Primary or secondary.' })
  rank!: DiagnosisRank;

  @Field(() => LocalDate, { nullable: true, description: 'Onset date.' })
  onsetDate?: string;

  @Field(() => CorrectionInput, { nullable: true, description: 'Diagnosis this one corrects.' })
  corrects?: CorrectionInput;
}

@InputType({ description: 'Marks a diagnosis resolved.' })
export class ResolveDiagnosisInput {
  @Field(() => ID, { description: 'The diagnosis.' })
  id!: string;
}
