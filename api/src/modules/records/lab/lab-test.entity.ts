import { type Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Sex } from '../../patients/index.js';

/** Normal and critical limits of a test for one sex and age band (any when null). */
@ObjectType({ description: 'Reference range of a lab test for a sex and age band.' })
export class ReferenceRange {
  @Field(() => Sex, { nullable: true, description: 'Sex it applies to; null for any.' })
  sex?: Sex | null;

  @Field(() => Int, { nullable: true, description: 'From this age in years (inclusive).' })
  minAgeYears?: number | null;

  @Field(() => Int, { nullable: true, description: 'Below this age in years (exclusive).' })
  maxAgeYears?: number | null;

  @Field(() => Float, { nullable: true, description: 'Lower normal limit.' })
  low?: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper normal limit.' })
  high?: number | null;

  @Field(() => Float, { nullable: true, description: 'At or below: critical.' })
  criticalLow?: number | null;

  @Field(() => Float, { nullable: true, description: 'At or above: critical.' })
  criticalHigh?: number | null;
}

/** A test of the laboratory catalogue. */
@ObjectType({ description: 'A test the laboratory performs.' })
@Entity()
export class LabTest {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Short code, e.g. K or HB.' })
  @Property({ length: 20, unique: true })
  code!: string;

  @Field(() => String, { description: 'Name in French.' })
  @Property({ length: 200 })
  nameFr!: string;

  @Field(() => String, { description: 'Name in English.' })
  @Property({ length: 200 })
  nameEn!: string;

  @Field(() => String, { description: 'Specimen, e.g. blood (serum).' })
  @Property({ length: 100 })
  specimen!: string;

  @Field(() => String, { nullable: true, description: 'Unit of numeric results.' })
  @Property({ length: 30, nullable: true })
  unit?: string | null;

  @Field(() => Boolean, { description: 'Numeric result (else free text).' })
  @Property({ default: true })
  numeric: boolean & Opt = true;

  @Field(() => [ReferenceRange], { description: 'Reference ranges by sex and age.' })
  @Property({ type: 'jsonb', default: '[]' })
  referenceRanges: ReferenceRange[] & Opt = [];

  @Field(() => Boolean, { description: 'Can be ordered.' })
  @Property({ default: true })
  active: boolean & Opt = true;
}
