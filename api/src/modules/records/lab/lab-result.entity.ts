import { type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, Float, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { ClinicalEntry } from '../clinical-entry.js';
import { ResultFlag } from '../clinical-enums.js';
import { LabOrder } from './lab-order.entity.js';

/**
 * The result of a lab order, flagged against the reference range that applied to the patient.
 * Invariant: a patient sees it only once validated. A correction marks it entered in error and
 * adds the replacing result, which must be validated again.
 */
@ObjectType({ description: 'A lab result.' })
@Entity()
@Index({ properties: ['patient', 'occurredAt'] })
@Index({ properties: ['order'] })
export class LabResult extends ClinicalEntry {
  @ManyToOne(() => LabOrder, { ref: false, deleteRule: 'restrict' })
  order!: LabOrder;

  @Field(() => String, { description: 'Test code.' })
  @Property({ length: 20 })
  testCode!: string;

  @Field(() => String, { description: 'Test name (French).' })
  @Property({ length: 200 })
  testNameFr!: string;

  @Field(() => String, { description: 'Test name (English).' })
  @Property({ length: 200 })
  testNameEn!: string;

  @Field(() => Float, { nullable: true, description: 'Numeric value.' })
  @Property({ type: 'double', nullable: true })
  valueNumeric?: number | null;

  @Field(() => String, { nullable: true, description: 'Text value (or the numeric as typed).' })
  @Property({ length: 1000, nullable: true })
  valueText?: string | null;

  @Field(() => String, { nullable: true, description: 'Unit.' })
  @Property({ length: 30, nullable: true })
  unit?: string | null;

  @Field(() => ResultFlag, { description: 'Normal, low, high, critical.' })
  @Enum({ items: () => ResultFlag, nativeEnumName: 'result_flag' })
  flag!: ResultFlag;

  @Field(() => Float, { nullable: true, description: 'Lower normal limit applied.' })
  @Property({ type: 'double', nullable: true })
  referenceLow?: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper normal limit applied.' })
  @Property({ type: 'double', nullable: true })
  referenceHigh?: number | null;

  @Field(() => String, { nullable: true, description: 'Comment of the laboratory.' })
  @Property({ length: 1000, nullable: true })
  comment?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Validated at; null: pending.' })
  @Property({ type: 'timestamptz', nullable: true })
  validatedAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Who validated it.' })
  @Property({ type: 'uuid', nullable: true })
  validatedById?: string | null;

  @Field(() => String, { nullable: true, description: 'Name of who validated it.' })
  @Property({ length: 220, nullable: true })
  validatedByName?: string | null;

  @Field(() => ID, { description: 'The order.' })
  get orderId(): string & Opt {
    return this.order.id;
  }

  @Field(() => Boolean, { description: 'Critical value.' })
  get critical(): boolean & Opt {
    return this.flag === ResultFlag.CRITICAL_LOW || this.flag === ResultFlag.CRITICAL_HIGH;
  }
}
