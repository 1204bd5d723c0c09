import { currentAuditScope } from '../../../kernel/audit-scope.js';
import type { RequestContext } from '../../../kernel/context.js';
import { writeOnce, type WriteOnce } from '../../../kernel/write-once.js';
import {
  ConflictError,
  DomainError,
  NotFoundError,
  ValidationError,
} from '../../../kernel/errors.js';
import { isPatientAccount, PatientPart } from '../../access/index.js';
import { Allergy, Patient } from '../../patients/index.js';
import {
  allergyStatus,
  auditClinicalRead,
  author,
  authored,
  isUuid,
  correctedBy,
  patientForWrite,
  patientInScope,
} from '../access.js';
import { allergyConflicts } from './allergy-match.js';
import { notBeforeBirth, Problems } from '../checks.js';
import { AdministrationStatus, DoseState, PrescriptionStatus } from '../clinical-enums.js';
import { doseState, scheduledDoses, type DoseRegimen } from './dose-schedule.js';
import { currentDoseStock } from './dose-stock.js';
import { encounterOf } from '../encounters/encounters.service.js';
import { MedicationAdministration } from './medication-administration.entity.js';
import { Prescription } from './prescription.entity.js';
import type {
  PrescribeInput,
  RecordMedicationAdministrationInput,
  StopPrescriptionInput,
} from './medications.inputs.js';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Substances of the patient's active allergies. */
async function activeAllergies(ctx: RequestContext, patientId: string): Promise<string[]> {
  const rows = await ctx.em.find(Allergy, {
    patient: patientId,
  });
  return rows.filter((a) => allergyStatus(a) === 'ACTIVE').map((a) => a.substance);
}

/**
 * Writes a prescription. One matching an active allergy (by name or drug class) is refused unless
 * the prescriber gives an override reason; the override is kept on the prescription and flagged
 * in the audit row.
 */
