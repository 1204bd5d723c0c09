import { type Opt } from '@mikro-orm/core';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../kernel/graphql/scalars.js';
import { Sex } from './sex.js';

/**
 * A patient record. The MRN is unique and carries a check digit; the family name is stored as
 * typed and displayed in capitals (R7). `version` guards concurrent edits.
 */
@ObjectType({ description: 'A person cared for by the hospital.' })
@Entity()
export class Patient {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Medical record number with its check digit.' })
  @Property({ length: 12, unique: true })
  mrn!: string;

  @Field(() => String, { description: 'Family name as typed.' })
  @Property({ length: 100 })
  familyName!: string;

  @Field(() => String, { description: 'Given name(s).' })
  @Property({ length: 100 })
  givenNames!: string;

  @Field(() => LocalDate, { description: 'Date of birth (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  birthDate!: string;

  @Field(() => Sex, { description: 'Administrative sex.' })
  @Enum({ items: () => Sex, nativeEnumName: 'sex' })
  sex!: Sex;

  @Field(() => String, { nullable: true, description: 'Main phone number.' })
  @Property({ length: 40, nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address.' })
  @Property({ length: 200, nullable: true })
  email?: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the record was created.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  @Field(() => GraphQLISODateTime, { description: 'When the record last changed.' })
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();

  @Field(() => Int, { description: 'Optimistic-concurrency version; send it back to update.' })
  @Property({ version: true, type: 'integer' })
  version!: number & Opt;

  @Field(() => String, { description: 'Display name, family name in capitals (R7).' })
  get displayName(): string & Opt {
    return `${this.familyName.toLocaleUpperCase('fr-FR')} ${this.givenNames}`;
  }
}
