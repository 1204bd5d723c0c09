import type { EntityManager } from '@mikro-orm/postgresql';
import { zonedDay } from '../../kernel/zoned-time.js';
import { User } from '../../modules/auth/index.js';
import {
  ActKind,
  billingSettings,
  Charge,
  chargeCompletedVisit,
  chargeValidatedLabTest,
  InsuranceCoverage,
  insurerShare,
  Invoice,
  InvoiceKind,
  InvoiceLine,
  InvoiceStatus,
  nextNumber,
  Payment,
  PaymentMethod,
  payerKeyOf,
  Tariff,
} from '../../modules/billing/index.js';
import type { Patient } from '../../modules/patients/index.js';
import { LabResult } from '../../modules/records/index.js';
import { Appointment, AppointmentStatus, Practitioner } from '../../modules/scheduling/index.js';

const DAY = 86_400_000;
const MINUTE = 60_000;

/** `YYYY-MM-DD` so many days after `date`. */
function plusDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Consultation prices per demo specialty, the `*` price for any other, in minor units. */
const TARIFFS: { actKind: ActKind; code: string; amountMinor: number; fr: string; en: string }[] = [
  {
    actKind: ActKind.CONSULTATION,
    code: 'CARDIOLOGY',
    amountMinor: 5000,
    fr: 'Consultation de cardiologie',
    en: 'Cardiology consultation',
  },
  {
    actKind: ActKind.CONSULTATION,
    code: 'GENERAL_PRACTICE',
    amountMinor: 3000,
    fr: 'Consultation de médecine générale',
    en: 'General practice consultation',
  },
  {
    actKind: ActKind.CONSULTATION,
    code: 'PAEDIATRICS',
    amountMinor: 3500,
    fr: 'Consultation de pédiatrie',
    en: 'Paediatric consultation',
  },
  {
    actKind: ActKind.CONSULTATION,
    code: '*',
    amountMinor: 3000,
    fr: 'Consultation',
    en: 'Consultation',
  },
  {
    actKind: ActKind.LAB_TEST,
    code: '*',
    amountMinor: 1250,
    fr: 'Analyse de biologie',
    en: 'Laboratory test',
  },
  {
    actKind: ActKind.BED_DAY,
    code: '*',
    amountMinor: 85000,
    fr: 'Journée d’hospitalisation',
    en: 'Inpatient day',
  },
];

/** How each demo insurer covers each kind: national schemes by percentage, one by a fixed amount. */
function coverOf(payer: string): { actKind: ActKind; percent?: number; fixedMinor?: number }[] {
  if (payer.startsWith('CPAM')) {
    return [
      { actKind: ActKind.CONSULTATION, percent: 70 },
      { actKind: ActKind.LAB_TEST, percent: 60 },
      { actKind: ActKind.BED_DAY, percent: 80 },
      { actKind: ActKind.MEDICATION, percent: 65 },
    ];
  }
  if (payer === 'MGEN') {
    return [
      { actKind: ActKind.CONSULTATION, fixedMinor: 2000 },
      { actKind: ActKind.LAB_TEST, percent: 60 },
    ];
  }
  if (payer === 'Harmonie Mutuelle') {
    return [
      { actKind: ActKind.CONSULTATION, percent: 50 },
      { actKind: ActKind.LAB_TEST, percent: 50 },
    ];
  }
  return [
    { actKind: ActKind.CONSULTATION, percent: 100 },
    { actKind: ActKind.LAB_TEST, percent: 100 },
    { actKind: ActKind.BED_DAY, percent: 100 },
  ];
}

/**
 * Billing of the demo hospital: tariffs (consultations per demo specialty and `*`, lab tests and
 * bed-days `*`) from a year ago; each demo insurer's cover; the charges care would have made —
 * today's completed visits, the validated lab results and their visits a few days ago — captured
 * by billing's own handlers; and three issued invoices numbered by the counter, one paid, one paid
 * in part and one unpaid. The first portal patient keeps their visit and lab test unbilled, for
 * the cashier's worklist. Written in the seed's transaction on an empty database.
 */
