import { OptionalProps, type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { LocalDate } from '../../../kernel/graphql/scalars.js';
import { ClinicalEntry } from '../clinical-entry.js';
import { DiagnosisRank, DiagnosisStatus } from '../clinical-enums.js';
import { Encounter } from './encounter.entity.js';

/**
 * A coded problem. Invariant: `code` is an ICD-10 code of the bundled list, or null with
 * `uncoded` set when no code fits and the label is free text.
 */
@ObjectType({ description: 'A diagnosis or problem, ICD-10 coded when a code fits.' })
@Entity()
@Index({ properties: ['patient', 'occurredAt'] })
export class Diagnosis extends ClinicalEntry {
  [OptionalProps]?: 'status';

  @ManyToOne(() => Encounter, { ref: false, nullable: true, deleteRule: 'restrict' })
  encounter?: Encounter | null;

  @Field(() => String, { nullable: true, description: 'ICD-10 code, e.g. I10.' })
  @Property({ length: 10, nullable: true })
  code?: string | null;

  @Field(() => String, { description: 'Label (the ICD-10 title, or free text).' })
  @Property({ length: 300 })
  label!: string;

  @Field(() => Boolean, { description: 'True when no ICD-10 code fits: the label is free text.' })
  @Property({ default: false })
  uncoded: boolean & Opt = false;

  @Field(() => DiagnosisRank, { description: 'Primary or secondary.' })
  @Enum({ items: () => DiagnosisRank, nativeEnumName: 'diagnosis_rank' })
  rank!: DiagnosisRank;

  @Field(() => DiagnosisStatus, { description: 'Active or resolved.' })
  @Enum({
    items: () => DiagnosisStatus,
    nativeEnumName: 'diagnosis_status',
    default: DiagnosisStatus.ACTIVE,
  })
  status: DiagnosisStatus = DiagnosisStatus.ACTIVE;

  @Field(() => LocalDate, { nullable: true, description: 'Onset, when known.' })
  @Property({ type: 'date', nullable: true })
  onsetDate?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was resolved.' })
  @Property({ type: 'timestamptz', nullable: true })
  resolvedAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'The visit it was made in.' })
  get encounterId(): string | null {
    return this.encounter?.id ?? null;
  }
}
