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
import { ActKind, InvoiceKind, InvoiceStatus } from './billing-enums.js';
import { Charge } from './charge.entity.js';

/**
 * An invoice or a credit note. A draft has no number; issuing gives it the next number of its
 * series and year, taken from `billing_counter` inside the issuing transaction, so numbers are
 * consecutive and a rollback leaves no gap. Once issued, its amounts and lines never change
 * (trigger): only the paid amounts and the status move (and the patient, by the registry's merge),
 * and it is cancelled only by a credit note.
 */
@ObjectType({ description: 'An invoice or a credit note, with its lines and what was paid.' })
@Entity()
@Index({ properties: ['patient', 'createdAt'] })
@Index({ properties: ['status', 'issuedAt'] })
@Index({ properties: ['payerKey', 'issuedAt'] })
@Index({
  name: 'invoice_open_by_patient',
  expression: `create index "invoice_open_by_patient" on "invoice" ("patient_id")
    include ("issued_at", "patient_minor", "paid_patient_minor", "insurer_minor", "paid_insurer_minor")
    where "kind" = 'INVOICE' and "status" in ('ISSUED', 'PARTIALLY_PAID')`,
})
// Revenue of a period (`reports`): the invoices and credit notes issued in it.
@Index({
  name: 'invoice_issued_in_period',
  expression: `create index "invoice_issued_in_period" on "invoice" ("issued_at") include ("kind", "status")
    where "status" not in ('DRAFT', 'DISCARDED')`,
})
@Unique({ properties: ['kind', 'year', 'seq'] })
@Unique({
  name: 'invoice_one_credit_note',
  expression:
    'create unique index "invoice_one_credit_note" on "invoice" ("credited_invoice_id") where "credited_invoice_id" is not null',
})
@Check({
  name: 'invoice_numbered',
  expression: "(number is null) = (status in ('DRAFT', 'DISCARDED'))",
})
@Check({
  name: 'invoice_shares',
  expression: 'total_minor = insurer_minor + patient_minor',
})
@Check({
  name: 'invoice_paid_within_shares',
  expression: `kind = 'CREDIT_NOTE' and paid_patient_minor = 0 and paid_insurer_minor = 0
    or kind = 'INVOICE' and paid_patient_minor between 0 and patient_minor
       and paid_insurer_minor between 0 and insurer_minor`,
})
@Trigger({
  name: 'invoice_issued_is_final',
  timing: 'before',
  events: ['update', 'delete'],
  forEach: 'row',
  body: `
    if tg_op = 'DELETE' then
      raise exception 'an invoice is never deleted' using errcode = 'P0001';
    end if;
    if old.status in ('DISCARDED', 'CANCELLED') then
      raise exception 'a discarded or cancelled invoice is final' using errcode = 'P0001';
    end if;
    if old.status <> 'DRAFT' and
       (to_jsonb(new) - 'status' - 'paid_patient_minor' - 'paid_insurer_minor' - 'cancelled_at' - 'patient_id')
         <> (to_jsonb(old) - 'status' - 'paid_patient_minor' - 'paid_insurer_minor' - 'cancelled_at' - 'patient_id') then
      raise exception 'an issued invoice is immutable' using errcode = 'P0001';
    end if;
    return new;`,
})
export class Invoice {
  @Field(() => ID, { description: 'Stable identifier (made by the client: write-once).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ length: 64, nullable: true })
  requestHash?: string | null;

  @Field(() => InvoiceKind, { description: 'Invoice or credit note.' })
  @Enum({ items: () => InvoiceKind, columnType: 'varchar(20)' })
  kind!: InvoiceKind;

  @Field(() => InvoiceStatus, { description: 'Where it is in its life.' })
  @Enum({ items: () => InvoiceStatus, columnType: 'varchar(20)' })
  status!: InvoiceStatus;

  @ManyToOne(() => Patient, { ref: true, deleteRule: 'restrict' })
  patient!: Ref<Patient>;

  @Field(() => String, {
    nullable: true,
    description: 'Its number, e.g. 2026-000123 (credit notes AV-2026-000004); null for a draft.',
  })
  @Property({ length: 20, nullable: true, unique: true })
  number?: string | null;

  @Property({ type: 'integer', nullable: true })
  year?: number | null;

  @Property({ type: 'integer', nullable: true })
  seq?: number | null;

  @Field(() => String, { description: 'ISO 4217 currency of every amount on it.' })
  @Property({ length: 3 })
  currency!: string;

  @Field(() => Int, { description: 'Total, in minor units (negative on a credit note).' })
  @Property({ type: 'integer' })
  totalMinor!: number;

  @Field(() => Int, { description: 'The insurer’s share.' })
  @Property({ type: 'integer' })
  insurerMinor!: number;

  @Field(() => Int, { description: 'The patient’s share.' })
  @Property({ type: 'integer' })
  patientMinor!: number;

  @Field(() => Int, { description: 'Paid so far towards the patient’s share (refunds deducted).' })
  @Property({ type: 'integer' })
  paidPatientMinor: number & Opt = 0;

  @Field(() => Int, { description: 'Paid so far by the insurer.' })
  @Property({ type: 'integer' })
  paidInsurerMinor: number & Opt = 0;

  @Field(() => String, {
    nullable: true,
    description: 'The insurer, as on the patient’s record when made.',
  })
  @Property({ length: 120, nullable: true })
  payer?: string | null;

  /** The insurer compared (claims per insurer). */
  @Property({ length: 120, nullable: true })
  payerKey?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The patient’s member number with the insurer.',
  })
  @Property({ length: 40, nullable: true })
  memberNumber?: string | null;