export async function prescribe(ctx: RequestContext, input: PrescribeInput) {
  const now = ctx.clock.now();
  const p = new Problems();
  const medicationName = p.text('medicationName', input.medicationName, 200, true) ?? '';
  const doseUnit = p.text('doseUnit', input.doseUnit, 30, true) ?? '';
  const form = p.text('form', input.form, 100);
  const strength = p.text('strength', input.strength, 100);
  const instructions = p.text('instructions', input.instructions, 1000);
  const override = p.text('allergyOverrideReason', input.allergyOverrideReason, 500);
  if (!Number.isFinite(input.dose) || input.dose <= 0 || input.dose > 100_000) {
    p.add('dose', 'must be a positive number');
  }
  const times = [...new Set(input.scheduleTimes ?? [])].sort();
  const asNeeded = input.asNeeded ?? false;
  if (times.some((t) => !TIME.test(t))) p.add('scheduleTimes', 'must be times as HH:MM');
  // Hourly is the densest schedule a ward gives by the clock; denser is an infusion, not doses.
  if (times.length > MAX_TIMES_A_DAY) {
    p.add('scheduleTimes', `at most ${String(MAX_TIMES_A_DAY)} times a day`);
  }
  const interval = input.intervalHours ?? null;
  if (interval !== null && (!Number.isInteger(interval) || interval < 1 || interval > 168)) {
    p.add('intervalHours', 'must be between 1 and 168 hours');
  }
  if (times.length > 0 && interval !== null) {
    p.add('intervalHours', 'give either times of day or an interval, not both');
  }
  if (!asNeeded && times.length === 0 && interval === null) {
    p.add('scheduleTimes', 'give times of day or an interval, or mark it as needed');
  }
  const startAt = input.startAt ?? now;
  let endAt = input.endAt ?? null;
  if (input.durationDays != null) {
    if (
      !Number.isInteger(input.durationDays) ||
      input.durationDays < 1 ||
      input.durationDays > 3650
    ) {
      p.add('durationDays', 'must be between 1 and 3650 days');
    } else if (endAt) p.add('durationDays', 'give either an end or a duration');
    else endAt = new Date(startAt.getTime() + input.durationDays * 86_400_000);
  }
  if (endAt && endAt <= startAt) p.add('endAt', 'must be after the start');
  const stockItemId = input.stockItemId?.toLowerCase() ?? null;
  const unitsPerDose = input.unitsPerDose ?? (stockItemId ? 1 : null);
  if (stockItemId && !isUuid(stockItemId)) p.add('stockItemId', 'is not an id');
  if (unitsPerDose !== null) {
    if (!stockItemId) p.add('unitsPerDose', 'only with a catalogue item (stockItemId)');
    else if (!Number.isInteger(unitsPerDose) || unitsPerDose < 1 || unitsPerDose > 1000) {
      p.add('unitsPerDose', 'must be a whole number of units from 1 to 1000');
    }
  }
  p.throwIfAny();
  if (stockItemId) {
    const stock = currentDoseStock();
    if (!stock || !(await stock.isPrescribable(ctx, stockItemId))) {
      throw new ValidationError({ stockItemId: 'is not a stocked catalogue item' });
    }
  }

  const patient = await patientForWrite(ctx, input.patientId);
  const encounter = await encounterOf(ctx.em, patient.id, input.encounterId);
  const conflicts = allergyConflicts(
    `${medicationName} ${strength ?? ''}`,
    await activeAllergies(ctx, patient.id),
  );
  const scope = currentAuditScope();
  if (conflicts.length > 0 && !override) {
    if (scope) scope.details.allergyConflict = true;
    throw new DomainError(
      'BAD_USER_INPUT',
      `${medicationName} matches an active allergy: ${conflicts.join(', ')}.`,
      {
        fields: {
          allergyOverrideReason: `required: matches an active allergy (${conflicts.join(', ')})`,
        },
        allergyConflicts: conflicts,
      },
    );
  }
  const by = await author(ctx);
  const rx = ctx.em.create(Prescription, {
    patient,
    encounter,
    medicationName,
    stockItemId,
    unitsPerDose,
    form,
    strength,
    dose: input.dose,
    doseUnit,
    route: input.route,
    scheduleTimes: times,
    intervalHours: interval,
    asNeeded,
    startAt,
    endAt,
    instructions,
    allergyConflicts: conflicts,
    allergyOverrideReason: conflicts.length > 0 ? override : null,
    occurredAt: now,
    ...authored(by, now),
  });
  const old = await correctedBy(
    ctx,
    Prescription,
    input.corrects,
    { patientId: patient.id, replacedById: rx.id },
    by,
  );
  if (old) {
    rx.replacesId = old.id;
  }
  scope?.setTarget('Prescription', rx.id, patient.id);
  if (scope && conflicts.length > 0) {
    scope.details.allergyOverride = true;
    scope.details.allergyConflictCount = conflicts.length;
  }
  return rx;
}

export async function stopPrescription(ctx: RequestContext, input: StopPrescriptionInput) {
  const rx = isUuid(input.id) ? await ctx.em.findOne(Prescription, input.id) : null;
  if (!rx) throw new NotFoundError('Prescription');
  currentAuditScope()?.setTarget('Prescription', rx.id, rx.patient.id);
  const p = new Problems();
  const reason = p.text('reason', input.reason, 500, true);
  p.throwIfAny();
  if (rx.enteredInErrorAt) throw new ConflictError('This prescription was marked in error.');
  if (rx.status !== PrescriptionStatus.ACTIVE) throw new ConflictError('It is no longer active.');
  const now = ctx.clock.now();
  rx.status = PrescriptionStatus.STOPPED;
  rx.stoppedAt = now;
  rx.stopReason = reason;
  if (!rx.endAt || rx.endAt > now) rx.endAt = now;
  return rx;
}

/** Active now: not stopped, not in error, started, not ended. */
export function isActive(rx: Prescription, now: Date): boolean {
  return (
    rx.status === PrescriptionStatus.ACTIVE && !rx.enteredInErrorAt && (!rx.endAt || rx.endAt > now)
  );
}

