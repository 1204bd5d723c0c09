import { type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { ClinicalEntry } from '../clinical-entry.js';
import { Consciousness, News2Risk } from '../clinical-enums.js';
import { Encounter } from '../encounters/encounter.entity.js';

/**
 * One set of observations, taken at `occurredAt`. Each value passed the physiological limits when
 * recorded; `abnormal` names those outside the usual adult range. NEWS2 is stored for a complete
 * set only (respiration, SpO2, oxygen, systolic pressure, pulse, consciousness, temperature).
 */
@ObjectType({ description: 'A set of vital signs with its NEWS2 score.' })
@Entity({ tableName: 'vital_signs' })
@Index({ properties: ['patient', 'occurredAt'] })
export class VitalSigns extends ClinicalEntry {
  @ManyToOne(() => Encounter, { ref: false, nullable: true, deleteRule: 'restrict' })
  encounter?: Encounter | null;

  @Field(() => Float, { nullable: true, description: 'Temperature (°C).' })
  @Property({ type: 'real', nullable: true })
  temperatureC?: number | null;

  @Field(() => Int, { nullable: true, description: 'Heart rate (/min).' })
  @Property({ type: 'smallint', nullable: true })
  heartRate?: number | null;

  @Field(() => Int, { nullable: true, description: 'Systolic blood pressure (mmHg).' })
  @Property({ type: 'smallint', nullable: true })
  systolicBp?: number | null;

  @Field(() => Int, { nullable: true, description: 'Diastolic blood pressure (mmHg).' })
  @Property({ type: 'smallint', nullable: true })
  diastolicBp?: number | null;

  @Field(() => Int, { nullable: true, description: 'Respiratory rate (/min).' })
  @Property({ type: 'smallint', nullable: true })
  respiratoryRate?: number | null;

  @Field(() => Int, { nullable: true, description: 'Oxygen saturation (%).' })
  @Property({ type: 'smallint', nullable: true })
  spo2?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'On supplemental oxygen.' })
  @Property({ nullable: true })
  onOxygen?: boolean | null;

  @Field(() => Boolean, {
    description: 'SpO2 scored on NEWS2 scale 2 (target 88-92 %, hypercapnic respiratory failure).',
  })
  @Property({ default: false, fieldName: 'spo2_scale2' })
  spo2Scale2: boolean & Opt = false;

  @Field(() => Consciousness, { nullable: true, description: 'ACVPU.' })
  @Enum({ items: () => Consciousness, nativeEnumName: 'consciousness', nullable: true })
  consciousness?: Consciousness | null;

  @Field(() => Int, { nullable: true, description: 'Pain 0-10.' })
  @Property({ type: 'smallint', nullable: true })
  painScore?: number | null;

  @Field(() => Float, { nullable: true, description: 'Weight (kg).' })
  @Property({ type: 'real', nullable: true })
  weightKg?: number | null;

  @Field(() => Float, { nullable: true, description: 'Height (cm).' })
  @Property({ type: 'real', nullable: true })
  heightCm?: number | null;

  @Field(() => Float, { nullable: true, description: 'Capillary blood glucose (mmol/L).' })
  @Property({ type: 'real', nullable: true })
  glucoseMmolL?: number | null;

  @Field(() => Int, { nullable: true, description: 'NEWS2 aggregate score; null if incomplete.' })
  @Property({ type: 'smallint', nullable: true, fieldName: 'news2_score' })
  news2Score?: number | null;

  @Field(() => News2Risk, { nullable: true, description: 'NEWS2 clinical risk band.' })
  @Enum({
    items: () => News2Risk,
    nativeEnumName: 'news2_risk',
    nullable: true,
    fieldName: 'news2_risk',
  })
  news2Risk?: News2Risk | null;

  @Field(() => [String], { description: 'Fields outside the usual range, e.g. ["heartRate"].' })
  @Property({ type: 'text[]', defaultRaw: "'{}'" })
  abnormal: string[] & Opt = [];

  /** Fingerprint of the request that recorded the set (`writeOnce`); null if made another way. */
  @Property({ length: 64, nullable: true })
  requestHash?: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When they were taken.' })
  get takenAt(): Date & Opt {
    return this.occurredAt;
  }

  @Field(() => ID, { nullable: true, description: 'The visit, if any.' })
  get encounterId(): string | null {
    return this.encounter?.id ?? null;
  }
}
