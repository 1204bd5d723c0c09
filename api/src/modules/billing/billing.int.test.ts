import { randomUUID } from 'node:crypto';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allAtOnce, ok, seed, type Account, type Seed } from '../../app/testing/fixtures.js';
import { startTestApp, type TestApp } from '../../app/testing/test-app.js';
import { Role } from '../../kernel/auth/roles.js';
import { Patient } from '../patients/index.js';
import { CENTRAL_PHARMACY_ID, StockMovement } from '../pharmacy/index.js';
import { AppointmentStatus } from '../scheduling/index.js';
import { Bed, Room, RoomKind, SexPolicy, Ward } from '../wards/index.js';
import { chargeCompletedVisit } from './charges.service.js';
import { Charge } from './charge.entity.js';
import { nextNumber } from './numbering.js';

let app: TestApp;
let s: Seed;
let cashier: Account;
let manager: Account;
let nurse: Account;

// Monday 1 June 2026, 10:00 in Paris.
const NOW = new Date('2026-06-01T08:00:00Z');

const TARIFF = `mutation($i: SetTariffInput!) { setTariff(input: $i) { id amountMinor validFrom validTo } }`;
const COVER = `mutation($i: SetCoverageInput!) { setInsuranceCoverage(input: $i) { id percent fixedMinor } }`;
const BILLING = `query($p: ID!) { patientBilling(patientId: $p) {
  patientDueMinor insurerDueMinor
  unbilledCharges { id actKind code labelFr quantity unitMinor amountMinor }
  invoices { id number status totalMinor patientMinor insurerMinor balanceMinor } } }`;
const CREATE = `mutation($i: CreateInvoiceInput!) { createInvoice(input: $i) {
  id status number totalMinor insurerMinor patientMinor
  lines { position actKind amountMinor insurerMinor patientMinor } } }`;
const ISSUE = `mutation($id: ID!) { issueInvoice(invoiceId: $id) { id number status issuedAt } }`;
const PAY = `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) {
  id amountMinor method receiptNumber } }`;
const INVOICE = `query($id: ID!) { invoice(id: $id) { id number status kind totalMinor
  paidPatientMinor paidInsurerMinor balanceMinor payments { id amountMinor } } }`;

interface Billing {
  patientBilling: {
    patientDueMinor: number;
    insurerDueMinor: number;
    unbilledCharges: {
      id: string;
      actKind: string;
      code: string;
      labelFr: string;
      quantity: number;
      unitMinor: number | null;
      amountMinor: number | null;
    }[];
    invoices: { id: string; number: string | null; status: string; balanceMinor: number }[];
  };
}

interface InvoiceRow {
  id: string;
  number: string | null;
  status: string;
  kind: string;
  totalMinor: number;
  insurerMinor: number;
  patientMinor: number;
  paidPatientMinor: number;
  paidInsurerMinor: number;
  balanceMinor: number;
  payments: { id: string; amountMinor: number }[];
}

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  s = seed(app);
  cashier = await app.tokenFor(Role.CASHIER);
  manager = await app.tokenFor(Role.MANAGER);
  nurse = await app.tokenFor(Role.NURSE);
  for (const t of [
    {
      actKind: 'CONSULTATION',
      code: 'CARDIOLOGY',
      amountMinor: 5000,
      labelFr: 'Consultation de cardiologie',
      labelEn: 'Cardiology consultation',
    },
    {
      actKind: 'CONSULTATION',
      code: '*',
      amountMinor: 3000,
      labelFr: 'Consultation',
      labelEn: 'Consultation',
    },
    { actKind: 'LAB_TEST', code: '*', amountMinor: 1234, labelFr: 'Analyse', labelEn: 'Lab test' },
    { actKind: 'BED_DAY', code: '*', amountMinor: 80000, labelFr: 'Journée', labelEn: 'Day' },
  ]) {
    await ok(app, TARIFF, { i: { ...t, validFrom: '2026-01-01' } }, manager.token);
  }
});
afterAll(async () => {
  await app.close();
});

async function billing(patientId: string, token = cashier.token) {
  return (await ok<Billing>(app, BILLING, { p: patientId }, token)).patientBilling;
}

