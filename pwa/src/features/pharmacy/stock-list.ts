import type { StockItemKind } from '../../gql/graphql';

/** Lots expiring within this many days are "expiring soon". */
export const EXPIRING_SOON_DAYS = 30;

export type StockFilter = 'all' | 'below' | 'expiring';

interface LotLike {
  quantity: number;
  expired: boolean;
  daysToExpiry: number;
  lot: { expiryDate: string; status: string };
}

interface LevelLike {
  belowReorderLevel: boolean;
  item: {
    kind: StockItemKind;
    nameFr: string;
    nameEn: string;
    inn?: string | null;
  };
  lots: readonly LotLike[];
}

/** The item's name in the interface language. */
export function itemName(item: { nameFr: string; nameEn: string }, language: string): string {
  return language.startsWith('fr') ? item.nameFr : item.nameEn;
}

/** Lower case without accents: "Paracétamol" is found by "paracetamol". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The lot on hand that expires first (the server lists them first-expiring first). */
export function nearestLot<L extends LotLike>(lots: readonly L[]): L | undefined {
  return lots.find((l) => l.quantity > 0);
}

/** Whether a lot on hand expires within `EXPIRING_SOON_DAYS` (or has expired). */
export function expiresSoon(lot: LotLike): boolean {
  return lot.quantity > 0 && lot.daysToExpiry <= EXPIRING_SOON_DAYS;
}

/**
 * The rows of a location's stock the pharmacist asked for: searched in both names and the DCI
 * (case and accents ignored), of one kind, and below the reorder level or with a lot expiring
 * soon.
 */
export function filterLevels<L extends LevelLike>(
  levels: readonly L[],
  f: { search: string; kind: StockItemKind | ''; show: StockFilter },
): L[] {
  const words = fold(f.search).split(/\s+/).filter(Boolean);
  return levels.filter((l) => {
    if (f.kind && l.item.kind !== f.kind) return false;
    if (f.show === 'below' && !l.belowReorderLevel) return false;
    if (f.show === 'expiring' && !l.lots.some(expiresSoon)) return false;
    if (words.length === 0) return true;
    const text = fold(`${l.item.nameFr} ${l.item.nameEn} ${l.item.inn ?? ''}`);
    return words.every((w) => text.includes(w));
  });
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
