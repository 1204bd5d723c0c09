import {
  cashOutline,
  clipboardOutline,
  cubeOutline,
  downloadOutline,
  medicalOutline,
} from 'ionicons/icons';
import { STAFF_ROLES, type AppPage } from '../../app/page-registry';

const stockShortcut = {
  label: 'home.stockShortcut',
  description: 'home.stockShortcutText',
  icon: cubeOutline,
  order: 2,
} as const;
const loadStock = () => import('./StockPage');
const READERS = ['PHARMACIST', 'MANAGER'] as const;

/**
 * The pharmacy: the stock of each location, one item with its lots and movements, receiving a
 * delivery and dispensing, a ward's dispensing worklist, the stock alerts, a lot's trace and
 * recall, and the valuation. Each page shows exactly when the API grants its capability (the
 * later pages name no role: the capability alone decides). The pharmacist's bar has room for a
 * stock tab; a manager reads the stock (read-only) from home.
 */
export const pharmacyPages: AppPage[] = [
  {
    path: 'pharmacy',
    roles: ['PHARMACIST'],
    requires: 'READ_STOCK_LEVELS',
    load: loadStock,
    tab: { label: 'nav.pharmacy', icon: cubeOutline, order: 4 },
    shortcut: stockShortcut,
  },
  {
    path: 'pharmacy',
    roles: ['MANAGER'],
    requires: 'READ_STOCK_LEVELS',
    load: loadStock,
    shortcut: stockShortcut,
  },
  {
    path: 'pharmacy/items/:itemId',
    roles: READERS,
    requires: 'READ_STOCK_LEVELS',
    load: () => import('./StockItemPage'),
  },
  {
    path: 'pharmacy/receive',
    roles: ['PHARMACIST'],
    requires: 'RECEIVE_STOCK',
    load: () => import('./ReceivePage'),
    shortcut: {
      label: 'home.receiveShortcut',
      description: 'home.receiveShortcutText',
      icon: downloadOutline,
      order: 2,
    },
  },
  {
    path: 'pharmacy/dispense',
    roles: ['PHARMACIST'],
    requires: 'DISPENSE_STOCK',
    load: () => import('./DispensePage'),
    shortcut: {
      label: 'home.dispenseShortcut',
      description: 'home.dispenseShortcutText',
      icon: medicalOutline,
      order: 2,
    },
  },
  {
    path: 'pharmacy/worklist',
    roles: STAFF_ROLES,
    requires: 'READ_DISPENSING_WORKLIST',
    load: () => import('./WorklistPage'),
    shortcut: {
      label: 'home.worklistShortcut',
      description: 'home.worklistShortcutText',
      icon: clipboardOutline,
      order: 2,
    },
  },
  {
    path: 'pharmacy/alerts',
    roles: STAFF_ROLES,
    requires: 'READ_STOCK_ALERTS',
    load: () => import('./AlertsPage'),
  },
  {
    path: 'pharmacy/lots/:lotId',
    roles: STAFF_ROLES,
    requires: 'TRACE_LOTS',
    load: () => import('./LotPage'),
  },
  {
    path: 'pharmacy/valuation',
    roles: STAFF_ROLES,
    requires: 'READ_STOCK_VALUATION',
    load: () => import('./ValuationPage'),
    shortcut: {
      label: 'home.valuationShortcut',
      description: 'home.valuationShortcutText',
      icon: cashOutline,
      order: 2,
    },
  },
];
