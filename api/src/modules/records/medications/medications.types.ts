import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { DoseState } from '../clinical-enums.js';
import { MedicationAdministration } from './medication-administration.entity.js';
import { Prescription } from './prescription.entity.js';

@ObjectType({ description: 'One scheduled dose on the administration record.' })
export class ScheduledDose {
  @Field(() => Prescription, { description: 'The prescription.' })
  prescription!: Prescription;

  @Field(() => GraphQLISODateTime, { description: 'When it is due.' })
  scheduledAt!: Date;

  @Field(() => DoseState, { description: 'Due, late, given, held, refused or missed.' })
  state!: DoseState;

  @Field(() => MedicationAdministration, { nullable: true, description: 'What was recorded.' })
  administration?: MedicationAdministration | null;
}
