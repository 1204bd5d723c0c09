import { type Opt, OptionalProps, type Ref } from '@mikro-orm/core';
import {
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { stampNow } from '../../kernel/clock.js';
import { News2Risk } from '../records/index.js';
import { Patient } from '../patients/index.js';
import {
  ArrivalMode,
  ChiefComplaint,
  EmergencyArea,
  EmergencyOutcome,
  EmergencyStatus,
  TriageLevel,
} from './emergency-enums.js';

/**
 * One visit to the emergency department, from arrival to outcome. A patient has at most one
 * open case (a partial unique index); a closed case is never edited again, only amended.
 * Clinical fields (the complaint in words, the outcome note) carry their own rules.
 */
@ObjectType({ description: 'A visit to the emergency department, from arrival to outcome.' })
@Entity()
// Arrivals of a period with what the flow figures read (`reports`, `emergencyFigures`), index only.
@Index({
  name: 'emergency_case_by_arrival',
  expression:
    'create index "emergency_case_by_arrival" on "emergency_case" ("arrived_at") include ("patient_id", "triaged_at", "doctor_at", "closed_at", "outcome")',
})
@Index({ properties: ['patient', 'arrivedAt'] })
@Index({
  name: 'emergency_case_open',
  expression:
    'create index "emergency_case_open" on "emergency_case" ("arrived_at") where "closed_at" is null',
})
@Unique({
  name: 'emergency_case_one_open_per_patient',
  expression:
    'create unique index "emergency_case_one_open_per_patient" on "emergency_case" ("patient_id") where "closed_at" is null',
})
@Check({
  name: 'emergency_case_closed_has_outcome',
  expression: '(closed_at is null) = (outcome is null)',
})
export class EmergencyCase {
  [OptionalProps]?: 'status' | 'area' | 'unknownIdentity';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Patient, { ref: true })
  patient!: Ref<Patient>;

  @Field(() => GraphQLISODateTime, { description: 'When the patient arrived.' })
  @Property({ type: 'timestamptz' })
  arrivedAt!: Date;

  @Field(() => ArrivalMode, { description: 'How the patient arrived.' })
  @Enum({ items: () => ArrivalMode, nativeEnumName: 'arrival_mode' })
  mode!: ArrivalMode;

  @Field(() => ChiefComplaint, { description: 'Chief complaint, coded.' })
  @Enum({ items: () => ChiefComplaint, nativeEnumName: 'chief_complaint' })
  complaint!: ChiefComplaint;

  /** The complaint in the patient's or the nurse's words: clinical, ruled as such. */
  @Field(() => String, { nullable: true, description: 'Chief complaint in words (clinical).' })
  @Property({ length: 500, nullable: true })
  complaintText?: string | null;

  @Field(() => EmergencyStatus, { description: 'Where the case stands.' })
  @Enum({ items: () => EmergencyStatus, nativeEnumName: 'emergency_status' })
  status: EmergencyStatus = EmergencyStatus.WAITING;

  @Field(() => TriageLevel, { nullable: true, description: 'Current triage level.' })
  @Enum({ items: () => TriageLevel, nativeEnumName: 'triage_level', nullable: true })
  level?: TriageLevel | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When first triaged.' })
  @Property({ type: 'timestamptz', nullable: true })
  triagedAt?: Date | null;

  @Field(() => EmergencyArea, { description: 'Where in the department the patient is.' })
  @Enum({ items: () => EmergencyArea, nativeEnumName: 'emergency_area' })
  area: EmergencyArea = EmergencyArea.WAITING_ROOM;

  @Field(() => String, { nullable: true, description: 'Box or place, e.g. "Box 4".' })
  @Property({ length: 40, nullable: true })
  areaLabel?: string | null;

  @Field(() => ID, { nullable: true, description: 'Account of the doctor in charge.' })
  @Property({ type: 'uuid', nullable: true })
  doctorUserId?: string | null;

  @Field(() => String, { nullable: true, description: 'Doctor in charge, as named then.' })
  @Property({ length: 220, nullable: true })
  doctorName?: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When a doctor first took the patient (medical contact).',
  })
  @Property({ type: 'timestamptz', nullable: true })
  doctorAt?: Date | null;

  @Field(() => EmergencyOutcome, { nullable: true, description: 'How the case ended.' })
  @Enum({ items: () => EmergencyOutcome, nativeEnumName: 'emergency_outcome', nullable: true })
  outcome?: EmergencyOutcome | null;

  /** The doctor's closing note: clinical, ruled as such. */
  @Field(() => String, { nullable: true, description: 'Closing note (clinical).' })
  @Property({ type: 'text', nullable: true })
  outcomeNote?: string | null;

  @Field(() => String, { nullable: true, description: 'Facility the patient was sent to.' })
  @Property({ length: 200, nullable: true })
  transferTo?: string | null;

  @Field(() => ID, { nullable: true, description: 'The admission the case ended in.' })
  @Property({ type: 'uuid', nullable: true })
  admissionId?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the case closed.' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  closedById?: string | null;

  /**
   * The temporary record an unknown patient was registered under. Not a foreign key on purpose:
   * the registry's merge moves `patient` to the real record and leaves this one, so the case
   * knows it was identified.
   */
  @Field(() => ID, { nullable: true, description: 'The temporary record, for an unknown patient.' })
  @Property({ type: 'uuid', nullable: true })
  temporaryPatientId?: string | null;

  @Field(() => Boolean, {
    description: 'Still under a temporary identity (an unknown patient not yet identified).',
  })
  get unknownIdentity(): boolean {
    return this.temporaryPatientId != null && this.temporaryPatientId === this.patient.id;
  }

  /** How to recognise an unknown patient (clothes, marks): identifying, ruled as identity. */
  @Field(() => String, { nullable: true, description: 'Distinguishing description.' })
  @Property({ length: 500, nullable: true })
  identityDescription?: string | null;

  @Field(() => Int, { nullable: true, description: 'Estimated age of an unknown patient.' })
  @Property({ type: 'smallint', nullable: true })
  estimatedAge?: number | null;

  @Property({ type: 'uuid' })
  registeredById!: string;

  @Field(() => String, { description: 'Who registered the arrival.' })
  @Property({ length: 220 })
  registeredByName!: string;

  @Property({ type: 'timestamptz', onCreate: stampNow })
  createdAt!: Date & Opt;

  @Field(() => Int, { description: 'Optimistic-concurrency version.' })
  @Property({ version: true, type: 'integer' })
  version!: number & Opt;
}

