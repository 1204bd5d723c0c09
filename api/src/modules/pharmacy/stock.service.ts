import { LockMode } from '@mikro-orm/core';
import { currentAuditScope } from '../../kernel/audit-scope.js';
import { pgArray } from '../../kernel/db/pg-array.js';
import { requireViewer, type RequestContext } from '../../kernel/context.js';
import { DomainError, NotFoundError, sqlState, ValidationError } from '../../kernel/errors.js';
import { domainEvents } from '../../kernel/events.js';
import { Problems } from '../../kernel/problems.js';
import { isUuid } from '../../kernel/validation.js';
import { writeOnce, type WriteOnce } from '../../kernel/write-once.js';
import { zonedDay } from '../../kernel/zoned-time.js';
import { PatientPart, requirePatientAccess } from '../access/index.js';
import { User } from '../auth/index.js';
import { Patient, PatientStatus } from '../patients/index.js';
import { Prescription, PrescriptionStatus } from '../records/index.js';
import {
  adjustmentFor,
  fefoFirst,
  isExpired,
  isQuantity,
  pickFefo,
  type LotOnHand,
  type LotPick,
} from './fefo.js';
import { LotStatus, MovementKind, StockLocationKind, WriteOffReason } from './pharmacy-enums.js';
import type {
  AdjustStockInput,
  DispenseInput,
  ReceiveStockInput,
  TransferStockInput,
  WriteOffStockInput,
} from './pharmacy.inputs.js';
import { StockItem, StockLocation } from './stock-item.entity.js';
import { StockLot } from './stock-lot.entity.js';
import { StockMovement, StockOperation } from './stock-movement.entity.js';
import { CENTRAL_PHARMACY_ID } from './locations.service.js';

/** Not enough usable units where they were asked for; `available` says how many there are. */
export class InsufficientStockError extends DomainError {
  constructor(available: number | null, message = 'Not enough stock at this location.') {
    super('INSUFFICIENT_STOCK', message, available === null ? {} : { available });
  }
}

/** The lot is past its expiry date (hospital time): never dispensed nor sent to a ward. */
export class LotExpiredError extends DomainError {
  constructor(lotNumber: string, expiryDate: string) {
    super('LOT_EXPIRED', `Lot ${lotNumber} expired on ${expiryDate}.`, { expiryDate });
  }
}

/** The lot was recalled by its manufacturer: never dispensed, sent to a ward or administered. */
export class LotRecalledError extends DomainError {
  constructor(lotNumber: string) {
    super('LOT_RECALLED', `Lot ${lotNumber} is recalled.`, {});
  }
}

const MAX_DELIVERY_LINES = 200;
const MAX_UNIT_COST_CENTS = 100_000_000;

/** Today in the hospital's time zone: the day expiry dates are compared with. */
export function hospitalToday(ctx: Pick<RequestContext, 'clock' | 'config'>): string {
  return zonedDay(ctx.clock.now(), ctx.config.timeZone).date;
}

export async function actor(ctx: RequestContext): Promise<{ id: string; name: string }> {
  const user = await ctx.em.findOneOrFail(User, requireViewer(ctx).userId);
  return { id: user.id, name: user.displayName };
}

/**
 * A location a stock write names: the central pharmacy, a ward's location, or a ward whose
 * location does not exist yet (created now, with the ward's id). Anything else is NOT_FOUND.
 */
async function locationForWrite(ctx: RequestContext, id: string): Promise<StockLocation> {
  if (!isUuid(id)) throw new NotFoundError('Stock location');
  const key = id.toLowerCase();
  const existing = await ctx.em.findOne(StockLocation, key);
  if (existing) return existing;
  // Two first writes to one ward at once: the second inserts nothing and reads the first's row.
  await ctx.em.execute(
    `insert into stock_location (id, kind, name, ward_id)
     select w.id, ?, w.name, w.id from ward w where w.id = ?
     on conflict do nothing`,
    [StockLocationKind.WARD, key],
  );
  const found = await ctx.em.findOne(StockLocation, key);
  if (!found) throw new NotFoundError('Stock location');
  return found;
}

async function itemForWrite(ctx: RequestContext, id: string): Promise<StockItem> {
  const item = isUuid(id) ? await ctx.em.findOne(StockItem, id.toLowerCase()) : null;
  if (!item) throw new NotFoundError('Stock item');
  if (!item.active) throw new ValidationError({ itemId: 'is no longer stocked (inactive)' });
  return item;
}

