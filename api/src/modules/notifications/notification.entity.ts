import { type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { User } from '../auth/index.js';
import { stampNow } from '../../kernel/clock.js';

/** Something that concerns one user (R20): shown in the bell and pushed live. */
@ObjectType({ description: 'A message for one user.' })
@Entity()
@Index({ properties: ['user', 'createdAt'] })
export class Notification {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Field(() => String, { description: 'Machine-readable kind, e.g. `APPOINTMENT_MOVED`.' })
  @Property({ length: 60 })
  kind!: string;

  @Field(() => String, { description: 'Short title.' })
  @Property({ length: 200 })
  title!: string;

  @Field(() => String, { description: 'Message body.' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => Boolean, { description: 'Needs attention now (e.g. a critical result).' })
  @Property({ default: false })
  urgent: boolean & Opt = false;

  @Field(() => String, { nullable: true, description: 'Where in the app this leads.' })
  @Property({ length: 300, nullable: true })
  link?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was read.' })
  @Property({ type: 'timestamptz', nullable: true })
  readAt?: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was sent.' })
  @Property({ type: 'timestamptz', onCreate: stampNow })
  createdAt!: Date & Opt;
}
