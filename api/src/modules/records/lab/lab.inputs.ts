import { Field, Float, GraphQLISODateTime, ID, InputType } from 'type-graphql';
import { LabPriority } from '../clinical-enums.js';

@InputType({ description: 'Lab tests ordered together.' })
export class OrderLabTestsInput {
  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field(() => ID, { nullable: true, description: 'The visit.' })
  encounterId?: string;

  @Field(() => [String], { description: 'Catalogue codes, e.g. ["NA", "K", "CREA"].' })
  testCodes!: string[];

  @Field(() => LabPriority, { nullable: true, description: 'Default routine.' })
  priority?: LabPriority;

  @Field(() => String, { nullable: true, description: 'Clinical information for the lab.' })
  clinicalInfo?: string;
}

@InputType({ description: 'Specimens collected for these orders.' })
export class CollectLabSpecimensInput {
  @Field(() => [ID], { description: 'The orders.' })
  orderIds!: string[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Collected at; default now.' })
  collectedAt?: Date;
}

@InputType({ description: 'Cancels an order with no result yet.' })
export class CancelLabOrderInput {
  @Field(() => ID, { description: 'The order.' })
  id!: string;

  @Field(() => String, { description: 'Why.' })
  reason!: string;
}

@InputType({ description: 'The result of one order.' })
export class EnterLabResultInput {
  @Field(() => ID, { description: 'The order.' })
  orderId!: string;

  @Field(() => Float, { nullable: true, description: 'Numeric value (numeric tests).' })
  valueNumeric?: number;

  @Field(() => String, { nullable: true, description: 'Text value (text tests).' })
  valueText?: string;

  @Field(() => Boolean, { nullable: true, description: 'Text result judged abnormal.' })
  abnormal?: boolean;

  @Field(() => String, { nullable: true, description: 'Comment.' })
  comment?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Required when the order already has a result: it is replaced, not overwritten.',
  })
  correctionReason?: string;
}

@InputType({ description: 'Validates a result so the patient can see it.' })
export class ValidateLabResultInput {
  @Field(() => ID, { description: 'The result.' })
  id!: string;
}
