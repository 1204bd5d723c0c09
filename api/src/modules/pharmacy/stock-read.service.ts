import { Cursor, type FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '../../kernel/context.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import { pgArray } from '../../kernel/db/pg-array.js';
import {
  type ConnectionShape,
  fromCursor,
  fromRows,
  pageSize,
} from '../../kernel/graphql/connection.js';
import { containsPattern, isUuid } from '../../kernel/validation.js';
import { byExpiry, daysUntil, isExpired, usableQuantity, type LotOnHand } from './fefo.js';
import { LotStatus, StockItemKind, StockLevelFilter, StockLocationKind } from './pharmacy-enums.js';
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

/** What a stock list asks: one item, or a page of items searched and filtered. */
export interface StockLevelsArgs {
  itemId?: string | null;
  search?: string | null;
  kind?: StockItemKind | null;
  filter?: StockLevelFilter | null;
  first?: number | null;
  after?: string | null;
  /** False when nobody reads `totalCount` (a next page): it is then answered as -1, uncounted. */
  countTotal?: boolean;
}

/** The position after an item in a list by French name: its name and id. */
function levelCursor(item: Pick<StockItem, 'nameFr' | 'id'>): string {
  return Cursor.encode([item.nameFr, item.id]);
}

function decodeLevelCursor(after: string): [string, string] {
  try {
    const [name, id] = Cursor.decode(after);
    if (typeof name === 'string' && typeof id === 'string' && isUuid(id)) return [name, id];
  } catch {
    // Not base64url JSON: the same answer as any other cursor this list did not hand out.
  }
  throw new ValidationError({ after: 'is not a position in this list' });
}

/** The words of a search (at most eight): each is normalised in SQL as the searched text is. */
function searchWords(search: string | null | undefined): string[] {
  const text = search?.trim() ?? '';
  if (text.length > 100) throw new ValidationError({ search: 'must be at most 100 characters' });
  return text.split(/\s+/).filter(Boolean).slice(0, 8);
}

/**
 * What a location holds, per item, by French name, one page at a time: on hand, usable (neither
 * expired nor recalled), whether the central pharmacy is below the reorder level, and the lots
 * first-expiring first. Searched in both names, the DCI and the ATC code (every word, accents
 * and case ignored), filtered by kind, below the reorder level or with a lot expired or expiring
 * within the alerts' days. Items that were once there and are now at zero stay listed (a
 * pharmacist sees what ran out). Filters and paging are SQL over the balances' (location, item)
 * index; three statements whatever the page: the page of items, the count (only when there is
 * more than one page and `countTotal`), the page's lots.
 */
export async function stockLevels(
  ctx: RequestContext,
  locationId: string,
  args: StockLevelsArgs = {},
): Promise<ConnectionShape<StockLevel>> {
  const location = await readableLocation(ctx, locationId);
  const size = pageSize(args.first);
  const itemId = args.itemId?.toLowerCase() ?? null;
  if (itemId !== null && !isUuid(itemId)) throw new NotFoundError('Stock item');
  const after = args.after ? decodeLevelCursor(args.after) : null;
  const words = searchWords(args.search);
  const today = hospitalToday(ctx);
  const central = location.kind === StockLocationKind.CENTRAL_PHARMACY;

  const where = [
    'exists (select 1 from stock_balance b where b.location_id = ? and b.item_id = i.id)',
  ];
  const params: unknown[] = [location.id];
  if (itemId) {
    where.push('i.id = ?');
    params.push(itemId);
  }
  if (args.kind) {
    where.push('i.kind = ?');
    params.push(args.kind);
  }
  for (const word of words) {
    // `cg_search_norm` turns punctuation, `%` and `_` included, into spaces: nothing to escape.
    where.push(`i.search_text like '%' || cg_search_norm(?) || '%'`);
    params.push(word);
  }
  let from = 'stock_item i';
  const fromParams: unknown[] = [];
  if (args.filter === StockLevelFilter.BELOW_REORDER_LEVEL) {
    if (central) {
      // Usable = on hand (one row per item, kept by a trigger on the balances) minus the units
      // of this location's expired or recalled lots (few, found from their indexes), not a sum
      // over every lot held here. `offset 0` keeps PostgreSQL from walking the name index in
      // the hope of finding a page early: when few items are low it would read them all.
      from = `(select i.* from stock_item i
          join stock_on_hand h on h.location_id = ? and h.item_id = i.id
          left join (
            select b.item_id, sum(b.quantity) as unusable
              from (select id from stock_lot where expiry_date < ?::date
                    union select id from stock_lot where status = 'RECALLED') l
              join stock_balance b on b.lot_id = l.id and b.location_id = ? and b.quantity > 0
             group by b.item_id) u on u.item_id = i.id
         where i.reorder_level > h.quantity - coalesce(u.unusable, 0)
        offset 0) i`;
      fromParams.push(location.id, today, location.id);
    } else {
      // Wards have no par level: nothing of theirs is below it.
      where.push('false');
    }
  } else if (args.filter === StockLevelFilter.EXPIRING) {
    where.push(`exists (select 1 from stock_balance b join stock_lot l on l.id = b.lot_id
       where b.location_id = ? and b.item_id = i.id and b.quantity > 0
         and l.expiry_date <= ?::date + ?::int)`);
    params.push(location.id, today, ctx.config.stockExpiryAlertDays);
  }
  const conn = ctx.em.getConnection();
  // French order (é with e), as the screen reads it; the index on this expression walks it.
  const pageWhere = after
    ? [...where, `(i.name_fr collate "fr-x-icu", i.id) > (?, ?::uuid)`]
    : where;
  const pageParams = [...fromParams, ...params, ...(after ?? [])];
  const rows = await conn.execute<Record<string, unknown>[]>(
    `select i.* from ${from} where ${pageWhere.join(' and ')}
      order by i.name_fr collate "fr-x-icu", i.id limit ${size + 1}`,
    pageParams,
  );
  const items = rows.map((r) => ctx.em.map(StockItem, r));
  if (itemId && items.length === 0) {
    // Never held here: still the item's level (zero), when the item exists.
    const item = await ctx.em.findOne(StockItem, itemId);
    if (!item) throw new NotFoundError('Stock item');
    if (args.kind || words.length > 0 || args.filter) return fromRows([], size, 0, () => '', false);
    return fromRows(
      [levelOf(item, [], today, central)],
      size,
      1,
      (l) => levelCursor(l.item),
      false,
    );
  }
  const unfiltered = words.length === 0 && !args.kind && !args.filter;
  const total =
    itemId || (!after && rows.length <= size)
      ? rows.length
      : args.countTotal === false
        ? -1
        : Number(
            (
              await conn.execute<{ n: string }[]>(
                unfiltered
                  ? // Every balance row names an item (a foreign key): the distinct ids of the
                    // location, read off the (location, item) index, without the catalogue.
                    `select count(*)::text as n
                     from (select distinct b.item_id from stock_balance b where b.location_id = ?) t`
                  : `select count(*)::text as n from ${from} where ${where.join(' and ')}`,
                unfiltered ? [location.id] : [...fromParams, ...params],
              )
            )[0]?.n ?? 0,
          );
  const page = items.slice(0, size);
  // The lots come whole with their balances: one statement, mapped to entities here.
  const lotRows =
    page.length === 0
      ? []
      : await conn.execute<Record<string, unknown>[]>(
          `select l.*, b.quantity as balance_quantity
             from stock_balance b join stock_lot l on l.id = b.lot_id
            where b.location_id = ? and b.item_id = any(?::uuid[]) and b.quantity > 0`,
          [location.id, pgArray(page.map((i) => i.id))],
        );
  const held = new Map<string, { lot: StockLot; quantity: number }[]>();
  for (const { balance_quantity: quantity, ...row } of lotRows) {
    const lot = ctx.em.map(StockLot, row);
    held.set(lot.item.id, [...(held.get(lot.item.id) ?? []), { lot, quantity: Number(quantity) }]);
  }
  const levels = page.map((item) => levelOf(item, held.get(item.id) ?? [], today, central));
  return fromRows(
    items.length > size
      ? [...levels, levelOf(items[size] as StockItem, [], today, central)]
      : levels,
    size,
    total,
    (l) => levelCursor(l.item),
    after !== null,
  );
}

function levelOf(
  item: StockItem,
  held: { lot: StockLot; quantity: number }[],
  today: string,
  central: boolean,
): StockLevel {
  const byLot = new Map(held.map((h) => [h.lot.id, h.lot]));
  const mine: LotOnHand[] = held
    .map(({ lot, quantity }) => ({
      lotId: lot.id,
      lotNumber: lot.lotNumber,
      expiryDate: lot.expiryDate,
      recalled: lot.status === LotStatus.RECALLED,
      quantity,
    }))
    .sort(byExpiry);
  const usable = usableQuantity(mine, today);
  return {
    itemId: item.id,
    item,
    onHand: mine.reduce((sum, l) => sum + l.quantity, 0),
    usableOnHand: usable,
    belowReorderLevel: central && usable < item.reorderLevel,
    lots: mine.map((l) => ({
      lot: byLot.get(l.lotId) as StockLot,
      quantity: l.quantity,
      expired: isExpired(l.expiryDate, today),
      daysToExpiry: daysUntil(l.expiryDate, today),
    })),
  };
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
