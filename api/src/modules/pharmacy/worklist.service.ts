import type { RequestContext } from '../../kernel/context.js';
import { pgArray } from '../../kernel/db/pg-array.js';
import { NotFoundError } from '../../kernel/errors.js';
import { isUuid } from '../../kernel/validation.js';
import { auditPatientListRead } from '../access/index.js';
import { Patient } from '../patients/index.js';
import { Prescription, PrescriptionStatus, scheduledDoses } from '../records/index.js';
import { worklistQuantities } from './dispensing-worklist.js';
import type { DispensingWorklistRow } from './pharmacy.types.js';
import { StockItem } from './stock-item.entity.js';

const DAY_MS = 86_400_000;

/**
 * What the pharmacy still has to dispense for a ward's inpatients over the next 24 hours: their
 * active prescriptions that name a catalogue item, each with the units its scheduled doses need
 * (doses × units per dose), what was dispensed against it in the last 24 hours (partial
 * dispensings count) and the rest. Only rows with something left to dispense; as-needed orders
 * have no schedule and are left out. Five statements whatever the ward's size: the ward with its
 * patients in a bed, their prescriptions, the units dispensed, the items, the patients' names.
 */
export async function dispensingWorklist(
  ctx: RequestContext,
  wardId: string,
): Promise<DispensingWorklistRow[]> {
  // The ward and its patients in a bed, in one statement: no row, no ward; one row without a
  // patient, an empty ward.
  const found = isUuid(wardId)
    ? await ctx.em.execute<{ ward_id: string; patient_id: string | null; label: string | null }[]>(
        `select w.id as ward_id, s.patient_id, b.label
           from ward w
           left join (bed_stay s join bed b on b.id = s.bed_id)
             on s.ward_id = w.id and s.ended_at is null and not s.cancelled
          where w.id = ?`,
        [wardId.toLowerCase()],
      )
    : [];
  const ward = found[0] ? { id: found[0].ward_id } : undefined;
  if (!ward) throw new NotFoundError('Ward');
  const stays = found.flatMap((r) =>
    r.patient_id === null ? [] : [{ patient_id: r.patient_id, label: r.label ?? '' }],
  );
  if (stays.length === 0) return [];
  const bedOf = new Map(stays.map((s) => [s.patient_id, s.label]));
  const now = ctx.clock.now();
  const until = new Date(now.getTime() + DAY_MS);
  const prescriptions = await ctx.em.find(Prescription, {
    patient: { $in: [...bedOf.keys()] },
    status: PrescriptionStatus.ACTIVE,
    enteredInErrorAt: null,
    stockItemId: { $ne: null },
    asNeeded: false,
  });
  if (prescriptions.length === 0) return [];
  const dispensed = new Map(
    (
      await ctx.em.execute<{ prescription_id: string; quantity: string }[]>(
        `select prescription_id, sum(quantity)::text as quantity
           from stock_movement
          where kind = 'DISPENSE' and prescription_id = any(?::uuid[]) and at > ?
          group by prescription_id`,
        [pgArray(prescriptions.map((p) => p.id)), new Date(now.getTime() - DAY_MS)],
      )
    ).map((r) => [r.prescription_id, Number(r.quantity)]),
  );
  const itemIds = [...new Set(prescriptions.map((p) => p.stockItemId as string))];
  const items = new Map(
    (await ctx.em.find(StockItem, { id: { $in: itemIds } })).map((i) => [i.id, i]),
  );
  const patients = new Map(
    (await ctx.em.find(Patient, { id: { $in: [...bedOf.keys()] } })).map((p) => [p.id, p]),
  );
  const rows: DispensingWorklistRow[] = [];
  for (const rx of prescriptions) {
    const item = items.get(rx.stockItemId as string);
    if (!item) continue;
    const doses = scheduledDoses(rx, now, until, ctx.config.timeZone);
    const q = worklistQuantities({
      dosesNext24h: doses.length,
      unitsPerDose: rx.unitsPerDose ?? 1,
      unitsDispensedLast24h: dispensed.get(rx.id) ?? 0,
    });
    if (q.unitsToDispense === 0) continue;
    const patientId = rx.patient.id;
    rows.push({
      patientId,
      patientName: patients.get(patientId)?.displayName ?? '',
      bedLabel: bedOf.get(patientId) ?? '',
      prescriptionId: rx.id,
      medicationName: rx.medicationName,
      itemId: item.id,
      item,
      unitsPerDose: rx.unitsPerDose ?? 1,
      dosesNext24h: doses.length,
      nextDoseAt: doses[0] ?? null,
      ...q,
    });
  }
  await auditPatientListRead(ctx, [...new Set(rows.map((r) => r.patientId))], {
    action: 'dispensingWorklist',
    targetType: 'Ward',
    targetId: ward.id,
  });
  return rows.sort(
    (a, b) =>
      a.bedLabel.localeCompare(b.bedLabel, 'fr', { numeric: true }) ||
      a.medicationName.localeCompare(b.medicationName, 'fr'),
  );
}