/** A completed cardiology visit of a new patient, through the API; returns the patient. */
async function visitedPatient(insurer?: string): Promise<string> {
  const p = await s.patient();
  if (insurer) {
    await app
      .em()
      .execute(
        `update patient set insurance_payer = ?, insurance_member_number = 'AB123' where id = ?`,
        [insurer, p.id],
      );
  }
  const doctor = await s.doctor({ specialty: 'CARDIOLOGY' });
  const a = await s.appointment({
    patientId: p.id,
    practitioner: doctor.practitioner,
    startsAt: new Date(NOW.getTime() - 30 * 60_000),
    status: AppointmentStatus.CHECKED_IN,
  });
  for (const m of ['startAppointment', 'completeAppointment']) {
    await ok(
      app,
      `mutation($i: AppointmentIdInput!) { ${m}(input: $i) { id } }`,
      { i: { id: a.id } },
      doctor.token,
    );
  }
  return p.id;
}

async function invoiceOf(
  patientId: string,
): Promise<{ id: string; number: string; totalMinor: number }> {
  const charges = (await billing(patientId)).unbilledCharges.map((c) => c.id);
  const draft = await ok<{ createInvoice: { id: string } }>(
    app,
    CREATE,
    { i: { id: randomUUID(), patientId, chargeIds: charges } },
    cashier.token,
  );
  const issued = await ok<{ issueInvoice: { id: string; number: string } }>(
    app,
    ISSUE,
    { id: draft.createInvoice.id },
    cashier.token,
  );
  const inv = await ok<{ invoice: InvoiceRow }>(
    app,
    INVOICE,
    { id: issued.issueInvoice.id },
    cashier.token,
  );
  return { id: inv.invoice.id, number: inv.invoice.number!, totalMinor: inv.invoice.totalMinor };
}