export async function listPrescriptions(
  ctx: RequestContext,
  args: { patientId: string; activeOnly?: boolean },
) {
  const patient = await patientInScope(ctx, args.patientId, PatientPart.PRESCRIPTIONS);
  await auditClinicalRead(ctx, [patient.id], 'prescriptions');
  const now = ctx.clock.now();
  const self = ctx.viewer !== null && isPatientAccount(ctx.viewer);
  const where: Record<string, unknown> = { patient: patient.id };
  if (self) where.enteredInErrorAt = null;
  if (args.activeOnly) {
    Object.assign(where, {
      status: PrescriptionStatus.ACTIVE,
      enteredInErrorAt: null,
      $or: [{ endAt: null }, { endAt: { $gt: now } }],
    });
  }
  return ctx.em.find(Prescription, where, {
    orderBy: { occurredAt: 'desc', id: 'desc' },
    limit: 500,
  });
}

export interface ScheduledDoseRow {
  prescription: Prescription;
  scheduledAt: Date;
  state: DoseState;
  administration: MedicationAdministration | null;
}

/**
 * The administration record of a window: every scheduled dose of the patient's prescriptions in
 * [from, to), with what was recorded for it; unrecorded past doses show as late.
 */
/** The most doses a prescription may schedule by the clock in one day. */
export const MAX_TIMES_A_DAY = 24;

export async function medicationSchedule(
  ctx: RequestContext,
  args: { patientId: string; from: Date; to: Date },
): Promise<ScheduledDoseRow[]> {
  if (args.to <= args.from || args.to.getTime() - args.from.getTime() > 8 * 86_400_000) {
    throw new ValidationError({ to: 'the window must be positive and at most 8 days' });
  }
  const patient = await patientInScope(ctx, args.patientId, PatientPart.CARE_TEAM);
  await auditClinicalRead(ctx, [patient.id], 'medicationSchedule');
  const prescriptions = await ctx.em.find(Prescription, {
    patient: patient.id,
    enteredInErrorAt: null,
    asNeeded: false,
    startAt: { $lt: args.to },
    $or: [{ endAt: null }, { endAt: { $gt: args.from } }],
  });
  const records = prescriptions.length
    ? await ctx.em.find(MedicationAdministration, {
        prescription: { $in: prescriptions.map((r) => r.id) },
        enteredInErrorAt: null,
        scheduledAt: { $gte: args.from, $lt: args.to },
      })
    : [];
  const byDose = new Map(
    records.map((r) => [`${r.prescription.id}|${r.scheduledAt?.toISOString() ?? ''}`, r]),
  );
  const now = ctx.clock.now();
  const rows: ScheduledDoseRow[] = [];
  for (const rx of prescriptions) {
    for (const at of scheduledDoses(rx, args.from, args.to, ctx.config.timeZone)) {
      const rec = byDose.get(`${rx.id}|${at.toISOString()}`) ?? null;
      rows.push({
        prescription: rx,
        scheduledAt: at,
        state: doseState(at, rec?.status, now),
        administration: rec,
      });
    }
  }
  return rows.sort(
    (a, b) =>
      a.scheduledAt.getTime() - b.scheduledAt.getTime() ||
      a.prescription.medicationName.localeCompare(b.prescription.medicationName),
  );
}

/**
 * Why a dose is refused because its prescription or its slot changed since the nurse read them
 * (an entry made offline and sent later, say): `extensions.reason` of the error, for the device
 * to show the entry for checking instead of retrying it. The code stays BAD_USER_INPUT (stopped,
 * marked in error) or CONFLICT (already recorded).
 */
export type DoseRefusal =
  'PRESCRIPTION_STOPPED' | 'PRESCRIPTION_ENTERED_IN_ERROR' | 'DOSE_ALREADY_RECORDED';

function doseRefused(reason: DoseRefusal, message: string, fields: Record<string, string>) {
  return new DomainError('BAD_USER_INPUT', message, { fields, reason });
}

