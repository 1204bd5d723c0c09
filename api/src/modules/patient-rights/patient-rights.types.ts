import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A file of the patient’s record, ready to save.' })
export class RecordDocument {
  @Field(() => String, { description: 'A file name to save it under.' })
  fileName!: string;

  @Field(() => String, { description: 'Its media type (application/pdf).' })
  contentType!: string;

  @Field(() => String, { description: 'The file, base64.' })
  base64!: string;
}

@InputType({ description: 'Closing one’s own portal account: the password again, and a yes.' })
export class CloseMyAccountInput {
  @Field(() => String, { description: 'The account’s current password.' })
  password!: string;

  @Field(() => Boolean, {
    description: 'True: the patient read that sign-in ends and the medical record is kept.',
  })
  confirm!: boolean;
}
