/**
 * Stock valuation at weighted average cost, without a database. Money is integer cents; the
 * arithmetic is exact (BigInt) and rounds once, per item and location, half up.
 */

/** What an item's receipts up to the valuation date add up to (every location, every lot). */
export interface ReceiptTotals {
  /** Units received. */
  quantity: number;
  /** Σ units × unit cost of each receipt line, in cents. */
  costCents: bigint;
}

/**
 * Value of `onHand` units of an item at its weighted average cost: `onHand × costCents /
 * quantity`, rounded half up to a whole cent. The average is cumulative over every receipt of
 * the item up to the date, wherever it was received (transfers and dispensing move units, not
 * cost). No receipt (stock only from counts), or nothing on hand: 0. A negative on hand cannot
 * happen (the ledger forbids it) and is valued 0.
 */
export function valueAtAverageCost(onHand: number, receipts: ReceiptTotals): bigint {
  if (onHand <= 0 || receipts.quantity <= 0) return 0n;
  const num = BigInt(onHand) * receipts.costCents;
  const den = BigInt(receipts.quantity);
  return (2n * num + den) / (2n * den);
}

/** The weighted average unit cost in cents (not rounded: a display value). */
export function averageUnitCost(receipts: ReceiptTotals): number {
  return receipts.quantity > 0 ? Number(receipts.costCents) / receipts.quantity : 0;
}
