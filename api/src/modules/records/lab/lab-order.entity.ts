import { OptionalProps, type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { ClinicalEntry } from '../clinical-entry.js';
import { LabOrderStatus, LabPriority } from '../clinical-enums.js';
import { Encounter } from '../encounters/encounter.entity.js';
import { LabTest } from './lab-test.entity.js';

/**
 * One test ordered for a patient (R14); tests ordered together share `groupId`. The test's code,
 * name and unit are copied so that the order reads the same if the catalogue changes.
 */
@ObjectType({ description: 'A lab test ordered for a patient.' })
@Entity()
@Index({ properties: ['patient', 'occurredAt'] })
@Index({ properties: ['status', 'occurredAt'] })
@Index({ properties: ['recordedById', 'occurredAt'] })
export class LabOrder extends ClinicalEntry {
  [OptionalProps]?: 'status';

  @ManyToOne(() => Encounter, { ref: false, nullable: true, deleteRule: 'restrict' })
  encounter?: Encounter | null;

  @ManyToOne(() => LabTest, { ref: false, deleteRule: 'restrict' })
  test!: LabTest;

  @Field(() => ID, { description: 'Orders placed together share this id.' })
  @Property({ type: 'uuid' })
  groupId!: string;

  @Field(() => String, { description: 'Test code.' })
  @Property({ length: 20 })
  testCode!: string;

  @Field(() => String, { description: 'Test name (French).' })
  @Property({ length: 200 })
  testNameFr!: string;

  @Field(() => String, { description: 'Test name (English).' })
  @Property({ length: 200 })
  testNameEn!: string;

  @Field(() => String, { description: 'Specimen.' })
  @Property({ length: 100 })
  specimen!: string;

  @Field(() => LabPriority, { description: 'Routine or urgent.' })
  @Enum({ items: () => LabPriority, nativeEnumName: 'lab_priority' })
  priority!: LabPriority;

  @Field(() => LabOrderStatus, { description: 'Where the order stands.' })
  @Enum({
    items: () => LabOrderStatus,
    nativeEnumName: 'lab_order_status',
    default: LabOrderStatus.ORDERED,
  })
  status: LabOrderStatus = LabOrderStatus.ORDERED;

  @Field(() => String, { nullable: true, description: 'Clinical information for the lab.' })
  @Property({ length: 1000, nullable: true })
  clinicalInfo?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Specimen collected at.' })
  @Property({ type: 'timestamptz', nullable: true })
  collectedAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Who collected the specimen.' })
  @Property({ type: 'uuid', nullable: true })
  collectedById?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Cancelled at.' })
  @Property({ type: 'timestamptz', nullable: true })
  cancelledAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  @Property({ length: 500, nullable: true })
  cancelReason?: string | null;

  @Field(() => ID, { description: 'The ordering doctor.' })
  get orderedById(): string & Opt {
    return this.recordedById;
  }

  @Field(() => String, { description: 'The ordering doctor’s name.' })
  get orderedByName(): string & Opt {
    return this.recordedByName;
  }

  @Field(() => ID, { nullable: true, description: 'The visit, if any.' })
  get encounterId(): string | null {
    return this.encounter?.id ?? null;
  }
}
