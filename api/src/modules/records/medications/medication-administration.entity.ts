import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { type Opt } from '@mikro-orm/core';
import { Field, Float, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { ClinicalEntry } from '../clinical-entry.js';
import { AdministrationStatus, MedicationRoute } from '../clinical-enums.js';
import { Prescription } from './prescription.entity.js';

/**
 * What happened to one dose. Invariant, held by PostgreSQL: a scheduled dose of a prescription
 * has at most one standing record (a record entered in error frees the slot for its correction).
 * Its id is made by the device, so a replay finds the original (`writeOnce`).
 */
@ObjectType({ description: 'A dose given, held, refused or missed.' })
@Entity()
@Index({ properties: ['patient', 'occurredAt'] })
@Index({ properties: ['prescription', 'scheduledAt'] })
@Index({ properties: ['lotId'] })
@Unique({
  name: 'medication_administration_one_per_dose',
  expression:
    'create unique index "medication_administration_one_per_dose" on "medication_administration" ("prescription_id", "scheduled_at") where "entered_in_error_at" is null',
})
export class MedicationAdministration extends ClinicalEntry {
  @ManyToOne(() => Prescription, { ref: false, deleteRule: 'restrict' })
  prescription!: Prescription;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'The scheduled dose; null for an as-needed dose.',
  })
  @Property({ type: 'timestamptz', nullable: true })
  scheduledAt?: Date | null;

  @Field(() => AdministrationStatus, { description: 'Given, held, refused or missed.' })
  @Enum({ items: () => AdministrationStatus, nativeEnumName: 'administration_status' })
  status!: AdministrationStatus;

  @Field(() => Float, { nullable: true, description: 'Dose given.' })
  @Property({ type: 'double', nullable: true })
  dose?: number | null;

  @Field(() => String, { nullable: true, description: 'Unit of the dose given.' })
  @Property({ length: 30, nullable: true })
  doseUnit?: string | null;

  @Field(() => MedicationRoute, { nullable: true, description: 'Route used.' })
  @Enum({ items: () => MedicationRoute, nativeEnumName: 'medication_route', nullable: true })
  route?: MedicationRoute | null;

  @Field(() => String, { nullable: true, description: 'Why it was held, refused or missed.' })
  @Property({ length: 500, nullable: true })
  reason?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Recorded although its prescription had been stopped (a dose given offline, say): why, as the nurse said it.',
  })
  @Property({ length: 500, nullable: true })
  afterStopReason?: string | null;

  /**
   * The lot the dose came from (a plain id: the pharmacy owns lots): named by the nurse, or the
   * first-expiring one of her ward's stock the pharmacy took it from; null when neither.
   */
  @Field(() => ID, { nullable: true, description: 'The lot the dose came from, when known.' })
  @Property({ type: 'uuid', nullable: true })
  lotId?: string | null;

  /** Fingerprint of the request that recorded the dose (`writeOnce`): its id is the device's. */
  @Property({ length: 64 })
  requestHash!: string;

  @Field(() => ID, { description: 'The prescription.' })
  get prescriptionId(): string & Opt {
    return this.prescription.id;
  }
}
