import { Embeddable, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';

/** A postal address; every line optional, as walk-ins rarely give all of it. */
@ObjectType({ description: 'A postal address.' })
@Embeddable()
export class Address {
  @Field(() => String, { nullable: true, description: 'Street and number.' })
  @Property({ length: 200, nullable: true })
  line1?: string | null;

  @Field(() => String, { nullable: true, description: 'Building, floor, care of.' })
  @Property({ length: 200, nullable: true })
  line2?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal code.' })
  @Property({ length: 20, nullable: true })
  postalCode?: string | null;

  @Field(() => String, { nullable: true, description: 'City.' })
  @Property({ length: 100, nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'Country (ISO 3166 alpha-2).' })
  @Property({ length: 2, nullable: true })
  country?: string | null;
}

/** Whom to call when the patient cannot speak for themselves. */
@ObjectType({ description: 'Person to call in an emergency.' })
@Embeddable()
export class EmergencyContact {
  @Field(() => String, { nullable: true, description: 'Full name.' })
  @Property({ length: 200, nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Relation to the patient (spouse, ...).' })
  @Property({ length: 60, nullable: true })
  relation?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  @Property({ length: 40, nullable: true })
  phone?: string | null;
}

/** Who pays, and the patient's number with them. */
@ObjectType({ description: 'Health insurance cover.' })
@Embeddable()
export class Insurance {
  @Field(() => String, { nullable: true, description: 'Insurer or scheme.' })
  @Property({ length: 120, nullable: true })
  payer?: string | null;

  @Field(() => String, { nullable: true, description: 'Member number with that payer.' })
  @Property({ length: 40, nullable: true })
  memberNumber?: string | null;
}
