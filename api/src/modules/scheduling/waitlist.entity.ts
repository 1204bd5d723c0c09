import { Collection, type Opt, OptionalProps, type Ref } from '@mikro-orm/core';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
} from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../kernel/graphql/scalars.js';
import { Patient } from '../patients/index.js';
import { Practitioner } from './practitioner.entity.js';
import { stampNow } from '../../kernel/clock.js';

export enum WaitlistStatus {
  WAITING = 'WAITING',
  OFFERED = 'OFFERED',
  FULFILLED = 'FULFILLED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(WaitlistStatus, { name: 'WaitlistStatus', description: 'Waitlist state.' });

/** A patient asking for an earlier slot with a practitioner or in a specialty. */
@ObjectType({ description: 'A request for an earlier appointment.' })
@Entity()
@Index({ properties: ['status', 'createdAt'] })
export class WaitlistRequest {
  [OptionalProps]?: 'status';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Patient, { ref: true })
  patient!: Ref<Patient>;

  @ManyToOne(() => Practitioner, { ref: true, nullable: true })
  practitioner?: Ref<Practitioner> | null;

  @Field(() => String, { nullable: true, description: 'Specialty when any practitioner will do.' })
  @Property({ length: 40, nullable: true })
  specialty?: string | null;

  @Field(() => LocalDate, { description: 'Earliest acceptable day.' })
  @Property({ type: 'date' })
  fromDate!: string;

  @Field(() => LocalDate, { description: 'Latest acceptable day.' })
  @Property({ type: 'date' })
  toDate!: string;

  @Field(() => WaitlistStatus, { description: 'State.' })
  @Enum({ items: () => WaitlistStatus, nativeEnumName: 'waitlist_status' })
  status: WaitlistStatus = WaitlistStatus.WAITING;

  @Field(() => String, { nullable: true, description: 'Reason for the visit.' })
  @Property({ length: 500, nullable: true })
  reason?: string | null;

  @Field(() => GraphQLISODateTime, {
    description: 'When asked; earlier requests are served first.',
  })
  @Property({ type: 'timestamptz', onCreate: stampNow })
  createdAt!: Date & Opt;

  @OneToMany(() => WaitlistOffer, (o) => o.request)
  offers = new Collection<WaitlistOffer>(this);
}

export enum OfferStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  EXPIRED = 'EXPIRED',
  TAKEN = 'TAKEN',
}

registerEnumType(OfferStatus, { name: 'WaitlistOfferStatus', description: 'Offer state.' });

/** A freed slot offered to a waiting patient; the first to accept gets it, the rest expire. */
@ObjectType({ description: 'A freed slot offered to a waiting patient.' })
@Entity()
export class WaitlistOffer {
  [OptionalProps]?: 'status';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => WaitlistRequest, { ref: true })
  @Index()
  request!: Ref<WaitlistRequest>;

  @ManyToOne(() => Practitioner, { ref: true })
  practitioner!: Ref<Practitioner>;

  @Field(() => GraphQLISODateTime, { description: 'Offered start.' })
  @Property({ type: 'timestamptz' })
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'Offered end.' })
  @Property({ type: 'timestamptz' })
  endsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'The offer lapses after this.' })
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Field(() => OfferStatus, { description: 'State.' })
  @Enum({ items: () => OfferStatus, nativeEnumName: 'waitlist_offer_status' })
  status: OfferStatus = OfferStatus.PENDING;
}
