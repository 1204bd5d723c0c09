import {
  Check,
  Entity,
  Enum,
  Index,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../kernel/graphql/scalars.js';
import { ActKind } from './billing-enums.js';

/**
 * The price of one billable act over a period. A new price for an act closes the current one the
 * day before it starts, so the periods of one act never overlap (PostgreSQL refuses it) and the
 * price of the day of the act is the one billed.
 */
@ObjectType({ description: 'The price of a billable act over a period of validity.' })
@Entity()
@Index({ properties: ['actKind', 'code', 'validFrom'] })
@Check({ name: 'tariff_amount_positive', expression: 'amount_minor >= 0' })
@Check({ name: 'tariff_period', expression: 'valid_to is null or valid_to >= valid_from' })
@Check({
  name: 'tariff_no_overlap',
  expression:
    "exclude using gist (act_kind with =, code with =, daterange(valid_from, valid_to, '[]') with &&)",
})
@Unique({ properties: ['actKind', 'code', 'validFrom'] })
export class Tariff {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ActKind, { description: 'The kind of act priced.' })
  @Enum({ items: () => ActKind, columnType: 'varchar(20)' })
  actKind!: ActKind;

  @Field(() => String, {
    description:
      'Which act of that kind: a specialty, a lab test code, a ward id, a procedure code; `*` for any.',
  })
  @Property({ length: 80 })
  code!: string;

  @Field(() => String, { description: 'Label printed on invoices, in French.' })
  @Property({ length: 200 })
  labelFr!: string;

  @Field(() => String, { description: 'Label printed on invoices, in English.' })
  @Property({ length: 200 })
  labelEn!: string;

  @Field(() => Int, { description: 'Price of one unit, in minor units of the hospital currency.' })
  @Property({ type: 'integer' })
  amountMinor!: number;

  @Field(() => LocalDate, { description: 'First day the price applies (hospital time).' })
  @Property({ type: 'date' })
  validFrom!: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Last day it applies; null while current.',
  })
  @Property({ type: 'date', nullable: true })
  validTo?: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was set.' })
  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'uuid' })
  createdById!: string;
}
