import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../../../kernel/auth/roles.js';
import { ClinicalEntry } from '../clinical-entry.js';
import { CareNoteCategory } from '../clinical-enums.js';
import { Encounter } from '../encounters/encounter.entity.js';

/** A nursing (or medical) free-text note; never shown to the patient. */
@ObjectType({ description: 'A care note written at the bedside.' })
@Entity()
@Index({ properties: ['patient', 'occurredAt'] })
export class CareNote extends ClinicalEntry {
  @ManyToOne(() => Encounter, { ref: false, nullable: true, deleteRule: 'restrict' })
  encounter?: Encounter | null;

  @Field(() => CareNoteCategory, { description: 'What it is about.' })
  @Enum({ items: () => CareNoteCategory, nativeEnumName: 'care_note_category' })
  category!: CareNoteCategory;

  @Field(() => String, { description: 'The note.' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => Role, { description: 'Role of the author when written.' })
  @Enum({ items: () => Role, nativeEnumName: 'role' })
  authorRole!: Role;

  /** Fingerprint of the request that wrote the note (`writeOnce`); null if made another way. */
  @Property({ length: 64, nullable: true })
  requestHash?: string | null;

  @Field(() => ID, { nullable: true, description: 'The visit, if any.' })
  get encounterId(): string | null {
    return this.encounter?.id ?? null;
  }
}
