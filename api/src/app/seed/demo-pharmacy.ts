import type { EntityManager } from '@mikro-orm/postgresql';
import { domainEvents } from '../../kernel/events.js';
import { zonedDay } from '../../kernel/zoned-time.js';
import { User } from '../../modules/auth/index.js';
import {
  CENTRAL_PHARMACY_ID,
  refreshStockAlerts,
  MovementKind,
  STOCK_CATALOGUE,
  StockBalance,
  StockItem,
  StockItemKind,
  StockLocation,
  StockLocationKind,
  StockLot,
  StockMovement,
  StockOperation,
} from '../../modules/pharmacy/index.js';
import { MedicationRoute, Prescription, PrescriptionStatus } from '../../modules/records/index.js';
import { Ward } from '../../modules/wards/index.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** `YYYY-MM-DD` so many days after `date`. */
function plusDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Lower case without accents or spaces: how a prescription's words meet the catalogue's. */
const fold = (s: string | null | undefined) =>
  (s ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f\s]/g, '')
    .toLowerCase();

const SUPPLIERS = ['OCP Répartition', 'Alliance Healthcare', 'CERP Rouen'];

/**
 * The pharmacy of the demo hospital: the bundled catalogue; deliveries into the central pharmacy
 * for about forty medicines, several lots each (some expiring within 30 days, one expired lot
 * still on hand, a few items below their reorder level); transfers to two wards' stocks; and
 * dispensings to patients on treatment against their active prescriptions. Written as the
 * services write it: every ledger line with its balance.
 */
