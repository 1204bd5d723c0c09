import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ClinicalEntry } from '../clinical-entry.js';
import { Encounter } from '../encounters/encounter.entity.js';

/**
 * A file of the record (R19): PDF or image, type checked from its bytes, stored under the data
 * directory by its SHA-256. The storage path never leaves the server.
 */
@ObjectType({ description: 'A document or image attached to a patient or a visit.' })
@Entity()
@Index({ properties: ['patient', 'occurredAt'] })
export class Attachment extends ClinicalEntry {
  @ManyToOne(() => Encounter, { ref: false, nullable: true, deleteRule: 'restrict' })
  encounter?: Encounter | null;

  @Field(() => String, { description: 'Title shown in the record.' })
  @Property({ length: 200 })
  title!: string;

  @Field(() => String, { description: 'File name as uploaded.' })
  @Property({ length: 255 })
  fileName!: string;

  @Field(() => String, { description: 'Media type found in the content.' })
  @Property({ length: 60 })
  contentType!: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  @Property({ type: 'integer' })
  sizeBytes!: number;

  @Field(() => String, { description: 'SHA-256 of the content, hex.' })
  @Property({ length: 64 })
  sha256!: string;

  @Field(() => String, { description: 'Where to download it (bearer token required).' })
  get url(): string & Opt {
    return `/files/${this.id}`;
  }

  @Field(() => ID, { nullable: true, description: 'The visit, if any.' })
  get encounterId(): string | null {
    return this.encounter?.id ?? null;
  }
}
