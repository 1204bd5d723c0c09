export { StockItem, StockLocation } from './stock-item.entity.js';
export { StockBalance, StockLot } from './stock-lot.entity.js';
export { StockMovement, StockOperation } from './stock-movement.entity.js';
export {
  LotStatus,
  MovementKind,
  StockItemKind,
  StockLocationKind,
  WriteOffReason,
} from './pharmacy-enums.js';
export {
  PharmacyResolver,
  StockLocationResolver,
  StockLotResolver,
  StockMovementResolver,
} from './pharmacy.resolver.js';
export { pharmacyRules, PHARMACY_SENSITIVE_FIELDS } from './pharmacy.rules.js';
export { CENTRAL_PHARMACY_ID } from './locations.service.js';
export { STOCK_CATALOGUE, type CatalogueEntry } from './catalogue-data.js';
export type { StockDispensedFact } from './pharmacy.events.js';
