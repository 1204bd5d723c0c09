import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../kernel/context.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import { isUuid } from '../../kernel/validation.js';
import { PatientPart, requirePatientAccess } from '../access/index.js';
import { Prescription, type DoseStock, type DoseTaken } from '../records/index.js';
import { isExpired, pickFefo, type LotOnHand, type LotPick } from './fefo.js';
import { LotStatus, MovementKind } from './pharmacy-enums.js';
import { StockItem, StockLocation } from './stock-item.entity.js';
import { StockLot } from './stock-lot.entity.js';
import { StockOperation } from './stock-movement.entity.js';
import {
  actor,
  hospitalToday,
  LotExpiredError,
  LotRecalledError,
  lockLotsOnHand,
  record,
} from './stock.service.js';

/**
 * The ward whose bed the patient occupies now (an open, not cancelled bed stay), or null for a
 * patient not in a bed. A ward's stock location has the ward's id.
 */
export async function currentWardOf(
  ctx: RequestContext,
  patientId: string,
): Promise<string | null> {
  const rows = await ctx.em.execute<{ ward_id: string }[]>(
    'select ward_id from bed_stay where patient_id = ? and ended_at is null and not cancelled limit 1',
    [patientId],
  );
  return rows[0]?.ward_id ?? null;
}

/** Whether a catalogue item may be prescribed: it exists and is still stocked. */
async function isPrescribable(ctx: RequestContext, itemId: string): Promise<boolean> {
  if (!isUuid(itemId)) return false;
  const item = await ctx.em.findOne(StockItem, itemId.toLowerCase());
  return item?.active === true;
}

/** A lot a nurse names: of the prescription's item, neither expired nor recalled. */
async function namedLot(
  ctx: RequestContext,
  lotId: string,
  stockItemId: string | null,
): Promise<StockLot> {
  const lot = isUuid(lotId) ? await ctx.em.findOne(StockLot, lotId.toLowerCase()) : null;
  if (!lot) throw new ValidationError({ lotId: 'is not a known lot' });
  if (stockItemId && lot.item.id !== stockItemId) {
    throw new ValidationError({ lotId: 'is a lot of another item than the prescription’s' });
  }
  if (isExpired(lot.expiryDate, hospitalToday(ctx))) {
    throw new LotExpiredError(lot.lotNumber, lot.expiryDate);
  }
  if (lot.status === LotStatus.RECALLED) throw new LotRecalledError(lot.lotNumber);
  return lot;
}

/**
 * Takes a dose's units out of the patient's ward stock, in the dose's transaction, as
 * `CONSUMPTION` lines linked to the administration. A named lot is checked first (expired:
 * LOT_EXPIRED, recalled: LOT_RECALLED — the dose is refused, the nurse must not give it); it is
 * taken from the ward when the ward holds enough of it, else the dose records it without any
 * stock moving. Without a named lot, the first-expiring usable lots of the ward are taken. A
 * dose is never refused for want of stock: a patient not in a bed, a free-text medicine, or a
 * ward without (enough) usable units of the item records the dose and moves nothing. Answers
 * the lot the dose came from (the first of the pick), or null.
 */
export async function takeDose(ctx: RequestContext, dose: DoseTaken): Promise<string | null> {
  const named = dose.lotId ? await namedLot(ctx, dose.lotId, dose.stockItemId) : null;
  if (!dose.consume || !dose.stockItemId) return named?.id ?? null;
  const wardId = await currentWardOf(ctx, dose.patientId);
  const location = wardId ? await ctx.em.findOne(StockLocation, wardId) : null;
  if (!location) return named?.id ?? null;
  const lots = await lockLotsOnHand(ctx, location.id, dose.stockItemId);
  let picks: LotPick[];
  if (named) {
    const held = lots.find((l) => l.lotId === named.id);
    if (!held || held.quantity < dose.units) return named.id;
    picks = [{ lotId: named.id, quantity: dose.units }];
  } else {
    const pick = pickFefo(lots, dose.units, hospitalToday(ctx));
    if (pick.shortfall > 0) return null;
    picks = pick.picks;
  }
  const by = await actor(ctx);
  const op = ctx.em.create(StockOperation, {
    id: randomUUID(),
    requestHash: null,
    kind: MovementKind.CONSUMPTION,
    at: ctx.clock.now(),
    byUserId: by.id,
    byName: by.name,
    patientId: dose.patientId,
  });
  await record(
    ctx,
    op,
    picks.map((p) => ({
      itemId: dose.stockItemId as string,
      lotId: p.lotId,
      fromLocationId: location.id,
      quantity: p.quantity,
      patientId: dose.patientId,
      prescriptionId: dose.prescriptionId,
      administrationId: dose.administrationId,
    })),
  );
  return picks[0]?.lotId ?? null;
}

/** The pharmacy's side of records' dose port (wired by `app/pharmacy.ts`). */
export const pharmacyDoseStock: DoseStock = { isPrescribable, takeDose };

/**
 * The lot a nurse would be proposed for the next dose of a prescription: the first-expiring
 * usable lot of the patient's ward stock holding the dose's units, with how many units of it the
 * ward holds; null for a free-text medicine, a patient not in a bed or a ward without usable
 * stock (the dose is then recorded without a lot). A prescription the caller may not read is
 * NOT_FOUND (a nurse reads those of the wards she covers this shift).
 */
export async function proposedLot(
  ctx: RequestContext,
  prescriptionId: string,
): Promise<{ lot: StockLot; locationId: string; quantity: number } | null> {
  const rx = isUuid(prescriptionId)
    ? await ctx.em.findOne(Prescription, prescriptionId.toLowerCase())
    : null;
  if (!rx) throw new NotFoundError('Prescription');
  await requirePatientAccess(ctx, rx.patient.id, PatientPart.PRESCRIPTIONS);
  if (!rx.stockItemId) return null;
  const wardId = await currentWardOf(ctx, rx.patient.id);
  if (!wardId) return null;
  const rows = await ctx.em.execute<
    {
      lot_id: string;
      lot_number: string;
      expiry_date: string;
      status: LotStatus;
      quantity: number;
    }[]
  >(
    `select b.lot_id, l.lot_number, l.expiry_date::text as expiry_date, l.status, b.quantity
       from stock_balance b join stock_lot l on l.id = b.lot_id
      where b.location_id = ? and b.item_id = ? and b.quantity > 0`,
    [wardId, rx.stockItemId],
  );
  const lots: LotOnHand[] = rows.map((r) => ({
    lotId: r.lot_id,
    lotNumber: r.lot_number,
    expiryDate: r.expiry_date,
    recalled: r.status === LotStatus.RECALLED,
    quantity: r.quantity,
  }));
  const first = pickFefo(lots, rx.unitsPerDose ?? 1, hospitalToday(ctx));
  const pick = first.shortfall > 0 ? undefined : first.picks[0];
  if (!pick) return null;
  const lot = await ctx.em.findOneOrFail(StockLot, pick.lotId);
  const quantity = lots.find((l) => l.lotId === pick.lotId)?.quantity ?? 0;
  return { lot, locationId: wardId, quantity };
}
