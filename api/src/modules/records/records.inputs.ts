import { Field, ID, InputType } from 'type-graphql';
import { ClinicalEntryKind } from './clinical-enums.js';

@InputType({ description: 'The entry this one corrects, which is marked entered in error.' })
export class CorrectionInput {
  @Field(() => ID, { description: 'Entry being corrected (same patient, same kind).' })
  id!: string;

  @Field(() => String, { description: 'Why it was wrong.' })
  reason!: string;
}

@InputType({ description: 'Marks an entry entered in error, without replacing it.' })
export class MarkEnteredInErrorInput {
  @Field(() => ClinicalEntryKind, { description: 'Kind of entry.' })
  kind!: ClinicalEntryKind;

  @Field(() => ID, { description: 'The entry.' })
  id!: string;

  @Field(() => String, { description: 'Why it was wrong.' })
  reason!: string;
}
