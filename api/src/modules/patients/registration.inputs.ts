import { Field, InputType } from 'type-graphql';
import { Locale } from '../../kernel/auth/roles.js';
import { LocalDate } from '../../kernel/graphql/scalars.js';
import type { User } from '../auth/index.js';
import { Sex } from './sex.js';

@InputType({ description: 'A patient creating their own account.' })
export class RegisterPatientInput implements Pick<User, 'email'> {
  @Field(() => String, { description: 'Given name(s).' })
  givenNames!: string;

  @Field(() => String, { description: 'Family name.' })
  familyName!: string;

  @Field(() => LocalDate, { description: 'Date of birth (YYYY-MM-DD).' })
  birthDate!: string;

  @Field(() => Sex, { description: 'Administrative sex.' })
  sex!: Sex;

  @Field(() => String, { description: 'Phone number.' })
  phone!: string;

  @Field(() => String, { description: 'Email, used to sign in.' })
  email!: string;

  @Field(() => String, { description: 'Password: 12 to 128 characters, not common.' })
  password!: string;

  @Field(() => Locale, { nullable: true, description: 'Preferred language.' })
  locale?: Locale;
}
