import { type Opt, type Ref } from '@mikro-orm/core';
import {
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
} from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Patient } from '../patients/index.js';
import { ActKind } from './billing-enums.js';

/**
 * Something billable that happened to a patient: a completed visit, a validated lab test, units
 * dispensed, the nights of a stay, or a line the cashier entered by hand. Each comes from one
 * source (`sourceKey`, unique), so a fact replayed charges nothing twice. A charge is on at most
 * one live invoice at a time (`invoiceId`, taken with a conditional update); a credit note frees
 * it to be billed again. Never deleted: a charge entered in error is voided with a reason.
 */
@ObjectType({ description: 'A billable act of a patient, waiting to be invoiced or invoiced.' })
@Entity()
@Index({ properties: ['patient', 'occurredAt'] })
@Index({
  name: 'charge_unbilled',
  expression:
    'create index "charge_unbilled" on "charge" ("patient_id", "occurred_at") include ("amount_minor") where "invoice_id" is null and "voided_at" is null',
})
@Check({ name: 'charge_quantity_positive', expression: 'quantity > 0' })
@Check({
  name: 'charge_priced',
  expression:
    '(unit_minor is null) = (amount_minor is null) and (unit_minor is null or unit_minor >= 0)',
})
@Check({ name: 'charge_void_reason', expression: '(voided_at is null) = (void_reason is null)' })
export class Charge {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Fingerprint of the request that made a manual charge (write-once); null for captured ones. */
  @Property({ length: 64, nullable: true })
  requestHash?: string | null;

  /** What it bills, once: `visit:<appointment>`, `lab:<order>`, `dispense:<operation>`, `stay:<admission>`, `manual:<id>`. */
  @Property({ length: 120, unique: true })
  sourceKey!: string;

  @ManyToOne(() => Patient, { ref: true, deleteRule: 'restrict' })
  patient!: Ref<Patient>;

  @Field(() => ActKind, { description: 'The kind of act.' })
  @Enum({ items: () => ActKind, columnType: 'varchar(20)' })
  actKind!: ActKind;

  @Field(() => String, { description: 'Which act: specialty, test code, ward, item or procedure.' })
  @Property({ length: 80 })
  code!: string;

  @Field(() => String, { description: 'Label in French.' })
  @Property({ length: 200 })
  labelFr!: string;

  @Field(() => String, { description: 'Label in English.' })
  @Property({ length: 200 })
  labelEn!: string;

  @Field(() => Int, { description: 'Units (nights, tablets, tests).' })
  @Property({ type: 'integer' })
  quantity!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Price of one unit when the act happened; null when no tariff existed (to price).',
  })
  @Property({ type: 'integer', nullable: true })
  unitMinor?: number | null;

  @Field(() => Int, { nullable: true, description: 'quantity × unit price; null until priced.' })
  @Property({ type: 'integer', nullable: true })
  amountMinor?: number | null;

  @Field(() => GraphQLISODateTime, { description: 'When the act happened.' })
  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  @Field(() => String, { nullable: true, description: 'Why it was entered or priced by hand.' })
  @Property({ length: 500, nullable: true })
  reason?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The live invoice it is on; null while unbilled.',
  })
  @Property({ type: 'uuid', nullable: true })
  invoiceId?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was voided.' })
  @Property({ type: 'timestamptz', nullable: true })
  voidedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was voided.' })
  @Property({ length: 500, nullable: true })
  voidReason?: string | null;

  /** The pharmacy's ledger lines it bills (dispensings), to link them to the invoice line. */
  @Property({ type: 'jsonb', nullable: true })
  sourceIds?: string[] | null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  /** The account that entered it; null when captured from a fact. */
  @Property({ type: 'uuid', nullable: true })
  createdById?: string | null;

  @Field(() => ID, { description: 'The patient.' })
  get patientId(): string & Opt {
    return this.patient.id;
  }
}
