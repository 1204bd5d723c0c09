import type { StockAlertKind } from '../../gql/graphql';

/** The kinds of stock alert, the most urgent first: expired on a shelf, expiring, reorder. */
export const ALERT_KINDS: readonly StockAlertKind[] = [
  'EXPIRED_ON_HAND',
  'EXPIRING',
  'BELOW_REORDER_LEVEL',
];

interface AlertLike {
  kind: StockAlertKind;
  itemId: string;
  locationId?: string | null;
  expiryDate?: string | null;
  item: { nameFr: string; nameEn: string };
}

/** How many alerts of each kind. */
export function countAlerts(alerts: readonly AlertLike[]): Record<StockAlertKind, number> {
  const counts: Record<StockAlertKind, number> = {
    EXPIRED_ON_HAND: 0,
    EXPIRING: 0,
    BELOW_REORDER_LEVEL: 0,
  };
  for (const a of alerts) counts[a.kind] += 1;
  return counts;
}

/**
 * The alerts in the order a pharmacist works them: most urgent kind first, then the earliest
 * expiry, then the item's name in the interface language. A new array.
 */
export function sortAlerts<A extends AlertLike>(alerts: readonly A[], language: string): A[] {
  const fr = language.startsWith('fr');
  const name = (a: A) => (fr ? a.item.nameFr : a.item.nameEn);
  return [...alerts].sort(
    (a, b) =>
      ALERT_KINDS.indexOf(a.kind) - ALERT_KINDS.indexOf(b.kind) ||
      (a.expiryDate ?? '').localeCompare(b.expiryDate ?? '') ||
      name(a).localeCompare(name(b), language),
  );
}

/** The item page an alert opens, at the alert's location when it has one. */
export function alertHref(alert: AlertLike): string {
  const at = alert.locationId ? `?location=${alert.locationId}` : '';
  return `/app/pharmacy/items/${alert.itemId}${at}`;
}

/** Whole days from `today` to `date` (both `YYYY-MM-DD`): negative when past. */
export function daysBetween(today: string, date: string): number {
  return Math.round(
    (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
  );
}
