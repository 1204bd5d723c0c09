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
import { MedicationAdministration, Prescription } from '../records/index.js';
import { MovementKind, WriteOffReason } from './pharmacy-enums.js';
import { StockItem, StockLocation } from './stock-item.entity.js';
import { StockLot } from './stock-lot.entity.js';

/**
 * One stock operation as the pharmacist sent it (a delivery, a dispensing, a transfer, a count,
 * a write-off), under the id the client made: written once (`kernel/write-once.ts`), so a
 * retried request is answered with the first one's lines and records nothing twice. Its lines
 * are the ledger.
 */
@ObjectType({
  description: 'A stock operation (delivery, dispensing, transfer, count, write-off).',
})
@Entity()
@Index({ properties: ['at'] })
export class StockOperation {
  @Field(() => ID, { description: 'The id the client made for this operation (write-once).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Fingerprint of the request that made it (write-once); null for seeded rows. */
  @Property({ length: 64, nullable: true })
  requestHash?: string | null;

  @Field(() => MovementKind, { description: 'What kind of operation.' })
  @Enum({ items: () => MovementKind, nativeEnumName: 'movement_kind' })
  kind!: MovementKind;

  @Field(() => GraphQLISODateTime, { description: 'When it was recorded.' })
  @Property({ type: 'timestamptz' })
  at!: Date;

  @Field(() => ID, { description: 'Account that recorded it.' })
  @Property({ type: 'uuid' })
  byUserId!: string;

  @Field(() => String, { description: 'Who recorded it, as named then.' })
  @Property({ length: 220 })
  byName!: string;

  /** The patient dispensed to, named in the audit row of a replay. */
  @Property({ type: 'uuid', nullable: true })
  patientId?: string | null;
}

/**
 * One line of the stock ledger: a quantity of one lot leaving a location (`from`), entering one
 * (`to`), or both. Append-only: triggers refuse DELETE, TRUNCATE and any UPDATE but two — setting
 * the invoice line once (billing) and moving the patient (the registry's merge). A mistake is
 * corrected by another line (an adjustment), never by an edit.
 */
@ObjectType({ description: 'A line of the stock ledger: a quantity of one lot moving.' })
@Entity()
// Purchases and write-offs of a period, and receipts' costs up to an instant (`reports`, valuation).
@Index({
  name: 'stock_movement_costed',
  expression: `create index "stock_movement_costed" on "stock_movement" ("kind", "at")
    include ("item_id", "quantity", "unit_cost_cents", "from_location_id", "to_location_id", "write_off_reason")
    where "kind" in ('RECEIPT', 'WRITE_OFF')`,
})
@Index({
  name: 'stock_movement_receipts_by_item',
  expression: `create index "stock_movement_receipts_by_item" on "stock_movement" ("item_id", "at")
    include ("quantity", "unit_cost_cents") where "kind" = 'RECEIPT'`,
})
@Index({ properties: ['at', 'id'] })
@Index({ properties: ['lot', 'at'] })
@Index({ properties: ['item', 'at'] })
@Index({ properties: ['fromLocation', 'at'] })
@Index({ properties: ['toLocation', 'at'] })
@Index({ properties: ['patient'] })
@Index({ properties: ['operation'] })
@Index({ properties: ['prescription', 'at'] })
@Check({ name: 'stock_movement_quantity_positive', expression: 'quantity > 0' })
@Check({
  name: 'stock_movement_unit_cost',
  expression:
    "(unit_cost_cents is not null) = (kind = 'RECEIPT') and (unit_cost_cents is null or unit_cost_cents >= 0)",
})
@Check({
  name: 'stock_movement_locations',
  // `kind::text`: a value added to the enum cannot be compared with in the migration adding it.
  expression: `case kind::text
    when 'RECEIPT' then from_location_id is null and to_location_id is not null
    when 'RETURN' then from_location_id is null and to_location_id is not null
    when 'TRANSFER' then from_location_id is not null and to_location_id is not null and from_location_id <> to_location_id
    when 'DISPENSE' then from_location_id is not null and (to_location_id is null) = (patient_id is not null) and (to_location_id is null or to_location_id <> from_location_id)
    when 'ADJUSTMENT' then (from_location_id is null) <> (to_location_id is null) and reason is not null
    when 'WRITE_OFF' then from_location_id is not null and to_location_id is null and write_off_reason is not null
    when 'CONSUMPTION' then from_location_id is not null and to_location_id is null and patient_id is not null
    else false end`,
})
@Check({
  name: 'stock_movement_administration',
  expression: "(administration_id is not null) = (kind::text = 'CONSUMPTION')",
})
@Unique({
  name: 'stock_movement_one_consumption_per_dose_lot',
  expression:
    'create unique index "stock_movement_one_consumption_per_dose_lot" on "stock_movement" ("administration_id", "lot_id") where "administration_id" is not null',
})
@Trigger({
  name: 'stock_movement_append_only',
  timing: 'before',
  events: ['update', 'delete'],
  forEach: 'row',
  body: `
    if tg_op = 'UPDATE'
       and (to_jsonb(new) - 'patient_id' - 'invoice_line_id') = (to_jsonb(old) - 'patient_id' - 'invoice_line_id')
       and (old.invoice_line_id is null or new.invoice_line_id is not distinct from old.invoice_line_id) then
      return new;
    end if;
    raise exception 'stock_movement is append-only' using errcode = 'P0001';`,
})
export class StockMovement {
  @Field(() => ID, { description: 'Stable identifier of the line.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => StockOperation, { ref: true, deleteRule: 'restrict' })
  operation!: Ref<StockOperation>;

  @Field(() => MovementKind, { description: 'What the line records.' })
  @Enum({ items: () => MovementKind, nativeEnumName: 'movement_kind' })
  kind!: MovementKind;

  @Field(() => GraphQLISODateTime, { description: 'When.' })
  @Property({ type: 'timestamptz' })
  at!: Date;

  @Field(() => ID, { description: 'Account that recorded it.' })
  @Property({ type: 'uuid' })
  byUserId!: string;

  @Field(() => String, { description: 'Who, as named then.' })
  @Property({ length: 220 })
  byName!: string;

  @ManyToOne(() => StockItem, { ref: true, deleteRule: 'restrict' })
  item!: Ref<StockItem>;

  @ManyToOne(() => StockLot, { ref: true, deleteRule: 'restrict' })
  lot!: Ref<StockLot>;

  @ManyToOne(() => StockLocation, { ref: true, nullable: true, deleteRule: 'restrict' })
  fromLocation?: Ref<StockLocation> | null;

  @ManyToOne(() => StockLocation, { ref: true, nullable: true, deleteRule: 'restrict' })
  toLocation?: Ref<StockLocation> | null;

  @Field(() => Int, { description: 'Units of issue moved (always positive).' })
  @Property({ type: 'integer' })
  quantity!: number;

  /** What one unit cost on this delivery (receipts): a reused lot keeps each delivery's cost. */
  @Field(() => Int, { nullable: true, description: 'Cost of one unit in cents (receipts).' })
  @Property({ type: 'integer', nullable: true })
  unitCostCents?: number | null;

  /** The patient dispensed to; a foreign key, so the registry's merge moves it. */
  @ManyToOne(() => Patient, { ref: true, nullable: true, deleteRule: 'restrict' })
  patient?: Ref<Patient> | null;

  @ManyToOne(() => Prescription, { ref: true, nullable: true, deleteRule: 'restrict' })
  prescription?: Ref<Prescription> | null;

  /** The dose that took these units (consumption); a foreign key to records' administration. */
  @ManyToOne(() => MedicationAdministration, {
    ref: true,
    nullable: true,
    deleteRule: 'restrict',
  })
  administration?: Ref<MedicationAdministration> | null;

  @Field(() => String, { nullable: true, description: 'Why (an adjustment or a write-off).' })
  @Property({ length: 500, nullable: true })
  reason?: string | null;

  @Field(() => WriteOffReason, { nullable: true, description: 'Why written off.' })
  @Enum({ items: () => WriteOffReason, nativeEnumName: 'write_off_reason', nullable: true })
  writeOffReason?: WriteOffReason | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the pharmacist took this lot rather than the first-expiring one.',
  })
  @Property({ length: 500, nullable: true })
  lotChoiceReason?: string | null;

  /** Set once by billing when the line is charged; a plain id, billing owns the invoice. */
  @Field(() => ID, { nullable: true, description: 'The invoice line that charged it (billing).' })
  @Property({ type: 'uuid', nullable: true })
  invoiceLineId?: string | null;

  @Field(() => ID, { description: 'The operation it belongs to.' })
  get operationId(): string & Opt {
    return this.operation.id;
  }

  @Field(() => ID, { nullable: true, description: 'The patient dispensed to.' })
  get patientId(): (string & Opt) | null {
    return this.patient?.id ?? null;
  }

  @Field(() => ID, { nullable: true, description: 'The prescription dispensed against.' })
  get prescriptionId(): (string & Opt) | null {
    return this.prescription?.id ?? null;
  }

  @Field(() => ID, { nullable: true, description: 'The dose that consumed the units.' })
  get administrationId(): (string & Opt) | null {
    return this.administration?.id ?? null;
  }

  @Field(() => ID, { nullable: true, description: 'Location the units left.' })
  get fromLocationId(): (string & Opt) | null {
    return this.fromLocation?.id ?? null;
  }

  @Field(() => ID, { nullable: true, description: 'Location the units entered.' })
  get toLocationId(): (string & Opt) | null {
    return this.toLocation?.id ?? null;
  }
}
