import { type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../../kernel/auth/roles.js';
import { Patient } from '../patients/index.js';

/** Where a grant stands in the managers' review. */
export enum EmergencyAccessStatus {
  PENDING = 'PENDING',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  FLAGGED = 'FLAGGED',
}

registerEnumType(EmergencyAccessStatus, {
  name: 'EmergencyAccessStatus',
  description: 'Where an emergency access stands in the managers’ review.',
  valuesConfig: {
    PENDING: { description: 'Not reviewed yet.' },
    ACKNOWLEDGED: { description: 'A manager found it justified.' },
    FLAGGED: { description: 'A manager flagged it for follow-up (possible misuse).' },
  },
});

/**
 * One break-the-glass: a clinician whom the care scope kept out of a patient's record opened it
 * for a stated reason. While `expiresAt` is ahead (server clock) the care scope lets that
 * clinician into that patient's clinical parts, within what her role reads. Never deleted: the
 * row is the evidence a manager reviews, once.
 */
@ObjectType({
  description:
    'An emergency access (break-the-glass): who opened which patient’s record, why, until when, and its review.',
})
@Entity()
@Index({ properties: ['userId', 'patient', 'expiresAt'] })
@Index({ properties: ['status', 'openedAt'] })
export class EmergencyAccess {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The clinician's account. */
  @Property({ type: 'uuid' })
  userId!: string;

  @Field(() => String, { description: 'The clinician who opened it, as named at the time.' })
  @Property({ length: 200 })
  clinicianName!: string;

  @Field(() => Role, { description: 'The clinician’s role at the time.' })
  @Enum({ items: () => Role, nativeEnumName: 'role' })
  clinicianRole!: Role;

  @ManyToOne(() => Patient, { ref: true, deleteRule: 'cascade' })
  patient!: Ref<Patient>;

  @Field(() => String, { description: 'Why the clinician needed the record, in her words.' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was opened (server clock).' })
  @Property({ type: 'timestamptz' })
  openedAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the access ends (server clock).' })
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Field(() => EmergencyAccessStatus, { description: 'Where its review stands.' })
  @Enum({
    items: () => EmergencyAccessStatus,
    nativeEnumName: 'emergency_access_status',
    default: EmergencyAccessStatus.PENDING,
  })
  status: EmergencyAccessStatus & Opt = EmergencyAccessStatus.PENDING;

  /** The manager who reviewed it. */
  @Property({ type: 'uuid', nullable: true })
  reviewedById?: string | null;

  @Field(() => String, { nullable: true, description: 'The manager who reviewed it.' })
  @Property({ length: 200, nullable: true })
  reviewedByName?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was reviewed.' })
  @Property({ type: 'timestamptz', nullable: true })
  reviewedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'The reviewer’s note.' })
  @Property({ type: 'text', nullable: true })
  reviewNote?: string | null;
}
