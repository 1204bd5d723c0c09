import { Field, GraphQLISODateTime, ID, InputType } from 'type-graphql';
import { AuditOutcome } from './audit-event.entity.js';

@InputType({ description: 'Narrows the audit log.' })
export class AuditEventFilter {
  @Field(() => ID, { nullable: true, description: 'Only what this account did.' })
  actorId?: string;

  @Field(() => ID, { nullable: true, description: 'Only what concerned this patient.' })
  patientId?: string;

  @Field(() => String, { nullable: true, description: 'Only this action, e.g. `login`.' })
  action?: string;

  @Field(() => AuditOutcome, { nullable: true, description: 'Only this outcome.' })
  outcome?: AuditOutcome;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'From this instant.' })
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Before this instant.' })
  to?: Date;
}