describe('charges captured from care', () => {
  it('charges a completed visit at its specialty’s price, once even when the fact is replayed', async () => {
    const patientId = await visitedPatient();
    const b = await billing(patientId);
    expect(b.unbilledCharges).toHaveLength(1);
    expect(b.unbilledCharges[0]).toMatchObject({
      actKind: 'CONSULTATION',
      code: 'CARDIOLOGY',
      labelFr: 'Consultation de cardiologie',
      quantity: 1,
      unitMinor: 5000,
      amountMinor: 5000,
    });
    const em = app.em();
    const charge = await em.findOneOrFail(Charge, b.unbilledCharges[0]!.id);
    const appointmentId = charge.sourceKey.replace('visit:', '');
    await chargeCompletedVisit(
      {
        appointmentId,
        patientId,
        practitionerUserId: randomUUID(),
        specialty: 'CARDIOLOGY',
        reason: 'x',
        at: NOW,
      },
      { em, clock: app.clock },
    );
    expect(await app.em().count(Charge, { patient: patientId })).toBe(1);
  });

  it('charges a validated lab test once per order, and dispensed units at the catalogue price', async () => {
    const p = await s.patient();
    const result = await s.labResult(p.id);
    expect((await billing(p.id)).unbilledCharges).toHaveLength(0);
    const lab = await app.tokenFor(Role.LAB_TECHNICIAN);
    await ok(
      app,
      `mutation($i: ValidateLabResultInput!) { validateLabResult(input: $i) { id } }`,
      { i: { id: result.id } },
      lab.token,
    );
    const item = await s.stockItem({ unitPriceCents: 37 });
    await s.stockOnHand({
      itemId: item.id,
      locationId: CENTRAL_PHARMACY_ID,
      expiryDate: '2027-12-31',
      quantity: 50,
    });
    const pharmacist = await app.tokenFor(Role.PHARMACIST);
    await ok(
      app,
      `mutation($i: DispenseInput!) { dispense(input: $i) { id } }`,
      {
        i: {
          id: randomUUID(),
          itemId: item.id,
          quantity: 12,
          fromLocationId: CENTRAL_PHARMACY_ID,
          patientId: p.id,
        },
      },
      pharmacist.token,
    );
    const b = await billing(p.id);
    // Both acts happened at the same instant (the test clock): compare them by kind.
    expect(
      b.unbilledCharges
        .map((c) => [c.actKind, c.quantity, c.unitMinor, c.amountMinor])
        .sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    ).toEqual([
      ['LAB_TEST', 1, 1234, 1234],
      ['MEDICATION', 12, 37, 444],
    ]);
    // The invoice links the dispensing's ledger line to its line.
    const inv = await invoiceOf(p.id);
    expect(inv.totalMinor).toBe(1234 + 444);
    const moves = await app.em().find(StockMovement, { patient: p.id });
    expect(moves).toHaveLength(1);
    expect(moves[0]!.invoiceLineId).not.toBeNull();
  });

  it('charges the nights of a stay at discharge: one per midnight in a bed, a day-case one', async () => {
    const em = app.em();
    const ward = em.create(Ward, {
      name: `Chirurgie ${randomUUID().slice(0, 4)}`,
      service: 'Chirurgie',
      floor: '3',
      sexPolicy: SexPolicy.MIXED,
    });
    const room = em.create(Room, { ward, number: '301', kind: RoomKind.MULTI });
    const beds = [0, 1].map((i) => em.create(Bed, { room, ward, label: `301-${String(i)}` }));
    await em.flush();
    const reception = await app.tokenFor(Role.RECEPTIONIST);
    const doctor = await app.tokenFor(Role.DOCTOR);
    const stay = async (bedId: string, admittedAt: string, dischargedAt: string) => {
      const p = await s.patient();
      const a = await ok<{ admitPatient: { id: string } }>(
        app,
        `mutation($i: AdmitPatientInput!) { admitPatient(input: $i) { id } }`,
        {
          i: {
            patientId: p.id,
            bedId,
            attendingUserId: doctor.user.id,
            reason: 'Chirurgie',
            source: 'EMERGENCY',
            admittedAt,
          },
        },
        reception.token,
      );
      await ok(
        app,
        `mutation($i: DischargePatientInput!) { dischargePatient(input: $i) { id } }`,
        { i: { admissionId: a.admitPatient.id, destination: 'HOME', at: dischargedAt } },
        doctor.token,
      );
      return (await billing(p.id)).unbilledCharges;
    };
    // In on 28 May at 11:00 Paris, out on 1 June at 09:00: the midnights of 29, 30, 31 May and 1 June.
    const long = await stay(beds[0]!.id, '2026-05-28T09:00:00Z', '2026-06-01T07:00:00Z');
    expect(long.map((c) => [c.actKind, c.quantity, c.unitMinor, c.amountMinor])).toEqual([
      ['BED_DAY', 4, 80000, 320000],
    ]);
    // A day-case: in at 08:00, out at 17:00 the same day.
    const dayCase = await stay(beds[1]!.id, '2026-05-31T06:00:00Z', '2026-05-31T15:00:00Z');
    expect(dayCase.map((c) => c.quantity)).toEqual([1]);
  });

  it('keeps a charge with no tariff unpriced, and refuses to invoice it until priced', async () => {
    const p = await s.patient();
    const doctor = await s.doctor({ specialty: 'DERMATOLOGY' });
    await ok(
      app,
      TARIFF,
      {
        i: {
          actKind: 'CONSULTATION',
          code: '*',
          amountMinor: 3000,
          labelFr: 'Consultation',
          labelEn: 'Consultation',
          validFrom: '2026-01-01',
        },
      },
      manager.token,
    );
    // A kind with no tariff at all: a manual procedure is priced by hand anyway; use a stay's
    // ward with no BED_DAY price by ending the `*` price before the act.
    const a = await s.appointment({
      patientId: p.id,
      practitioner: doctor.practitioner,
      startsAt: new Date(NOW.getTime() - 30 * 60_000),
      status: AppointmentStatus.IN_PROGRESS,
    });
    await app
      .em()
      .execute(
        `update tariff set valid_to = '2026-05-31' where act_kind = 'CONSULTATION' and code = '*'`,
      );
    await ok(
      app,
      `mutation($i: AppointmentIdInput!) { completeAppointment(input: $i) { id } }`,
      { i: { id: a.id } },
      doctor.token,
    );
    await app
      .em()
      .execute(`update tariff set valid_to = null where act_kind = 'CONSULTATION' and code = '*'`);
    const [charge] = (await billing(p.id)).unbilledCharges;
    expect(charge).toMatchObject({ unitMinor: null, amountMinor: null });
    const refused = await app.gql(
      CREATE,
      { i: { id: randomUUID(), patientId: p.id, chargeIds: [charge!.id] } },
      { token: cashier.token },
    );
    expect(refused.errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNPRICED_CHARGE',
    });
    await ok(
      app,
      `mutation($i: PriceChargeInput!) { priceCharge(input: $i) { id amountMinor } }`,
      { i: { chargeId: charge!.id, unitMinor: 4200, reason: 'Tarif du jour' } },
      cashier.token,
    );
    expect((await billing(p.id)).unbilledCharges[0]?.amountMinor).toBe(4200);
  });

  it('bills the price of the act’s day, not today’s', async () => {
    const patientId = await visitedPatient();
    await ok(
      app,
      TARIFF,
      {
        i: {
          actKind: 'CONSULTATION',
          code: 'CARDIOLOGY',
          amountMinor: 6000,
          labelFr: 'Consultation de cardiologie',
          labelEn: 'Cardiology consultation',
          validFrom: '2026-06-02',
        },
      },
      manager.token,
    );
    expect((await billing(patientId)).unbilledCharges[0]?.amountMinor).toBe(5000);
    const tariffs = await ok<{
      tariffs: { amountMinor: number; validFrom: string; validTo: string | null }[];
    }>(
      app,
      `query { tariffs(actKind: CONSULTATION) { amountMinor validFrom validTo } }`,
      {},
      cashier.token,
    );
    expect(tariffs.tariffs.filter((t) => t.amountMinor >= 5000)).toEqual([
      { amountMinor: 6000, validFrom: '2026-06-02', validTo: null },
      { amountMinor: 5000, validFrom: '2026-01-01', validTo: '2026-06-01' },
    ]);
  });
});

