import type { StockLevelFilter } from '../../gql/graphql';

/** Lots expiring within this many days are "expiring soon". */
export const EXPIRING_SOON_DAYS = 30;

export type StockFilter = 'all' | 'below' | 'expiring';

interface LotLike {
  quantity: number;
  expired: boolean;
  daysToExpiry: number;
  lot: { expiryDate: string; status: string };
}

/** The item's name in the interface language. */
export function itemName(item: { nameFr: string; nameEn: string }, language: string): string {
  return language.startsWith('fr') ? item.nameFr : item.nameEn;
}

/** The lot on hand that expires first (the server lists them first-expiring first). */
export function nearestLot<L extends LotLike>(lots: readonly L[]): L | undefined {
  return lots.find((l) => l.quantity > 0);
}

/** The server's filter for the list's "show" choice. */
export function levelFilter(show: StockFilter): StockLevelFilter | null {
  switch (show) {
    case 'below':
      return 'BELOW_REORDER_LEVEL';
    case 'expiring':
      return 'EXPIRING';
    case 'all':
      return null;
  }
}

/** How a lot stands, in words the screen translates (`pharmacy.lotState.*`). */
export type LotState = 'RECALLED' | 'EXPIRED' | 'EXPIRING' | 'USABLE';

export function lotState(l: LotLike): LotState {
  if (l.lot.status === 'RECALLED') return 'RECALLED';
  if (l.expired) return 'EXPIRED';
  if (l.daysToExpiry <= EXPIRING_SOON_DAYS) return 'EXPIRING';
  return 'USABLE';
}

/** The lot the server takes first without a named lot: first to expire, usable, on hand. */
export function proposedLot<L extends LotLike>(lots: readonly L[]): L | undefined {
  return lots.find((l) => l.quantity > 0 && !l.expired && l.lot.status !== 'RECALLED');
}
