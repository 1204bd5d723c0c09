import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../kernel/clock.js';
import { domainEvents } from '../../kernel/events.js';
import { defineJob } from '../../kernel/jobs.js';
import { zonedDay } from '../../kernel/zoned-time.js';
import { User } from '../auth/index.js';
import { CENTRAL_PHARMACY_ID } from './locations.service.js';
import { LotStatus, StockAlertKind } from './pharmacy-enums.js';
import { STOCK_ALERT_RECIPIENT_ROLES } from './pharmacy.rules.js';
import { StockAlert } from './stock-alert.entity.js';
import { computeStockAlerts } from './stock-alerts.js';

/** What the alerts job needs of the configuration (set at start by `app/pharmacy.ts`). */
export interface StockAlertSettings {
  timeZone: string;
  /** `STOCK_EXPIRY_ALERT_DAYS`: a lot expiring within this many days raises an alert. */
  expiryDays: number;
}

let settings: StockAlertSettings = { timeZone: 'Europe/Paris', expiryDays: 30 };

/** Called once at start with the configuration. */
export function useStockAlertSettings(s: StockAlertSettings): void {
  settings = s;
}

/** What one refresh did. */
export interface StockAlertRefresh {
  total: number;
  raised: number;
  cleared: number;
}

/**
 * Recomputes the stock alerts into `stock_alert` in one transaction: alerts that still hold keep
 * their row (and the instant first raised), new ones are inserted, those that no longer hold
 * are deleted. When some are new, `StockAlertsRaised` tells the active pharmacists (one
 * notification each, with the counts). Two statements read the catalogue and the balances.
 */
export async function refreshStockAlerts(
  em: EntityManager,
  clock: Clock,
  s: StockAlertSettings = settings,
): Promise<StockAlertRefresh> {
  return em.transactional(async (tx) => {
    // One refresh at a time: two would both find an alert new.
    await tx.execute("select pg_advisory_xact_lock(hashtext('stock.alerts'))");
    const now = clock.now();
    const today = zonedDay(now, s.timeZone).date;
    const items = await tx.execute<{ id: string; reorder_level: number; active: boolean }[]>(
      'select id, reorder_level, active from stock_item',
    );
    const balances = await tx.execute<
      {
        item_id: string;
        lot_id: string;
        location_id: string;
        expiry_date: string;
        status: LotStatus;
        quantity: number;
      }[]
    >(
      `select b.item_id, b.lot_id, b.location_id, l.expiry_date::text as expiry_date, l.status, b.quantity
         from stock_balance b join stock_lot l on l.id = b.lot_id
        where b.quantity > 0`,
    );
    const computed = computeStockAlerts({
      items: items.map((i) => ({ id: i.id, reorderLevel: i.reorder_level, active: i.active })),
      balances: balances.map((b) => ({
        itemId: b.item_id,
        lotId: b.lot_id,
        locationId: b.location_id,
        expiryDate: b.expiry_date,
        recalled: b.status === LotStatus.RECALLED,
        quantity: b.quantity,
      })),
      centralId: CENTRAL_PHARMACY_ID,
      today,
      expiryDays: s.expiryDays,
    });
    const existing = new Map((await tx.find(StockAlert, {})).map((a) => [a.key, a]));
    const keep = new Set(computed.map((c) => c.key));
    const gone = [...existing.values()].filter((a) => !keep.has(a.key));
    for (const a of gone) tx.remove(a);
    const counts = { belowReorderLevel: 0, expiring: 0, expiredOnHand: 0 };
    for (const c of computed) {
      const old = existing.get(c.key);
      if (old) {
        old.quantity = c.quantity;
        old.reorderLevel = c.reorderLevel;
        old.computedAt = now;
        continue;
      }
      tx.create(StockAlert, {
        key: c.key,
        kind: c.kind,
        item: c.itemId,
        lot: c.lotId,
        location: c.locationId,
        quantity: c.quantity,
        expiryDate: c.expiryDate,
        reorderLevel: c.reorderLevel,
        raisedAt: now,
        computedAt: now,
      });
      if (c.kind === StockAlertKind.BELOW_REORDER_LEVEL) counts.belowReorderLevel++;
      else if (c.kind === StockAlertKind.EXPIRING) counts.expiring++;
      else counts.expiredOnHand++;
    }
    await tx.flush();
    const raised = counts.belowReorderLevel + counts.expiring + counts.expiredOnHand;
    if (raised > 0) {
      const pharmacists = await tx.find(User, {
        role: { $in: [...STOCK_ALERT_RECIPIENT_ROLES] },
        active: true,
      });
      await domainEvents.publish({ em: tx, clock }, 'StockAlertsRaised', {
        counts,
        recipientUserIds: pharmacists.map((u) => u.id),
        at: now,
      });
      await tx.flush();
    }
    return { total: computed.length, raised, cleared: gone.length };
  });
}

/**
 * Computes the stock alerts every hour (at minute 7), so that pages read a table instead of
 * computing them; one run at a time across the instances. A missed run costs nothing: the next
 * one computes the whole picture again.
 */
export const stockAlertsJob = defineJob({
  name: 'stock.alerts',
  schedule: { cron: '7 * * * *' },
  oneAtATime: true,
  retry: { limit: 2, delaySeconds: 30, backoff: true },
  timeoutSeconds: 300,
  async run(_data, ctx) {
    const result = await refreshStockAlerts(ctx.em, ctx.clock);
    ctx.log.debug(result, 'stock alerts computed');
    return result;
  },
});

/** The alerts as last computed, reorder first then by expiry, for pharmacists and managers. */
export function listStockAlerts(em: EntityManager, kind?: StockAlertKind | null) {
  return em.find(StockAlert, kind ? { kind } : {}, {
    orderBy: { kind: 'asc', expiryDate: 'asc', raisedAt: 'asc', id: 'asc' },
  });
}
