import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { arrive, openBrowser, openTab, PHONE, screen, serverNow, TABLET, visible } from './browser';
import { demoHospital } from './demo';

const { gql, tokenOf, signIn } = demoHospital();

const PHARMACIST = 'pharmacy@caregraph.example';
const MANAGER = 'manager@caregraph.example';

/** Screenshots of a screen used on a tablet: phone then tablet, and back to the tablet. */
async function screenAtTablet(page: Page, name: string) {
  await page.setViewportSize(PHONE);
  await screen(page, name);
  await page.setViewportSize(TABLET);
}

/** Waits until the screen's notice says `expected` (an earlier notice may still show). */
async function expectNotice(page: Page, kind: 'success' | 'error', expected: string | RegExp) {
  const text = async () => {
    const n = page.locator(`.cg-notice-${kind}:visible`);
    return (await n.count()) > 0 ? (await n.last().innerText()).trim() : '';
  };
  if (typeof expected === 'string') await expect.poll(text, { timeout: 15_000 }).toBe(expected);
  else await expect.poll(text, { timeout: 15_000 }).toMatch(expected);
}

/** `YYYY-MM-DD` so many days after the server's today, and the same as typed (dd/mm/yyyy). */
function expiryIn(days: number): { iso: string; typed: string } {
  const d = new Date(serverNow().getTime() + days * 86_400_000);
  const iso = d.toISOString().slice(0, 10);
  const [y, m, day] = iso.split('-');
  return { iso, typed: `${day ?? ''}/${m ?? ''}/${y ?? ''}` };
}

interface Movement {
  id: string;
  operationId: string;
  kind: string;
  quantity: number;
  patientId: string | null;
  prescriptionId: string | null;
  unitCostCents: number | null;
  lot: { lotNumber: string; expiryDate: string };
  item: { id: string };
}

const MOVEMENTS = `query($filter: StockMovementFilter, $first: Int) {
  stockMovements(filter: $filter, first: $first) {
    nodes { id operationId kind quantity patientId prescriptionId unitCostCents
      lot { lotNumber expiryDate } item { id } }
  }
}`;