describe('invoices and payments', () => {
  it('shares an invoice with the insurer, takes a partial payment, refuses an overpayment, records a double tap once', async () => {
    await ok(
      app,
      COVER,
      { i: { payer: 'Mutuelle Horizon', actKind: 'CONSULTATION', percent: 70 } },
      manager.token,
    );
    // 70 % of 50.00 € = 35.00 € for the insurer, 15.00 € for the patient.
    const patientId = await visitedPatient('MUTUELLE  horizon');
    const inv = await invoiceOf(patientId);
    expect(inv.number).toMatch(/^2026-\d{6}$/);
    let row = (await ok<{ invoice: InvoiceRow }>(app, INVOICE, { id: inv.id }, cashier.token))
      .invoice;
    expect(row).toMatchObject({ status: 'ISSUED', totalMinor: 5000, balanceMinor: 5000 });

    const payment = { id: randomUUID(), invoiceId: inv.id, method: 'CASH', amountMinor: 1000 };
    const twice = await Promise.all([
      app.gql(PAY, { i: payment }, { token: cashier.token }),
      app.gql(PAY, { i: payment }, { token: cashier.token }),
    ]);
    expect(twice.map((r) => r.errors)).toEqual([[], []]);
    const over = await app.gql(
      PAY,
      { i: { id: randomUUID(), invoiceId: inv.id, method: 'CASH', amountMinor: 501 } },
      { token: cashier.token },
    );
    expect(over.errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'OVERPAYMENT',
      outstanding: 500,
    });
    row = (await ok<{ invoice: InvoiceRow }>(app, INVOICE, { id: inv.id }, cashier.token)).invoice;
    expect(row).toMatchObject({
      status: 'PARTIALLY_PAID',
      paidPatientMinor: 1000,
      paidInsurerMinor: 0,
      balanceMinor: 4000,
    });
    expect(row.payments).toHaveLength(1);

    await ok(
      app,
      PAY,
      {
        i: {
          id: randomUUID(),
          invoiceId: inv.id,
          method: 'CARD',
          amountMinor: 500,
          reference: 'TPE-0042',
        },
      },
      cashier.token,
    );
    await ok(
      app,
      PAY,
      { i: { id: randomUUID(), invoiceId: inv.id, method: 'INSURANCE', amountMinor: 3500 } },
      cashier.token,
    );
    row = (await ok<{ invoice: InvoiceRow }>(app, INVOICE, { id: inv.id }, cashier.token)).invoice;
    expect(row).toMatchObject({ status: 'PAID', balanceMinor: 0 });
    const b = await billing(patientId);
    expect([b.patientDueMinor, b.insurerDueMinor]).toEqual([0, 0]);
  });

  it('keeps an issued invoice immutable and never deletes it', async () => {
    const inv = await invoiceOf(await visitedPatient());
    await expect(
      app.em().execute(`update invoice set total_minor = 1 where id = ?`, [inv.id]),
    ).rejects.toThrow(/immutable/);
    await expect(app.em().execute(`delete from invoice where id = ?`, [inv.id])).rejects.toThrow(
      /never deleted/,
    );
    await expect(
      app
        .em()
        .execute(
          `update invoice_line set amount_minor = 1, patient_minor = 1, insurer_minor = 0 where invoice_id = ?`,
          [inv.id],
        ),
    ).rejects.toThrow(/append-only/);
  });

  it('puts a charge on one invoice only, whatever the race', async () => {
    const patientId = await visitedPatient();
    const [charge] = (await billing(patientId)).unbilledCharges;
    const answers = await allAtOnce(app, 'charge', 5, () =>
      app.gql(
        CREATE,
        { i: { id: randomUUID(), patientId, chargeIds: [charge!.id] } },
        { token: cashier.token },
      ),
    );
    expect(answers.filter((r) => r.errors.length === 0)).toHaveLength(1);
    expect(answers.filter((r) => r.errors[0]?.extensions?.code === 'CONFLICT')).toHaveLength(4);
  });

  it('gives 20 concurrent issues 20 consecutive numbers, and a rollback leaves no gap', async () => {
    const drafts: string[] = [];
    for (let i = 0; i < 20; i++) {
      const patientId = await visitedPatient();
      const charges = (await billing(patientId)).unbilledCharges.map((c) => c.id);
      const d = await ok<{ createInvoice: { id: string } }>(
        app,
        CREATE,
        { i: { id: randomUUID(), patientId, chargeIds: charges } },
        cashier.token,
      );
      drafts.push(d.createInvoice.id);
    }
    // A transaction that took a number and rolled back.
    await expect(
      app.em().transactional(async (tx) => {
        await nextNumber(tx, 'INVOICE', NOW, 'Europe/Paris');
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const [counter] = await app
      .em()
      .execute<{ last: number }[]>(
        `select last from billing_counter where series = 'INVOICE' and year = 2026`,
      );
    // All at once: each waits for the counter's row the one before holds until it commits.
    const answers = await Promise.all(
      drafts.map((id) =>
        app.gql<{ issueInvoice: { number: string } }>(ISSUE, { id }, { token: cashier.token }),
      ),
    );
    expect(answers.map((r) => r.errors)).toEqual(Array.from({ length: 20 }, () => []));
    const seqs = answers
      .map((r) => Number(r.data!.issueInvoice.number.slice(5)))
      .sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => counter!.last + 1 + i));
  });

  it('cancels an invoice by a credit note that restores the balance and frees its charges', async () => {
    const patientId = await visitedPatient();
    const inv = await invoiceOf(patientId);
    expect((await billing(patientId)).patientDueMinor).toBe(5000);
    const pay = await ok<{ recordPayment: { id: string } }>(
      app,
      PAY,
      { i: { id: randomUUID(), invoiceId: inv.id, method: 'CASH', amountMinor: 2000 } },
      cashier.token,
    );
    const CREDIT = `mutation($i: IssueCreditNoteInput!) { issueCreditNote(input: $i) { id kind number totalMinor status } }`;
    const refused = await app.gql(
      CREDIT,
      { i: { id: randomUUID(), invoiceId: inv.id, reason: 'Erreur' } },
      { token: cashier.token },
    );
    expect(refused.errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'HAS_PAYMENTS',
    });
    await ok(
      app,
      `mutation($i: RefundPaymentInput!) { refundPayment(input: $i) { id amountMinor } }`,
      {
        i: {
          id: randomUUID(),
          paymentId: pay.recordPayment.id,
          amountMinor: 2000,
          reason: 'Annulation',
        },
      },
      cashier.token,
    );
    const credit = await ok<{
      issueCreditNote: { kind: string; number: string; totalMinor: number; status: string };
    }>(
      app,
      CREDIT,
      { i: { id: randomUUID(), invoiceId: inv.id, reason: 'Acte facturé par erreur' } },
      cashier.token,
    );
    expect(credit.issueCreditNote).toMatchObject({ kind: 'CREDIT_NOTE', totalMinor: -5000 });
    expect(credit.issueCreditNote.number).toMatch(/^AV-2026-\d{6}$/);
    const b = await billing(patientId);
    expect(b.patientDueMinor).toBe(0);
    expect(b.unbilledCharges).toHaveLength(1);
    expect(b.invoices.find((i) => i.id === inv.id)?.status).toBe('CANCELLED');
    const again = await app.gql(
      CREDIT,
      { i: { id: randomUUID(), invoiceId: inv.id, reason: 'Encore' } },
      { token: cashier.token },
    );
    expect(again.errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ALREADY_CANCELLED',
    });
  });

  it('prints the invoice and the receipt as PDFs whose text reads back', async () => {
    const patientId = await visitedPatient();
    const inv = await invoiceOf(patientId);
    const pay = await ok<{ recordPayment: { id: string; receiptNumber: string } }>(
      app,
      PAY,
      { i: { id: randomUUID(), invoiceId: inv.id, method: 'CASH', amountMinor: 1250 } },
      cashier.token,
    );
    const text = async (base64: string) => {
      const pdf = await getDocumentProxy(new Uint8Array(Buffer.from(base64, 'base64')));
      return (await extractText(pdf, { mergePages: true })).text;
    };
    const doc = await ok<{ invoicePdf: { fileName: string; base64: string } }>(
      app,
      `query($id: ID!) { invoicePdf(invoiceId: $id, language: fr) { fileName base64 } }`,
      { id: inv.id },
      cashier.token,
    );
    expect(doc.invoicePdf.fileName).toBe(`${inv.number}.pdf`);
    const invoiceText = await text(doc.invoicePdf.base64);
    expect(invoiceText).toContain(`Facture ${inv.number}`);
    expect(invoiceText).toContain('Consultation de cardiologie');
    expect(invoiceText).toContain('Reste à payer');
    expect(invoiceText).toMatch(/37,50 €/);
    const receipt = await ok<{ receiptPdf: { base64: string } }>(
      app,
      `query($id: ID!) { receiptPdf(paymentId: $id, language: en) { base64 } }`,
      { id: pay.recordPayment.id },
      cashier.token,
    );
    const receiptText = await text(receipt.receiptPdf.base64);
    expect(receiptText).toContain(`Receipt ${pay.recordPayment.receiptNumber}`);
    expect(receiptText).toContain('Cash');
    expect(receiptText).toContain('€12.50');
  });
});

