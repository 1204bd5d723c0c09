import type { Bundle } from '@medplum/fhirtypes';
import type { RequestContext } from '../../kernel/context.js';
import { requireViewer } from '../../kernel/context.js';
import { Locale } from '../../kernel/auth/roles.js';
import { NotFoundError } from '../../kernel/errors.js';
import { PatientPart, requirePatientAccess } from '../access/index.js';
import { User } from '../auth/index.js';
import { Invoice, InvoiceStatus } from '../billing/index.js';
import { Allergy, AllergyClinicalStatus, Patient } from '../patients/index.js';
import {
  Diagnosis,
  Encounter,
  LabResult,
  MedicationAdministration,
  Prescription,
  VitalSigns,
} from '../records/index.js';
import { Appointment } from '../scheduling/index.js';
import { toRecordBundle, type RecordData } from './fhir-bundle.js';
import { recordPdf, type RecordDocLanguage } from './record-pdf.js';

/** Minor units per major unit of a currency: 100 for EUR, 1 for XOF. */
function minorPerMajor(currency: string): number {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits;
  return 10 ** (digits ?? 2);
}

/**
 * The caller's own record as plain data: what stands of it (entries marked entered in error are
 * left out), the parts a patient reads of their own record (never the care team's working
 * notes), and issued invoices. Only a patient account has one.
 */
export async function myRecordData(ctx: RequestContext): Promise<RecordData> {
  const viewer = requireViewer(ctx);
  const patientId = viewer.patientId;
  if (!patientId) throw new NotFoundError('Patient');
  await requirePatientAccess(ctx, patientId, PatientPart.CHART);
  const em = ctx.em;
  const standing = { patient: patientId, enteredInErrorAt: null };
  const [patient, encounters, diagnoses, prescriptions, administrations, vitals, labs] =
    await Promise.all([
      em.findOneOrFail(Patient, patientId),
      em.find(Encounter, standing, { orderBy: { occurredAt: 'asc', id: 'asc' } }),
      em.find(Diagnosis, standing, { orderBy: { recordedAt: 'asc', id: 'asc' } }),
      em.find(Prescription, standing, { orderBy: { startAt: 'asc', id: 'asc' } }),
      em.find(MedicationAdministration, standing, { orderBy: { occurredAt: 'asc', id: 'asc' } }),
      em.find(VitalSigns, standing, { orderBy: { occurredAt: 'asc', id: 'asc' } }),
      em.find(LabResult, standing, { orderBy: { occurredAt: 'asc', id: 'asc' } }),
    ]);
  const [allergies, appointments, invoices] = await Promise.all([
    em.find(
      Allergy,
      { patient: patientId, status: { $ne: AllergyClinicalStatus.ENTERED_IN_ERROR } },
      { orderBy: { recordedAt: 'asc', id: 'asc' } },
    ),
    em.find(
      Appointment,
      { patient: patientId },
      { orderBy: { startsAt: 'asc', id: 'asc' }, populate: ['practitioner.user'] },
    ),
    em.find(
      Invoice,
      {
        patient: patientId,
        number: { $ne: null },
        status: { $nin: [InvoiceStatus.DRAFT, InvoiceStatus.DISCARDED] },
      },
      { orderBy: { issuedAt: 'asc', id: 'asc' } },
    ),
  ]);
  return {
    patient,
    encounters,
    diagnoses: diagnoses.map((d) => ({
      id: d.id,
      encounterId: d.encounter?.id ?? null,
      code: d.code,
      label: d.label,
      status: d.status,
      onsetDate: d.onsetDate,
      recordedAt: d.recordedAt,
    })),
    prescriptions: prescriptions.map((rx) => ({
      id: rx.id,
      encounterId: rx.encounter?.id ?? null,
      medicationName: rx.medicationName,
      dose: rx.dose,
      doseUnit: rx.doseUnit,
      route: rx.route,
      status: rx.status,
      startAt: rx.startAt,
      endAt: rx.endAt,
      instructions: rx.instructions,
      recordedByName: rx.recordedByName,
    })),
    administrations: administrations.map((a) => ({
      id: a.id,
      prescriptionId: a.prescription.id,
      status: a.status,
      occurredAt: a.occurredAt,
      dose: a.dose,
      doseUnit: a.doseUnit,
    })),
    vitals: vitals.map((v) => ({
      id: v.id,
      encounterId: v.encounter?.id ?? null,
      occurredAt: v.occurredAt,
      temperatureC: v.temperatureC,
      heartRate: v.heartRate,
      systolicBp: v.systolicBp,
      diastolicBp: v.diastolicBp,
      respiratoryRate: v.respiratoryRate,
      spo2: v.spo2,
      weightKg: v.weightKg,
      heightCm: v.heightCm,
      glucoseMmolL: v.glucoseMmolL,
      painScore: v.painScore,
    })),
    labResults: labs,
    allergies,
    appointments: appointments.map((a) => ({
      id: a.id,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      status: a.status,
      reason: a.reason,
      practitionerName: a.practitioner.getEntity().user.getEntity().displayName,
    })),
    invoices: invoices.map((i) => ({
      id: i.id,
      number: i.number ?? '',
      kind: i.kind,
      status: i.status,
      currency: i.currency,
      totalMinor: i.totalMinor,
      patientMinor: i.patientMinor,
      issuedAt: i.issuedAt,
      minorPerMajor: minorPerMajor(i.currency),
    })),
  };
}

/** The caller's record as a FHIR R4 collection Bundle (a patient's right of access). */
export async function myRecordBundle(ctx: RequestContext): Promise<Bundle> {
  return toRecordBundle(await myRecordData(ctx), ctx.clock.now());
}

/** The same record as a readable PDF, in the language asked or the account's. */
export async function myRecordDocument(ctx: RequestContext, language?: Locale | null) {
  const data = await myRecordData(ctx);
  let lang: RecordDocLanguage = language === Locale.en ? 'en' : 'fr';
  if (!language) {
    const user = await ctx.em.findOne(User, requireViewer(ctx).userId);
    lang = user?.locale === Locale.en ? 'en' : 'fr';
  }
  const pdf = await recordPdf(data, {
    lang,
    timeZone: ctx.config.timeZone,
    hospitalName: ctx.config.hospitalName,
    at: ctx.clock.now(),
  });
  return {
    fileName: `dossier-${data.patient.mrn}.pdf`,
    contentType: 'application/pdf',
    base64: pdf.toString('base64'),
  };
}
