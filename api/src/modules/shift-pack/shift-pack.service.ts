import { requireViewer, type RequestContext } from '../../kernel/context.js';
import { pgArray } from '../../kernel/db/pg-array.js';
import { ForbiddenError } from '../../kernel/errors.js';
import { zonedDay } from '../../kernel/zoned-time.js';
import { auditPatientListRead, patientsInCare } from '../access/index.js';
import { Allergy, AllergyClinicalStatus, Patient } from '../patients/index.js';
import {
  CareNote,
  Diagnosis,
  DiagnosisStatus,
  doseState,
  LabResult,
  MedicationAdministration,
  Prescription,
  PrescriptionStatus,
  scheduledDoses,
  VitalSigns,
  type ScheduledDose,
} from '../records/index.js';
import {
  dayBoard,
  ownPractitioner,
  type Appointment,
  type Practitioner,
} from '../scheduling/index.js';
import { myPatients, myRound, type InpatientRow } from '../wards/index.js';
import { packWindow, type PackWindow } from './pack-window.js';
import { entityContent, packVersion } from './pack-version.js';
import { ShiftPackKind } from './shift-pack-kind.js';
import { PACK_PARTS, shiftPackKindOf } from './shift-pack.rules.js';
import type { ShiftPack, ShiftPackPatient } from './shift-pack.types.js';

const HOUR_MS = 3_600_000;

/** How far back each part of a patient's chart reaches in the pack. */
export const PACK_REACH = {
  administrationsMs: 24 * HOUR_MS,
  vitalsMs: 72 * HOUR_MS,
  labResultsMs: 7 * 24 * HOUR_MS,
  careNotes: 5,
} as const;

/** The patients of the list whose every part carried by the pack the caller reads. */
async function readableInPack(ctx: RequestContext, patientIds: string[]): Promise<Set<string>> {
  let readable = new Set(patientIds);
  for (const part of PACK_PARTS) {
    if (readable.size === 0) break;
    readable = new Set(await patientsInCare(ctx, [...readable], part));
  }
  return readable;
}

function byPatient<T extends { patient: { id: string } }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.patient.id);
    if (list) list.push(row);
    else out.set(row.patient.id, [row]);
  }
  return out;
}

interface ChartParts {
  patients: Map<string, Patient>;
  allergies: Map<string, Allergy[]>;
  problems: Map<string, Diagnosis[]>;
  prescriptions: Map<string, Prescription[]>;
  administrations: Map<string, MedicationAdministration[]>;
  vitals: Map<string, VitalSigns[]>;
  labResults: Map<string, LabResult[]>;
  careNotes: Map<string, CareNote[]>;
}

/**
 * What the chart's screens read, for many patients at once: one statement per kind of entry
 * whatever the number of patients, with the chart summary's own filters (`records/chart`):
 * standing entries only, prescriptions in force, active problems.
 */
