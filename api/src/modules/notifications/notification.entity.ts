import { type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { GraphQLJSONObject } from 'graphql-scalars';
import { randomUUID } from 'node:crypto';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { User } from '../auth/index.js';
import { stampNow } from '../../kernel/clock.js';
import { NotificationKind } from './notification-kind.js';

/**
 * Something that concerns one user (R20): shown in the bell and pushed live. It is data, a kind
 * and its parameters, so that each reader gets it in their own language.
 */
@ObjectType({ description: 'A message for one user: a kind and its parameters.' })
@Entity()
@Index({ properties: ['user', 'createdAt'] })
export class Notification {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Field(() => NotificationKind, { description: 'What it tells.' })
  @Enum({ items: () => NotificationKind, nativeEnumName: 'notification_kind' })
  kind!: NotificationKind;

  @Field(() => GraphQLJSONObject, {
    description:
      'What the message needs, per kind (see `NotificationKind`); instants are ISO strings. A notification from before kinds had parameters holds its text as `{ title, body }`.',
  })
  @Property({ type: 'jsonb' })
  params!: Record<string, unknown>;

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