  @Field(() => String, { description: 'The patient as named when the invoice was made.' })
  @Property({ length: 220 })
  patientName!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the draft was made.' })
  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'uuid' })
  createdById!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was issued.' })
  @Property({ type: 'timestamptz', nullable: true })
  issuedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Who issued it, as named then.' })
  @Property({ length: 220, nullable: true })
  issuedByName?: string | null;

  @ManyToOne(() => Invoice, { ref: true, nullable: true, deleteRule: 'restrict' })
  creditedInvoice?: Ref<Invoice> | null;

  @Field(() => String, { nullable: true, description: 'Why a credit note cancels its invoice.' })
  @Property({ length: 500, nullable: true })
  reason?: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When a credit note cancelled it.',
  })
  @Property({ type: 'timestamptz', nullable: true })
  cancelledAt?: Date | null;

  @Field(() => ID, { description: 'The patient billed.' })
  get patientId(): string & Opt {
    return this.patient.id;
  }

  @Field(() => ID, { nullable: true, description: 'The invoice a credit note cancels.' })
  get creditedInvoiceId(): (string & Opt) | null {
    return this.creditedInvoice?.id ?? null;
  }

  @Field(() => Int, { description: 'What remains to pay, patient and insurer together.' })
  get balanceMinor(): number & Opt {
    if (this.kind === InvoiceKind.CREDIT_NOTE || this.status === InvoiceStatus.CANCELLED) return 0;
    return this.totalMinor - this.paidPatientMinor - this.paidInsurerMinor;
  }
}

/**
 * A line of an invoice: a charge as billed, with the insurer's and the patient's shares. Written
 * with its invoice and never changed or removed (a discarded draft keeps its lines as history).
 */
@ObjectType({
  description: 'A line of an invoice: one charge, with the insurer’s and patient’s shares.',
})
@Entity()
// Revenue by act kind (`reports`): an invoice's amounts read from the index alone.
@Index({
  name: 'invoice_line_amounts',
  expression:
    'create index "invoice_line_amounts" on "invoice_line" ("invoice_id") include ("act_kind", "amount_minor", "insurer_minor", "patient_minor")',
})
@Index({ properties: ['invoice', 'position'] })
@Index({ properties: ['charge'] })
@Check({ name: 'invoice_line_shares', expression: 'amount_minor = insurer_minor + patient_minor' })
@Trigger({
  name: 'invoice_line_append_only',
  timing: 'before',
  events: ['update', 'delete'],
  forEach: 'row',
  body: `
    raise exception 'invoice_line is append-only' using errcode = 'P0001';`,
})
export class InvoiceLine {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Invoice, { ref: true, deleteRule: 'restrict' })
  invoice!: Ref<Invoice>;

  @ManyToOne(() => Charge, { ref: true, deleteRule: 'restrict' })
  charge!: Ref<Charge>;

  @Field(() => Int, { description: 'Order on the invoice, from 1.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => ActKind, { description: 'The kind of act.' })
  @Enum({ items: () => ActKind, columnType: 'varchar(20)' })
  actKind!: ActKind;

  @Field(() => String, { description: 'Label in French.' })
  @Property({ length: 200 })
  labelFr!: string;

  @Field(() => String, { description: 'Label in English.' })
  @Property({ length: 200 })
  labelEn!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the act happened.' })
  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  @Field(() => Int, { description: 'Units.' })
  @Property({ type: 'integer' })
  quantity!: number;

  @Field(() => Int, { description: 'Price of one unit (negative on a credit note).' })
  @Property({ type: 'integer' })
  unitMinor!: number;

  @Field(() => Int, { description: 'quantity × unit price.' })
  @Property({ type: 'integer' })
  amountMinor!: number;

  @Field(() => Int, { description: 'The insurer’s share of the line.' })
  @Property({ type: 'integer' })
  insurerMinor!: number;

  @Field(() => Int, { description: 'The patient’s share of the line.' })
  @Property({ type: 'integer' })
  patientMinor!: number;

  @Field(() => ID, { description: 'The charge it bills.' })
  get chargeId(): string & Opt {
    return this.charge.id;
  }
}

/**
 * The last number given per series and year. Taken with `insert … on conflict do update …
 * returning`, which locks the row until the issuing transaction ends: the next issuer waits, and
 * a rollback gives the number back.
 */
@Entity()
export class BillingCounter {
  @PrimaryKey({ length: 20 })
  series!: string;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  last!: number;
}