async function lotForWrite(ctx: RequestContext, id: string): Promise<StockLot> {
  const lot = isUuid(id) ? await ctx.em.findOne(StockLot, id.toLowerCase()) : null;
  if (!lot) throw new NotFoundError('Lot');
  return lot;
}

interface LockedLotRow {
  lot_id: string;
  lot_number: string;
  expiry_date: string;
  status: LotStatus;
  quantity: number;
}

/**
 * The item's lots on hand at a location, their balance rows locked until the transaction ends.
 * Every writer locks them in the same (FEFO) order, so two never wait for each other in a
 * circle; a writer that waited sees the quantities its predecessor left.
 */
export async function lockLotsOnHand(
  ctx: RequestContext,
  locationId: string,
  itemId: string,
): Promise<LotOnHand[]> {
  const rows = await ctx.em.execute<LockedLotRow[]>(
    `select b.lot_id, l.lot_number, l.expiry_date::text as expiry_date, l.status, b.quantity
       from stock_balance b join stock_lot l on l.id = b.lot_id
      where b.location_id = ? and b.item_id = ? and b.quantity > 0
      order by l.expiry_date, l.lot_number, l.id
        for update of b`,
    [locationId, itemId],
  );
  return rows.map((r) => ({
    lotId: r.lot_id,
    lotNumber: r.lot_number,
    expiryDate: r.expiry_date,
    recalled: r.status === LotStatus.RECALLED,
    quantity: r.quantity,
  }));
}

/** One lot's balance at a location, locked (a row at zero is made first when there is none). */
async function lockBalance(
  ctx: RequestContext,
  lot: StockLot,
  locationId: string,
): Promise<number> {
  await ctx.em.execute(
    `insert into stock_balance (id, lot_id, location_id, item_id, quantity)
     values (gen_random_uuid(), ?, ?, ?, 0) on conflict (lot_id, location_id) do nothing`,
    [lot.id, locationId, lot.item.id],
  );
  const rows = await ctx.em.execute<{ quantity: number }[]>(
    'select quantity from stock_balance where lot_id = ? and location_id = ? for update',
    [lot.id, locationId],
  );
  return rows[0]?.quantity ?? 0;
}

/** A change of one lot's balance at one location. */
interface BalanceDelta {
  lotId: string;
  itemId: string;
  locationId: string;
  delta: number;
}

/**
 * Applies the ledger lines' effect on the balances, in the lines' transaction. The CHECK
 * (quantity >= 0) is the last word: a decrement that would go below zero fails the whole
 * operation with INSUFFICIENT_STOCK, whatever the service believed it had read.
 */
async function applyBalances(ctx: RequestContext, deltas: BalanceDelta[]): Promise<void> {
  try {
    for (const d of deltas) {
      if (d.delta < 0) {
        // The row exists and is locked: the units were read from it.
        await ctx.em.execute(
          'update stock_balance set quantity = quantity + ? where lot_id = ? and location_id = ?',
          [d.delta, d.lotId, d.locationId],
        );
      } else {
        await ctx.em.execute(
          `insert into stock_balance (id, lot_id, location_id, item_id, quantity)
           values (gen_random_uuid(), ?, ?, ?, ?)
           on conflict (lot_id, location_id) do update set quantity = stock_balance.quantity + excluded.quantity`,
          [d.lotId, d.locationId, d.itemId, d.delta],
        );
      }
    }
  } catch (err) {
    if (sqlState(err) === '23514') throw new InsufficientStockError(null);
    throw err;
  }
}

/** One ledger line to write, by ids. */
export interface Line {
  itemId: string;
  lotId: string;
  fromLocationId?: string | null;
  toLocationId?: string | null;
  quantity: number;
  patientId?: string | null;
  prescriptionId?: string | null;
  reason?: string | null;
  writeOffReason?: WriteOffReason | null;
  lotChoiceReason?: string | null;
  unitCostCents?: number | null;
  administrationId?: string | null;
}

