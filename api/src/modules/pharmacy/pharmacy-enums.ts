import { registerEnumType } from 'type-graphql';

/** What the catalogue holds: a medicine, or a consumable (dressings, syringes, gloves). */
export enum StockItemKind {
  MEDICATION = 'MEDICATION',
  CONSUMABLE = 'CONSUMABLE',
}

/** Where stock is kept: the central pharmacy, or one ward's stock. */
export enum StockLocationKind {
  CENTRAL_PHARMACY = 'CENTRAL_PHARMACY',
  WARD = 'WARD',
}

/** A lot may be recalled by its manufacturer; a recalled lot is never picked. */
export enum LotStatus {
  ACTIVE = 'ACTIVE',
  RECALLED = 'RECALLED',
}

/** What a line of the stock ledger records. */
export enum MovementKind {
  /** A delivery received into a location (`to`). */
  RECEIPT = 'RECEIPT',
  /** Moved between two locations (`from` → `to`). */
  TRANSFER = 'TRANSFER',
  /** Dispensed from a location (`from`) to a patient, or to a ward's stock (`to`). */
  DISPENSE = 'DISPENSE',
  /** A count correction: up (`to`) or down (`from`), with a reason. */
  ADJUSTMENT = 'ADJUSTMENT',
  /** Taken out of stock for good (`from`): expired, damaged, other, with a reason. */
  WRITE_OFF = 'WRITE_OFF',
  /** Brought back into a location (`to`), e.g. unused by a patient. */
  RETURN = 'RETURN',
  /** Taken from a ward's stock (`from`) by a dose given to a patient (its administration). */
  CONSUMPTION = 'CONSUMPTION',
}

/** What a stock alert is about. */
export enum StockAlertKind {
  /** Usable units at the central pharmacy below the item's reorder level. */
  BELOW_REORDER_LEVEL = 'BELOW_REORDER_LEVEL',
  /** A lot on hand somewhere expires within the configured number of days. */
  EXPIRING = 'EXPIRING',
  /** A lot past its expiry date is still on hand somewhere (to be written off). */
  EXPIRED_ON_HAND = 'EXPIRED_ON_HAND',
}

/** Which rows of a location's stock levels to list. */
export enum StockLevelFilter {
  /** Usable units below the item's reorder level (central pharmacy only). */
  BELOW_REORDER_LEVEL = 'BELOW_REORDER_LEVEL',
  /** A lot on hand that has expired or expires within the alerts' number of days. */
  EXPIRING = 'EXPIRING',
}

/** Why stock is written off. */
export enum WriteOffReason {
  EXPIRED = 'EXPIRED',
  DAMAGED = 'DAMAGED',
  OTHER = 'OTHER',
}

registerEnumType(StockItemKind, {
  name: 'StockItemKind',
  description: 'A medication or a consumable.',
});
registerEnumType(StockLocationKind, {
  name: 'StockLocationKind',
  description: 'The central pharmacy or a ward’s stock.',
});
registerEnumType(LotStatus, { name: 'LotStatus', description: 'Active, or recalled.' });
registerEnumType(MovementKind, {
  name: 'MovementKind',
  description: 'What a line of the stock ledger records.',
});
registerEnumType(WriteOffReason, {
  name: 'WriteOffReason',
  description: 'Why stock is written off: expired, damaged or other (with a note).',
});
registerEnumType(StockAlertKind, {
  name: 'StockAlertKind',
  description: 'Below reorder level, expiring soon, or expired still on hand.',
});
registerEnumType(StockLevelFilter, {
  name: 'StockLevelFilter',
  description: 'Stock levels below the reorder level, or with a lot expired or expiring soon.',
});