async function chartParts(ctx: RequestContext, ids: string[], now: Date): Promise<ChartParts> {
  const em = ctx.em;
  const patient = { $in: ids };
  const since = (ms: number) => ({ $gte: new Date(now.getTime() - ms) });
  const newest = { occurredAt: 'desc', id: 'desc' } as const;
  const patients = await em.find(Patient, { id: { $in: ids } });
  const allergies = await em.find(
    Allergy,
    { patient, status: { $ne: AllergyClinicalStatus.ENTERED_IN_ERROR } },
    { orderBy: { recordedAt: 'desc', id: 'desc' } },
  );
  const problems = await em.find(
    Diagnosis,
    { patient, status: DiagnosisStatus.ACTIVE, enteredInErrorAt: null },
    { orderBy: { rank: 'asc', occurredAt: 'desc', id: 'desc' } },
  );
  const prescriptions = await em.find(
    Prescription,
    {
      patient,
      status: PrescriptionStatus.ACTIVE,
      enteredInErrorAt: null,
      $or: [{ endAt: null }, { endAt: { $gt: now } }],
    },
    { orderBy: newest },
  );
  const administrations = await em.find(
    MedicationAdministration,
    { patient, enteredInErrorAt: null, occurredAt: since(PACK_REACH.administrationsMs) },
    { orderBy: newest },
  );
  const vitals = await em.find(
    VitalSigns,
    { patient, enteredInErrorAt: null, occurredAt: since(PACK_REACH.vitalsMs) },
    { orderBy: newest },
  );
  const labResults = await em.find(
    LabResult,
    { patient, enteredInErrorAt: null, occurredAt: since(PACK_REACH.labResultsMs) },
    { orderBy: newest },
  );
  // The latest few of each patient: a lateral lookup on the (patient, occurred_at) index.
  const noteRows = await em.getConnection().execute<Record<string, unknown>[]>(
    `select n.* from unnest(?::uuid[]) as p(id)
      cross join lateral (
        select * from care_note c
         where c.patient_id = p.id and c.entered_in_error_at is null
         order by c.occurred_at desc, c.id desc limit ?
      ) n`,
    [pgArray(ids), PACK_REACH.careNotes],
  );
  const careNotes = noteRows.map((r) => em.map(CareNote, r));
  return {
    patients: new Map(patients.map((p) => [p.id, p])),
    allergies: byPatient(allergies),
    problems: byPatient(problems),
    prescriptions: byPatient(prescriptions),
    administrations: byPatient(administrations),
    vitals: byPatient(vitals),
    labResults: byPatient(labResults),
    careNotes: byPatient(careNotes),
  };
}

/**
 * The scheduled doses of these patients within the nurse's shift, with what was recorded for
 * each: the administration record (`medicationSchedule`) of the shift's window, for all her
 * patients in two statements. Like the chart's, it lists every prescription in force during the
 * shift, so that a dose due before a prescription was stopped is still there to be recorded.
 */
async function dosesDue(
  ctx: RequestContext,
  ids: string[],
  window: PackWindow,
  now: Date,
): Promise<ScheduledDose[]> {
  const { startsAt: from, endsAt: to } = window;
  const prescriptions = await ctx.em.find(Prescription, {
    patient: { $in: ids },
    enteredInErrorAt: null,
    asNeeded: false,
    startAt: { $lt: to },
    $or: [{ endAt: null }, { endAt: { $gt: from } }],
  });
  if (prescriptions.length === 0) return [];
  const records = await ctx.em.find(MedicationAdministration, {
    prescription: { $in: prescriptions.map((rx) => rx.id) },
    enteredInErrorAt: null,
    scheduledAt: { $gte: from, $lt: to },
  });
  const byDose = new Map(
    records.map((r) => [`${r.prescription.id}|${r.scheduledAt?.toISOString() ?? ''}`, r]),
  );
  const doses: ScheduledDose[] = [];
  for (const rx of prescriptions) {
    for (const at of scheduledDoses(rx, from, to, ctx.config.timeZone)) {
      const rec = byDose.get(`${rx.id}|${at.toISOString()}`) ?? null;
      doses.push({
        prescription: rx,
        scheduledAt: at,
        state: doseState(at, rec?.status, now),
        administration: rec,
      });
    }
  }
  return doses.sort(
    (a, b) =>
      a.scheduledAt.getTime() - b.scheduledAt.getTime() ||
      a.prescription.patient.id.localeCompare(b.prescription.patient.id) ||
      a.prescription.medicationName.localeCompare(b.prescription.medicationName) ||
      a.prescription.id.localeCompare(b.prescription.id),
  );
}

/**
 * Today (hospital day) for the caller's practitioner profile: the profile and its appointments;
 * none without a profile.
 */
async function todaysAgenda(
  ctx: RequestContext,
  now: Date,
): Promise<{ practitioner: Practitioner | null; day: string; appointments: Appointment[] }> {
  const day = zonedDay(now, ctx.config.timeZone).date;
  const practitioner = await ownPractitioner(ctx);
  if (!practitioner) return { practitioner: null, day, appointments: [] };
  const [board] = await dayBoard(ctx, day, practitioner.id);
  const appointments = board?.appointments ?? [];
  // The patient's name is what the day list shows: loaded once for all, not per appointment.
  if (appointments.length > 0) await ctx.em.populate(appointments, ['patient']);
  return { practitioner, day, appointments };
}