export async function seedPharmacy(tx: EntityManager, now: Date, timeZone: string): Promise<void> {
  const today = zonedDay(now, timeZone).date;
  const pharmacist = await tx.findOneOrFail(User, { email: 'pharmacy@caregraph.example' });
  const by = { byUserId: pharmacist.id, byName: pharmacist.displayName };
  const items = STOCK_CATALOGUE.map((entry) => tx.create(StockItem, { ...entry }));
  const wards = await tx.find(Ward, {}, { orderBy: { name: 'asc' } });
  const wardLocations = wards.map((w) =>
    tx.create(StockLocation, { id: w.id, kind: StockLocationKind.WARD, name: w.name, ward: w }),
  );
  const central = tx.getReference(StockLocation, CENTRAL_PHARMACY_ID);
  await tx.flush();

  const balances = new Map<string, StockBalance>();
  const move = (
    op: StockOperation,
    lot: StockLot,
    quantity: number,
    from: StockLocation | null,
    to: StockLocation | null,
    dispensedTo: { patient: string; prescription: string } | null = null,
  ) => {
    const movement = tx.create(StockMovement, {
      ...dispensedTo,
      operation: op,
      kind: op.kind,
      at: op.at,
      ...by,
      item: lot.item,
      lot,
      fromLocation: from,
      toLocation: to,
      quantity,
      unitCostCents: op.kind === MovementKind.RECEIPT ? lot.unitCostCents : null,
    });
    for (const [location, delta] of [
      [from, -quantity],
      [to, quantity],
    ] as const) {
      if (!location) continue;
      const key = `${lot.id} ${location.id}`;
      const b =
        balances.get(key) ??
        tx.create(StockBalance, { lot, location, item: lot.item, quantity: 0 });
      b.quantity += delta;
      balances.set(key, b);
    }
    return movement;
  };
  const operation = (kind: MovementKind, at: Date, patientId: string | null = null) =>
    tx.create(StockOperation, { kind, at, ...by, patientId });

  // Forty medicines received over the last months, two or three lots each.
  const medicines = items.filter((i) => i.kind === StockItemKind.MEDICATION);
  const stocked = medicines.filter((_, n) => n % 6 === 0).slice(0, 40);
  const lotsOf = new Map<string, StockLot[]>();
  stocked.forEach((item, n) => {
    const at = new Date(now.getTime() - (40 + (n % 5) * 15) * DAY);
    const receipt = operation(MovementKind.RECEIPT, at);
    const below = n % 9 === 4; // a few items under their reorder level
    const expiries = [
      // Every fifth item has a lot expiring within 30 days.
      n % 5 === 0 ? plusDays(today, 8 + n) : plusDays(today, 120 + n * 3),
      plusDays(today, 300 + n * 7),
      ...(n % 3 === 0 ? [plusDays(today, 540 + n)] : []),
    ];
    const lots = expiries.map((expiryDate, k) => {
      const quantity = below
        ? Math.max(1, Math.floor(item.reorderLevel / (2 * expiries.length)))
        : Math.max(10, Math.ceil((item.reorderLevel * (3 - k)) / 2));
      const lot = tx.create(StockLot, {
        item,
        lotNumber: `${(item.atcCode ?? 'CONS').slice(0, 3)}${String(24_000 + n * 37 + k * 1_001)}`,
        expiryDate,
        supplier: SUPPLIERS[(n + k) % SUPPLIERS.length] ?? 'OCP Répartition',
        receivedQuantity: quantity,
        unitCostCents: Math.max(1, Math.round(item.unitPriceCents * 0.7)),
      });
      move(receipt, lot, quantity, null, tx.getReference(StockLocation, CENTRAL_PHARMACY_ID));
      return lot;
    });
    lotsOf.set(item.id, lots);
  });

  // One lot expired ten days ago, still on the shelf: to be written off.
  const expiredItem = stocked[1];
  if (expiredItem) {
    const receipt = operation(MovementKind.RECEIPT, new Date(now.getTime() - 200 * DAY));
    const lot = tx.create(StockLot, {
      item: expiredItem,
      lotNumber: 'EXP-2025-117',
      expiryDate: plusDays(today, -10),
      supplier: 'OCP Répartition',
      receivedQuantity: 24,
      unitCostCents: Math.max(1, Math.round(expiredItem.unitPriceCents * 0.7)),
    });
    move(receipt, lot, 24, null, central);
    lotsOf.get(expiredItem.id)?.unshift(lot);
  }

  // Replenishing two wards' stocks: the first-expiring usable lot of six items each.
  wardLocations.forEach((ward, w) => {
    const transfer = operation(MovementKind.TRANSFER, new Date(now.getTime() - (3 + w) * DAY));
    for (const item of stocked.slice(2 + w * 6, 8 + w * 6)) {
      const lot = (lotsOf.get(item.id) ?? []).find((l) => l.expiryDate >= today);
      const onHand = lot ? (balances.get(`${lot.id} ${CENTRAL_PHARMACY_ID}`)?.quantity ?? 0) : 0;
      const quantity = Math.min(20, Math.floor(onHand / 2));
      if (lot && quantity > 0) move(transfer, lot, quantity, central, ward);
    }
  });

  // Inpatients' treatments, each naming its catalogue item, so the ward's dispensing worklist and
  // the nurse's proposed lot have something to show: what the attending doctor prescribed at
  // admission, not yet dispensed.
  const inpatients = await tx.execute<
    { patient_id: string; attending_user_id: string; admitted_at: Date }[]
  >(
    `select a.patient_id, a.attending_user_id, a.admitted_at from admission a
      where exists (select 1 from bed_stay s where s.admission_id = a.id and s.ended_at is null and not s.cancelled)
      order by a.admitted_at limit 6`,
  );
  // Paracetamol for pain, to patients not known to be allergic to it.
  const treatments = [
    { inn: 'paracétamol', strength: '500 mg', dose: 2, times: ['08:00', '14:00', '20:00'] },
    { inn: 'paracétamol', strength: '1 g', dose: 1, times: ['06:00', '12:00', '18:00'] },
  ];
  const allergic = new Set(
    (
      await tx.execute<{ patient_id: string }[]>(
        "select patient_id from allergy where substance ilike '%parac%'",
      )
    ).map((r) => r.patient_id),
  );
  for (const [i, stay] of inpatients.entries()) {
    const t = treatments[i % treatments.length];
    const item =
      t &&
      medicines.find((m) => fold(m.inn) === fold(t.inn) && fold(m.strength) === fold(t.strength));
    const doctor = await tx.findOne(User, stay.attending_user_id);
    if (!t || !item || !doctor || allergic.has(stay.patient_id)) continue;
    const at = new Date(stay.admitted_at);
    tx.create(Prescription, {
      patient: stay.patient_id,
      medicationName: item.inn ?? item.nameFr,
      form: item.form,
      strength: item.strength,
      dose: t.dose,
      doseUnit: item.unitOfIssue,
      route: item.route ?? MedicationRoute.ORAL,
      scheduleTimes: t.times,
      instructions: null,
      stockItemId: item.id,
      unitsPerDose: t.dose,
      startAt: at,
      occurredAt: at,
      recordedAt: at,
      recordedById: doctor.id,
      recordedByName: doctor.displayName,
    });
  }
  await tx.flush();

  // Dispensings against active prescriptions whose medicine the pharmacy stocks.
  const prescriptions = await tx.find(Prescription, {
    status: PrescriptionStatus.ACTIVE,
    enteredInErrorAt: null,
  });
  let dispensed = 0;
  for (const rx of prescriptions) {
    const item = medicines.find(
      (i) => fold(i.inn) === fold(rx.medicationName) && fold(i.strength) === fold(rx.strength),
    );
    if (!item) continue;
    // The prescription names its catalogue item: the worklist, the proposed lot and the allergy
    // check use it.
    rx.stockItemId = item.id;
    // A dose counted in the item's unit of issue takes that many; a dose in mg takes one unit.
    rx.unitsPerDose =
      fold(rx.doseUnit) === fold(item.unitOfIssue) ? Math.max(1, Math.round(rx.dose)) : 1;
    if (dispensed >= 4) continue;
    if (!lotsOf.has(item.id)) {
      // Not among the forty: a small delivery first.
      const receipt = operation(MovementKind.RECEIPT, new Date(now.getTime() - 30 * DAY));
      const lot = tx.create(StockLot, {
        item,
        lotNumber: `RX${String(31_000 + dispensed)}`,
        expiryDate: plusDays(today, 400),
        supplier: 'Alliance Healthcare',
        receivedQuantity: item.reorderLevel + 50,
        unitCostCents: Math.max(1, Math.round(item.unitPriceCents * 0.7)),
      });
      move(receipt, lot, item.reorderLevel + 50, null, central);
      lotsOf.set(item.id, [lot]);
    }
    const lot = (lotsOf.get(item.id) ?? []).find((l) => l.expiryDate >= today);
    if (!lot) continue;
    const at = new Date(now.getTime() - (2 + dispensed) * HOUR);
    const op = operation(MovementKind.DISPENSE, at, rx.patient.id);
    const line = move(op, lot, 6, central, null, { patient: rx.patient.id, prescription: rx.id });
    dispensed++;
    // As the dispensing service does: billing charges the units (the cashier's worklist shows them).
    await domainEvents.publish({ em: tx, clock: { now: () => now } }, 'StockDispensed', {
      operationId: op.id,
      patientId: rx.patient.id,
      prescriptionId: rx.id,
      itemId: item.id,
      itemNameFr: item.nameFr,
      itemNameEn: item.nameEn,
      lines: [{ movementId: line.id, lotId: lot.id, quantity: line.quantity }],
      unitPriceCents: item.unitPriceCents,
      at,
    });
  }
  await tx.flush();
  // The alerts as the hourly job would find them, so the pharmacy's home shows them at once.
  await refreshStockAlerts(tx, { now: () => now }, { timeZone, expiryDays: 30 });
}
