import { type Opt, OptionalProps, type Ref } from '@mikro-orm/core';
import {
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { stampNow } from '../../kernel/clock.js';
import { LocalDate } from '../../kernel/graphql/scalars.js';
import { LotStatus } from './pharmacy-enums.js';
import { StockItem, StockLocation } from './stock-item.entity.js';

/**
 * A manufacturer's lot of one item, with its expiry date (the last day it may be used). One row
 * per (item, lot number): a second delivery of the same lot adds to it, and must carry the same
 * expiry.
 */
@ObjectType({ description: 'A lot of an item: its number, expiry date, supplier and cost.' })
@Entity()
@Unique({ properties: ['item', 'lotNumber'] })
@Index({ properties: ['expiryDate'] })
// The recalled lots (few): what a location holds that may not be used.
@Index({
  name: 'stock_lot_recalled',
  expression: `create index "stock_lot_recalled" on "stock_lot" ("id") where "status" = 'RECALLED'`,
})
@Check({ name: 'stock_lot_received_positive', expression: 'received_quantity > 0' })
@Check({ name: 'stock_lot_unit_cost_positive', expression: 'unit_cost_cents >= 0' })
@Check({
  name: 'stock_lot_recall',
  expression: "(status = 'RECALLED') = (recalled_at is not null and recall_reason is not null)",
})
export class StockLot {
  [OptionalProps]?: 'status';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => StockItem, { ref: true, deleteRule: 'restrict' })
  item!: Ref<StockItem>;

  @Field(() => String, { description: 'Lot number as printed on the box.' })
  @Property({ length: 40 })
  lotNumber!: string;

  @Field(() => LocalDate, { description: 'Last day the lot may be used.' })
  @Property({ type: 'date' })
  expiryDate!: string;

  @Field(() => String, { description: 'Who delivered it.' })
  @Property({ length: 200 })
  supplier!: string;

  @Field(() => Int, { description: 'Units received in all deliveries of this lot.' })
  @Property({ type: 'integer' })
  receivedQuantity!: number;

  @Field(() => Int, { description: 'Cost of one unit of issue, in cents, at first receipt.' })
  @Property({ type: 'integer' })
  unitCostCents!: number;

  @Field(() => LotStatus, { description: 'Active, or recalled (never picked).' })
  @Enum({ items: () => LotStatus, nativeEnumName: 'lot_status', default: LotStatus.ACTIVE })
  status: LotStatus = LotStatus.ACTIVE;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was recalled.' })
  @Property({ type: 'timestamptz', nullable: true })
  recalledAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was recalled (the notice).' })
  @Property({ length: 500, nullable: true })
  recallReason?: string | null;

  @Property({ type: 'timestamptz', onCreate: stampNow })
  createdAt!: Date & Opt;

  @Field(() => ID, { description: 'The item.' })
  get itemId(): string & Opt {
    return this.item.id;
  }
}

/**
 * On hand of one lot at one location: the sum of the ledger's lines for that pair, kept by the
 * service in the same transaction as the lines, under the row's lock. PostgreSQL refuses a
 * negative quantity (CHECK), so no interleaving of writers can take more than there is. Never
 * exposed as such: `stockLevels` reads it.
 */
@Entity()
@Unique({ properties: ['lot', 'location'] })
@Index({ properties: ['location', 'item'] })
@Check({ name: 'stock_balance_not_negative', expression: 'quantity >= 0' })
export class StockBalance {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => StockLot, { ref: true, deleteRule: 'restrict' })
  lot!: Ref<StockLot>;

  @ManyToOne(() => StockLocation, { ref: true, deleteRule: 'restrict' })
  location!: Ref<StockLocation>;

  /** The lot's item, kept here so that a location's levels of an item read one index. */
  @ManyToOne(() => StockItem, { ref: true, deleteRule: 'restrict' })
  item!: Ref<StockItem>;

  @Property({ type: 'integer' })
  quantity!: number;
}
