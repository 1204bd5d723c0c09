import { Check, Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { ActKind } from './billing-enums.js';

/**
 * How an insurer (the `payer` of a patient's insurance, compared without case or spaces) covers
 * one kind of act: a percentage, or a fixed amount per unit. No row: the patient pays it all.
 */
@ObjectType({ description: 'How an insurer covers one kind of act.' })
@Entity()
@Unique({ properties: ['payerKey', 'actKind'] })
@Check({
  name: 'insurance_coverage_one_rule',
  expression:
    '(percent is null) <> (fixed_minor is null) and (percent is null or percent between 0 and 100) and (fixed_minor is null or fixed_minor >= 0)',
})
export class InsuranceCoverage {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The payer's name as compared: upper case, spaces squeezed. */
  @Property({ length: 120 })
  payerKey!: string;

  @Field(() => String, { description: 'The insurer, as written on patients’ records.' })
  @Property({ length: 120 })
  payer!: string;

  @Field(() => ActKind, { description: 'The kind of act covered.' })
  @Enum({ items: () => ActKind, columnType: 'varchar(20)' })
  actKind!: ActKind;

  @Field(() => Int, { nullable: true, description: 'Percentage of the amount the insurer pays.' })
  @Property({ type: 'integer', nullable: true })
  percent?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Fixed amount per unit the insurer pays, in minor units (never more than the line).',
  })
  @Property({ type: 'integer', nullable: true })
  fixedMinor?: number | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was last set.' })
  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** How payers are compared: case, accents kept, spaces squeezed. */
export function payerKeyOf(payer: string): string {
  return payer.trim().replace(/\s+/g, ' ').toUpperCase();
}
