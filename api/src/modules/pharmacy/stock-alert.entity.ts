import { type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../kernel/graphql/scalars.js';
import { StockAlertKind } from './pharmacy-enums.js';
import { StockItem, StockLocation } from './stock-item.entity.js';
import { StockLot } from './stock-lot.entity.js';

/**
 * A stock alert as the scheduled job last computed it (`stock.alerts`): pages read this table,
 * never the computation. One row per situation (`key`): it keeps the instant it was first
 * raised while it lasts and goes when it no longer holds.
 */
@ObjectType({ description: 'A stock alert: below reorder level, expiring soon, or expired.' })
@Entity()
@Index({ properties: ['kind', 'raisedAt'] })
export class StockAlert {
  @Field(() => ID, { description: 'Stable identifier while the situation lasts.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** What the alert is about (kind and ids): unique, so a situation is one row. */
  @Property({ length: 200, unique: true })
  key!: string;

  @Field(() => StockAlertKind, { description: 'What the alert is about.' })
  @Enum({ items: () => StockAlertKind, nativeEnumName: 'stock_alert_kind' })
  kind!: StockAlertKind;

  @ManyToOne(() => StockItem, { ref: true, deleteRule: 'cascade' })
  item!: Ref<StockItem>;

  @ManyToOne(() => StockLot, { ref: true, nullable: true, deleteRule: 'cascade' })
  lot?: Ref<StockLot> | null;

  @ManyToOne(() => StockLocation, { ref: true, nullable: true, deleteRule: 'cascade' })
  location?: Ref<StockLocation> | null;

  @Field(() => Int, {
    description: 'Usable units at the central pharmacy (reorder), or the lot’s units there.',
  })
  @Property({ type: 'integer' })
  quantity!: number;

  @Field(() => LocalDate, { nullable: true, description: 'The lot’s expiry date.' })
  @Property({ type: 'date', nullable: true })
  expiryDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'The item’s reorder level (reorder alerts).' })
  @Property({ type: 'integer', nullable: true })
  reorderLevel?: number | null;

  @Field(() => GraphQLISODateTime, { description: 'When the job first raised it.' })
  @Property({ type: 'timestamptz' })
  raisedAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the job last computed it.' })
  @Property({ type: 'timestamptz' })
  computedAt!: Date;

  @Field(() => ID, { description: 'The item.' })
  get itemId(): string & Opt {
    return this.item.id;
  }

  @Field(() => ID, { nullable: true, description: 'The lot (expiry alerts).' })
  get lotId(): (string & Opt) | null {
    return this.lot?.id ?? null;
  }

  @Field(() => ID, { nullable: true, description: 'The location.' })
  get locationId(): (string & Opt) | null {
    return this.location?.id ?? null;
  }
}