/** One triage of a case; a re-triage adds a row, so the history keeps every level given. */
@ObjectType({ description: 'One triage of an emergency case (re-triage keeps the history).' })
@Entity()
@Index({ properties: ['emergencyCase', 'at'] })
export class EmergencyTriage {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => EmergencyCase, { ref: true, fieldName: 'case_id' })
  emergencyCase!: Ref<EmergencyCase>;

  @Field(() => TriageLevel, { description: 'Level given.' })
  @Enum({ items: () => TriageLevel, nativeEnumName: 'triage_level' })
  level!: TriageLevel;

  @Field(() => GraphQLISODateTime, { description: 'When.' })
  @Property({ type: 'timestamptz' })
  at!: Date;

  @Property({ type: 'uuid' })
  byUserId!: string;

  @Field(() => String, { description: 'The triage nurse, as named then.' })
  @Property({ length: 220 })
  byName!: string;

  @Field(() => ID, { nullable: true, description: 'The vitals taken at triage (records).' })
  @Property({ type: 'uuid', nullable: true })
  vitalsId?: string | null;

  @Field(() => Int, { nullable: true, description: 'NEWS2 of those vitals, when complete.' })
  @Property({ type: 'smallint', nullable: true, fieldName: 'news2_score' })
  news2Score?: number | null;

  @Field(() => News2Risk, { nullable: true, description: 'NEWS2 risk band of those vitals.' })
  @Enum({
    items: () => News2Risk,
    nativeEnumName: 'news2_risk',
    nullable: true,
    fieldName: 'news2_risk',
  })
  news2Risk?: News2Risk | null;

  /** The triage nurse's note: clinical. */
  @Field(() => String, { nullable: true, description: 'Triage note (clinical).' })
  @Property({ length: 1000, nullable: true })
  note?: string | null;
}

/** A note added to a closed case, with why: the case itself never changes once closed. */
@ObjectType({ description: 'An amendment to a closed emergency case.' })
@Entity()
@Index({ properties: ['emergencyCase', 'at'] })
export class EmergencyAmendment {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => EmergencyCase, { ref: true, fieldName: 'case_id' })
  emergencyCase!: Ref<EmergencyCase>;

  @Field(() => GraphQLISODateTime, { description: 'When.' })
  @Property({ type: 'timestamptz' })
  at!: Date;

  @Property({ type: 'uuid' })
  byUserId!: string;

  @Field(() => String, { description: 'Who, as named then.' })
  @Property({ length: 220 })
  byName!: string;

  @Field(() => String, { description: 'Why the case is amended.' })
  @Property({ length: 500 })
  reason!: string;

  @Field(() => String, { description: 'What is added (clinical).' })
  @Property({ type: 'text' })
  note!: string;
}
