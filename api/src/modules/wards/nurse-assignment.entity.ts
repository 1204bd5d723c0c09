import { type Opt, type Ref } from '@mikro-orm/core';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { stampNow } from '../../kernel/clock.js';
import { LocalDate } from '../../kernel/graphql/scalars.js';
import { Ward } from './ward.entity.js';
import { Shift } from './wards-enums.js';

/** A nurse on a ward for one shift of one day (hospital time). */
@ObjectType({ description: 'A nurse assigned to a ward for one shift.' })
@Entity()
@Unique({ properties: ['ward', 'date', 'shift', 'nurseUserId'] })
@Index({ properties: ['nurseUserId', 'date'] })
export class NurseAssignment {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Ward, { ref: true })
  ward!: Ref<Ward>;

  @Field(() => LocalDate, { description: 'The day the shift starts on.' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => Shift, { description: 'The shift.' })
  @Enum({ items: () => Shift, nativeEnumName: 'nursing_shift' })
  shift!: Shift;

  @Field(() => ID, { description: 'The nurse’s account.' })
  @Property({ type: 'uuid' })
  nurseUserId!: string;

  @Field(() => String, { description: 'The nurse, as named then.' })
  @Property({ length: 220 })
  nurseName!: string;

  @Property({ type: 'timestamptz', onCreate: stampNow })
  assignedAt!: Date & Opt;
}