/** Whether the prescription was stopped at or before this instant. */
function stoppedBy(rx: Prescription, at: Date): boolean {
  return rx.status === PrescriptionStatus.STOPPED && rx.endAt != null && at >= rx.endAt;
}

/**
 * Records what happened to one dose. Safe to replay (`writeOnce`): the same request under the
 * same device-made id returns the record the first one made, a different one is a conflict. A
 * dose already recorded under another id is a conflict too, and the partial unique index makes
 * sure of it even under races.
 */
export function recordMedicationAdministration(
  ctx: RequestContext,
  input: RecordMedicationAdministrationInput,
): Promise<MedicationAdministration> {
  return writeOnce(ctx, MedicationAdministration, input, (once) =>
    newAdministration(ctx, input, once),
  );
}

async function newAdministration(
  ctx: RequestContext,
  input: RecordMedicationAdministrationInput,
  { id, requestHash }: WriteOnce,
): Promise<MedicationAdministration> {
  const scope = currentAuditScope();
  const em = ctx.em;
  const rx = isUuid(input.prescriptionId)
    ? await em.findOne(Prescription, input.prescriptionId)
    : null;
  if (!rx) throw new ValidationError({ prescriptionId: 'is not a prescription in force' });
  if (rx.enteredInErrorAt) {
    throw doseRefused('PRESCRIPTION_ENTERED_IN_ERROR', 'This prescription was marked in error.', {
      prescriptionId: 'is not a prescription in force',
    });
  }
  scope?.setTarget('Prescription', rx.id, rx.patient.id);
  const now = ctx.clock.now();
  const p = new Problems();
  const reason = p.text('reason', input.reason, 500, input.status !== AdministrationStatus.GIVEN);
  const administeredAt =
    input.status === AdministrationStatus.GIVEN
      ? p.notFuture('administeredAt', input.administeredAt, now)
      : null;
  const { birthDate } = await em.findOneOrFail(Patient, rx.patient.id);
  notBeforeBirth('administeredAt', administeredAt, birthDate);
  let scheduledAt: Date | null = input.scheduledAt ?? null;
  // The field naming a dose that came after the prescription was stopped, if one does.
  let afterStop: 'administeredAt' | 'scheduledAt' | null = null;
  if (rx.asNeeded) {
    if (scheduledAt) p.add('scheduledAt', 'an as-needed prescription has no scheduled doses');
    if (input.status !== AdministrationStatus.GIVEN)
      p.add('status', 'an as-needed dose is given or not recorded');
    if (
      administeredAt &&
      (administeredAt < rx.startAt || (rx.endAt && administeredAt >= rx.endAt))
    ) {
      if (administeredAt >= rx.startAt && stoppedBy(rx, administeredAt)) {
        afterStop = 'administeredAt';
      } else p.add('administeredAt', 'is outside the prescription');
    }
  } else if (!scheduledAt) p.add('scheduledAt', 'is required: which dose is this?');
  else {
    const at = scheduledAt;
    const doseAt = (regimen: DoseRegimen) =>
      scheduledDoses(
        regimen,
        new Date(at.getTime() - 60_000),
        new Date(at.getTime() + 60_000),
        ctx.config.timeZone,
      ).find((d) => Math.abs(d.getTime() - at.getTime()) < 60_000);
    const match = doseAt(rx);
    // A dose of the order as written that falls after its stop: the order changed, not the dose.
    const asWritten = stoppedBy(rx, at)
      ? doseAt({
          scheduleTimes: rx.scheduleTimes,
          intervalHours: rx.intervalHours,
          asNeeded: false,
          startAt: rx.startAt,
        })
      : undefined;
    if (match) scheduledAt = match;
    else if (asWritten) {
      scheduledAt = asWritten;
      afterStop = 'scheduledAt';
    } else p.add('scheduledAt', 'is not a scheduled dose of this prescription');
  }
  const dose = input.status === AdministrationStatus.GIVEN ? (input.dose ?? rx.dose) : null;
  if (dose !== null && (!Number.isFinite(dose) || dose <= 0)) p.add('dose', 'must be positive');
  // A dose after the stop is refused unless the nurse records it anyway, saying why: it was
  // given (an entry made offline, say), so the record must say so rather than lose it.
  const afterStopReason = p.text('afterStopReason', input.afterStopReason, 500);
  if (afterStopReason && !afterStop) {
    p.add('afterStopReason', 'only for a dose the prescription was stopped before');
  }
  if (input.lotId != null && input.status !== AdministrationStatus.GIVEN) {
    p.add('lotId', 'only for a dose given');
  } else if (input.lotId != null && !isUuid(input.lotId)) p.add('lotId', 'is not an id');
  if (afterStop && !afterStopReason) {
    throw doseRefused('PRESCRIPTION_STOPPED', 'The prescription was stopped before this dose.', {
      ...p.fields,
      [afterStop]: 'the prescription was stopped before this dose',
    });
  }
  p.throwIfAny();

  const by = await author(ctx);
  let replaces: string | null = null;
  // The record being corrected must leave its slot before the correction takes it.
  const old = await correctedBy(
    ctx,
    MedicationAdministration,
    input.corrects,
    { patientId: rx.patient.id, replacedById: id },
    by,
  );
  if (old) {
    if (old.prescription.id !== rx.id) {
      throw new ValidationError({ 'corrects.id': 'is a record of another prescription' });
    }
    replaces = old.id;
  }
  if (scheduledAt) {
    const taken = await em.findOne(MedicationAdministration, {
      prescription: rx.id,
      scheduledAt,
      enteredInErrorAt: null,
    });
    if (taken) {
      throw new DomainError('CONFLICT', 'This dose is already recorded.', {
        reason: 'DOSE_ALREADY_RECORDED' satisfies DoseRefusal,
        existingId: taken.id,
      });
    }
  }
  const record = em.create(MedicationAdministration, {
    id,
    patient: rx.patient,
    prescription: rx,
    scheduledAt,
    status: input.status,
    dose,
    doseUnit: dose !== null ? (input.doseUnit?.trim() ?? rx.doseUnit) : null,
    route: input.status === AdministrationStatus.GIVEN ? (input.route ?? rx.route) : null,
    reason,
    afterStopReason: afterStop ? afterStopReason : null,
    requestHash,
    replacesId: replaces,
    occurredAt: administeredAt ?? scheduledAt ?? now,
    ...authored(by, now),
  });
  scope?.setTarget('MedicationAdministration', record.id, rx.patient.id);
  // The dose's units leave the ward's stock in this transaction, linked to this record: a replay
  // of the same id returned above (writeOnce) and takes nothing twice.
  const stock = currentDoseStock();
  if (stock && input.status === AdministrationStatus.GIVEN) {
    const lotId = await stock.takeDose(ctx, {
      administrationId: record.id,
      patientId: rx.patient.id,
      prescriptionId: rx.id,
      stockItemId: rx.stockItemId ?? null,
      units: rx.unitsPerDose ?? 1,
      lotId: input.lotId?.toLowerCase() ?? null,
      consume: old?.status !== AdministrationStatus.GIVEN,
    });
    record.lotId = lotId ?? old?.lotId ?? null;
  }
  return record;
}

export async function listAdministrations(
  ctx: RequestContext,
  args: { patientId: string; prescriptionId?: string; first?: number },
) {
  const patient = await patientInScope(ctx, args.patientId, PatientPart.CARE_TEAM);
  await auditClinicalRead(ctx, [patient.id], 'medicationAdministrations');
  const where: Record<string, unknown> = { patient: patient.id };
  if (args.prescriptionId) {
    if (!isUuid(args.prescriptionId)) return [];
    where.prescription = args.prescriptionId;
  }
  return ctx.em.find(MedicationAdministration, where, {
    orderBy: { occurredAt: 'desc', id: 'desc' },
    limit: Math.min(Math.max(args.first ?? 100, 1), 500),
  });
}
