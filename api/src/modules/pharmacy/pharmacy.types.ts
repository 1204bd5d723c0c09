import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../kernel/graphql/scalars.js';
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

@ObjectType({ description: 'A page of a location’s stock levels, by the items’ French names.' })
export class StockLevelConnection extends Connection(StockLevel, 'StockLevel') {}

@ObjectType({ description: 'The lot a nurse is proposed for a dose: first-expiring in her ward.' })
export class ProposedLot {
  @Field(() => StockLot, { description: 'The lot.' })
  lot!: StockLot;

  @Field(() => ID, { description: 'The ward’s stock location it would come from.' })
  locationId!: string;

  @Field(() => Int, { description: 'Units of this lot the ward holds.' })
  quantity!: number;
}

@ObjectType({ description: 'A location holding a lot now.' })
export class LotTraceLocation {
  @Field(() => ID, { description: 'The location.' })
  locationId!: string;

  @Field(() => String, { description: 'Its name.' })
  locationName!: string;

  @Field(() => Int, { description: 'Units of the lot on hand there.' })
  quantity!: number;
}

@ObjectType({ description: 'A dose given from a lot.' })
export class LotTraceAdministration {
  @Field(() => ID, { description: 'The administration record.' })
  id!: string;

  @Field(() => ID, { description: 'Its prescription.' })
  prescriptionId!: string;

  @Field(() => String, { description: 'The medicine as prescribed.' })
  medicationName!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was given.' })
  administeredAt!: Date;

  @Field(() => Float, { nullable: true, description: 'Dose given.' })
  dose!: number | null;

  @Field(() => String, { nullable: true, description: 'Unit of the dose.' })
  doseUnit!: string | null;

  @Field(() => String, { description: 'Who recorded it, as named then.' })
  recordedByName!: string;
}

@ObjectType({ description: 'A patient who received a lot: dispensed or administered.' })
export class LotTracePatient {
  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field(() => String, { description: 'The patient’s name.' })
  patientName!: string;

  @Field(() => Boolean, { description: 'In a bed now (an active admission).' })
  currentInpatient!: boolean;

  @Field(() => Int, { description: 'Units of the lot dispensed to the patient.' })
  unitsDispensed!: number;

  @Field(() => Int, { description: 'Units of the lot taken from a ward’s stock by doses.' })
  unitsAdministered!: number;

  @Field(() => [LotTraceAdministration], { description: 'Doses recorded with this lot.' })
  administrations!: LotTraceAdministration[];
}

@ObjectType({ description: 'Where a lot is, every line of its ledger and who received it.' })
export class LotTrace {
  @Field(() => StockLot, { description: 'The lot.' })
  lot!: StockLot;

  @Field(() => [LotTraceLocation], { description: 'Locations holding it now.' })
  locations!: LotTraceLocation[];

  @Field(() => [StockMovement], { description: 'Every ledger line of the lot, oldest first.' })
  movements!: StockMovement[];

  @Field(() => [LotTracePatient], { description: 'Patients who received it, by name.' })
  patients!: LotTracePatient[];
}

@ObjectType({ description: 'One item’s value at a location.' })
export class StockValuationLine {
  @Field(() => ID, { description: 'The item.' })
  itemId!: string;

  @Field(() => StockItem, { description: 'The item.' })
  item!: StockItem;

  @Field(() => Int, { description: 'Units on hand at the end of the day.' })
  onHand!: number;

  @Field(() => Float, {
    description: 'Weighted average unit cost in cents over the item’s receipts (not rounded).',
  })
  averageUnitCostCents!: number;

  @Field(() => Float, {
    description: 'Value in whole cents (units × average cost, rounded half up); a Float for size.',
  })
  valueCents!: number;
}

@ObjectType({ description: 'The stock value of one location at the end of a day.' })
export class StockValuation {
  @Field(() => ID, { description: 'The location.' })
  locationId!: string;

  @Field(() => String, { description: 'Its name.' })
  locationName!: string;

  @Field(() => LocalDate, { description: 'The day valued (its end, hospital time).' })
  at!: string;

  @Field(() => Float, {
    description: 'Total in whole cents: the sum of the lines’ values; a Float for size.',
  })
  valueCents!: number;

  @Field(() => [StockValuationLine], { description: 'Items on hand, by name.' })
  lines!: StockValuationLine[];
}

@ObjectType({ description: 'A prescription of a ward’s inpatient not yet covered for 24 h.' })
export class DispensingWorklistRow {
  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field(() => String, { description: 'The patient’s name.' })
  patientName!: string;

  @Field(() => String, { description: 'The patient’s bed.' })
  bedLabel!: string;

  @Field(() => ID, { description: 'The prescription.' })
  prescriptionId!: string;

  @Field(() => String, { description: 'The medicine as prescribed.' })
  medicationName!: string;

  @Field(() => ID, { description: 'The catalogue item.' })
  itemId!: string;

  @Field(() => StockItem, { description: 'The catalogue item.' })
  item!: StockItem;

  @Field(() => Int, { description: 'Units of issue one dose takes.' })
  unitsPerDose!: number;

  @Field(() => Int, { description: 'Scheduled doses in the next 24 hours.' })
  dosesNext24h!: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The next scheduled dose.' })
  nextDoseAt!: Date | null;

  @Field(() => Int, { description: 'Units the next 24 hours need.' })
  unitsNeeded!: number;

  @Field(() => Int, { description: 'Units dispensed against it in the last 24 hours (counted).' })
  unitsCovered!: number;

  @Field(() => Int, { description: 'Units still to dispense.' })
  unitsToDispense!: number;
}
