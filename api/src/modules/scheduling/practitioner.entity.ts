import { Collection, type Opt, type Ref } from '@mikro-orm/core';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  OneToOne,
  PrimaryKey,
  Property,
} from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../auth/index.js';

/** The practitioner profile of a DOCTOR account. */
@ObjectType({ description: 'A doctor who sees patients by appointment.' })
@Entity()
export class Practitioner {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne(() => User, { ref: true, unique: true, owner: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Field(() => String, { description: 'Specialty code (see `specialties`).' })
  @Property({ length: 40 })
  @Index()
  specialty!: string;

  @Field(() => String, { nullable: true, description: 'Short presentation for patients.' })
  @Property({ type: 'text', nullable: true })
  bio?: string | null;

  @Field(() => [String], { description: 'Languages spoken (ISO codes, e.g. fr, en, ar).' })
  @Property({ type: 'text[]' })
  languages: string[] & Opt = [];

  @Field(() => Int, { description: 'Default consultation length in minutes.' })
  @Property({ type: 'integer', default: 20 })
  consultationMinutes: number & Opt = 20;

  @Field(() => Boolean, { description: 'Inactive practitioners take no new bookings.' })
  @Property({ default: true })
  active: boolean & Opt = true;

  @OneToMany(() => AvailabilitySession, (s) => s.practitioner)
  sessions = new Collection<AvailabilitySession>(this);
}

/** A weekly recurring consultation session, in the hospital's time zone. */
@ObjectType({ description: 'A weekly consultation session.' })
@Entity()
export class AvailabilitySession {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Practitioner, { ref: true, deleteRule: 'cascade' })
  @Index()
  practitioner!: Ref<Practitioner>;

  @Field(() => Int, { description: 'ISO weekday, 1 = Monday … 7 = Sunday.' })
  @Property({ type: 'smallint' })
  weekday!: number;

  @Field(() => String, { description: 'Local start time, HH:MM.' })
  @Property({ length: 5 })
  startTime!: string;

  @Field(() => String, { description: 'Local end time, HH:MM.' })
  @Property({ length: 5 })
  endTime!: string;

  @Field(() => Int, { description: 'Slot length in minutes.' })
  @Property({ type: 'integer' })
  slotMinutes!: number;
}

export enum ExceptionKind {
  ABSENCE = 'ABSENCE',
  EXTRA = 'EXTRA',
}

registerEnumType(ExceptionKind, {
  name: 'AvailabilityExceptionKind',
  description: 'An absence, or an extra session.',
});

/** A one-off change to the weekly pattern: an absence or an extra session. */
@ObjectType({ description: 'An absence or an extra session.' })
@Entity()
@Index({ properties: ['practitioner', 'startsAt'] })
export class AvailabilityException {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Practitioner, { ref: true, deleteRule: 'cascade' })
  practitioner!: Ref<Practitioner>;

  @Field(() => ExceptionKind, { description: 'Absence or extra session.' })
  @Enum({ items: () => ExceptionKind, nativeEnumName: 'availability_exception_kind' })
  kind!: ExceptionKind;

  @Field(() => GraphQLISODateTime, { description: 'Start.' })
  @Property({ type: 'timestamptz' })
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'End.' })
  @Property({ type: 'timestamptz' })
  endsAt!: Date;

  @Field(() => Int, { nullable: true, description: 'Slot length of an extra session.' })
  @Property({ type: 'integer', nullable: true })
  slotMinutes?: number | null;

  @Field(() => String, { nullable: true, description: 'Why.' })
  @Property({ length: 300, nullable: true })
  reason?: string | null;
}