export async function seedBilling(
  tx: EntityManager,
  patients: Patient[],
  now: Date,
  timeZone: string,
): Promise<void> {
  const today = zonedDay(now, timeZone).date;
  const manager = await tx.findOneOrFail(User, { email: 'manager@caregraph.example' });
  const cashier = await tx.findOneOrFail(User, { email: 'cashier@caregraph.example' });
  for (const t of TARIFFS) {
    tx.create(Tariff, {
      actKind: t.actKind,
      code: t.code,
      labelFr: t.fr,
      labelEn: t.en,
      amountMinor: t.amountMinor,
      validFrom: plusDays(today, -365),
      validTo: null,
      createdAt: now,
      createdById: manager.id,
    });
  }
  const payers = [
    ...new Set(patients.flatMap((p) => (p.insurance?.payer ? [p.insurance.payer] : []))),
  ];
  for (const payer of payers) {
    for (const c of coverOf(payer)) {
      tx.create(InsuranceCoverage, {
        payer,
        payerKey: payerKeyOf(payer),
        actKind: c.actKind,
        percent: c.percent ?? null,
        fixedMinor: c.fixedMinor ?? null,
        updatedAt: now,
      });
    }
  }
  await tx.flush();
  const ctx = { em: tx, clock: { now: () => now } };

  // Today's visits already over (the agenda's), as completing them would have charged them.
  const practitioners = await tx.find(Practitioner, {}, { populate: ['user'] });
  const visit = async (a: Appointment, p: Practitioner) => {
    await chargeCompletedVisit(
      {
        appointmentId: a.id,
        patientId: a.patient.id,
        practitionerUserId: p.user.id,
        specialty: p.specialty,
        reason: a.reason,
        at: a.endsAt,
      },
      ctx,
    );
  };
  const done = await tx.find(Appointment, { status: AppointmentStatus.COMPLETED });
  for (const a of done) {
    const p = practitioners.find((x) => x.id === a.practitioner.id);
    if (p) await visit(a, p);
  }

  // The charts' validated results, each with the visit that ordered it (a cardiology visit).
  const cardio = practitioners.find((p) => p.specialty === 'CARDIOLOGY') ?? practitioners[0];
  const results = await tx.find(LabResult, { validatedAt: { $ne: null } }, { populate: ['order'] });
  for (const [i, r] of results.entries()) {
    const validatedAt = r.validatedAt ?? now;
    if (validatedAt > now) continue;
    await chargeValidatedLabTest(
      {
        resultId: r.id,
        orderId: r.order.id,
        patientId: r.patient.id,
        testCode: r.testCode,
        testNameFr: r.testNameFr,
        testNameEn: r.testNameEn,
        at: validatedAt,
      },
      ctx,
    );
    if (!cardio) continue;
    // A result ordered at a booked visit was billed with that visit, above.
    const encounterId = r.order.encounterId;
    if (encounterId && (await tx.count(Appointment, { encounterId })) > 0) continue;
    const startsAt = new Date(r.order.occurredAt.getTime() - (20 + 20 * i) * MINUTE);
    const a = tx.create(Appointment, {
      patient: r.patient,
      practitioner: cardio,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 20 * MINUTE),
      reason: 'Consultation de suivi',
      status: AppointmentStatus.COMPLETED,
      outsideSessionReason: null,
    });
    await tx.flush();
    await visit(a, cardio);
  }

  // Three patients seen last week, then invoiced: paid, paid in part, unpaid.
  const general = practitioners.find((p) => p.specialty === 'GENERAL_PRACTICE') ?? cardio;
  const plan = [
    { index: 3, daysAgo: 8, pay: 'all' },
    { index: 4, daysAgo: 6, pay: 'part' },
    { index: 10, daysAgo: 5, pay: 'none' },
  ] as const;
  for (const [k, step] of plan.entries()) {
    const patient = patients[step.index];
    if (!patient || !general) continue;
    const startsAt = new Date(now.getTime() - step.daysAgo * DAY - (90 + 20 * k) * MINUTE);
    const a = tx.create(Appointment, {
      patient,
      practitioner: general,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 20 * MINUTE),
      reason: 'Bilan annuel',
      status: AppointmentStatus.COMPLETED,
      outsideSessionReason: null,
    });
    await tx.flush();
    await visit(a, general);
    const charges = await tx.find(Charge, { sourceKey: `visit:${a.id}` });
    const issuedAt = new Date(a.endsAt.getTime() + 30 * MINUTE);
    await invoiceOf(tx, patient, charges, cashier, issuedAt, timeZone, step.pay);
  }
  await tx.flush();
}