/** Lines and their balance changes, written together: the ledger and the balances agree. */
export async function record(
  ctx: RequestContext,
  op: StockOperation,
  lines: Line[],
): Promise<StockMovement[]> {
  const rows = lines.map((l) =>
    ctx.em.create(StockMovement, {
      operation: op,
      kind: op.kind,
      at: op.at,
      byUserId: op.byUserId,
      byName: op.byName,
      item: l.itemId,
      lot: l.lotId,
      fromLocation: l.fromLocationId ?? null,
      toLocation: l.toLocationId ?? null,
      quantity: l.quantity,
      patient: l.patientId ?? null,
      prescription: l.prescriptionId ?? null,
      reason: l.reason ?? null,
      writeOffReason: l.writeOffReason ?? null,
      lotChoiceReason: l.lotChoiceReason ?? null,
      unitCostCents: l.unitCostCents ?? null,
      administration: l.administrationId ?? null,
    }),
  );
  await ctx.em.flush();
  const deltas: BalanceDelta[] = [];
  for (const l of lines) {
    const base = { lotId: l.lotId, itemId: l.itemId };
    if (l.fromLocationId)
      deltas.push({ ...base, locationId: l.fromLocationId, delta: -l.quantity });
    if (l.toLocationId) deltas.push({ ...base, locationId: l.toLocationId, delta: l.quantity });
  }
  await applyBalances(ctx, deltas);
  return rows;
}

async function newOperation(
  ctx: RequestContext,
  kind: MovementKind,
  { id, requestHash }: WriteOnce,
  patientId: string | null = null,
): Promise<StockOperation> {
  const by = await actor(ctx);
  const op = ctx.em.create(StockOperation, {
    id,
    requestHash,
    kind,
    at: ctx.clock.now(),
    byUserId: by.id,
    byName: by.name,
    patientId,
  });
  currentAuditScope()?.setTarget('StockOperation', id, patientId);
  return op;
}

/**
 * Receives a delivery: each line's lot is found (same item, lot number and expiry) or made, and
 * its units enter the location (the central pharmacy by default). A lot number already known
 * with another expiry is refused. Safe to replay under its client-made id.
 */
export function receiveStock(
  ctx: RequestContext,
  input: ReceiveStockInput,
): Promise<StockOperation> {
  return writeOnce(ctx, StockOperation, input, (once) => newReceipt(ctx, input, once));
}

