import type { RequestContext } from '../../kernel/context.js';
import { pgArray } from '../../kernel/db/pg-array.js';
import { NotFoundError } from '../../kernel/errors.js';
import { isUuid } from '../../kernel/validation.js';
import { nextDate, zonedInstant } from '../../kernel/zoned-time.js';
import type { StockValuation } from './pharmacy.types.js';
import { StockItem } from './stock-item.entity.js';
import { valueAtAverageCost, averageUnitCost, type ReceiptTotals } from './valuation.js';

/**
 * Stock value per location at the end of a day (hospital time), at weighted average cost: on
 * hand at that instant is the ledger's sum up to it, and each item's units are valued at the
 * average cost of all its receipts up to it (`valuation.ts`). Two statements: the ledger summed
 * per location and item, and the receipts summed per item; then the items named.
 */
export async function stockValuation(
  ctx: RequestContext,
  args: { locationId?: string | null; at: string },
): Promise<StockValuation[]> {
  const location = args.locationId?.toLowerCase() ?? null;
  if (location !== null && !isUuid(location)) throw new NotFoundError('Stock location');
  const until = zonedInstant(nextDate(args.at), 0, ctx.config.timeZone);
  const onHand = await ctx.em.execute<
    { location_id: string; name: string; item_id: string; quantity: string }[]
  >(
    `select m.location_id, sl.name, m.item_id, sum(m.q)::text as quantity
       from (select to_location_id as location_id, item_id, quantity as q
               from stock_movement where at < ? and to_location_id is not null
             union all
             select from_location_id, item_id, -quantity
               from stock_movement where at < ? and from_location_id is not null) m
       join stock_location sl on sl.id = m.location_id
      where (?::uuid is null or m.location_id = ?::uuid)
      group by m.location_id, sl.name, m.item_id
     having sum(m.q) <> 0`,
    [until, until, location, location],
  );
  if (location !== null && onHand.length === 0) {
    const known = await ctx.em.execute<unknown[]>(
      'select 1 from stock_location where id = ? union all select 1 from ward where id = ?',
      [location, location],
    );
    if (known.length === 0) throw new NotFoundError('Stock location');
  }
  const itemIds = [...new Set(onHand.map((r) => r.item_id))];
  const receipts = new Map<string, ReceiptTotals>();
  const items = new Map<string, StockItem>();
  if (itemIds.length > 0) {
    const rows = await ctx.em.execute<{ item_id: string; quantity: string; cost: string }[]>(
      `select item_id, sum(quantity)::text as quantity,
              sum(quantity::bigint * unit_cost_cents)::text as cost
         from stock_movement
        where kind = 'RECEIPT' and at < ? and item_id = any(?::uuid[])
        group by item_id`,
      [until, pgArray(itemIds)],
    );
    for (const r of rows) {
      receipts.set(r.item_id, { quantity: Number(r.quantity), costCents: BigInt(r.cost) });
    }
    for (const i of await ctx.em.find(StockItem, { id: { $in: itemIds } })) items.set(i.id, i);
  }
  const byLocation = new Map<string, StockValuation>();
  for (const r of onHand) {
    let v = byLocation.get(r.location_id);
    if (!v) {
      v = {
        locationId: r.location_id,
        locationName: r.name,
        at: args.at,
        valueCents: 0,
        lines: [],
      };
      byLocation.set(r.location_id, v);
    }
    const totals = receipts.get(r.item_id) ?? { quantity: 0, costCents: 0n };
    const quantity = Number(r.quantity);
    const value = valueAtAverageCost(quantity, totals);
    v.valueCents += Number(value);
    v.lines.push({
      itemId: r.item_id,
      item: items.get(r.item_id) as StockItem,
      onHand: quantity,
      averageUnitCostCents: averageUnitCost(totals),
      valueCents: Number(value),
    });
  }
  const list = [...byLocation.values()];
  for (const v of list) v.lines.sort((a, b) => a.item.nameFr.localeCompare(b.item.nameFr, 'fr'));
  return list.sort((a, b) => a.locationName.localeCompare(b.locationName, 'fr'));
}
