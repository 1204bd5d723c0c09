import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../testing/fixtures.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { seedDemo, type Credential } from './seed.js';

let app: TestApp;
let creds: Credential[];
// Monday 1 June 2026, 07:30 in Paris: no visit of the day is over yet.
const NOW = new Date('2026-06-01T05:30:00Z');

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  creds = await seedDemo(app.em(), NOW, app.config.timeZone, app.config.jwtSecret);
});
afterAll(async () => {
  await app.close();
});

async function signIn(key: string): Promise<string> {
  const c = creds.find((x) => x.email === `${key}@caregraph.example`);
  if (!c) throw new Error(`no demo login ${key}`);
  return (await app.login(c.email, c.password)).accessToken;
}

interface Row {
  patientId: string;
  unbilledCharges: number;
  unpricedCharges: number;
  patientDueMinor: number;
}

describe('the demo hospital’s billing', () => {
  it('gives the cashier a worklist whatever the hour, and the first portal patient a visit and a lab test to bill', async () => {
    const cashier = await signIn('cashier');
    const { billingWorklist } = await ok<{ billingWorklist: Row[] }>(
      app,
      '{ billingWorklist(first: 100) { patientId unbilledCharges unpricedCharges patientDueMinor } }',
      {},
      cashier,
    );
    expect(billingWorklist.length).toBeGreaterThanOrEqual(5);
    expect(billingWorklist.every((r) => r.unpricedCharges === 0)).toBe(true);
    const patient = await signIn('patient.a');
    const { me } = await ok<{ me: { patient: { id: string } } }>(
      app,
      '{ me { patient { id } } }',
      {},
      patient,
    );
    const { patientBilling } = await ok<{
      patientBilling: { unbilledCharges: { actKind: string; amountMinor: number }[] };
    }>(
      app,
      'query($p: ID!) { patientBilling(patientId: $p) { unbilledCharges { actKind amountMinor } } }',
      { p: me.patient.id },
      cashier,
    );
    expect(patientBilling.unbilledCharges).toEqual(
      expect.arrayContaining([
        { actKind: 'CONSULTATION', amountMinor: 5000 },
        { actKind: 'LAB_TEST', amountMinor: 1250 },
      ]),
    );
  });

  it('charges the medicines the pharmacy dispensed to inpatients, once per dispensing', async () => {
    const rows = await app.em().execute<{ dispensings: number; charges: number; priced: number }[]>(
      `select (select count(*)::int from stock_operation where kind = 'DISPENSE' and patient_id is not null) as dispensings,
              count(*)::int as charges, count(*) filter (where amount_minor > 0)::int as priced
         from charge where act_kind = 'MEDICATION' and source_key like 'dispense:%'`,
    );
    expect(rows[0]?.dispensings).toBeGreaterThan(0);
    expect(rows[0]).toEqual({
      dispensings: rows[0]?.dispensings,
      charges: rows[0]?.dispensings,
      priced: rows[0]?.dispensings,
    });
  });

  it('has three issued invoices numbered in a row: one paid, one paid in part, one unpaid', async () => {
    const manager = await signIn('manager');
    const { invoices } = await ok<{
      invoices: { nodes: { number: string; status: string; balanceMinor: number }[] };
    }>(app, '{ invoices(first: 10) { nodes { number status balanceMinor } } }', {}, manager);
    const nodes = [...invoices.nodes].sort((a, b) => a.number.localeCompare(b.number));
    expect(nodes.map((n) => n.number)).toEqual(['2026-000001', '2026-000002', '2026-000003']);
    expect(nodes.map((n) => n.status)).toEqual(['PAID', 'PARTIALLY_PAID', 'ISSUED']);
    expect(nodes[0]?.balanceMinor).toBe(0);
    const { cashUpPreview } = await ok<{ cashUpPreview: { paymentCount: number } }>(
      app,
      '{ cashUpPreview { paymentCount } }',
      {},
      await signIn('cashier'),
    );
    expect(cashUpPreview.paymentCount).toBe(3);
    const { tariffs } = await ok<{ tariffs: { code: string }[] }>(
      app,
      '{ tariffs(actKind: CONSULTATION) { code } }',
      {},
      manager,
    );
    expect(tariffs.map((t) => t.code).sort()).toEqual(
      ['*', 'CARDIOLOGY', 'GENERAL_PRACTICE', 'PAEDIATRICS'].sort(),
    );
  });
});
