import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../kernel/context.js';
import { batchLoader } from '../../kernel/graphql/batch.js';
import { asksFor } from '../../kernel/graphql/connection.js';
import { LocalDate } from '../../kernel/graphql/scalars.js';
import { proposedLot } from './dose-stock.service.js';
import { readableLocations, type LocationView } from './locations.service.js';
import {
  StockAlertKind,
  StockItemKind,
  StockLevelFilter,
  StockLocationKind,
} from './pharmacy-enums.js';
import {
  AdjustStockInput,
  DispenseInput,
  RecallLotInput,
  ReceiveStockInput,
  StockMovementFilter,
  TransferStockInput,
  WriteOffStockInput,
} from './pharmacy.inputs.js';
import {
  DispensingWorklistRow,
  LotTrace,
  ProposedLot,
  StockItemConnection,
  StockLevelConnection,
  StockMovementConnection,
  StockValuation,
} from './pharmacy.types.js';
import { StockAlert } from './stock-alert.entity.js';
import { listStockAlerts } from './stock-alerts.job.js';
import { lotTrace, recallLot } from './trace.service.js';
import { stockValuation } from './valuation.service.js';
import { dispensingWorklist } from './worklist.service.js';
import { listMovements, listStockItems, stockLevels } from './stock-read.service.js';
import { StockItem, StockLocation } from './stock-item.entity.js';
import { StockLot } from './stock-lot.entity.js';
import { StockMovement, StockOperation } from './stock-movement.entity.js';
import * as stock from './stock.service.js';

/** Rows of one entity by id, for one request: every field resolver of a list asks once. */
function byId<T extends { id: string }>(
  ctx: RequestContext,
  name: string,
  load: (ids: string[]) => Promise<T[]>,
) {
  return batchLoader(ctx, `pharmacy:${name}`, async (ids) => {
    const rows = await load([...ids]);
    return new Map(rows.map((r) => [r.id, r]));
  });
}

function itemLoader(ctx: RequestContext) {
  return byId(ctx, 'item', (ids) => ctx.em.find(StockItem, { id: { $in: ids } }));
}

function required<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`${what} missing`);
  return value;
}

@Resolver(() => StockOperation)
export class PharmacyResolver {
  @Query(() => StockItemConnection, {
    description: 'The catalogue by French name: search in names and DCI, filter by kind.',
  })
  stockItems(
    @Ctx() ctx: RequestContext,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('kind', () => StockItemKind, { nullable: true }) kind?: StockItemKind,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listStockItems(ctx, { search, kind, first, after });
  }

  @Query(() => [StockLocation], {
    description: 'Where stock is kept that you may read: the central pharmacy and the wards.',
  })
  stockLocations(@Ctx() ctx: RequestContext) {
    return readableLocations(ctx);
  }

  @Query(() => StockLevelConnection, {
    description:
      'What a location holds, per item with its lots, by French name, a page at a time: one item, or searched in names, DCI and ATC code and filtered; NOT_FOUND outside your wards.',
  })
  stockLevels(
    @Ctx() ctx: RequestContext,
    @Arg('locationId', () => ID) locationId: string,
    @Arg('itemId', () => ID, {
      nullable: true,
      description: 'Only this item (zero if never held).',
    })
    itemId?: string,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Words all found in the names, the DCI or the ATC code (accents ignored).',
    })
    search?: string,
    @Arg('kind', () => StockItemKind, { nullable: true, description: 'Only this kind.' })
    kind?: StockItemKind,
    @Arg('filter', () => StockLevelFilter, {
      nullable: true,
      description: 'Only items below the reorder level, or with a lot expired or expiring soon.',
    })
    filter?: StockLevelFilter,
    @Arg('first', () => Int, {
      nullable: true,
      description: 'Page size (default 20, at most 100).',
    })
    first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The previous page’s endCursor.' })
    after?: string,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return stockLevels(ctx, locationId, {
      itemId,
      search,
      kind,
      filter,
      first,
      after,
      countTotal: info ? asksFor(info, 'totalCount') : true,
    });
  }

  @Query(() => StockMovementConnection, { description: 'The stock ledger, newest first.' })
  stockMovements(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => StockMovementFilter, { nullable: true }) filter?: StockMovementFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listMovements(ctx, filter, { first, after });
  }

  @Query(() => ProposedLot, {
    nullable: true,
    description:
      'The lot a dose of this prescription would take: first-expiring in the patient’s ward stock; null when none.',
  })
  proposedLot(@Ctx() ctx: RequestContext, @Arg('prescriptionId', () => ID) prescriptionId: string) {
    return proposedLot(ctx, prescriptionId);
  }

  @Query(() => LotTrace, {
    description: 'Where a lot is, its every ledger line, and every patient who received it.',
  })
  lotTrace(@Ctx() ctx: RequestContext, @Arg('lotId', () => ID) lotId: string) {
    return lotTrace(ctx, lotId);
  }

  @Query(() => [StockAlert], {
    description: 'Stock alerts as the hourly job last computed them (reorder, expiring, expired).',
  })
  stockAlerts(
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => StockAlertKind, { nullable: true }) kind?: StockAlertKind,
  ) {
    return listStockAlerts(ctx.em, kind);
  }

  @Query(() => [StockValuation], {
    description:
      'Stock value per location at the end of a day, at weighted average cost (integer cents).',
  })
  stockValuation(
    @Ctx() ctx: RequestContext,
    @Arg('at', () => LocalDate) at: string,
    @Arg('locationId', () => ID, { nullable: true }) locationId?: string,
  ) {
    return stockValuation(ctx, { locationId, at });
  }

  @Query(() => [DispensingWorklistRow], {
    description: 'Prescriptions of a ward’s inpatients still to dispense for the next 24 hours.',
  })
  dispensingWorklist(@Ctx() ctx: RequestContext, @Arg('wardId', () => ID) wardId: string) {
    return dispensingWorklist(ctx, wardId);
  }

  @Mutation(() => StockLot, {
    description: 'Recalls a lot (idempotent): never dispensed or given again; doctors told.',
  })
  recallLot(@Ctx() ctx: RequestContext, @Arg('input', () => RecallLotInput) input: RecallLotInput) {
    return recallLot(ctx, input);
  }

  @Mutation(() => StockOperation, { description: 'Receives a delivery (lots made or reused).' })
  receiveStock(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReceiveStockInput) input: ReceiveStockInput,
  ) {
    return stock.receiveStock(ctx, input);
  }

  @Mutation(() => StockOperation, {
    description: 'Dispenses to a patient or a ward, first-expiring lots first.',
  })
  dispense(@Ctx() ctx: RequestContext, @Arg('input', () => DispenseInput) input: DispenseInput) {
    return stock.dispense(ctx, input);
  }

  @Mutation(() => StockOperation, { description: 'Moves units between two locations.' })
  transferStock(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => TransferStockInput) input: TransferStockInput,
  ) {
    return stock.transferStock(ctx, input);
  }

  @Mutation(() => StockOperation, { description: 'Records a count: the difference is adjusted.' })
  adjustStock(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AdjustStockInput) input: AdjustStockInput,
  ) {
    return stock.adjustStock(ctx, input);
  }

  @Mutation(() => StockOperation, { description: 'Takes units of a lot out of stock for good.' })
  writeOffStock(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => WriteOffStockInput) input: WriteOffStockInput,
  ) {
    return stock.writeOffStock(ctx, input);
  }

  @FieldResolver(() => [StockMovement], { description: 'Its ledger lines.' })
  async movements(@Root() op: StockOperation, @Ctx() ctx: RequestContext) {
    const loader = batchLoader(ctx, 'pharmacy:movements', async (ids) => {
      const rows = await ctx.em.find(
        StockMovement,
        { operation: { $in: [...ids] } },
        { orderBy: { lot: { expiryDate: 'asc', lotNumber: 'asc' }, id: 'asc' } },
      );
      const by = new Map<string, StockMovement[]>();
      for (const r of rows) by.set(r.operation.id, [...(by.get(r.operation.id) ?? []), r]);
      return by;
    });
    return (await loader.load(op.id)) ?? [];
  }
}