describe('the cash-up', () => {
  it('counts each payment of the drawer once and wants a difference explained', async () => {
    const own = await app.tokenFor(Role.CASHIER);
    const inv = await invoiceOf(await visitedPatient());
    for (const [method, amountMinor, reference] of [
      ['CASH', 2000, null],
      ['CARD', 1000, 'TPE-1'],
      ['CASH', 550, null],
    ] as const) {
      await ok(
        app,
        PAY,
        { i: { id: randomUUID(), invoiceId: inv.id, method, amountMinor, reference } },
        own.token,
      );
    }
    const preview = await ok<{
      cashUpPreview: { paymentCount: number; expectedCashMinor: number };
    }>(app, `query { cashUpPreview { paymentCount expectedCashMinor } }`, {}, own.token);
    expect(preview.cashUpPreview).toEqual({ paymentCount: 3, expectedCashMinor: 2550 });
    const CLOSE = `mutation($i: CloseCashDayInput!) { closeCashDay(input: $i) { paymentCount expectedCashMinor countedCashMinor differenceMinor totals { CASH CARD } } }`;
    const unexplained = await app.gql(
      CLOSE,
      { i: { id: randomUUID(), countedCashMinor: 2500 } },
      { token: own.token },
    );
    expect(unexplained.errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CASH_DIFFERENCE_UNEXPLAINED',
    });
    expect(unexplained.errors[0]?.extensions?.fields).toHaveProperty('note');
    const closed = await ok<{ closeCashDay: Record<string, unknown> }>(
      app,
      CLOSE,
      { i: { id: randomUUID(), countedCashMinor: 2500, note: 'Pièce de 50 centimes manquante' } },
      own.token,
    );
    expect(closed.closeCashDay).toEqual({
      paymentCount: 3,
      expectedCashMinor: 2550,
      countedCashMinor: 2500,
      differenceMinor: -50,
      totals: { CASH: 2550, CARD: 1000 },
    });
    const after = await ok<{ cashUpPreview: { paymentCount: number } }>(
      app,
      `query { cashUpPreview { paymentCount } }`,
      {},
      own.token,
    );
    expect(after.cashUpPreview.paymentCount).toBe(0);
  });
});

