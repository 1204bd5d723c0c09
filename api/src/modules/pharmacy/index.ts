export { StockItem, StockLocation } from './stock-item.entity.js';
export { StockBalance, StockLot } from './stock-lot.entity.js';
export { StockMovement, StockOperation } from './stock-movement.entity.js';
export { StockAlert } from './stock-alert.entity.js';
export {
  LotStatus,
  MovementKind,
  StockAlertKind,
  StockItemKind,
  StockLocationKind,
  WriteOffReason,
} from './pharmacy-enums.js';
export {
  PharmacyResolver,
  StockAlertResolver,
  StockLocationResolver,
  StockLotResolver,
  StockMovementResolver,
} from './pharmacy.resolver.js';
export { pharmacyRules, PHARMACY_SENSITIVE_FIELDS } from './pharmacy.rules.js';
export { CENTRAL_PHARMACY_ID } from './locations.service.js';
export { STOCK_CATALOGUE, type CatalogueEntry } from './catalogue-data.js';
export type {
  LotRecalledFact,
  StockAlertsRaisedFact,
  StockDispensedFact,
} from './pharmacy.events.js';
export { pharmacyDoseStock } from './dose-stock.service.js';
export { linkDispensingsToInvoice } from './stock.service.js';
export {
  refreshStockAlerts,
  stockAlertsJob,
  useStockAlertSettings,
  type StockAlertSettings,
} from './stock-alerts.job.js';
