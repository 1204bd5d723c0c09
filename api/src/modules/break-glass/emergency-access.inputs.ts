import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  ObjectType,
  registerEnumType,
} from 'type-graphql';
import { Connection } from '../../kernel/graphql/connection.js';
import { EmergencyAccess } from './emergency-access.entity.js';

@InputType({ description: 'Opening a patient’s record in an emergency, with the reason.' })
export class OpenEmergencyAccessInput implements Pick<EmergencyAccess, 'reason'> {
  @Field(() => ID, { description: 'The patient whose record is needed.' })
  patientId!: string;

  @Field(() => String, {
    description: 'Why the record is needed now (at least 10 characters); reviewed by a manager.',
  })
  reason!: string;
}

/** A manager's verdict on an emergency access. */
export enum EmergencyAccessDecision {
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  FLAGGED = 'FLAGGED',
}

registerEnumType(EmergencyAccessDecision, {
  name: 'EmergencyAccessDecision',
  description: 'A manager’s verdict on an emergency access.',
  valuesConfig: {
    ACKNOWLEDGED: { description: 'Justified; nothing to follow up.' },
    FLAGGED: { description: 'To follow up (possible misuse); a note is required.' },
  },
});

@InputType({ description: 'A manager’s review of one emergency access.' })
export class ReviewEmergencyAccessInput {
  @Field(() => ID, { description: 'The emergency access.' })
  id!: string;

  @Field(() => EmergencyAccessDecision, { description: 'The verdict.' })
  decision!: EmergencyAccessDecision;

  @Field(() => String, {
    nullable: true,
    description: 'What the reviewer found; required when flagging.',
  })
  note?: string | null;
}

@ObjectType({
  description:
    'Whether the caller may open a patient’s record in an emergency, or until when she already may.',
})
export class EmergencyAccessState {
  @Field(() => Boolean, {
    description: 'The care scope keeps the caller out of this record and she may break the glass.',
  })
  mayOpen!: boolean;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the caller’s active emergency access to this record ends; null if none.',
  })
  activeUntil!: Date | null;
}

@ObjectType({ description: 'A page of emergency accesses, newest first.' })
export class EmergencyAccessConnection extends Connection(EmergencyAccess, 'EmergencyAccess') {}