describe('at most one, whatever the race', () => {
  const CREDIT = `mutation($i: IssueCreditNoteInput!) { issueCreditNote(input: $i) { id } }`;
  const CLOSE = `mutation($i: CloseCashDayInput!) { closeCashDay(input: $i) { paymentCount } }`;

  it('takes different payments that together exceed what is owed only up to what is owed', async () => {
    const inv = await invoiceOf(await visitedPatient());
    // 50.00 € owed; five payments of 20.00 € at once: two fit, three would overpay.
    const answers = await allAtOnce(app, 'invoice', 5, () =>
      app.gql(
        PAY,
        { i: { id: randomUUID(), invoiceId: inv.id, method: 'CASH', amountMinor: 2000 } },
        { token: cashier.token },
      ),
    );
    expect(answers.filter((r) => r.errors.length === 0)).toHaveLength(2);
    const refused = answers
      .filter((r) => r.errors.length > 0)
      .map((r) => [r.errors[0]?.extensions?.reason, r.errors[0]?.extensions?.outstanding]);
    expect(refused).toEqual(Array.from({ length: 3 }, () => ['OVERPAYMENT', 1000]));
    const row = (await ok<{ invoice: InvoiceRow }>(app, INVOICE, { id: inv.id }, cashier.token))
      .invoice;
    expect(row).toMatchObject({ status: 'PARTIALLY_PAID', paidPatientMinor: 4000 });
    expect(row.payments.map((p) => p.amountMinor)).toEqual([2000, 2000]);
  });

  it('cancels an invoice by one credit note when several are asked at once', async () => {
    const inv = await invoiceOf(await visitedPatient());
    const answers = await allAtOnce(app, 'invoice', 4, () =>
      app.gql(
        CREDIT,
        { i: { id: randomUUID(), invoiceId: inv.id, reason: 'Doublon' } },
        { token: cashier.token },
      ),
    );
    expect(answers.filter((r) => r.errors.length === 0)).toHaveLength(1);
    expect(
      answers.filter((r) => r.errors[0]?.extensions?.reason === 'ALREADY_CANCELLED'),
    ).toHaveLength(3);
    const [notes] = await app
      .em()
      .execute<{ n: number }[]>(
        `select count(*)::int as n from invoice where credited_invoice_id = ?`,
        [inv.id],
      );
    expect(notes?.n).toBe(1);
  });

  it('counts a drawer’s payments in one cash-up when the cashier closes twice at once', async () => {
    const own = await app.tokenFor(Role.CASHIER);
    const inv = await invoiceOf(await visitedPatient());
    for (const amountMinor of [1500, 700]) {
      await ok(
        app,
        PAY,
        { i: { id: randomUUID(), invoiceId: inv.id, method: 'CASH', amountMinor } },
        own.token,
      );
    }
    const answers = await allAtOnce(app, 'payment', 3, () =>
      app.gql<{ closeCashDay: { paymentCount: number } }>(
        CLOSE,
        { i: { id: randomUUID(), countedCashMinor: 2200 } },
        { token: own.token },
      ),
    );
    // The first closes the day with both payments; the others find the day closed.
    expect(answers.filter((r) => r.errors.length === 0).map((r) => r.data?.closeCashDay)).toEqual([
      { paymentCount: 2 },
    ]);
    expect(
      answers.filter((r) => r.errors[0]?.extensions?.reason === 'CASH_DAY_CLOSED'),
    ).toHaveLength(2);
    const [drawer] = await app.em().execute<{ cash_ups: number; payments: number }[]>(
      `select count(distinct cash_up_id)::int as cash_ups, count(*)::int as payments
           from payment where invoice_id = ?`,
      [inv.id],
    );
    expect(drawer).toEqual({ cash_ups: 1, payments: 2 });
  });

  it('takes no more cash from a cashier whose day is closed, until the next day', async () => {
    const own = await app.tokenFor(Role.CASHIER);
    let token = own.token;
    const inv = await invoiceOf(await visitedPatient());
    const pay = (method: string, reference: string | null = null) =>
      app.gql(
        PAY,
        { i: { id: randomUUID(), invoiceId: inv.id, method, amountMinor: 100, reference } },
        { token },
      );
    expect((await pay('CASH')).errors).toEqual([]);
    await ok(app, CLOSE, { i: { id: randomUUID(), countedCashMinor: 100 } }, own.token);
    const late = await pay('CASH');
    expect(late.errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CASH_DAY_CLOSED',
    });
    // A card slip is not cash in the drawer: it is still taken, and counted tomorrow.
    expect((await pay('CARD', 'TPE-9')).errors).toEqual([]);
    app.clock.set(new Date(NOW.getTime() + 24 * 3600_000));
    try {
      token = (await app.login(own.email, own.password)).accessToken;
      expect((await pay('CASH')).errors).toEqual([]);
      const next = await ok<{ closeCashDay: { paymentCount: number } }>(
        app,
        CLOSE,
        { i: { id: randomUUID(), countedCashMinor: 100 } },
        token,
      );
      expect(next.closeCashDay.paymentCount).toBe(2);
    } finally {
      app.clock.set(NOW);
    }
  });
});

