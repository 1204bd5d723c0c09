import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../../../kernel/graphql/connection.js';
import { Encounter } from './encounter.entity.js';

@ObjectType({ description: 'An ICD-10 code of the bundled list.' })
export class Icd10CodeType {
  @Field(() => String, { description: 'Code, e.g. I10.' })
  code!: string;

  @Field(() => String, { description: 'English title.' })
  titleEn!: string;

  @Field(() => String, { description: 'French title (CIM-10).' })
  titleFr!: string;
}

@ObjectType({ description: 'A page of visits.' })
export class EncounterConnection extends Connection(Encounter, 'Encounter') {}
