/** A charge as the selection needs it. */
export interface SelectableCharge {
  id: string;
  amountMinor: number | null;
}

/**
 * The charges ticked for an invoice (every charge but those unticked, so a charge that arrives
 * later is ticked too), their total and how many have no price yet (which blocks the invoice).
 */
export function selection(
  charges: readonly SelectableCharge[],
  unticked: ReadonlySet<string>,
): { ids: string[]; totalMinor: number; unpriced: number } {
  const chosen = charges.filter((c) => !unticked.has(c.id));
  return {
    ids: chosen.map((c) => c.id),
    totalMinor: chosen.reduce((s, c) => s + (c.amountMinor ?? 0), 0),
    unpriced: chosen.filter((c) => c.amountMinor === null).length,
  };
}
