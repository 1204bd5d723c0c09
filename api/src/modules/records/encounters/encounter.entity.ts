import { OptionalProps, type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { ClinicalEntry } from '../clinical-entry.js';
import { EncounterKind, EncounterStatus } from '../clinical-enums.js';

/**
 * A visit (R5): consultation, ward round, emergency or teleconsultation. `occurredAt` is when it
 * started. The SOAP note is written with it; a wrong note is corrected by a replacing encounter.
 * A visit booked through scheduling carries its appointment, at most one encounter each.
 */
@ObjectType({ description: 'A visit: consultation, ward round, emergency or teleconsultation.' })
@Entity()
@Index({ properties: ['patient', 'occurredAt'] })
@Index({ properties: ['practitionerId', 'occurredAt'] })
export class Encounter extends ClinicalEntry {
  [OptionalProps]?: 'status';

  @Field(() => EncounterKind, { description: 'Kind of visit.' })
  @Enum({ items: () => EncounterKind, nativeEnumName: 'encounter_kind' })
  kind!: EncounterKind;

  @Field(() => EncounterStatus, { description: 'Open or completed.' })
  @Enum({
    items: () => EncounterStatus,
    nativeEnumName: 'encounter_status',
    default: EncounterStatus.IN_PROGRESS,
  })
  status: EncounterStatus = EncounterStatus.IN_PROGRESS;

  @Field(() => ID, { description: 'Practitioner in charge.' })
  @Property({ type: 'uuid' })
  practitionerId!: string;

  @Field(() => String, { description: 'Practitioner name, as it was then.' })
  @Property({ length: 220 })
  practitionerName!: string;

  @Field(() => ID, { nullable: true, description: 'The appointment this visit honours.' })
  @Property({ type: 'uuid', nullable: true, unique: true })
  appointmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The inpatient admission this stay records.' })
  @Property({ type: 'uuid', nullable: true, unique: true })
  admissionId?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it ended.' })
  @Property({ type: 'timestamptz', nullable: true })
  endedAt?: Date | null;

  @Field(() => String, { description: 'Reason for the visit.' })
  @Property({ length: 500 })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'SOAP: what the patient reports.' })
  @Property({ type: 'text', nullable: true })
  subjective?: string | null;

  @Field(() => String, { nullable: true, description: 'SOAP: examination findings.' })
  @Property({ type: 'text', nullable: true })
  objective?: string | null;

  @Field(() => String, { nullable: true, description: 'SOAP: assessment.' })
  @Property({ type: 'text', nullable: true })
  assessment?: string | null;

  @Field(() => String, { nullable: true, description: 'SOAP: plan.' })
  @Property({ type: 'text', nullable: true })
  plan?: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it started.' })
  get startedAt(): Date & Opt {
    return this.occurredAt;
  }
}
