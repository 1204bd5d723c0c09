import { type Opt, type Ref } from '@mikro-orm/core';
import {
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Trigger,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Patient } from '../patients/index.js';
import { PaymentMethod } from './billing-enums.js';
import { Invoice } from './invoice.entity.js';

/**
 * Money received for an invoice (R10), or given back (a refund: a negative amount with a reason).
 * Its id is made by the cashier's device when the payment sheet opens: a double tap or a retry
 * records it once (`kernel/write-once.ts`). Never changed, except joining a cash-up once.
 */
@ObjectType({ description: 'A payment towards an invoice, or a refund (negative).' })
@Entity()
@Index({ properties: ['invoice', 'receivedAt'] })
@Index({ properties: ['patient', 'receivedAt'] })
// Payments received in a period by method (`reports`), index only.
@Index({
  name: 'payment_received_in_period',
  expression:
    'create index "payment_received_in_period" on "payment" ("received_at") include ("method", "amount_minor", "invoice_id")',
})
@Index({ properties: ['refundOf'] })
@Index({
  name: 'payment_not_cashed_up',
  expression:
    'create index "payment_not_cashed_up" on "payment" ("received_by_id") where "cash_up_id" is null',
})
@Check({ name: 'payment_not_zero', expression: 'amount_minor <> 0' })
@Check({ name: 'payment_refund_reason', expression: '(amount_minor > 0) = (reason is null)' })
@Trigger({
  name: 'payment_append_only',
  timing: 'before',
  events: ['update', 'delete'],
  forEach: 'row',
  body: `
    if tg_op = 'UPDATE' and old.cash_up_id is null
       and (to_jsonb(new) - 'cash_up_id' - 'patient_id') = (to_jsonb(old) - 'cash_up_id' - 'patient_id') then
      return new;
    end if;
    raise exception 'payment is append-only' using errcode = 'P0001';`,
})
export class Payment {
  @Field(() => ID, { description: 'The id the cashier’s device made (a retry records once).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ length: 64, nullable: true })
  requestHash?: string | null;

  @ManyToOne(() => Invoice, { ref: true, deleteRule: 'restrict' })
  invoice!: Ref<Invoice>;

  @ManyToOne(() => Patient, { ref: true, deleteRule: 'restrict' })
  patient!: Ref<Patient>;

  @Field(() => PaymentMethod, { description: 'How it was paid (or refunded).' })
  @Enum({ items: () => PaymentMethod, columnType: 'varchar(20)' })
  method!: PaymentMethod;

  @Field(() => Int, { description: 'Amount in minor units; negative for a refund.' })
  @Property({ type: 'integer' })
  amountMinor!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Card slip, transfer or mobile-money reference.',
  })
  @Property({ length: 120, nullable: true })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: 'Why money was given back (refunds).' })
  @Property({ length: 500, nullable: true })
  reason?: string | null;

  /** The payment a refund gives money back on. */
  @ManyToOne(() => Payment, { ref: true, nullable: true, deleteRule: 'restrict' })
  refundOf?: Ref<Payment> | null;

  @Field(() => String, { description: 'Receipt number, e.g. R-2026-000042.' })
  @Property({ length: 20, unique: true })
  receiptNumber!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was received.' })
  @Property({ type: 'timestamptz' })
  receivedAt!: Date;

  @Property({ type: 'uuid' })
  receivedById!: string;

  @Field(() => String, { description: 'The cashier, as named then.' })
  @Property({ length: 220 })
  receivedByName!: string;

  @Field(() => ID, { nullable: true, description: 'The cash-up that counted it; null until then.' })
  @Property({ type: 'uuid', nullable: true })
  cashUpId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The payment a refund gives money back on.' })
  get refundOfId(): (string & Opt) | null {
    return this.refundOf?.id ?? null;
  }

  @Field(() => ID, { description: 'The invoice paid.' })
  get invoiceId(): string & Opt {
    return this.invoice.id;
  }

  /** Named in the audit row of a replay. */
  get patientId(): string & Opt {
    return this.patient.id;
  }
}

/**
 * A cashier's end-of-day reconciliation: every payment they took since their previous cash-up,
 * totals per method, the cash expected in the drawer against the cash counted, and the difference.
 * One per cashier per hospital day: once the day is closed, that cashier takes no more cash on it.
 */
@ObjectType({ description: 'A cashier’s cash-up: what was taken, the cash expected and counted.' })
@Entity()
@Index({ properties: ['cashierId', 'closedAt'] })
@Unique({ properties: ['cashierId', 'day'] })
export class CashUp {
  @Field(() => ID, { description: 'The id the cashier’s device made (a retry records once).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ length: 64, nullable: true })
  requestHash?: string | null;

  @Field(() => ID, { description: 'The cashier.' })
  @Property({ type: 'uuid' })
  cashierId!: string;

  @Field(() => String, { description: 'The cashier, as named then.' })
  @Property({ length: 220 })
  cashierName!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was closed.' })
  @Property({ type: 'timestamptz' })
  closedAt!: Date;

  @Field(() => String, { description: 'The hospital day it closes (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  day!: string;

  @Field(() => Int, { description: 'Payments (and refunds) it counts.' })
  @Property({ type: 'integer' })
  paymentCount!: number;

  @Field(() => Int, {
    description: 'Cash that should be in the drawer (cash in minus cash refunds).',
  })
  @Property({ type: 'integer' })
  expectedCashMinor!: number;

  @Field(() => Int, { description: 'Cash counted in the drawer.' })
  @Property({ type: 'integer' })
  countedCashMinor!: number;

  @Field(() => Int, { description: 'Counted minus expected: negative when cash is missing.' })
  @Property({ type: 'integer' })
  differenceMinor!: number;

  /** Totals per method, in minor units. */
  @Property({ type: 'jsonb' })
  totals!: Record<string, number>;

  @Field(() => String, {
    nullable: true,
    description: 'The cashier’s note (a difference explained).',
  })
  @Property({ length: 500, nullable: true })
  note?: string | null;
}