/** An issued invoice of `charges`, numbered by the counter, with the payments `pay` asks for. */
async function invoiceOf(
  tx: EntityManager,
  patient: Patient,
  charges: Charge[],
  cashier: User,
  at: Date,
  timeZone: string,
  pay: 'all' | 'part' | 'none',
): Promise<void> {
  const payer = patient.insurance?.payer?.trim() || null;
  const cover = new Map(
    payer
      ? (await tx.find(InsuranceCoverage, { payerKey: payerKeyOf(payer) })).map((c) => [
          c.actKind,
          c.fixedMinor != null ? { fixedMinor: c.fixedMinor } : { percent: c.percent ?? 0 },
        ])
      : [],
  );
  const { year, seq, number } = await nextNumber(tx, 'INVOICE', at, timeZone);
  const lines = charges.map((c) => {
    const amount = c.amountMinor ?? 0;
    const share = insurerShare(amount, c.quantity, cover.get(c.actKind) ?? null);
    return { c, amount, share };
  });
  const total = lines.reduce((s, l) => s + l.amount, 0);
  const insurer = lines.reduce((s, l) => s + l.share, 0);
  const patientShare = total - insurer;
  const paidPatient =
    pay === 'all' ? patientShare : pay === 'part' ? Math.floor(patientShare / 2) : 0;
  const paidInsurer = pay === 'all' ? insurer : 0;
  const paid = paidPatient + paidInsurer;
  const invoice = tx.create(Invoice, {
    kind: InvoiceKind.INVOICE,
    status:
      paid === 0
        ? InvoiceStatus.ISSUED
        : paid >= total
          ? InvoiceStatus.PAID
          : InvoiceStatus.PARTIALLY_PAID,
    patient,
    number,
    year,
    seq,
    currency: billingSettings().currency,
    totalMinor: total,
    insurerMinor: insurer,
    patientMinor: patientShare,
    paidPatientMinor: paidPatient,
    paidInsurerMinor: paidInsurer,
    payer,
    payerKey: payer ? payerKeyOf(payer) : null,
    memberNumber: payer ? (patient.insurance?.memberNumber ?? null) : null,
    patientName: patient.displayName,
    createdAt: at,
    createdById: cashier.id,
    issuedAt: at,
    issuedByName: cashier.displayName,
  });
  lines.forEach(({ c, amount, share }, i) => {
    c.invoiceId = invoice.id;
    tx.create(InvoiceLine, {
      invoice,
      charge: c,
      position: i + 1,
      actKind: c.actKind,
      labelFr: c.labelFr,
      labelEn: c.labelEn,
      occurredAt: c.occurredAt,
      quantity: c.quantity,
      unitMinor: c.unitMinor ?? 0,
      amountMinor: amount,
      insurerMinor: share,
      patientMinor: amount - share,
    });
  });
  const payments: [PaymentMethod, number, string | null][] = [];
  if (paidPatient > 0) {
    payments.push(
      pay === 'all'
        ? [PaymentMethod.CASH, paidPatient, null]
        : [PaymentMethod.CARD, paidPatient, 'TPE-0417'],
    );
  }
  if (paidInsurer > 0) payments.push([PaymentMethod.INSURANCE, paidInsurer, null]);
  for (const [k, [method, amountMinor, reference]] of payments.entries()) {
    const receivedAt = new Date(at.getTime() + (5 + k) * MINUTE);
    const receipt = await nextNumber(tx, 'RECEIPT', receivedAt, timeZone);
    tx.create(Payment, {
      invoice,
      patient,
      method,
      amountMinor,
      reference,
      reason: null,
      refundOf: null,
      receiptNumber: receipt.number,
      receivedAt,
      receivedById: cashier.id,
      receivedByName: cashier.displayName,
    });
  }
}
