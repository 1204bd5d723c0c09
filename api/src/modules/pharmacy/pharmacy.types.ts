import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../kernel/graphql/connection.js';
import { StockItem } from './stock-item.entity.js';
import { StockLot } from './stock-lot.entity.js';
import { StockMovement } from './stock-movement.entity.js';

@ObjectType({ description: 'A page of catalogue items, by French name.' })
export class StockItemConnection extends Connection(StockItem, 'StockItem') {}

@ObjectType({ description: 'A page of ledger lines, newest first.' })
export class StockMovementConnection extends Connection(StockMovement, 'StockMovement') {}

@ObjectType({ description: 'One lot on hand at a location.' })
export class StockLotLevel {
  @Field(() => StockLot, { description: 'The lot.' })
  lot!: StockLot;

  @Field(() => Int, { description: 'Units on hand.' })
  quantity!: number;

  @Field(() => Boolean, { description: 'Past its expiry date (hospital time): never dispensed.' })
  expired!: boolean;

  @Field(() => Int, { description: 'Days until expiry (negative once expired).' })
  daysToExpiry!: number;
}

@ObjectType({ description: 'What a location holds of one item.' })
export class StockLevel {
  @Field(() => ID, { description: 'The item.' })
  itemId!: string;

  @Field(() => StockItem, { description: 'The item.' })
  item!: StockItem;

  @Field(() => Int, { description: 'Units on hand, every lot.' })
  onHand!: number;

  @Field(() => Int, {
    description: 'Units that may be dispensed: lots neither expired nor recalled.',
  })
  usableOnHand!: number;

  @Field(() => Boolean, {
    description:
      'Usable units below the item’s reorder level (central pharmacy only; wards have no par level yet).',
  })
  belowReorderLevel!: boolean;

  @Field(() => [StockLotLevel], { description: 'Lots on hand, first-expiring first.' })
  lots!: StockLotLevel[];
}
