import { Collection, type Opt, OptionalProps, type Ref } from '@mikro-orm/core';
import {
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { stampNow } from '../../kernel/clock.js';
import { Patient } from '../patients/index.js';
import { Bed } from './ward.entity.js';
import { AdmissionSource, AdmissionStatus, DischargeDestination } from './wards-enums.js';

/**
 * An inpatient stay from admission to discharge, made of one bed stay per bed occupied. A
 * patient has at most one active admission (a partial unique index); an admission entered in
 * error is cancelled, kept and shown struck through.
 */
@ObjectType({ description: 'An inpatient stay, from admission to discharge.' })
@Entity()
// The reports' discharges of a period (`reports` module), index only.
@Index({
  name: 'admission_discharged_in_period',
  expression:
    'create index "admission_discharged_in_period" on "admission" ("discharged_at") include ("admitted_at") where "status" = \'DISCHARGED\'',
})
@Index({ properties: ['patient', 'admittedAt'] })
@Index({ properties: ['attendingUserId', 'status'] })
@Unique({
  name: 'admission_one_active_per_patient',
  expression:
    'create unique index "admission_one_active_per_patient" on "admission" ("patient_id") where "status" = \'ACTIVE\'',
})
export class Admission {
  [OptionalProps]?: 'status';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Patient, { ref: true })
  patient!: Ref<Patient>;

  @Field(() => AdmissionStatus, { description: 'Where the stay stands.' })
  @Enum({ items: () => AdmissionStatus, nativeEnumName: 'admission_status' })
  status: AdmissionStatus = AdmissionStatus.ACTIVE;

  @Field(() => AdmissionSource, { description: 'Where the patient came from.' })
  @Enum({ items: () => AdmissionSource, nativeEnumName: 'admission_source' })
  source!: AdmissionSource;

  @Field(() => String, { description: 'Reason for admission.' })
  @Property({ length: 500 })
  reason!: string;

  @Field(() => Int, { nullable: true, description: 'Expected length of stay, in days.' })
  @Property({ type: 'smallint', nullable: true })
  expectedDays?: number | null;

  @Field(() => ID, { description: 'Account of the attending doctor.' })
  @Property({ type: 'uuid' })
  attendingUserId!: string;

  @Field(() => String, { description: 'Attending doctor, as named then.' })
  @Property({ length: 220 })
  attendingName!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the patient was admitted.' })
  @Property({ type: 'timestamptz' })
  admittedAt!: Date;

  @Property({ type: 'uuid' })
  admittedById!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the patient left.' })
  @Property({ type: 'timestamptz', nullable: true })
  dischargedAt?: Date | null;

  @Field(() => DischargeDestination, { nullable: true, description: 'Where the patient went.' })
  @Enum({
    items: () => DischargeDestination,
    nativeEnumName: 'discharge_destination',
    nullable: true,
  })
  dischargeDestination?: DischargeDestination | null;

  /** Written by a doctor; read with the clinical record (ruled as such). */
  @Property({ type: 'text', nullable: true })
  dischargeSummary?: string | null;

  @Property({ type: 'uuid', nullable: true })
  dischargedById?: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was found entered in error.',
  })
  @Property({ type: 'timestamptz', nullable: true })
  cancelledAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was entered in error.' })
  @Property({ length: 500, nullable: true })
  cancelReason?: string | null;

  @OneToMany(() => BedStay, (s) => s.admission)
  stays = new Collection<BedStay>(this);

  @Property({ type: 'timestamptz', onCreate: stampNow })
  createdAt!: Date & Opt;

  @Field(() => Int, { description: 'Optimistic-concurrency version.' })
  @Property({ version: true, type: 'integer' })
  version!: number & Opt;
}

const HOLDS_BED = 'not cancelled';

/**
 * One bed occupied during an admission, from `startedAt` until `endedAt` (open while the
 * patient is in it). PostgreSQL forbids two stays of one bed, or of one patient, that overlap:
 * a bed holds at most one patient and a patient at most one bed, whatever the application does.
 */
@ObjectType({ description: 'A bed occupied during an admission; transfers add one each.' })
@Entity()
// An admission's stays (the reports' ward of discharge: the stay that ended at the discharge).
@Index({
  name: 'bed_stay_by_admission',
  expression:
    'create index "bed_stay_by_admission" on "bed_stay" ("admission_id", "ended_at") include ("ward_id") where not "cancelled"',
})
@Index({ properties: ['bed', 'startedAt'] })
@Index({ properties: ['wardId', 'endedAt'] })
@Check({
  name: 'bed_stay_bed_no_overlap',
  expression: `exclude using gist (bed_id with =, tstzrange(started_at, ended_at, '[)') with &&) where (${HOLDS_BED})`,
})
@Check({
  name: 'bed_stay_patient_no_overlap',
  expression: `exclude using gist (patient_id with =, tstzrange(started_at, ended_at, '[)') with &&) where (${HOLDS_BED})`,
})
@Check({
  name: 'bed_stay_positive_length',
  expression: 'ended_at is null or ended_at > started_at',
})
export class BedStay {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Admission, { ref: true })
  admission!: Ref<Admission>;

  @ManyToOne(() => Bed, { ref: true })
  bed!: Ref<Bed>;

  /** The bed's ward and the admission's patient, kept here for the constraints and the board. */
  @Property({ type: 'uuid' })
  wardId!: string;

  @Property({ type: 'uuid' })
  patientId!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the patient got this bed.' })
  @Property({ type: 'timestamptz' })
  startedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Open while in the bed.' })
  @Property({ type: 'timestamptz', nullable: true })
  endedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the patient was moved here.' })
  @Property({ length: 500, nullable: true })
  transferReason?: string | null;

  /** The admission was entered in error: the stay no longer holds its bed. */
  @Property({ default: false })
  cancelled: boolean & Opt = false;
}

/** A bed held for a planned admission. At most one open reservation per bed. */
@ObjectType({ description: 'A bed held for a planned admission.' })
@Entity()
@Unique({
  name: 'bed_reservation_one_open',
  expression:
    'create unique index "bed_reservation_one_open" on "bed_reservation" ("bed_id") where "closed_at" is null',
})
export class BedReservation {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Bed, { ref: true })
  bed!: Ref<Bed>;

  @ManyToOne(() => Patient, { ref: true })
  patient!: Ref<Patient>;

  @Field(() => GraphQLISODateTime, { description: 'Planned admission time.' })
  @Property({ type: 'timestamptz' })
  plannedFor!: Date;

  @Field(() => String, { nullable: true, description: 'Note for the admitting team.' })
  @Property({ length: 300, nullable: true })
  note?: string | null;

  /** Used by the admission, or cancelled. */
  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  @Property({ type: 'timestamptz', onCreate: stampNow })
  createdAt!: Date & Opt;
}

/** A doctor on an admission's care team besides the attending one. */
@ObjectType({ description: 'A doctor on an inpatient’s care team.' })
@Entity()
@Unique({ properties: ['admission', 'userId'] })
@Index({ properties: ['userId'] })
export class CareTeamMember {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Admission, { ref: true })
  admission!: Ref<Admission>;

  @Field(() => ID, { description: 'The doctor’s account.' })
  @Property({ type: 'uuid' })
  userId!: string;

  @Field(() => String, { description: 'Name.' })
  @Property({ length: 220 })
  name!: string;

  @Property({ type: 'timestamptz', onCreate: stampNow })
  addedAt!: Date & Opt;
}
