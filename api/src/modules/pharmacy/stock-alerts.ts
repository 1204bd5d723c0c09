/**
 * Which stock alerts hold, from the catalogue and the balances, without a database. Dates are
 * calendar days (`YYYY-MM-DD`, hospital time). Nothing here mutates its input.
 */
import { daysUntil, isExpired } from './fefo.js';
import { StockAlertKind } from './pharmacy-enums.js';

export interface AlertItem {
  id: string;
  reorderLevel: number;
  active: boolean;
}

export interface AlertBalance {
  itemId: string;
  lotId: string;
  locationId: string;
  expiryDate: string;
  recalled: boolean;
  quantity: number;
}

/** One alert; `key` is stable while the situation lasts (an alert already raised keeps it). */
export interface ComputedAlert {
  key: string;
  kind: StockAlertKind;
  itemId: string;
  lotId: string | null;
  locationId: string | null;
  /** Usable units at the central pharmacy (below reorder), or the lot's units at the location. */
  quantity: number;
  expiryDate: string | null;
  reorderLevel: number | null;
}

/**
 * The alerts of the day:
 * - `BELOW_REORDER_LEVEL`: an active item with a reorder level above 0 whose usable units at the
 *   central pharmacy (neither expired nor recalled) are below it — including an item with none;
 * - `EXPIRING`: a lot on hand at a location, not recalled, not expired, expiring within
 *   `expiryDays` days (its expiry date at most `today + expiryDays`);
 * - `EXPIRED_ON_HAND`: a lot past its expiry date still on hand at a location.
 * A recalled lot raises no expiry alert: it is already to be sent back.
 */
export function computeStockAlerts(args: {
  items: readonly AlertItem[];
  balances: readonly AlertBalance[];
  centralId: string;
  today: string;
  expiryDays: number;
}): ComputedAlert[] {
  const { today, expiryDays } = args;
  const usableCentral = new Map<string, number>();
  const alerts: ComputedAlert[] = [];
  for (const b of args.balances) {
    if (b.quantity <= 0) continue;
    const expired = isExpired(b.expiryDate, today);
    if (b.locationId === args.centralId && !expired && !b.recalled) {
      usableCentral.set(b.itemId, (usableCentral.get(b.itemId) ?? 0) + b.quantity);
    }
    const base = {
      itemId: b.itemId,
      lotId: b.lotId,
      locationId: b.locationId,
      quantity: b.quantity,
      expiryDate: b.expiryDate,
      reorderLevel: null,
    };
    if (expired) {
      alerts.push({
        ...base,
        key: `EXPIRED_ON_HAND:${b.lotId}:${b.locationId}`,
        kind: StockAlertKind.EXPIRED_ON_HAND,
      });
    } else if (!b.recalled && daysUntil(b.expiryDate, today) <= expiryDays) {
      alerts.push({
        ...base,
        key: `EXPIRING:${b.lotId}:${b.locationId}`,
        kind: StockAlertKind.EXPIRING,
      });
    }
  }
  for (const item of args.items) {
    if (!item.active || item.reorderLevel <= 0) continue;
    const usable = usableCentral.get(item.id) ?? 0;
    if (usable < item.reorderLevel) {
      alerts.push({
        key: `BELOW_REORDER_LEVEL:${item.id}`,
        kind: StockAlertKind.BELOW_REORDER_LEVEL,
        itemId: item.id,
        lotId: null,
        locationId: args.centralId,
        quantity: usable,
        expiryDate: null,
        reorderLevel: item.reorderLevel,
      });
    }
  }
  return alerts.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
