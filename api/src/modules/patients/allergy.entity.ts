import { type Opt, OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../kernel/graphql/scalars.js';
import { AllergyClinicalStatus, AllergyKind, AllergySeverity } from './patient-enums.js';
import { Patient } from './patient.entity.js';
import { stampNow } from '../../kernel/clock.js';

/**
 * An allergy or intolerance of a patient. Never deleted: a wrong entry is marked
 * ENTERED_IN_ERROR, so what a clinician once saw can always be explained.
 */
@ObjectType({ description: 'An allergy or intolerance of a patient.' })
@Entity()
export class Allergy {
  [OptionalProps]?: 'status' | 'kind';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Patient, { ref: false, deleteRule: 'restrict' })
  @Index()
  patient!: Patient;

  @Field(() => AllergyKind, { description: 'Allergy or intolerance.' })
  @Enum({ items: () => AllergyKind, nativeEnumName: 'allergy_kind', default: AllergyKind.ALLERGY })
  kind: AllergyKind = AllergyKind.ALLERGY;

  @Field(() => String, { description: 'Substance, drug or food (e.g. "Pénicilline").' })
  @Property({ length: 200 })
  substance!: string;

  @Field(() => String, { nullable: true, description: 'Reaction observed (e.g. "urticaire").' })
  @Property({ length: 500, nullable: true })
  reaction?: string | null;

  @Field(() => AllergySeverity, { description: 'How severe the reaction is.' })
  @Enum({ items: () => AllergySeverity, nativeEnumName: 'allergy_severity' })
  severity!: AllergySeverity;

  @Field(() => AllergyClinicalStatus, { description: 'Active, inactive, or entered in error.' })
  @Enum({
    items: () => AllergyClinicalStatus,
    nativeEnumName: 'allergy_clinical_status',
    default: AllergyClinicalStatus.ACTIVE,
  })
  status: AllergyClinicalStatus = AllergyClinicalStatus.ACTIVE;

  @Field(() => LocalDate, { nullable: true, description: 'When it started, if known.' })
  @Property({ type: 'date', nullable: true })
  onsetDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Free-text note.' })
  @Property({ length: 1000, nullable: true })
  note?: string | null;

  @Field(() => ID, { description: 'Account that recorded it.' })
  @Property({ type: 'uuid' })
  recordedById!: string;

  @Field(() => String, { description: 'Name of who recorded it, as it was then.' })
  @Property({ length: 220 })
  recordedByName!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was recorded.' })
  @Property({ type: 'timestamptz' })
  recordedAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it last changed.' })
  @Property({ type: 'timestamptz', onCreate: stampNow, onUpdate: stampNow })
  updatedAt!: Date & Opt;

  @Field(() => Int, { description: 'Optimistic-concurrency version; send it back to update.' })
  @Property({ version: true, type: 'integer' })
  version!: number & Opt;
}
