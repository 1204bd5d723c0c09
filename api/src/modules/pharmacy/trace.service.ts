import { LockMode } from '@mikro-orm/core';
import { currentAuditScope } from '../../kernel/audit-scope.js';
import type { RequestContext } from '../../kernel/context.js';
import { NotFoundError } from '../../kernel/errors.js';
import { domainEvents } from '../../kernel/events.js';
import { Problems } from '../../kernel/problems.js';
import { isUuid } from '../../kernel/validation.js';
import { auditPatientListRead } from '../access/index.js';
import { Patient } from '../patients/index.js';
import { MedicationAdministration, Prescription } from '../records/index.js';
import { Admission, AdmissionStatus } from '../wards/index.js';
import { LotStatus, MovementKind } from './pharmacy-enums.js';
import type { RecallLotInput } from './pharmacy.inputs.js';
import type { LotTrace, LotTracePatient } from './pharmacy.types.js';
import { StockItem } from './stock-item.entity.js';
import { StockLot } from './stock-lot.entity.js';
import { StockMovement } from './stock-movement.entity.js';

/** Everything that happened to one lot, as read in a handful of statements. */
interface LotHistory {
  movements: StockMovement[];
  administrations: MedicationAdministration[];
  patients: Map<string, Patient>;
  /** Active admissions of those patients, by patient. */
  inpatients: Map<string, Admission>;
}

/**
 * A lot's ledger lines, the doses recorded with it (consumed from a ward or named without stock
 * moving), and the patients who received it — dispensed to them or administered — with their
 * current admission. Four statements whatever the lot's history: lines, doses (with their
 * prescriptions), patients, admissions.
 */
async function lotHistory(ctx: RequestContext, lot: StockLot): Promise<LotHistory> {
  const movements = await ctx.em.find(
    StockMovement,
    { lot: lot.id },
    { orderBy: { at: 'asc', id: 'asc' } },
  );
  const consumedBy = movements.flatMap((m) => (m.administration ? [m.administration.id] : []));
  const administrations = await ctx.em.find(
    MedicationAdministration,
    {
      $or: [{ lotId: lot.id }, ...(consumedBy.length > 0 ? [{ id: { $in: consumedBy } }] : [])],
      enteredInErrorAt: null,
    },
    { populate: ['prescription'], orderBy: { occurredAt: 'asc', id: 'asc' } },
  );
  const patientIds = new Set<string>();
  for (const m of movements) if (m.patient) patientIds.add(m.patient.id);
  for (const a of administrations) patientIds.add(a.patient.id);
  const ids = [...patientIds];
  const patients = new Map(
    (ids.length > 0 ? await ctx.em.find(Patient, { id: { $in: ids } }) : []).map((p) => [p.id, p]),
  );
  const inpatients = new Map(
    (ids.length > 0
      ? await ctx.em.find(Admission, { patient: { $in: ids }, status: AdmissionStatus.ACTIVE })
      : []
    ).map((a) => [a.patient.id, a]),
  );
  return { movements, administrations, patients, inpatients };
}

/**
 * Where a lot is, where it went and who received it: every location holding it now, every
 * ledger line, and every patient dispensed or administered a dose of it with those doses. The
 * pharmacist's read names the patients: one audit row for all of them.
 */