async function newReceipt(
  ctx: RequestContext,
  input: ReceiveStockInput,
  once: WriteOnce,
): Promise<StockOperation> {
  const today = hospitalToday(ctx);
  const p = new Problems();
  const supplier = p.text('supplier', input.supplier, 200, true) ?? '';
  if (input.lines.length === 0) p.add('lines', 'a delivery has at least one line');
  if (input.lines.length > MAX_DELIVERY_LINES) p.add('lines', `at most ${MAX_DELIVERY_LINES}`);
  const seen = new Set<string>();
  const lines = input.lines.map((l, i) => {
    const at = `lines.${i}`;
    const lotNumber = p.text(`${at}.lotNumber`, l.lotNumber, 40, true) ?? '';
    if (isExpired(l.expiryDate, today)) p.add(`${at}.expiryDate`, 'is already past');
    if (!isQuantity(l.quantity))
      p.add(`${at}.quantity`, 'must be a whole number of units, 1 or more');
    if (
      !Number.isInteger(l.unitCostCents) ||
      l.unitCostCents < 0 ||
      l.unitCostCents > MAX_UNIT_COST_CENTS
    ) {
      p.add(`${at}.unitCostCents`, 'must be a whole number of cents, 0 or more');
    }
    const key = `${l.itemId.toLowerCase()} ${lotNumber}`;
    if (seen.has(key)) p.add(`${at}.lotNumber`, 'appears twice in this delivery');
    seen.add(key);
    return {
      itemId: l.itemId,
      lotNumber,
      expiryDate: l.expiryDate,
      quantity: l.quantity,
      unitCostCents: l.unitCostCents,
      at,
    };
  });
  p.throwIfAny();
  const location = await locationForWrite(ctx, input.locationId ?? CENTRAL_PHARMACY_ID);
  const items = new Map<string, StockItem>();
  for (const l of lines) items.set(l.itemId, await itemForWrite(ctx, l.itemId));
  const op = await newOperation(ctx, MovementKind.RECEIPT, once);
  const movements: Line[] = [];
  for (const l of lines) {
    const item = items.get(l.itemId) as StockItem;
    // Locked: two deliveries of one lot at once add up instead of overwriting each other.
    let lot = await ctx.em.findOne(
      StockLot,
      { item, lotNumber: l.lotNumber },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    if (lot && lot.expiryDate !== l.expiryDate) {
      throw new ValidationError({
        [`${l.at}.expiryDate`]: `lot ${l.lotNumber} of this item is known with expiry ${lot.expiryDate}`,
      });
    }
    if (lot) lot.receivedQuantity += l.quantity;
    else {
      lot = ctx.em.create(StockLot, {
        item,
        lotNumber: l.lotNumber,
        expiryDate: l.expiryDate,
        supplier,
        receivedQuantity: l.quantity,
        unitCostCents: l.unitCostCents,
      });
    }
    movements.push({
      itemId: item.id,
      lotId: lot.id,
      toLocationId: location.id,
      quantity: l.quantity,
      unitCostCents: l.unitCostCents,
    });
  }
  // New lots are written before the lines that point at them.
  await ctx.em.flush();
  await record(ctx, op, movements);
  return op;
}

interface PickRequest {
  itemId: string;
  fromLocationId: string;
  quantity: number;
  lotId: string | null;
  lotChoiceReason: string | null;
  /** A named expired or recalled lot may go back to the central pharmacy (to be destroyed). */
  mayMoveUnusable: boolean;
}

/**
 * Which lots an outgoing movement takes: FEFO across the usable lots when no lot is named, else
 * the named one (with a reason when it is not the first to expire). The balances read are
 * locked. Expired: LOT_EXPIRED; too few units: INSUFFICIENT_STOCK.
 */
async function pickLots(ctx: RequestContext, r: PickRequest): Promise<LotPick[]> {
  const today = hospitalToday(ctx);
  const lots = await lockLotsOnHand(ctx, r.fromLocationId, r.itemId);
  if (!r.lotId) {
    const { picks, shortfall } = pickFefo(lots, r.quantity, today);
    if (shortfall > 0) throw new InsufficientStockError(r.quantity - shortfall);
    return picks;
  }
  const lotId = r.lotId.toLowerCase();
  const named = lots.find((l) => l.lotId === lotId);
  if (!named) {
    const lot = isUuid(lotId) ? await ctx.em.findOne(StockLot, lotId) : null;
    if (!lot || lot.item.id !== r.itemId) throw new NotFoundError('Lot');
    throw new InsufficientStockError(0, `Lot ${lot.lotNumber} has no units at this location.`);
  }
  if (!r.mayMoveUnusable && isExpired(named.expiryDate, today)) {
    throw new LotExpiredError(named.lotNumber, named.expiryDate);
  }
  if (!r.mayMoveUnusable && named.recalled) throw new LotRecalledError(named.lotNumber);
  if (named.quantity < r.quantity) {
    throw new InsufficientStockError(
      named.quantity,
      `Lot ${named.lotNumber} has ${named.quantity} units here.`,
    );
  }
  const first = fefoFirst(lots, today);
  if (first && first.lotId !== named.lotId && !r.lotChoiceReason) {
    throw new ValidationError({
      lotChoiceReason: `is required: lot ${first.lotNumber} expires first (${first.expiryDate})`,
    });
  }
  return [{ lotId: named.lotId, quantity: r.quantity }];
}

/** Checks common to the movements that take units out of a location. */
function outgoingProblems(
  p: Problems,
  input: { quantity: number; lotId?: string | null; lotChoiceReason?: string | null },
): string | null {
  if (!isQuantity(input.quantity)) p.add('quantity', 'must be a whole number of units, 1 or more');
  const reason = p.text('lotChoiceReason', input.lotChoiceReason, 500);
  if (reason && !input.lotId) p.add('lotChoiceReason', 'only with a named lot');
  return reason;
}

/**
 * Dispenses units of an item from a location to a patient (against one of their active
 * prescriptions, when given) or to a ward's stock. Lots are taken first-expiry-first-out unless
 * the pharmacist names one; an expired lot is never dispensed. 20 pharmacists racing for the
 * last 5 units: the balance rows' locks serialise them, 5 succeed, the others get
 * INSUFFICIENT_STOCK. A dispensing to a patient publishes `StockDispensed` (billing).
 */
export function dispense(ctx: RequestContext, input: DispenseInput): Promise<StockOperation> {
  return writeOnce(ctx, StockOperation, input, (once) => newDispensing(ctx, input, once));
}

async function newDispensing(
  ctx: RequestContext,
  input: DispenseInput,
  once: WriteOnce,
): Promise<StockOperation> {
  const p = new Problems();
  const lotChoiceReason = outgoingProblems(p, input);
  if (!input.patientId === !input.toLocationId) {
    p.add('patientId', 'give either a patient or a ward’s location');
  }
  if (input.prescriptionId && !input.patientId) p.add('prescriptionId', 'only for a patient');
  p.throwIfAny();
  const item = await itemForWrite(ctx, input.itemId);
  const from = await locationForWrite(ctx, input.fromLocationId);
  let to: StockLocation | null = null;
  let patient: Patient | null = null;
  let prescription: Prescription | null = null;
  if (input.toLocationId) {
    to = await locationForWrite(ctx, input.toLocationId);
    if (to.kind !== StockLocationKind.WARD) {
      throw new ValidationError({ toLocationId: 'is not a ward: use transferStock' });
    }
    if (to.id === from.id) throw new ValidationError({ toLocationId: 'is where the units are' });
  } else {
    const patientId = (input.patientId ?? '').toLowerCase();
    await requirePatientAccess(ctx, patientId, PatientPart.PRESCRIPTIONS);
    patient = await ctx.em.findOne(Patient, patientId);
    if (!patient) throw new NotFoundError('Patient');
    if (patient.status !== PatientStatus.ACTIVE) {
      throw new ValidationError({ patientId: 'is not an active record (merged or deceased)' });
    }
    if (input.prescriptionId) {
      prescription = isUuid(input.prescriptionId)
        ? await ctx.em.findOne(Prescription, {
            id: input.prescriptionId.toLowerCase(),
            patient: patient.id,
          })
        : null;
      if (!prescription) throw new NotFoundError('Prescription');
      if (prescription.status !== PrescriptionStatus.ACTIVE || prescription.enteredInErrorAt) {
        throw new ValidationError({
          prescriptionId: 'is not active (stopped, completed or entered in error)',
        });
      }
      // A prescription naming a catalogue item is dispensed as that item, never another form.
      if (prescription.stockItemId && prescription.stockItemId !== item.id) {
        throw new ValidationError({ itemId: 'is not the item the prescription names' });
      }
    }
  }
  const picks = await pickLots(ctx, {
    itemId: item.id,
    fromLocationId: from.id,
    quantity: input.quantity,
    lotId: input.lotId ?? null,
    lotChoiceReason,
    mayMoveUnusable: false,
  });
  const op = await newOperation(ctx, MovementKind.DISPENSE, once, patient?.id ?? null);
  const rows = await record(
    ctx,
    op,
    picks.map((pick) => ({
      itemId: item.id,
      lotId: pick.lotId,
      fromLocationId: from.id,
      toLocationId: to?.id ?? null,
      quantity: pick.quantity,
      patientId: patient?.id ?? null,
      prescriptionId: prescription?.id ?? null,
      lotChoiceReason,
    })),
  );
  if (patient) {
    await domainEvents.publish(ctx, 'StockDispensed', {
      operationId: op.id,
      patientId: patient.id,
      prescriptionId: prescription?.id ?? null,
      itemId: item.id,
      itemNameFr: item.nameFr,
      itemNameEn: item.nameEn,
      lines: rows.map((m) => ({ movementId: m.id, lotId: m.lot.id, quantity: m.quantity })),
      unitPriceCents: item.unitPriceCents,
      at: op.at,
    });
  }
  return op;
}

/**
 * Moves units of an item between two locations, first-expiry-first-out unless a lot is named.
 * An expired or recalled lot never goes to a ward; named, it may go back to the central
 * pharmacy to be written off there.
 */
export function transferStock(
  ctx: RequestContext,
  input: TransferStockInput,
): Promise<StockOperation> {
  return writeOnce(ctx, StockOperation, input, (once) => newTransfer(ctx, input, once));
}

async function newTransfer(
  ctx: RequestContext,
  input: TransferStockInput,
  once: WriteOnce,
): Promise<StockOperation> {
  const p = new Problems();
  const lotChoiceReason = outgoingProblems(p, input);
  if (input.fromLocationId.toLowerCase() === input.toLocationId.toLowerCase()) {
    p.add('toLocationId', 'is the same location');
  }
  p.throwIfAny();
  const item = await itemForWrite(ctx, input.itemId);
  const from = await locationForWrite(ctx, input.fromLocationId);
  const to = await locationForWrite(ctx, input.toLocationId);
  const picks = await pickLots(ctx, {
    itemId: item.id,
    fromLocationId: from.id,
    quantity: input.quantity,
    lotId: input.lotId ?? null,
    lotChoiceReason,
    mayMoveUnusable: to.kind === StockLocationKind.CENTRAL_PHARMACY,
  });
  const op = await newOperation(ctx, MovementKind.TRANSFER, once);
  await record(
    ctx,
    op,
    picks.map((pick) => ({
      itemId: item.id,
      lotId: pick.lotId,
      fromLocationId: from.id,
      toLocationId: to.id,
      quantity: pick.quantity,
      lotChoiceReason,
    })),
  );
  return op;
}

/**
 * Records a physical count of one lot at one location: the difference with the books becomes
 * one adjustment line, up or down, with its reason. A count equal to the books is refused
 * (nothing to record).
 */
export function adjustStock(ctx: RequestContext, input: AdjustStockInput): Promise<StockOperation> {
  return writeOnce(ctx, StockOperation, input, (once) => newAdjustment(ctx, input, once));
}

async function newAdjustment(
  ctx: RequestContext,
  input: AdjustStockInput,
  once: WriteOnce,
): Promise<StockOperation> {
  const p = new Problems();
  const reason = p.text('reason', input.reason, 500, true);
  if (!isQuantity(input.countedQuantity, 0)) {
    p.add('countedQuantity', 'must be a whole number of units, 0 or more');
  }
  p.throwIfAny();
  const lot = await lotForWrite(ctx, input.lotId);
  const location = await locationForWrite(ctx, input.locationId);
  const onHand = await lockBalance(ctx, lot, location.id);
  const change = adjustmentFor(onHand, input.countedQuantity);
  if (!change) {
    throw new ValidationError({
      countedQuantity: `equals the ${onHand} units on the books: nothing to adjust`,
    });
  }
  const op = await newOperation(ctx, MovementKind.ADJUSTMENT, once);
  await record(ctx, op, [
    {
      itemId: lot.item.id,
      lotId: lot.id,
      fromLocationId: change.direction === 'DOWN' ? location.id : null,
      toLocationId: change.direction === 'UP' ? location.id : null,
      quantity: change.quantity,
      reason,
    },
  ]);
  return op;
}

/** Takes units of a lot out of stock for good (expired, damaged, other with a note). */
export function writeOffStock(
  ctx: RequestContext,
  input: WriteOffStockInput,
): Promise<StockOperation> {
  return writeOnce(ctx, StockOperation, input, (once) => newWriteOff(ctx, input, once));
}

async function newWriteOff(
  ctx: RequestContext,
  input: WriteOffStockInput,
  once: WriteOnce,
): Promise<StockOperation> {
  const p = new Problems();
  const note = p.text('note', input.note, 500, input.reason === WriteOffReason.OTHER);
  if (!isQuantity(input.quantity)) p.add('quantity', 'must be a whole number of units, 1 or more');
  p.throwIfAny();
  const lot = await lotForWrite(ctx, input.lotId);
  const location = await locationForWrite(ctx, input.locationId);
  const onHand = await lockBalance(ctx, lot, location.id);
  if (onHand < input.quantity) {
    throw new InsufficientStockError(onHand, `Lot ${lot.lotNumber} has ${onHand} units here.`);
  }
  const op = await newOperation(ctx, MovementKind.WRITE_OFF, once);
  await record(ctx, op, [
    {
      itemId: lot.item.id,
      lotId: lot.id,
      fromLocationId: location.id,
      quantity: input.quantity,
      writeOffReason: input.reason,
      reason: note,
    },
  ]);
  return op;
}

/**
 * Billing issued an invoice: each dispensing it bills points at its invoice line from now on (the
 * ledger's one writable field, set once; a line billed again after a credit note keeps the first).
 */
export async function linkDispensingsToInvoice(
  fact: { lines: { invoiceLineId: string; sourceIds: string[] }[] },
  ctx: { em: import('@mikro-orm/postgresql').EntityManager },
): Promise<void> {
  for (const line of fact.lines) {
    if (line.sourceIds.length === 0) continue;
    await ctx.em.execute(
      `update stock_movement set invoice_line_id = ?
        where id = any(?::uuid[]) and kind = 'DISPENSE' and invoice_line_id is null`,
      [line.invoiceLineId, pgArray(line.sourceIds)],
    );
  }
}
