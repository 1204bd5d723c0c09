import type { FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '../../kernel/context.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import { fromCursor, pageSize } from '../../kernel/graphql/connection.js';
import { containsPattern, isUuid } from '../../kernel/validation.js';
import { byExpiry, daysUntil, isExpired, usableQuantity, type LotOnHand } from './fefo.js';
import { LotStatus, StockItemKind, StockLocationKind } from './pharmacy-enums.js';
import type { StockMovementFilter } from './pharmacy.inputs.js';
import type { StockLevel } from './pharmacy.types.js';
import { readableLocation } from './locations.service.js';
import { StockItem } from './stock-item.entity.js';
import { StockLot } from './stock-lot.entity.js';
import { StockMovement } from './stock-movement.entity.js';
import { hospitalToday } from './stock.service.js';

/**
 * The catalogue, by French name, one page at a time: searched in the French and English names
 * and the DCI (case ignored), filtered by kind.
 */
export async function listStockItems(
  ctx: RequestContext,
  args: { search?: string | null; kind?: StockItemKind | null; first?: number; after?: string },
) {
  const where: FilterQuery<StockItem> = {};
  if (args.kind) where.kind = args.kind;
  const search = args.search?.trim() ?? '';
  if (search.length > 100) throw new ValidationError({ search: 'must be at most 100 characters' });
  if (search) {
    const like = containsPattern(search);
    where.$or = [
      { nameFr: { $ilike: like } },
      { nameEn: { $ilike: like } },
      { inn: { $ilike: like } },
    ];
  }
  return fromCursor(
    await ctx.em.findByCursor(StockItem, {
      where,
      first: pageSize(args.first),
      after: args.after,
      orderBy: { nameFr: 'asc', id: 'asc' },
      includeCount: true,
    }),
  );
}

interface BalanceRow {
  item_id: string;
  lot_id: string;
  lot_number: string;
  expiry_date: string;
  status: LotStatus;
  quantity: number;
}

/**
 * What a location holds, per item: on hand, usable (neither expired nor recalled), whether the
 * central pharmacy is below the reorder level, and the lots first-expiring first. Three
 * statements whatever the number of items: the balances, their items, their lots. Items that
 * were once there and are now at zero stay listed (a pharmacist sees what ran out).
 */
export async function stockLevels(
  ctx: RequestContext,
  locationId: string,
  itemId?: string | null,
): Promise<StockLevel[]> {
  const location = await readableLocation(ctx, locationId);
  if (itemId != null && !isUuid(itemId)) throw new NotFoundError('Stock item');
  const rows = await ctx.em.execute<BalanceRow[]>(
    `select b.item_id, b.lot_id, l.lot_number, l.expiry_date::text as expiry_date, l.status, b.quantity
       from stock_balance b join stock_lot l on l.id = b.lot_id
      where b.location_id = ?${itemId ? ' and b.item_id = ?' : ''}`,
    itemId ? [location.id, itemId.toLowerCase()] : [location.id],
  );
  const itemIds = new Set(rows.map((r) => r.item_id));
  if (itemId) itemIds.add(itemId.toLowerCase());
  const items = new Map(
    (await ctx.em.find(StockItem, { id: { $in: [...itemIds] } })).map((i) => [i.id, i]),
  );
  if (itemId && !items.has(itemId.toLowerCase())) throw new NotFoundError('Stock item');
  const onHandRows = rows.filter((r) => r.quantity > 0);
  const lots = new Map(
    (await ctx.em.find(StockLot, { id: { $in: onHandRows.map((r) => r.lot_id) } })).map((l) => [
      l.id,
      l,
    ]),
  );
  const today = hospitalToday(ctx);
  const central = location.kind === StockLocationKind.CENTRAL_PHARMACY;
  const levels: StockLevel[] = [];
  for (const item of items.values()) {
    const mine: LotOnHand[] = onHandRows
      .filter((r) => r.item_id === item.id)
      .map((r) => ({
        lotId: r.lot_id,
        lotNumber: r.lot_number,
        expiryDate: r.expiry_date,
        recalled: r.status === LotStatus.RECALLED,
        quantity: r.quantity,
      }))
      .sort(byExpiry);
    const usable = usableQuantity(mine, today);
    levels.push({
      itemId: item.id,
      item,
      onHand: mine.reduce((sum, l) => sum + l.quantity, 0),
      usableOnHand: usable,
      belowReorderLevel: central && usable < item.reorderLevel,
      lots: mine.map((l) => ({
        lot: lots.get(l.lotId) as StockLot,
        quantity: l.quantity,
        expired: isExpired(l.expiryDate, today),
        daysToExpiry: daysUntil(l.expiryDate, today),
      })),
    });
  }
  return levels.sort((a, b) => a.item.nameFr.localeCompare(b.item.nameFr, 'fr'));
}

/** The ledger, newest first, filtered; a manager's view of it names no patient (field rules). */
export async function listMovements(
  ctx: RequestContext,
  filter: StockMovementFilter | null | undefined,
  args: { first?: number; after?: string },
) {
  const f = filter ?? {};
  const where: FilterQuery<StockMovement> = {};
  const fields: Record<string, string> = {};
  for (const key of ['locationId', 'itemId', 'lotId'] as const) {
    const v = f[key];
    if (v != null && !isUuid(v)) fields[key] = 'is not an id';
  }
  if (f.from && f.to && f.to <= f.from) fields.to = 'must be after from';
  if (Object.keys(fields).length > 0) throw new ValidationError(fields);
  if (f.locationId) {
    const id = f.locationId.toLowerCase();
    where.$or = [{ fromLocation: id }, { toLocation: id }];
  }
  if (f.itemId) where.item = f.itemId.toLowerCase();
  if (f.lotId) where.lot = f.lotId.toLowerCase();
  if (f.kind) where.kind = f.kind;
  if (f.from || f.to) {
    where.at = { ...(f.from ? { $gte: f.from } : {}), ...(f.to ? { $lt: f.to } : {}) };
  }
  return fromCursor(
    await ctx.em.findByCursor(StockMovement, {
      where,
      first: pageSize(args.first),
      after: args.after,
      orderBy: { at: 'desc', id: 'desc' },
      includeCount: true,
    }),
  );
}
