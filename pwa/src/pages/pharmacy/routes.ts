import { cubeOutline, downloadOutline, medicalOutline } from 'ionicons/icons';
import type { AppPage } from '../../app/page-registry';

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
 * delivery and dispensing. Each page shows exactly when the API grants its capability. The
 * pharmacist's bar has room for a stock tab; a manager reads the stock (read-only) from home.
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
];