@Resolver(() => StockMovement)
export class StockMovementResolver {
  @FieldResolver(() => StockItem, { description: 'The item.' })
  async item(@Root() m: StockMovement, @Ctx() ctx: RequestContext) {
    return required(await itemLoader(ctx).load(m.item.id), 'item');
  }

  @FieldResolver(() => StockLot, { description: 'The lot.' })
  async lot(@Root() m: StockMovement, @Ctx() ctx: RequestContext) {
    const loader = byId(ctx, 'lot', (ids) => ctx.em.find(StockLot, { id: { $in: ids } }));
    return required(await loader.load(m.lot.id), 'lot');
  }

  @FieldResolver(() => StockLocation, { nullable: true, description: 'Location left.' })
  fromLocation(@Root() m: StockMovement, @Ctx() ctx: RequestContext) {
    return m.fromLocation ? this.location(ctx, m.fromLocation.id) : null;
  }

  @FieldResolver(() => StockLocation, { nullable: true, description: 'Location entered.' })
  toLocation(@Root() m: StockMovement, @Ctx() ctx: RequestContext) {
    return m.toLocation ? this.location(ctx, m.toLocation.id) : null;
  }

  private async location(ctx: RequestContext, id: string) {
    const loader = byId(ctx, 'location', (ids) => ctx.em.find(StockLocation, { id: { $in: ids } }));
    return required(await loader.load(id), 'location');
  }
}

@Resolver(() => StockLot)
export class StockLotResolver {
  @FieldResolver(() => StockItem, { description: 'The item.' })
  async item(@Root() lot: StockLot, @Ctx() ctx: RequestContext) {
    return required(await itemLoader(ctx).load(lot.item.id), 'item');
  }
}

@Resolver(() => StockLocation)
export class StockLocationResolver {
  @FieldResolver(() => ID, { nullable: true, description: 'The ward, for a ward’s stock.' })
  wardId(@Root() location: Pick<LocationView, 'id' | 'kind'>): string | null {
    // A ward's location has the ward's own id (a CHECK holds it).
    return location.kind === StockLocationKind.WARD ? location.id : null;
  }
}

@Resolver(() => StockAlert)
export class StockAlertResolver {
  @FieldResolver(() => StockItem, { description: 'The item.' })
  async item(@Root() a: StockAlert, @Ctx() ctx: RequestContext) {
    return required(await itemLoader(ctx).load(a.item.id), 'item');
  }

  @FieldResolver(() => StockLot, { nullable: true, description: 'The lot (expiry alerts).' })
  async lot(@Root() a: StockAlert, @Ctx() ctx: RequestContext) {
    if (!a.lot) return null;
    const loader = byId(ctx, 'lot', (ids) => ctx.em.find(StockLot, { id: { $in: ids } }));
    return required(await loader.load(a.lot.id), 'lot');
  }

  @FieldResolver(() => StockLocation, { nullable: true, description: 'The location.' })
  async location(@Root() a: StockAlert, @Ctx() ctx: RequestContext) {
    if (!a.location) return null;
    const loader = byId(ctx, 'location', (ids) => ctx.em.find(StockLocation, { id: { $in: ids } }));
    return required(await loader.load(a.location.id), 'location');
  }
}
