/**
 * Stock arithmetic without a database: which lots a FEFO (first expiry, first out) pick takes,
 * and what a count changes. Dates are calendar days (`YYYY-MM-DD`, hospital time), compared as
 * strings. Nothing here mutates its input.
 */

/** One lot's quantity on hand at one location, as the pick sees it. */
export interface LotOnHand {
  lotId: string;
  lotNumber: string;
  /** Last day the lot may be used. */
  expiryDate: string;
  recalled: boolean;
  quantity: number;
}

/** Units to take from one lot. */
export interface LotPick {
  lotId: string;
  quantity: number;
}

/** The most units one line may move: far above any real delivery, below integer overflow. */
export const MAX_LINE_QUANTITY = 1_000_000;

/** A lot is expired from the day after its expiry date. */
export function isExpired(expiryDate: string, today: string): boolean {
  return expiryDate < today;
}

/** Whether a lot may be picked today: on hand, not expired, not recalled. */
export function isUsable(lot: LotOnHand, today: string): boolean {
  return lot.quantity > 0 && !lot.recalled && !isExpired(lot.expiryDate, today);
}

/** FEFO order: earliest expiry first, then lot number, then id (a stable total order). */
export function byExpiry(a: LotOnHand, b: LotOnHand): number {
  if (a.expiryDate !== b.expiryDate) return a.expiryDate < b.expiryDate ? -1 : 1;
  if (a.lotNumber !== b.lotNumber) return a.lotNumber < b.lotNumber ? -1 : 1;
  return a.lotId < b.lotId ? -1 : a.lotId > b.lotId ? 1 : 0;
}

/** The usable lots, in the order FEFO takes them. */
export function fefoOrder(lots: readonly LotOnHand[], today: string): LotOnHand[] {
  return lots.filter((l) => isUsable(l, today)).sort(byExpiry);
}

/** Units that may be picked today. */
export function usableQuantity(lots: readonly LotOnHand[], today: string): number {
  return fefoOrder(lots, today).reduce((sum, l) => sum + l.quantity, 0);
}

/**
 * Takes `quantity` units first-expiry-first-out, splitting across lots when one is not enough.
 * `shortfall` is what could not be taken (0 when the pick is complete); a caller refuses an
 * incomplete pick rather than take part of it.
 */
export function pickFefo(
  lots: readonly LotOnHand[],
  quantity: number,
  today: string,
): { picks: LotPick[]; shortfall: number } {
  const picks: LotPick[] = [];
  let left = quantity;
  for (const lot of fefoOrder(lots, today)) {
    if (left <= 0) break;
    const take = Math.min(lot.quantity, left);
    picks.push({ lotId: lot.lotId, quantity: take });
    left -= take;
  }
  return { picks, shortfall: Math.max(left, 0) };
}

/** The lot FEFO would take first, or null when nothing is usable. */
export function fefoFirst(lots: readonly LotOnHand[], today: string): LotOnHand | null {
  return fefoOrder(lots, today)[0] ?? null;
}

/**
 * What a physical count changes: the difference between the count and the quantity on hand,
 * as a line up (into the location) or down (out of it); null when they agree.
 */
export function adjustmentFor(
  onHand: number,
  counted: number,
): { direction: 'UP' | 'DOWN'; quantity: number } | null {
  if (counted === onHand) return null;
  return counted > onHand
    ? { direction: 'UP', quantity: counted - onHand }
    : { direction: 'DOWN', quantity: onHand - counted };
}

/** Whether a quantity of units is a whole number from `min` up to the line maximum. */
export function isQuantity(value: number, min = 1): boolean {
  return Number.isInteger(value) && value >= min && value <= MAX_LINE_QUANTITY;
}

/** Whole days from `today` to a lot's expiry (negative once expired). */
export function daysUntil(expiryDate: string, today: string): number {
  return Math.round(
    (Date.parse(`${expiryDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
  );
}