export async function lotTrace(ctx: RequestContext, lotId: string): Promise<LotTrace> {
  const lot = isUuid(lotId) ? await ctx.em.findOne(StockLot, lotId.toLowerCase()) : null;
  if (!lot) throw new NotFoundError('Lot');
  const locations = await ctx.em.execute<{ location_id: string; name: string; quantity: number }[]>(
    `select b.location_id, sl.name, b.quantity
       from stock_balance b join stock_location sl on sl.id = b.location_id
      where b.lot_id = ? and b.quantity > 0
      order by sl.name`,
    [lot.id],
  );
  const h = await lotHistory(ctx, lot);
  const patients = new Map<string, LotTracePatient>();
  const entry = (patientId: string): LotTracePatient => {
    let p = patients.get(patientId);
    if (!p) {
      const row = h.patients.get(patientId);
      p = {
        patientId,
        patientName: row ? row.displayName : '',
        currentInpatient: h.inpatients.has(patientId),
        unitsDispensed: 0,
        unitsAdministered: 0,
        administrations: [],
      };
      patients.set(patientId, p);
    }
    return p;
  };
  for (const m of h.movements) {
    if (!m.patient) continue;
    if (m.kind === MovementKind.DISPENSE) entry(m.patient.id).unitsDispensed += m.quantity;
    if (m.kind === MovementKind.CONSUMPTION) entry(m.patient.id).unitsAdministered += m.quantity;
  }
  for (const a of h.administrations) {
    entry(a.patient.id).administrations.push({
      id: a.id,
      prescriptionId: a.prescription.id,
      medicationName: a.prescription.medicationName,
      administeredAt: a.occurredAt,
      dose: a.dose ?? null,
      doseUnit: a.doseUnit ?? null,
      recordedByName: a.recordedByName,
    });
  }
  const list = [...patients.values()].sort((a, b) =>
    a.patientName.localeCompare(b.patientName, 'fr'),
  );
  await auditPatientListRead(
    ctx,
    list.map((p) => p.patientId),
    { action: 'lotTrace', targetType: 'StockLot', targetId: lot.id },
  );
  return {
    lot,
    locations: locations.map((l) => ({
      locationId: l.location_id,
      locationName: l.name,
      quantity: l.quantity,
    })),
    movements: h.movements,
    patients: list,
  };
}

/**
 * Marks a lot recalled (its manufacturer's notice as the reason): from then on it is never
 * dispensed, transferred to a ward or administered (LOT_RECALLED). Idempotent: a lot already
 * recalled is answered as it is and nobody is told twice. The lot's row is locked, so two
 * recalls at once tell once. `LotRecalled` names, for each patient who received the lot and is
 * an inpatient now, the attending doctor and the prescribers of the prescriptions it was given
 * or dispensed against; notifications tells them.
 */
export async function recallLot(ctx: RequestContext, input: RecallLotInput): Promise<StockLot> {
  const p = new Problems();
  const reason = p.text('reason', input.reason, 500, true) ?? '';
  p.throwIfAny();
  const lot = isUuid(input.lotId)
    ? await ctx.em.findOne(StockLot, input.lotId.toLowerCase(), {
        lockMode: LockMode.PESSIMISTIC_WRITE,
        refresh: true,
      })
    : null;
  if (!lot) throw new NotFoundError('Lot');
  currentAuditScope()?.setTarget('StockLot', lot.id, null);
  if (lot.status === LotStatus.RECALLED) return lot;
  const now = ctx.clock.now();
  lot.status = LotStatus.RECALLED;
  lot.recalledAt = now;
  lot.recallReason = reason;
  const h = await lotHistory(ctx, lot);
  const prescriptionIds = new Set<string>();
  const byPatient = new Map<string, Set<string>>();
  const rxOf = new Map<string, string>();
  for (const m of h.movements) {
    if (m.patient && m.prescription) rxOf.set(m.prescription.id, m.patient.id);
  }
  for (const a of h.administrations) rxOf.set(a.prescription.id, a.patient.id);
  for (const id of rxOf.keys()) prescriptionIds.add(id);
  const prescribers = new Map(
    (prescriptionIds.size > 0
      ? await ctx.em.find(Prescription, { id: { $in: [...prescriptionIds] } })
      : []
    ).map((rx) => [rx.id, rx.recordedById]),
  );
  for (const [patientId, admission] of h.inpatients) {
    byPatient.set(patientId, new Set([admission.attendingUserId]));
  }
  for (const [rxId, patientId] of rxOf) {
    const prescriber = prescribers.get(rxId);
    if (prescriber) byPatient.get(patientId)?.add(prescriber);
  }
  const item = await ctx.em.findOneOrFail(StockItem, lot.item.id);
  await ctx.em.flush();
  await domainEvents.publish(ctx, 'LotRecalled', {
    lotId: lot.id,
    lotNumber: lot.lotNumber,
    itemNameFr: item.nameFr,
    itemNameEn: item.nameEn,
    reason,
    patients: [...byPatient].map(([patientId, recipients]) => ({
      patientId,
      patientName: h.patients.get(patientId)?.displayName ?? '',
      recipientUserIds: [...recipients],
    })),
    at: now,
  });
  return lot;
}
