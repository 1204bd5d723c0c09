import { type Opt, OptionalProps, type Ref } from '@mikro-orm/core';
import {
  Entity,
  Enum,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { stampNow } from '../../kernel/clock.js';
import { BedCondition, RoomKind, SexPolicy } from './wards-enums.js';

/** A ward: a unit of beds under one service, on one floor. */
@ObjectType({ description: 'A ward: rooms and beds under one service.' })
@Entity()
export class Ward {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Name, e.g. "Médecine interne".' })
  @Property({ length: 120, unique: true })
  name!: string;

  @Field(() => String, { description: 'Service or specialty it belongs to.' })
  @Property({ length: 120 })
  service!: string;

  @Field(() => String, { description: 'Floor or building, as signposted.' })
  @Property({ length: 40 })
  floor!: string;

  @Field(() => SexPolicy, { description: 'Which patients it takes.' })
  @Enum({ items: () => SexPolicy, nativeEnumName: 'ward_sex_policy' })
  sexPolicy!: SexPolicy;

  @Property({ type: 'timestamptz', onCreate: stampNow })
  createdAt!: Date & Opt;

  @Field(() => Int, { description: 'Optimistic-concurrency version.' })
  @Property({ version: true, type: 'integer' })
  version!: number & Opt;
}

/** A room of a ward. */
@ObjectType({ description: 'A room of a ward.' })
@Entity()
@Unique({ properties: ['ward', 'number'] })
export class Room {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Ward, { ref: true })
  ward!: Ref<Ward>;

  @Field(() => String, { description: 'Room number, e.g. "112".' })
  @Property({ length: 20 })
  number!: string;

  @Field(() => RoomKind, { description: 'Kind of room.' })
  @Enum({ items: () => RoomKind, nativeEnumName: 'room_kind' })
  kind!: RoomKind;

  @Field(() => Boolean, { description: 'Whether it can isolate a patient.' })
  @Property({ default: false })
  isolationCapable: boolean & Opt = false;
}

/**
 * A bed. Its housekeeping `condition` is set by staff; whether it is occupied comes from the
 * stays (`BedStay`), which PostgreSQL keeps from overlapping. A removed bed is kept for history.
 */
@ObjectType({ description: 'A bed of a room.' })
@Entity()
@Unique({
  name: 'bed_ward_label_unique',
  expression:
    'create unique index "bed_ward_label_unique" on "bed" ("ward_id", "label") where "removed_at" is null',
})
export class Bed {
  [OptionalProps]?: 'condition';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Room, { ref: true })
  room!: Ref<Room>;

  /** The room's ward, kept on the bed for the board's one query. */
  @ManyToOne(() => Ward, { ref: true })
  ward!: Ref<Ward>;

  @Field(() => String, { description: 'Label as on the bed, e.g. "112-A".' })
  @Property({ length: 20 })
  label!: string;

  @Field(() => BedCondition, { description: 'Housekeeping state.' })
  @Enum({ items: () => BedCondition, nativeEnumName: 'bed_condition', default: BedCondition.READY })
  condition: BedCondition = BedCondition.READY;

  @Field(() => String, { nullable: true, description: 'Why it is out of service.' })
  @Property({ length: 300, nullable: true })
  conditionReason?: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the condition last changed.' })
  @Property({ type: 'timestamptz', onCreate: stampNow })
  conditionSince!: Date & Opt;

  @Property({ type: 'timestamptz', onCreate: stampNow })
  createdAt!: Date & Opt;

  @Property({ type: 'timestamptz', nullable: true })
  removedAt?: Date | null;

  @Field(() => Int, { description: 'Optimistic-concurrency version.' })
  @Property({ version: true, type: 'integer' })
  version!: number & Opt;
}