function packPatient(row: InpatientRow, patient: Patient, parts: ChartParts): ShiftPackPatient {
  const of = <T>(m: Map<string, T[]>) => m.get(row.patientId) ?? [];
  return {
    patientId: row.patientId,
    inpatient: row,
    birthDate: patient.birthDate,
    allergyStatus: patient.allergyStatus,
    allergies: of(parts.allergies),
    activeProblems: of(parts.problems),
    activePrescriptions: of(parts.prescriptions),
    administrations: of(parts.administrations),
    vitals: of(parts.vitals),
    labResults: of(parts.labResults),
    careNotes: of(parts.careNotes),
  };
}

/** A pack's content as plain data: what its version is computed over (the stamp left out). */
function packContent(pack: Omit<ShiftPack, 'asOf' | 'shiftEndsAt' | 'version'>): unknown {
  const entities = (list: readonly object[]) => list.map(entityContent);
  return {
    kind: pack.kind,
    shift: pack.shift,
    patients: pack.patients.map((p) => ({
      patientId: p.patientId,
      inpatient: p.inpatient,
      birthDate: p.birthDate,
      allergyStatus: p.allergyStatus,
      allergies: entities(p.allergies),
      activeProblems: entities(p.activeProblems),
      activePrescriptions: entities(p.activePrescriptions),
      administrations: entities(p.administrations),
      vitals: entities(p.vitals),
      labResults: entities(p.labResults),
      careNotes: entities(p.careNotes),
    })),
    appointments: entities(pack.appointments),
    dosesDue: pack.dosesDue.map((d) => ({
      prescription: entityContent(d.prescription),
      scheduledAt: d.scheduledAt,
      state: d.state,
      administration: d.administration ? entityContent(d.administration) : null,
    })),
  };
}

/**
 * The caller's shift pack: a doctor's round (sickest first) and today's appointments, or a
 * nurse's patients this shift and the doses due; for each patient the round list's row and what
 * the chart's screens read. Only patients whose every part in the pack the access policy lets
 * the caller read (the care scope narrows a nurse to her wards). A constant number of statements
 * whatever the number of patients, and one audit row naming them (`readShiftPack`).
 */
export async function myShiftPack(ctx: RequestContext): Promise<ShiftPack> {
  const viewer = requireViewer(ctx);
  const kind = shiftPackKindOf(viewer);
  if (!kind) throw new ForbiddenError();
  const now = ctx.clock.now();
  const window = packWindow(kind, now, ctx.config.timeZone);
  const doctor = kind === ShiftPackKind.DOCTOR_DAY;
  // The pack writes its own audit row, naming every patient in it: the list writes none.
  const list = doctor
    ? await myRound(ctx, { audited: false })
    : await myPatients(ctx, { audited: false });
  const readable = await readableInPack(
    ctx,
    list.map((r) => r.patientId),
  );
  const ids = list.filter((r) => readable.has(r.patientId)).map((r) => r.patientId);
  const patients: ShiftPackPatient[] = [];
  let doses: ScheduledDose[] = [];
  if (ids.length > 0) {
    const parts = await chartParts(ctx, ids, now);
    for (const row of list) {
      const patient = parts.patients.get(row.patientId);
      if (readable.has(row.patientId) && patient) patients.push(packPatient(row, patient, parts));
    }
    if (!doctor) doses = await dosesDue(ctx, ids, window, now);
  }
  const agenda = doctor ? await todaysAgenda(ctx, now) : null;
  const appointments = agenda?.appointments ?? [];
  await auditPatientListRead(
    ctx,
    patients.map((p) => p.patientId),
    { action: 'readShiftPack', targetType: 'User', targetId: viewer.userId },
  );
  const content = { kind, shift: window.shift, patients, appointments, dosesDue: doses };
  return {
    ...content,
    practitioner: agenda?.practitioner ?? null,
    day: agenda?.day ?? null,
    asOf: now,
    shiftEndsAt: window.endsAt,
    version: packVersion(packContent(content)),
  };
}
