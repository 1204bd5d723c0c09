import { type Opt, OptionalProps, type Ref } from '@mikro-orm/core';
import {
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
} from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Patient } from '../patients/index.js';
import { AppointmentStatus } from './appointment-status.js';
import { Practitioner } from './practitioner.entity.js';
import { stampNow } from '../../kernel/clock.js';

const HOLDS_TIME = "status not in ('CANCELLED', 'CANCELLED_PRACTITIONER_ABSENT')";

/**
 * An appointment. R1 is enforced by PostgreSQL itself: two exclusion constraints forbid any
 * overlap of a practitioner's, or of a patient's, appointments that still hold time.
 */
@ObjectType({ description: 'A booked consultation.' })
@Entity()
// The reports' scans of a period (`reports` module): every appointment due in it, index only.
@Index({
  name: 'appointment_by_start',
  expression:
    'create index "appointment_by_start" on "appointment" ("starts_at") include ("practitioner_id", "status", "patient_id", "ends_at")',
})
@Index({ properties: ['practitioner', 'startsAt'] })
@Index({ properties: ['patient', 'startsAt'] })
@Check({
  name: 'appointment_practitioner_no_overlap',
  expression: `exclude using gist (practitioner_id with =, tstzrange(starts_at, ends_at, '[)') with &&) where (${HOLDS_TIME})`,
})
@Check({
  name: 'appointment_patient_no_overlap',
  expression: `exclude using gist (patient_id with =, tstzrange(starts_at, ends_at, '[)') with &&) where (${HOLDS_TIME})`,
})
@Check({ name: 'appointment_positive_length', expression: 'ends_at > starts_at' })
export class Appointment {
  [OptionalProps]?: 'status';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Patient, { ref: true })
  patient!: Ref<Patient>;

  @ManyToOne(() => Practitioner, { ref: true })
  practitioner!: Ref<Practitioner>;

  @Field(() => GraphQLISODateTime, { description: 'Start (current, after any delay).' })
  @Property({ type: 'timestamptz' })
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'End.' })
  @Property({ type: 'timestamptz' })
  endsAt!: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'The time first booked, when a delay moved it.',
  })
  @Property({ type: 'timestamptz', nullable: true })
  originalStartsAt?: Date | null;

  @Field(() => AppointmentStatus, { description: 'Lifecycle status.' })
  @Enum({ items: () => AppointmentStatus, nativeEnumName: 'appointment_status' })
  status: AppointmentStatus = AppointmentStatus.SCHEDULED;

  @Field(() => String, { description: 'Reason for the visit.' })
  @Property({ length: 500 })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  @Property({ length: 500, nullable: true })
  cancelReason?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was booked outside the practitioner’s sessions.',
  })
  @Property({ length: 500, nullable: true })
  outsideSessionReason?: string | null;

  @Property({ type: 'uuid', nullable: true })
  bookedBy?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the patient arrived.' })
  @Property({ type: 'timestamptz', nullable: true })
  checkedInAt?: Date | null;

  /** Set by records' `VisitEncounterOpened` when the visit starts (R5). */
  @Field(() => ID, {
    nullable: true,
    description:
      'The visit’s clinical record (its consultation note), once the visit started (R5).',
  })
  @Property({ type: 'uuid', nullable: true })
  encounterId?: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was booked.' })
  @Property({ type: 'timestamptz', onCreate: stampNow })
  createdAt!: Date & Opt;

  @Field(() => GraphQLISODateTime, { description: 'Last change.' })
  @Property({ type: 'timestamptz', onCreate: stampNow, onUpdate: stampNow })
  updatedAt!: Date & Opt;

  @Field(() => Int, { description: 'Optimistic-concurrency version.' })
  @Property({ version: true, type: 'integer' })
  version!: number & Opt;

  @Field(() => Int, { description: 'Length in minutes.' })
  get durationMinutes(): number & Opt {
    return Math.round((this.endsAt.getTime() - this.startsAt.getTime()) / 60_000);
  }
}
