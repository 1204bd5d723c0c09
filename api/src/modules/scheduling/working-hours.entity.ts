import type { Ref } from '@mikro-orm/core';
import {
  Check,
  Entity,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
} from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../auth/index.js';

/**
 * One span of a staff member's weekly working hours, in the hospital's time zone (R18).
 * Invariant, kept by PostgreSQL as well as by the service: the spans of one person on one
 * weekday never overlap (HH:MM read as the integer HHMM keeps the order, so a plain int4range
 * does), and each ends after it starts.
 */
@ObjectType({ description: 'A span of a staff member’s weekly working hours (hospital time).' })
@Entity()
@Check({
  name: 'working_hours_span_no_overlap',
  expression: `exclude using gist (user_id with =, weekday with =, int4range(replace(start_time, ':', '')::int, replace(end_time, ':', '')::int, '[)') with &&)`,
})
@Check({ name: 'working_hours_span_weekday', expression: 'weekday between 1 and 7' })
@Check({ name: 'working_hours_span_positive_length', expression: 'end_time > start_time' })
export class WorkingHoursSpan {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  @Index()
  user!: Ref<User>;

  @Field(() => Int, { description: 'ISO weekday, 1 = Monday … 7 = Sunday.' })
  @Property({ type: 'smallint' })
  weekday!: number;

  @Field(() => String, { description: 'Local start time, HH:MM (24-hour).' })
  @Property({ length: 5 })
  startTime!: string;

  @Field(() => String, { description: 'Local end time, HH:MM (24-hour), after the start.' })
  @Property({ length: 5 })
  endTime!: string;
}
