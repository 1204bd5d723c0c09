import { Field, GraphQLISODateTime, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../kernel/graphql/scalars.js';
import { MovementKind, WriteOffReason } from './pharmacy-enums.js';
import type { StockLot } from './stock-lot.entity.js';
import type { StockMovement } from './stock-movement.entity.js';

@InputType({ description: 'One line of a delivery: an item, its lot and how many units.' })
export class ReceiveStockLineInput implements Pick<StockLot, 'lotNumber' | 'expiryDate'> {
  @Field(() => ID, { description: 'The catalogue item.' })
  itemId!: string;

  @Field(() => String, { description: 'Lot number as printed on the box.' })
  lotNumber!: string;

  @Field(() => LocalDate, { description: 'Last day the lot may be used.' })
  expiryDate!: string;

  @Field(() => Int, { description: 'Units of issue received.' })
  quantity!: number;

  @Field(() => Int, { description: 'Cost of one unit of issue, in cents.' })
  unitCostCents!: number;
}

@InputType({ description: 'A delivery received from a supplier.' })
export class ReceiveStockInput implements Pick<StockLot, 'supplier'> {
  @Field(() => ID, { description: 'Id made by the client for this operation (write-once).' })
  id!: string;

  @Field(() => String, { description: 'Who delivered it.' })
  supplier!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Where it is received; the central pharmacy by default.',
  })
  locationId?: string;

  @Field(() => [ReceiveStockLineInput], { description: 'The delivery’s lines (1 to 200).' })
  lines!: ReceiveStockLineInput[];
}

@InputType({ description: 'A dispensing: to a patient (against a prescription), or to a ward.' })
export class DispenseInput implements Pick<StockMovement, 'quantity'> {
  @Field(() => ID, { description: 'Id made by the client for this operation (write-once).' })
  id!: string;

  @Field(() => ID, { description: 'The catalogue item.' })
  itemId!: string;

  @Field(() => Int, { description: 'Units of issue to dispense.' })
  quantity!: number;

  @Field(() => ID, { description: 'Where the units are taken from.' })
  fromLocationId!: string;

  @Field(() => ID, { nullable: true, description: 'The patient (or give toLocationId).' })
  patientId?: string;

  @Field(() => ID, { nullable: true, description: 'The prescription dispensed against.' })
  prescriptionId?: string;

  @Field(() => ID, { nullable: true, description: 'A ward’s stock (or give patientId).' })
  toLocationId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A lot to take; first-expiring lots by default.',
  })
  lotId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why this lot: required when it is not the first-expiring one.',
  })
  lotChoiceReason?: string;
}

@InputType({ description: 'A transfer of units between two locations.' })
export class TransferStockInput implements Pick<StockMovement, 'quantity'> {
  @Field(() => ID, { description: 'Id made by the client for this operation (write-once).' })
  id!: string;

  @Field(() => ID, { description: 'The catalogue item.' })
  itemId!: string;

  @Field(() => Int, { description: 'Units of issue to move.' })
  quantity!: number;

  @Field(() => ID, { description: 'From this location.' })
  fromLocationId!: string;

  @Field(() => ID, { description: 'To this location.' })
  toLocationId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A lot to move; first-expiring lots by default.',
  })
  lotId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why this lot: required when it is not the first-expiring one.',
  })
  lotChoiceReason?: string;
}

@InputType({ description: 'A physical count of one lot at one location.' })
export class AdjustStockInput {
  @Field(() => ID, { description: 'Id made by the client for this operation (write-once).' })
  id!: string;

  @Field(() => ID, { description: 'The lot counted.' })
  lotId!: string;

  @Field(() => ID, { description: 'Where it was counted.' })
  locationId!: string;

  @Field(() => Int, { description: 'Units found; the difference with the books is recorded.' })
  countedQuantity!: number;

  @Field(() => String, { description: 'Why the books were wrong (inventory, breakage found…).' })
  reason!: string;
}

@InputType({ description: 'Units taken out of stock for good.' })
export class WriteOffStockInput implements Pick<StockMovement, 'quantity'> {
  @Field(() => ID, { description: 'Id made by the client for this operation (write-once).' })
  id!: string;

  @Field(() => ID, { description: 'The lot.' })
  lotId!: string;

  @Field(() => ID, { description: 'Where the units are.' })
  locationId!: string;

  @Field(() => Int, { description: 'Units written off.' })
  quantity!: number;

  @Field(() => WriteOffReason, { description: 'Why.' })
  reason!: WriteOffReason;

  @Field(() => String, { nullable: true, description: 'Details; required for OTHER.' })
  note?: string;
}

@InputType({ description: 'Which ledger lines to list.' })
export class StockMovementFilter {
  @Field(() => ID, { nullable: true, description: 'Lines leaving or entering this location.' })
  locationId?: string;

  @Field(() => ID, { nullable: true, description: 'Lines of this item.' })
  itemId?: string;

  @Field(() => ID, { nullable: true, description: 'Lines of this lot.' })
  lotId?: string;

  @Field(() => MovementKind, { nullable: true, description: 'Lines of this kind.' })
  kind?: MovementKind;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'From this instant (included).' })
  from?: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Until this instant (excluded).',
  })
  to?: Date;
}

@InputType({ description: 'A manufacturer’s recall of a lot.' })
export class RecallLotInput {
  @Field(() => ID, { description: 'The lot.' })
  lotId!: string;

  @Field(() => String, { description: 'Why: the recall notice (required).' })
  reason!: string;
}
