import { OptionalProps, type Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { ClinicalEntry } from '../clinical-entry.js';
import { MedicationRoute, PrescriptionStatus } from '../clinical-enums.js';
import { Encounter } from '../encounters/encounter.entity.js';

/**
 * A medication order. Frequency is either structured times of day (`scheduleTimes`, hospital
 * time) or an interval from `startAt`; as-needed orders have neither. An order matching an active
 * allergy exists only with the prescriber's override reason (audited).
 */
@ObjectType({ description: 'A medication prescription.' })
@Entity()
@Index({ properties: ['patient', 'occurredAt'] })
@Index({ properties: ['patient', 'status'] })
@Index({ properties: ['stockItemId'] })
@Check({
  name: 'prescription_units_per_dose',
  expression:
    '(units_per_dose is null) = (stock_item_id is null) and (units_per_dose is null or units_per_dose between 1 and 1000)',
})
export class Prescription extends ClinicalEntry {
  [OptionalProps]?: 'status';

  @ManyToOne(() => Encounter, { ref: false, nullable: true, deleteRule: 'restrict' })
  encounter?: Encounter | null;

  @Field(() => String, { description: 'Medication name (INN preferred), e.g. Amoxicilline.' })
  @Property({ length: 200 })
  medicationName!: string;

  /**
   * The pharmacy's catalogue item, when the order names one (a plain id: records does not import
   * the pharmacy; the prescribe service asks it whether the item may be prescribed). Free text
   * stays possible: then nothing is dispensed or consumed against the order.
   */
  @Field(() => ID, {
    nullable: true,
    description: 'The catalogue item, when the order names one; null for a free-text medicine.',
  })
  @Property({ type: 'uuid', nullable: true })
  stockItemId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Units of issue (tablets, ampoules…) one dose takes from stock; set with the catalogue item.',
  })
  @Property({ type: 'smallint', nullable: true })
  unitsPerDose?: number | null;

  @Field(() => String, { nullable: true, description: 'Form, e.g. tablet, injectable solution.' })
  @Property({ length: 100, nullable: true })
  form?: string | null;

  @Field(() => String, { nullable: true, description: 'Strength, e.g. 500 mg.' })
  @Property({ length: 100, nullable: true })
  strength?: string | null;

  @Field(() => Float, { description: 'Dose per administration.' })
  @Property({ type: 'double' })
  dose!: number;

  @Field(() => String, { description: 'Unit of the dose, e.g. mg, mL, tablet.' })
  @Property({ length: 30 })
  doseUnit!: string;

  @Field(() => MedicationRoute, { description: 'Route.' })
  @Enum({ items: () => MedicationRoute, nativeEnumName: 'medication_route' })
  route!: MedicationRoute;

  @Field(() => [String], { description: 'Times of day (HH:MM, hospital time) of each dose.' })
  @Property({ type: 'text[]', defaultRaw: "'{}'" })
  scheduleTimes: string[] & Opt = [];

  @Field(() => Int, { nullable: true, description: 'Hours between doses, from the start.' })
  @Property({ type: 'smallint', nullable: true })
  intervalHours?: number | null;

  @Field(() => Boolean, { description: 'Given only when needed (PRN).' })
  @Property({ default: false })
  asNeeded: boolean & Opt = false;

  @Field(() => GraphQLISODateTime, { description: 'First dose from.' })
  @Property({ type: 'timestamptz' })
  startAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Ends at; null until stopped.' })
  @Property({ type: 'timestamptz', nullable: true })
  endAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Instructions for nurse and patient.' })
  @Property({ length: 1000, nullable: true })
  instructions?: string | null;

  @Field(() => PrescriptionStatus, { description: 'Active, completed or stopped.' })
  @Enum({
    items: () => PrescriptionStatus,
    nativeEnumName: 'prescription_status',
    default: PrescriptionStatus.ACTIVE,
  })
  status: PrescriptionStatus = PrescriptionStatus.ACTIVE;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was stopped.' })
  @Property({ type: 'timestamptz', nullable: true })
  stoppedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was stopped.' })
  @Property({ length: 500, nullable: true })
  stopReason?: string | null;

  @Field(() => [String], { description: 'Active allergies this order matched when written.' })
  @Property({ type: 'text[]', defaultRaw: "'{}'" })
  allergyConflicts: string[] & Opt = [];

  @Field(() => String, { nullable: true, description: 'Prescriber’s reason for overriding.' })
  @Property({ length: 500, nullable: true })
  allergyOverrideReason?: string | null;

  @Field(() => ID, { nullable: true, description: 'The visit it was written in.' })
  get encounterId(): string | null {
    return this.encounter?.id ?? null;
  }
}
