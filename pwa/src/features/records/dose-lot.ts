/**
 * The lot a dose recorded online names: the one proposed to the nurse, when the proposal came
 * back. Without it (no stock item, no ward stock, the query failed or the device is offline) the
 * input is left as it was and the server takes the first-expiring lot itself, or none.
 */
export function withProposedLot<I extends object>(
  input: I,
  proposal: { lot: { id: string } } | null | undefined,
): I & { lotId?: string } {
  return proposal ? { ...input, lotId: proposal.lot.id } : input;
}
