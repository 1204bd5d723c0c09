import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { arrive, openBrowser, openTab, screen, visible } from './browser';
import { demoHospital } from './demo';

const { gql, tokenOf, signIn } = demoHospital();

const CASHIER = 'cashier@caregraph.example';
// Marie Dupont: the demo seed leaves her visit and lab test a few days ago to bill.
const PATIENT = 'patient.a@caregraph.example';

/** Waits until the screen's notice says something matching `expected`. */
async function expectNotice(page: Page, kind: 'success' | 'error', expected: RegExp) {
  const text = async () => {
    const n = page.locator(`.cg-notice-${kind}:visible`);
    return (await n.count()) > 0 ? (await n.last().innerText()).trim() : '';
  };
  await expect.poll(text, { timeout: 15_000 }).toMatch(expected);
}

/** The invoice the cashier makes in the first test, read by the patient in the second. */
let billed: { id: string; number: string; patientMinor: number } | null = null;

describe('Billing', () => {
  it('the cashier bills a visit and a lab test, takes part of it in cash (an overpayment refused with what is owed) and the receipt downloads as a PDF', async () => {
    const patientToken = await tokenOf(PATIENT);
    const { me } = await gql<{ me: { patient: { id: string } } }>(
      patientToken,
      '{ me { patient { id } } }',
    );
    const patientId = me.patient.id;
    const cashierToken = await tokenOf(CASHIER);
    const before = await gql<{
      patientBilling: { unbilledCharges: { actKind: string; amountMinor: number | null }[] };
    }>(
      cashierToken,
      'query($p: ID!) { patientBilling(patientId: $p) { unbilledCharges { actKind amountMinor } } }',
      { p: patientId },
    );
    const kinds = before.patientBilling.unbilledCharges.map((c) => c.actKind);
    expect(kinds).toEqual(expect.arrayContaining(['CONSULTATION', 'LAB_TEST']));
    const total = before.patientBilling.unbilledCharges.reduce(
      (s, c) => s + (c.amountMinor ?? 0),
      0,
    );

    const b = await openBrowser({ locale: 'fr-FR' });
    const { page } = b;
    try {
      await signIn(page, CASHIER);
      // The cashier's first shortcut and a tab of their own.
      await expect
        .poll(() => page.locator('a.cg-shortcut:visible').first().getAttribute('href'))
        .toBe('/app/billing');
      await openTab(page, 'billing');
      await visible(page, '[data-testid="billing-row"]').waitFor();
      await screen(page, 'billing-worklist');
      await visible(page, 'input[name="billingSearch"]').fill('Dupont');
      const row = visible(page, `[data-testid="billing-row"][data-patient-id="${patientId}"]`);
      await row.click();
      await arrive(page, `**/app/billing/patients/${patientId}`);

      // Every charge ticked: the selection is their total.
      await expect
        .poll(() => visible(page, '[data-testid="selected-total"]').getAttribute('data-value'))
        .toBe(String(total));
      await screen(page, 'billing-patient');
      await visible(page, '[data-testid="create-invoice"]').click();
      const draft = visible(page, '[data-testid="draft-invoice"]');
      await draft.waitFor();
      expect(await draft.locator('[data-testid="invoice-line"]').count()).toBe(kinds.length);
      expect(await draft.locator('[data-testid="invoice-total"]').getAttribute('data-value')).toBe(
        String(total),
      );
      await screen(page, 'billing-draft');
      await visible(page, '[data-testid="issue-invoice"]').click();
      await expectNotice(page, 'success', /^Facture \d{4}-\d{6} émise\.$/);
      await visible(page, '[data-testid="invoice-row"][data-status="ISSUED"]').click();
      await arrive(page, '**/app/billing/invoices/*');

      const invoiceId = page.url().split('/').pop() ?? '';
      const { invoice } = await gql<{
        invoice: { number: string; patientMinor: number; insurerMinor: number; totalMinor: number };
      }>(
        cashierToken,
        'query($id: ID!) { invoice(id: $id) { number patientMinor insurerMinor totalMinor } }',
        { id: invoiceId },
      );
      expect(invoice.totalMinor).toBe(total);
      expect(invoice.patientMinor).toBeGreaterThan(1000);

      // "Encaisser": cash first, prefilled with the patient's share.
      await visible(page, '[data-testid="collect"]').click();
      const sheet = visible(page, '[data-testid="payment-sheet"]');
      await sheet.waitFor();
      expect(
        await sheet
          .locator('[data-testid="pay-method"][data-value="CASH"]')
          .getAttribute('aria-pressed'),
      ).toBe('true');
      const amount = sheet.locator('input[name="amount"]');
      expect(await amount.inputValue()).toBe(
        `${String(Math.floor(invoice.patientMinor / 100))},${String(invoice.patientMinor % 100).padStart(2, '0')}`,
      );
      await amount.fill('9999');
      await visible(page, '[data-testid="pay-submit"]').click();
      await expect
        .poll(async () => (await sheet.innerText()).replace(/\s/g, ' '))
        .toMatch(/C’est plus que ce qui est dû : il reste \d+,\d\d € sur cette part\./);
      await screen(page, 'billing-payment-sheet');
      await amount.fill('10,00');
      // A double tap records once: the sheet's id is the payment's.
      await visible(page, '[data-testid="pay-submit"]').dblclick();
      await expectNotice(
        page,
        'success',
        /^Paiement de 10,00\s€ enregistré, reçu R-\d{4}-\d{6}\.$/,
      );
      await expect
        .poll(() => visible(page, '[data-testid="invoice"]').getAttribute('data-status'))
        .toBe('PARTIALLY_PAID');
      expect(await page.locator('[data-testid="payment"]:visible').count()).toBe(1);
      expect(await visible(page, '[data-testid="owed-patient"]').getAttribute('data-value')).toBe(
        String(invoice.patientMinor - 1000),
      );

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        visible(page, '[data-testid="receipt-download"]').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^R-\d{4}-\d{6}\.pdf$/);
      const file = await download.path();
      expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await screen(page, 'billing-invoice');

      // The cash-up counts the payment; the difference shows as the count is typed.
      await page.goto(`${page.url().split('/app/')[0] ?? ''}/app/billing/cash-up`);
      const expected = visible(page, '[data-testid="expected-cash"]');
      await expected.waitFor();
      const expectedCash = Number(await expected.getAttribute('data-value'));
      expect(expectedCash).toBeGreaterThanOrEqual(1000);
      const counted = expectedCash - 50;
      await visible(page, 'input[name="countedCash"]').fill(
        `${String(Math.floor(counted / 100))},${String(counted % 100).padStart(2, '0')}`,
      );
      await expect
        .poll(async () =>
          (await visible(page, '[data-testid="cash-difference"]').innerText()).replace(/\s/g, ' '),
        )
        .toMatch(/0,50 € manquants/);
      await screen(page, 'billing-cash-up');
      // Closing the day with the 0.50 € explained: the day is closed, no more cash today.
      await visible(page, 'textarea[name="note"]').fill('Pièce de 50 centimes rendue en trop');
      await visible(page, '[data-testid="close-cash-up"]').click();
      const closedDay = visible(page, '[data-testid="cash-day-closed"]');
      await closedDay.waitFor();
      expect(await closedDay.innerText()).toMatch(/plus d’espèces aujourd’hui/);
      expect(await page.locator('[data-testid="cash-up-form"]').count()).toBe(0);
      await screen(page, 'billing-cash-day-closed');

      billed = { id: invoiceId, number: invoice.number, patientMinor: invoice.patientMinor };
    } finally {
      await b.close();
    }
  });

  it('the patient sees that invoice as partly paid, with what remains and its receipt', async () => {
    expect(billed).not.toBeNull();
    if (!billed) return;
    const b = await openBrowser();
    const { page } = b;
    try {
      await signIn(page, PATIENT);
      await visible(page, 'a.cg-shortcut[href="/app/my-invoices"]').click();
      await arrive(page, '**/app/my-invoices');
      const row = visible(page, `[data-testid="my-invoice"][data-invoice-id="${billed.id}"]`);
      await row.waitFor();
      expect(await row.getAttribute('data-status')).toBe('PARTIALLY_PAID');
      expect(await row.innerText()).toContain(billed.number);
      expect(await row.innerText()).toMatch(/Payée en partie|Partly paid/);
      await screen(page, 'billing-my-invoices');
      await row.click();
      await arrive(page, `**/app/my-invoices/${billed.id}`);
      await visible(page, '[data-testid="invoice"]').waitFor();
      expect(await visible(page, '[data-testid="owed-patient"]').getAttribute('data-value')).toBe(
        String(billed.patientMinor - 1000),
      );
      expect(await page.locator('[data-testid="collect"]:visible').count()).toBe(0);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        visible(page, '[data-testid="payment-receipt"]').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^R-\d{4}-\d{6}\.pdf$/);
      await screen(page, 'billing-my-invoice');
    } finally {
      await b.close();
    }
  });
});