describe('who sees billing', () => {
  it('lets a patient read their own invoices only, and a manager no patient', async () => {
    const me = await s.patientAccount();
    const doctor = await s.doctor({ specialty: 'CARDIOLOGY' });
    const a = await s.appointment({
      patientId: me.patientId,
      practitioner: doctor.practitioner,
      startsAt: new Date(NOW.getTime() - 30 * 60_000),
      status: AppointmentStatus.IN_PROGRESS,
    });
    await ok(
      app,
      `mutation($i: AppointmentIdInput!) { completeAppointment(input: $i) { id } }`,
      { i: { id: a.id } },
      doctor.token,
    );
    const mine = await invoiceOf(me.patientId);
    const other = await invoiceOf(await visitedPatient());
    const own = await ok<{ invoice: InvoiceRow }>(app, INVOICE, { id: mine.id }, me.token);
    expect(own.invoice.number).toBe(mine.number);
    const theirs = await app.gql(INVOICE, { id: other.id }, { token: me.token });
    expect(theirs.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    const otherBilling = await app.gql(BILLING, { p: (await s.patient()).id }, { token: me.token });
    expect(otherBilling.errors[0]?.extensions?.code).toBe('NOT_FOUND');

    const byManager = await app.gql<{ invoice: { totalMinor: number } }>(
      `query($id: ID!) { invoice(id: $id) { totalMinor } }`,
      { id: other.id },
      { token: manager.token },
    );
    expect(byManager.data?.invoice.totalMinor).toBe(5000);
    const named = await app.gql(
      `query($id: ID!) { invoice(id: $id) { patientName } }`,
      { id: other.id },
      { token: manager.token },
    );
    expect(named.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    const byNurse = await app.gql(
      `query { billingWorklist { patientId } }`,
      {},
      { token: nurse.token },
    );
    expect(byNurse.errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists the cashier’s worklist: unbilled charges and unpaid invoices, oldest first', async () => {
    const patientId = await visitedPatient();
    const rows = await ok<{
      billingWorklist: {
        patientId: string;
        unbilledCharges: number;
        unbilledMinor: number;
        patientDueMinor: number;
      }[];
    }>(
      app,
      `query { billingWorklist(first: 100) { patientId unbilledCharges unbilledMinor patientDueMinor } }`,
      {},
      cashier.token,
    );
    expect(rows.billingWorklist.find((r) => r.patientId === patientId)).toEqual({
      patientId,
      unbilledCharges: 1,
      unbilledMinor: 5000,
      patientDueMinor: 0,
    });
    const p = await app.em().findOneOrFail(Patient, patientId);
    const found = await ok<{ billingWorklist: { patientId: string }[] }>(
      app,
      `query($s: String) { billingWorklist(search: $s) { patientId } }`,
      { s: p.mrn },
      cashier.token,
    );
    expect(found.billingWorklist.map((r) => r.patientId)).toEqual([patientId]);
    const byName = await ok<{ billingWorklist: { patientId: string }[] }>(
      app,
      `query($s: String) { billingWorklist(search: $s) { patientId } }`,
      { s: p.familyName.toLowerCase() },
      cashier.token,
    );
    expect(byName.billingWorklist.map((r) => r.patientId)).toEqual([patientId]);
  });
});
