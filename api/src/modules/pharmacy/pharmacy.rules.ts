import { roles, type RuleMap } from '../../kernel/auth/predicates.js';
import { Role } from '../../kernel/auth/roles.js';
import type { Viewer } from '../../kernel/context.js';

const { CASHIER, DOCTOR, MANAGER, NURSE, PHARMACIST } = Role;

/** Who reads stock levels: the pharmacy, the wards' nurses (their wards), doctors, managers. */
const LEVEL_READERS = [PHARMACIST, NURSE, DOCTOR, MANAGER];
/** Who reads the catalogue with its prices: the pharmacy and the cashiers. */
const CATALOGUE_READERS = [PHARMACIST, CASHIER];
/** Who reads the ledger: the pharmacy, and managers (without patients). */
const LEDGER_READERS = [PHARMACIST, MANAGER];
/** Who reads what things cost and who supplies them. */
const COST_READERS = [PHARMACIST, MANAGER];

/** Who reads the alerts and the stock's value: the pharmacy and managers. */
const OVERSIGHT = [PHARMACIST, MANAGER];
/** Who is told of new stock alerts (the alerts job's notification). */
export const STOCK_ALERT_RECIPIENT_ROLES = [PHARMACIST] as const;

const pharmacist = roles(PHARMACIST);
const oversight = roles(...OVERSIGHT);
const levelReaders = roles(...LEVEL_READERS);
const ledgerReaders = roles(...LEDGER_READERS);

/**
 * Whose stock reads are narrowed to the wards they cover this shift (a nurse); everyone else
 * who reads levels reads every location.
 */
export function readsOnlyOwnWardsStock(viewer: Pick<Viewer, 'role'>): boolean {
  return viewer.role === NURSE;
}

export const pharmacyRules: RuleMap = {
  Query: {
    stockItems: roles(...CATALOGUE_READERS),
    stockLocations: levelReaders,
    stockLevels: levelReaders,
    stockMovements: ledgerReaders,
    // A nurse asks for the patients she may read (the access policy's care scope).
    proposedLot: roles(PHARMACIST, NURSE),
    lotTrace: pharmacist,
    stockAlerts: oversight,
    stockValuation: oversight,
    dispensingWorklist: pharmacist,
  },
  Mutation: {
    receiveStock: pharmacist,
    dispense: pharmacist,
    transferStock: pharmacist,
    adjustStock: pharmacist,
    writeOffStock: pharmacist,
    recallLot: pharmacist,
  },
  StockItem: {
    '*': roles(...new Set([...LEVEL_READERS, ...CATALOGUE_READERS])),
    unitPriceCents: roles(PHARMACIST, CASHIER, MANAGER),
  },
  StockItemConnection: roles(...CATALOGUE_READERS),
  StockItemEdge: roles(...CATALOGUE_READERS),
  StockLocation: levelReaders,
  StockLot: {
    '*': levelReaders,
    supplier: roles(...COST_READERS),
    unitCostCents: roles(...COST_READERS),
    receivedQuantity: roles(...COST_READERS),
  },
  StockLevel: levelReaders,
  StockLevelConnection: levelReaders,
  StockLevelEdge: levelReaders,
  StockLotLevel: levelReaders,
  StockOperation: pharmacist,
  StockMovement: {
    '*': ledgerReaders,
    patientId: pharmacist,
    prescriptionId: pharmacist,
    administrationId: pharmacist,
    unitCostCents: roles(...COST_READERS),
  },
  StockMovementConnection: ledgerReaders,
  ProposedLot: roles(PHARMACIST, NURSE),
  LotTrace: pharmacist,
  LotTraceLocation: pharmacist,
  LotTracePatient: { '*': pharmacist, patientName: pharmacist },
  LotTraceAdministration: pharmacist,
  StockAlert: oversight,
  StockValuation: oversight,
  StockValuationLine: oversight,
  DispensingWorklistRow: { '*': pharmacist, patientName: pharmacist },
  StockMovementEdge: ledgerReaders,
};

/** Fields with a rule of their own: what stock costs the hospital, and who was dispensed to. */
export const PHARMACY_SENSITIVE_FIELDS = [
  'StockItem.unitPriceCents',
  'StockLot.supplier',
  'StockLot.unitCostCents',
  'StockLot.receivedQuantity',
  'StockMovement.patientId',
  'StockMovement.prescriptionId',
  'StockMovement.unitCostCents',
  'StockMovement.administrationId',
  'LotTracePatient.patientName',
  'DispensingWorklistRow.patientName',
];