describe('Pharmacy', () => {
  it('the pharmacist receives a two-line delivery at tablet size, sees the new lot and dispenses against a prescription; too much is refused in words', async () => {
    const token = await tokenOf(PHARMACIST);
    const movements = async (filter: object, first = 20) =>
      (await gql<{ stockMovements: { nodes: Movement[] } }>(token, MOVEMENTS, { filter, first }))
        .stockMovements.nodes;

    // A demo patient on treatment: the seed dispensed against their active prescription.
    const seeded = (await movements({ kind: 'DISPENSE' })).filter(
      (m) => m.patientId && m.prescriptionId,
    );
    let target: { patientId: string; prescriptionId: string; itemId: string } | undefined;
    for (const m of seeded) {
      const { prescriptions } = await gql<{ prescriptions: { id: string }[] }>(
        token,
        'query($p: ID!) { prescriptions(patientId: $p, activeOnly: true) { id } }',
        { p: m.patientId },
      );
      if (prescriptions.some((p) => p.id === m.prescriptionId)) {
        target = {
          patientId: m.patientId ?? '',
          prescriptionId: m.prescriptionId ?? '',
          itemId: m.item.id,
        };
        break;
      }
    }
    if (!target) throw new Error('no demo patient with an active, dispensed prescription');
    const { patient } = await gql<{ patient: { mrn: string; displayName: string } }>(
      token,
      'query($id: ID!) { patient(id: $id) { mrn displayName } }',
      { id: target.patientId },
    );
    const { stockLocations } = await gql<{ stockLocations: { id: string; kind: string }[] }>(
      token,
      '{ stockLocations { id kind } }',
    );
    const central = stockLocations.find((l) => l.kind === 'CENTRAL_PHARMACY')?.id ?? '';
    const levelOf = async (itemId: string) =>
      (
        await gql<{ stockLevels: { usableOnHand: number; item: { nameFr: string } }[] }>(
          token,
          'query($l: ID!, $i: ID!) { stockLevels(locationId: $l, itemId: $i) { usableOnHand item { nameFr } } }',
          { l: central, i: itemId },
        )
      ).stockLevels[0];
    const itemA = { id: target.itemId, nameFr: (await levelOf(target.itemId))?.item.nameFr ?? '' };
    const { stockItems } = await gql<{ stockItems: { nodes: { id: string; nameFr: string }[] } }>(
      token,
      '{ stockItems(first: 60) { nodes { id nameFr } } }',
    );
    // Another item, whose name's first letters do not also find the first one.
    const itemB = stockItems.nodes.find(
      (i) =>
        !i.nameFr.slice(0, 12).toLowerCase().startsWith(itemA.nameFr.slice(0, 4).toLowerCase()),
    );
    if (!itemB || !itemA.nameFr) throw new Error('no catalogue items to receive');

    const stamp = String(Date.now()).slice(-6);
    const lotA = `E2E-A${stamp}`;
    const lotB = `E2E-B${stamp}`;
    const expA = expiryIn(400);
    const expB = expiryIn(200);

    const b = await openBrowser({ locale: 'fr-FR' });
    const page = b.page;
    try {
      await page.setViewportSize(TABLET);
      await signIn(page, PHARMACIST);
      // The pharmacist's home now leads to the stock, deliveries and dispensing.
      for (const path of ['pharmacy', 'pharmacy/receive', 'pharmacy/dispense']) {
        await visible(page, `a.cg-shortcut[href="/app/${path}"]`).waitFor();
      }
      await screenAtTablet(page, 'pharmacy-01-home');

      // The stock list: the central pharmacy, with reorder warnings in words.
      await visible(page, 'a.cg-shortcut[href="/app/pharmacy"]').click();
      await arrive(page, '**/app/pharmacy');
      await visible(page, '[data-testid="stock-list"]').waitFor();
      const below = visible(page, '[data-testid="stock-row"][data-below="true"]');
      await below.waitFor();
      expect(await below.locator('[data-testid="below-reorder"]').innerText()).toContain(
        'Sous le seuil',
      );
      await screenAtTablet(page, 'pharmacy-02-stock-list');
      await visible(page, 'select[name="show"]').selectOption('below');
      await expect
        .poll(() => page.locator('[data-testid="stock-row"][data-below="false"]:visible').count())
        .toBe(0);
      await screenAtTablet(page, 'pharmacy-03-stock-below-reorder');
      await visible(page, 'select[name="show"]').selectOption('all');

      // Receive a delivery of two lines.
      await visible(page, '[data-testid="open-receive"]').click();
      await arrive(page, '**/app/pharmacy/receive');
      const form = visible(page, '[data-testid="receive-form"]');
      await form.waitFor();
      await screenAtTablet(page, 'pharmacy-04-receive-empty');
      // Nothing typed: the form says what is missing and sends nothing.
      await form.locator('[data-testid="receive-submit"]').click();
      await form.locator('.cg-field-error').first().waitFor();

      await form.locator('input[name="supplier"]').fill('OCP Répartition');
      const fillLine = async (
        n: number,
        item: { id: string; nameFr: string },
        lot: string,
        expiry: string,
        quantity: string,
        cost: string,
      ) => {
        const line = form.locator('[data-testid="receive-line"]').nth(n - 1);
        await line.locator(`input[name="item-${String(n)}"]`).fill(item.nameFr.slice(0, 12));
        await line.locator(`[data-testid="item-hit"][data-item-id="${item.id}"]`).click();
        await line.locator('[data-testid="picked-item"]').waitFor();
        await line.locator(`input[name="lotNumber-${String(n)}"]`).fill(lot);
        await line.locator(`input[name="expiry-${String(n)}"]`).fill(expiry);
        await line.locator(`input[name="quantity-${String(n)}"]`).fill(quantity);
        await line.locator(`input[name="unitCost-${String(n)}"]`).fill(cost);
      };
      await fillLine(1, itemA, lotA, expA.typed, '120', '0,29');
      await form.locator('[data-testid="add-line"]').click();
      await fillLine(2, itemB, lotB, expB.typed, '40', '12,5');
      await screenAtTablet(page, 'pharmacy-05-receive-filled');
      await form.locator('[data-testid="receive-submit"]').click();

      const received = visible(page, '[data-testid="received"]');
      await received.waitFor({ timeout: 20_000 });
      await expectNotice(page, 'success', 'Livraison de OCP Répartition enregistrée : 2 lignes.');
      expect(await received.locator('[data-testid="received-line"]').count()).toBe(2);
      const lineA = received.locator(`[data-testid="received-line"][data-lot="${lotA}"]`);
      expect(await lineA.innerText()).toContain(expA.typed);
      expect((await lineA.innerText()).replace(/\s/g, ' ')).toContain('0,29 €');
      // 120 × 0,29 € + 40 × 12,50 € = 34,80 € + 500,00 € = 534,80 €
      expect(
        (await received.locator('[data-testid="received-total"]').innerText()).replace(/\s/g, ' '),
      ).toBe('534,80 €');
      await screenAtTablet(page, 'pharmacy-06-received');

      // The server holds the receipts, costs in integer cents.
      const receipts = await movements({ kind: 'RECEIPT' }, 10);
      const rA = receipts.find((m) => m.lot.lotNumber === lotA);
      const rB = receipts.find((m) => m.lot.lotNumber === lotB);
      expect(rA).toMatchObject({ quantity: 120, unitCostCents: 29, lot: { expiryDate: expA.iso } });
      expect(rB).toMatchObject({
        quantity: 40,
        unitCostCents: 1250,
        lot: { expiryDate: expB.iso },
      });
      expect(rA?.operationId).toBe(rB?.operationId);
      expect(await received.getAttribute('data-operation-id')).toBe(rA?.operationId);

      // The new lot on the item page.
      await lineA.locator('a').click();
      await arrive(page, `**/app/pharmacy/items/${itemA.id}`);
      const newLot = visible(page, `[data-testid="lot-row"][data-lot="${lotA}"]`);
      await newLot.waitFor();
      expect(await newLot.getAttribute('data-quantity')).toBe('120');
      expect(await newLot.innerText()).toContain(expA.typed);
      expect(await newLot.locator('[data-testid="lot-state"]').innerText()).toBe('Utilisable');
      await visible(
        page,
        `[data-testid="movement"][data-kind="RECEIPT"][data-lot="${lotA}"]`,
      ).waitFor();
      await screenAtTablet(page, 'pharmacy-07-item-new-lot');
      // A count finds two boxes fewer on the shelf: the books are corrected, with the reason.
      const actions = visible(page, '[data-testid="stock-actions"]');
      await actions.scrollIntoViewIfNeeded();
      const lotOption = actions.locator('select[name="actionLot"] option', { hasText: lotA });
      const lotAId = (await lotOption.getAttribute('value')) ?? '';
      await actions.locator('select[name="actionLot"]').selectOption(lotAId);
      await actions.locator('input[name="counted"]').fill('118');
      await actions
        .locator('textarea[name="adjustReason"]')
        .fill('Deux boîtes abîmées au déballage');
      await screenAtTablet(page, 'pharmacy-08-item-count-write-off');
      await actions.locator('[data-testid="stock-action-submit"]').click();
      await expectNotice(page, 'success', `Inventaire enregistré pour le lot ${lotA}.`);
      await expect
        .poll(() =>
          visible(page, `[data-testid="lot-row"][data-lot="${lotA}"]`).getAttribute(
            'data-quantity',
          ),
        )
        .toBe('118');
      const adjustments = (await movements({ kind: 'ADJUSTMENT', itemId: itemA.id }, 5)).filter(
        (m) => m.lot.lotNumber === lotA,
      );
      expect(adjustments.map((m) => m.quantity)).toEqual([2]);
      await screenAtTablet(page, 'pharmacy-08b-item-counted');

      // Dispense this item to the patient, against their prescription; the server picks the lot.
      await visible(page, '[data-testid="dispense-item"]').click();
      await arrive(page, /\/app\/pharmacy\/dispense\?item=/);
      const dispense = visible(page, '[data-testid="dispense-form"]');
      await dispense.waitFor();
      await dispense.locator('[data-testid="picked-item"]').waitFor();
      await dispense.locator('input[name="patientSearch"]').fill(patient.mrn);
      await dispense.locator('[data-testid="patient-hit"]').first().click();
      await dispense
        .locator(`[data-testid="prescription"][data-value="${target.prescriptionId}"]`)
        .click();
      await dispense.locator('input[name="quantity"]').fill('2');
      // The first-expiring lot is proposed; another would need a reason.
      const proposed = await dispense.locator('select[name="lot"] option[value=""]').innerText();
      expect(proposed).toMatch(/^Proposé : \S+ \(premier à périmer\)$/);
      expect(await dispense.locator('[data-testid="lot-detail"]').innerText()).toMatch(
        /^Lot \S+ : périme le \d{2}\/\d{2}\/\d{4}, [\d\s\u202f]+ \S+ en stock\.$/,
      );
      await screenAtTablet(page, 'pharmacy-09-dispense-form');
      const otherLot = await dispense
        .locator('select[name="lot"] option:not([value=""])')
        .first()
        .getAttribute('value');
      if (otherLot) {
        await dispense.locator('select[name="lot"]').selectOption(otherLot);
        await dispense.locator('[data-testid="dispense-submit"]').click();
        await dispense.locator('textarea[name="lotChoiceReason"]').waitFor();
        expect(await dispense.locator('.cg-field-error').first().innerText()).toBe(
          'Indiquez pourquoi vous prenez un autre lot que le premier à périmer.',
        );
        await screenAtTablet(page, 'pharmacy-10-dispense-other-lot');
        await dispense.locator('select[name="lot"]').selectOption('');
      }
      await dispense.locator('[data-testid="dispense-submit"]').click();
      const done = visible(page, '[data-testid="dispensed"]');
      await done.waitFor({ timeout: 20_000 });
      await expectNotice(page, 'success', /^2 .+ dispensé\(s\)\.$/);
      await screenAtTablet(page, 'pharmacy-11-dispensed');

      // The server holds the dispensing: the patient, the prescription, two units.
      const opId = (await done.getAttribute('data-operation-id')) ?? '';
      const dispensed = (await movements({ kind: 'DISPENSE', itemId: itemA.id }, 10)).filter(
        (m) => m.operationId === opId,
      );
      expect(dispensed.reduce((s, m) => s + m.quantity, 0)).toBe(2);
      for (const m of dispensed) {
        expect(m.patientId).toBe(target.patientId);
        expect(m.prescriptionId).toBe(target.prescriptionId);
      }

      // More than there is: refused, in words, with what is available.
      const available = (await levelOf(itemA.id))?.usableOnHand ?? 0;
      await done.locator('[data-testid="dispense-another"]').click();
      const again = visible(page, '[data-testid="dispense-form"]');
      await again.locator('input[name="quantity"]').fill(String(available + 1000));
      await again.locator('[data-testid="dispense-submit"]').click();
      await expectNotice(
        page,
        'error',
        `Stock insuffisant : seulement ${String(available)} unités disponibles ici.`,
      );
      await screenAtTablet(page, 'pharmacy-12-insufficient-stock');
      // Nothing was recorded by the refusal.
      const after = await movements({ kind: 'DISPENSE', itemId: itemA.id }, 10);
      expect(after.filter((m) => m.quantity >= available + 1000)).toEqual([]);
    } finally {
      await b.close();
    }
  });

  it('a manager reads the stock on a phone without the pharmacy’s actions; the pharmacist reads it in English', async () => {
    const b = await openBrowser({ locale: 'fr-FR' });
    try {
      await signIn(b.page, MANAGER);
      await visible(b.page, 'a.cg-shortcut[href="/app/pharmacy"]').click();
      await arrive(b.page, '**/app/pharmacy');
      await visible(b.page, '[data-testid="stock-list"]').waitFor();
      expect(await b.page.locator('[data-testid="open-receive"]:visible').count()).toBe(0);
      await screen(b.page, 'pharmacy-20-stock-manager');
      await visible(b.page, '[data-testid="stock-row"]').click();
      await arrive(b.page, /\/app\/pharmacy\/items\//);
      await visible(b.page, '[data-testid="lots"]').waitFor();
      expect(await b.page.locator('[data-testid="stock-actions"]:visible').count()).toBe(0);
      expect(await b.page.locator('[data-testid="dispense-item"]:visible').count()).toBe(0);
      await screen(b.page, 'pharmacy-21-item-manager');
    } finally {
      await b.close();
    }

    // The pharmacist, in English: numbers, dates and money follow the language.
    const en = await openBrowser({ locale: 'en-US' });
    try {
      await signIn(en.page, PHARMACIST);
      await openTab(en.page, 'account');
      await visible(en.page, '[data-testid="lang-en"]').click();
      await expect.poll(() => en.page.evaluate(() => document.documentElement.lang)).toBe('en');
      await openTab(en.page, 'pharmacy');
      await visible(en.page, '[data-testid="stock-list"]').waitFor();
      const below = visible(en.page, '[data-testid="stock-row"][data-below="true"]');
      expect(await below.locator('[data-testid="below-reorder"]').innerText()).toBe(
        'Below reorder level',
      );
      expect(await below.innerText()).toMatch(/Expires \d{2}\/\d{2}\/\d{4}/);
      await screen(en.page, 'pharmacy-30-stock-english');
      await below.click();
      await arrive(en.page, /\/app\/pharmacy\/items\//);
      await visible(en.page, '[data-testid="lots"]').waitFor();
      expect(await visible(en.page, '[data-testid="lots"]').innerText()).toMatch(/€\d+\.\d{2}/);
      await screen(en.page, 'pharmacy-31-item-english');
    } finally {
      await en.close();
    }
  });
});
