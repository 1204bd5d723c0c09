import { registerEnumType } from 'type-graphql';

/** Administrative sex, as recorded on identity documents. */
export enum Sex {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  OTHER = 'OTHER',
  UNKNOWN = 'UNKNOWN',
}

registerEnumType(Sex, { name: 'Sex', description: 'Administrative sex.' });
