import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { arrive, openBrowser, openTab, PHONE, screen, serverNow, TABLET, visible } from './browser';
import { demoHospital } from './demo';

const { gql, tokenOf, signIn } = demoHospital();

const PHARMACIST = 'pharmacy@caregraph.example';
const MANAGER = 'manager@caregraph.example';
const DOCTOR = 'doctor.general@caregraph.example';
// Her ward, Médecine interne, is one of the two demo wards with a stock of their own.
const NURSE = 'nurse.a@caregraph.example';

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

interface Item {
  id: string;
  kind: string;
  nameFr: string;
  inn: string | null;
  unitOfIssue: string;
}

/**
 * A prescription naming a catalogue item, for one of the demo nurse's inpatients (each tried in
 * turn: one may be allergic to the medicine), one dose every `intervalHours` from ten minutes ago.
 */
async function prescribeStocked(
  item: Item,
  unitsPerDose: number,
  intervalHours: number,
  skip: readonly string[] = [],
): Promise<{ prescriptionId: string; patientId: string; wardId: string }> {
  const [doctor, nurse] = [await tokenOf(DOCTOR), await tokenOf(NURSE)];
  const { myShiftPack } = await gql<{
    myShiftPack: { patients: { patientId: string; inpatient: { wardId: string } | null }[] };
  }>(nurse, '{ myShiftPack { patients { patientId inpatient { wardId } } } }');
  const problems: string[] = [];
  for (const p of myShiftPack.patients) {
    if (!p.inpatient || skip.includes(p.patientId)) continue;
    try {
      const { prescribe } = await gql<{ prescribe: { id: string } }>(
        doctor,
        'mutation($input: PrescribeInput!) { prescribe(input: $input) { id } }',
        {
          input: {
            patientId: p.patientId,
            medicationName: item.inn ?? item.nameFr,
            stockItemId: item.id,
            unitsPerDose,
            dose: 1,
            doseUnit: item.unitOfIssue,
            route: 'ORAL',
            intervalHours,
            startAt: new Date(serverNow().getTime() - 10 * 60_000).toISOString(),
          },
        },
      );
      return { prescriptionId: prescribe.id, patientId: p.patientId, wardId: p.inpatient.wardId };
    } catch (e) {
      problems.push(String(e));
    }
  }
  throw new Error(
    `no inpatient of the demo nurse could be prescribed ${item.nameFr}: ${problems.join(' | ')}`,
  );
}

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
        await gql<{
          stockLevels: { nodes: { usableOnHand: number; item: { nameFr: string } }[] };
        }>(
          token,
          'query($l: ID!, $i: ID!) { stockLevels(locationId: $l, itemId: $i) { nodes { usableOnHand item { nameFr } } } }',
          { l: central, i: itemId },
        )
      ).stockLevels.nodes[0];
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

      // The stock list: the central pharmacy (paging and search: their own test below).
      await visible(page, 'a.cg-shortcut[href="/app/pharmacy"]').click();
      await arrive(page, '**/app/pharmacy');
      await visible(page, '[data-testid="stock-list"]').waitFor();
      await screenAtTablet(page, 'pharmacy-02-stock-list');
      // Reorder warnings in words.
      await visible(page, 'select[name="show"]').selectOption('below');
      const below = visible(page, '[data-testid="stock-row"][data-below="true"]');
      await below.waitFor();
      expect(await below.locator('[data-testid="below-reorder"]').innerText()).toContain(
        'Sous le seuil',
      );
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

  it('the stock list shows 20 items, then 20 more, and searches names and DCI through the API', async () => {
    const b = await openBrowser({ locale: 'fr-FR' });
    const page = b.page;
    try {
      await page.setViewportSize(TABLET);
      await signIn(page, PHARMACIST);
      await visible(page, 'a.cg-shortcut[href="/app/pharmacy"]').click();
      await arrive(page, '**/app/pharmacy');
      await visible(page, '[data-testid="stock-list"]').waitFor();
      const rows = () => page.locator('[data-testid="stock-row"]:visible').count();
      await expect.poll(rows).toBe(20);
      const total = Number(
        (await visible(page, '[data-testid="stock-count"]').innerText()).replace(/\D/g, ''),
      );
      expect(total).toBeGreaterThan(20);
      await visible(page, '[data-testid="stock-more"]').click();
      await expect.poll(rows).toBe(Math.min(40, total));
      if (total > 40) {
        await visible(page, '[data-testid="stock-more"]').scrollIntoViewIfNeeded();
        await screenAtTablet(page, 'pharmacy-02a-stock-more');
      }
      // Accents and case ignored, in the names and the DCI.
      await visible(page, 'input[name="stockSearch"]').fill('PARACETAMOL');
      // While the new page loads the list is empty: wait for rows, every one a paracetamol.
      await expect
        .poll(async () => {
          const texts = await page.locator('[data-testid="stock-row"]:visible').allInnerTexts();
          return texts.length > 0 && texts.every((t) => /parac[ée]tamol/i.test(t));
        })
        .toBe(true);
      expect(await rows()).toBeLessThan(20);
      await screenAtTablet(page, 'pharmacy-02b-stock-search');
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
      expect(await visible(en.page, '[data-testid="stock-more"]').innerText()).toMatch(
        /Show more \(20 of \d+\)/i,
      );
      await visible(en.page, 'select[name="show"]').selectOption('below');
      const below = visible(en.page, '[data-testid="stock-row"][data-below="true"]');
      await below.waitFor();
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

  it('the pharmacist dispenses part of a worklist row, then traces the lot to the patient and recalls it', async () => {
    const token = await tokenOf(PHARMACIST);
    const { stockItems } = await gql<{ stockItems: { nodes: Item[] } }>(
      token,
      '{ stockItems(first: 80) { nodes { id kind nameFr inn unitOfIssue } } }',
    );
    // A medicine of the catalogue, with a fresh lot that expires before any other: FEFO takes it.
    const item = stockItems.nodes.filter((i) => i.kind === 'MEDICATION')[7];
    if (!item) throw new Error('no medicine in the catalogue');
    const { stockLocations } = await gql<{
      stockLocations: { id: string; kind: string; wardId: string | null; name: string }[];
    }>(token, '{ stockLocations { id kind wardId name } }');
    const central = stockLocations.find((l) => l.kind === 'CENTRAL_PHARMACY')?.id ?? '';
    const lotNumber = `E2E-R${String(Date.now()).slice(-6)}`;
    await gql(
      token,
      'mutation($input: ReceiveStockInput!) { receiveStock(input: $input) { id } }',
      {
        input: {
          id: randomUUID(),
          supplier: 'OCP Répartition',
          locationId: central,
          lines: [
            {
              itemId: item.id,
              lotNumber,
              expiryDate: expiryIn(3).iso,
              quantity: 40,
              unitCostCents: 35,
            },
          ],
        },
      },
    );
    const rx = await prescribeStocked(item, 2, 6);
    const ward = stockLocations.find((l) => l.wardId === rx.wardId);
    if (!ward) throw new Error('the nurse’s ward has no stock location');
    type Row = { prescriptionId: string; unitsNeeded: number; unitsToDispense: number };
    const worklist = async () =>
      (
        await gql<{ dispensingWorklist: Row[] }>(
          token,
          'query($w: ID!) { dispensingWorklist(wardId: $w) { prescriptionId unitsNeeded unitsToDispense } }',
          { w: rx.wardId },
        )
      ).dispensingWorklist.find((r) => r.prescriptionId === rx.prescriptionId);
    const before = await worklist();
    // Every 6 hours, 2 units a dose: 4 doses in the next 24 hours, nothing dispensed yet.
    expect(before).toMatchObject({ unitsNeeded: 8, unitsToDispense: 8 });

    const b = await openBrowser({ locale: 'fr-FR' });
    const page = b.page;
    try {
      await page.setViewportSize(TABLET);
      await signIn(page, PHARMACIST);
      // The language is the account's: an earlier test may have left it in English.
      await openTab(page, 'account');
      await visible(page, '[data-testid="lang-fr"]').click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');
      await openTab(page, 'pharmacy');
      // The alerts are reachable from the pharmacy's home, counted by kind.
      await visible(page, '[data-testid="alert-counts"]').waitFor();
      await visible(page, '[data-testid="open-alerts"]').click();
      await arrive(page, '**/app/pharmacy/alerts');
      await visible(page, '[data-testid="alerts-count"]').waitFor();
      await screenAtTablet(page, 'pharmacy-40-alerts');
      await visible(page, '[data-testid="alert-filter"][data-value="EXPIRING"]').click();
      await expect
        .poll(() =>
          page.locator('[data-testid="alert"]:visible:not([data-kind="EXPIRING"])').count(),
        )
        .toBe(0);
      await page.goBack();
      await arrive(page, '**/app/pharmacy');

      // The worklist of the nurse's ward: the new prescription, 8 units to dispense.
      await visible(page, '[data-testid="open-worklist"]').click();
      await arrive(page, '**/app/pharmacy/worklist');
      await visible(page, 'select[name="worklistWard"]').selectOption(rx.wardId);
      const row = visible(
        page,
        `[data-testid="worklist-row"][data-prescription-id="${rx.prescriptionId}"]`,
      );
      await row.waitFor();
      expect(await row.getAttribute('data-to-dispense')).toBe('8');
      await screenAtTablet(page, 'pharmacy-41-worklist');
      await row.locator('[data-testid="worklist-open"]').click();
      const form = row.locator('[data-testid="worklist-dispense"]');
      await form.waitFor();
      // The fresh lot is proposed (first to expire); the quantity starts at what is left.
      await expect
        .poll(() => form.locator('[data-testid="worklist-lot"]').innerText())
        .toContain(`Lot ${lotNumber} (pér. ${expiryIn(3).typed}) proposé`);
      expect(await form.locator('input[name="worklistQuantity"]').inputValue()).toBe('8');
      // Part of it: 3 units now.
      await form.locator('input[name="worklistQuantity"]').fill('3');
      await screenAtTablet(page, 'pharmacy-42-worklist-dispense');
      await form.locator('[data-testid="worklist-dispense-submit"]').click();
      await expectNotice(
        page,
        'success',
        new RegExp(`^3 .+ dispensé\\(s\\) à .+ \\(lot ${lotNumber}\\)\\.$`),
      );
      // The row is read again: 3 covered, 5 still to dispense.
      await expect.poll(() => row.getAttribute('data-to-dispense')).toBe('5');
      expect(await row.getAttribute('data-covered')).toBe('3');
      await screenAtTablet(page, 'pharmacy-43-worklist-after');
      expect(await worklist()).toMatchObject({ unitsNeeded: 8, unitsToDispense: 5 });

      // The lot, from the item's lots: the patient who received it, then its recall.
      await page.goto(`${page.url().split('/app/')[0] ?? ''}/app/pharmacy/items/${item.id}`);
      await arrive(page, `**/app/pharmacy/items/${item.id}`);
      await visible(
        page,
        `[data-testid="lot-row"][data-lot="${lotNumber}"] [data-testid="lot-trace-link"]`,
      ).click();
      await arrive(page, /\/app\/pharmacy\/lots\//);
      const lot = visible(page, '[data-testid="lot"]');
      await lot.waitFor();
      const lotId = (await lot.getAttribute('data-lot-id')) ?? '';
      const patient = visible(
        page,
        `[data-testid="lot-patient"][data-patient-id="${rx.patientId}"]`,
      );
      await patient.waitFor();
      expect(await patient.innerText()).toContain('dispensé : 3');
      expect(await patient.innerText()).toContain('Hospitalisé actuellement');
      await expect
        .poll(() => visible(page, '[data-testid="lot-location"]').getAttribute('data-quantity'))
        .toBe('37');
      await screenAtTablet(page, 'pharmacy-44-lot-trace');
      await visible(page, '[data-testid="recall-open"]').click();
      const recall = visible(page, '[data-testid="recall-form"]');
      // No notice, no recall.
      await recall.locator('[data-testid="recall-confirm"]').click();
      await recall.locator('.cg-field-error').waitFor();
      expect(await lot.getAttribute('data-status')).toBe('ACTIVE');
      await recall
        .locator('textarea[name="recallReason"]')
        .fill('Avis fabricant : défaut de scellage');
      await screenAtTablet(page, 'pharmacy-45-lot-recall');
      await recall.locator('[data-testid="recall-confirm"]').click();
      await expectNotice(page, 'success', `Lot ${lotNumber} rappelé.`);
      await expect
        .poll(() => visible(page, '[data-testid="lot"]').getAttribute('data-status'))
        .toBe('RECALLED');
      expect(await visible(page, '[data-testid="lot"] [data-testid="lot-state"]').innerText()).toBe(
        'Rappelé',
      );
      expect(await visible(page, '[data-testid="lot-recalled"]').innerText()).toContain(
        'Avis : Avis fabricant : défaut de scellage',
      );
      expect(await page.locator('[data-testid="recall-open"]:visible').count()).toBe(0);
      await screenAtTablet(page, 'pharmacy-46-lot-recalled');

      // The server holds the recall and the patient who received the lot.
      const { lotTrace } = await gql<{
        lotTrace: {
          lot: { status: string; recallReason: string };
          patients: { patientId: string; unitsDispensed: number }[];
        };
      }>(
        token,
        'query($l: ID!) { lotTrace(lotId: $l) { lot { status recallReason } patients { patientId unitsDispensed } } }',
        { l: lotId },
      );
      expect(lotTrace.lot).toEqual({
        status: 'RECALLED',
        recallReason: 'Avis fabricant : défaut de scellage',
      });
      expect(lotTrace.patients).toEqual([{ patientId: rx.patientId, unitsDispensed: 3 }]);

      // The valuation, at the end of the server's today, in integer cents.
      await page.goto(`${page.url().split('/app/')[0] ?? ''}/app/pharmacy/valuation`);
      await arrive(page, '**/app/pharmacy/valuation');
      await visible(page, '[data-testid="valuation-location"]').waitFor();
      const { stockValuation } = await gql<{ stockValuation: { valueCents: number }[] }>(
        token,
        'query($at: LocalDate!) { stockValuation(at: $at) { valueCents } }',
        { at: expiryIn(0).iso },
      );
      const total = stockValuation.reduce((s, v) => s + v.valueCents, 0);
      expect(
        (await visible(page, '[data-testid="valuation-grand-total"]').innerText()).replace(
          /\s/g,
          ' ',
        ),
      ).toBe(
        new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' })
          .format(total / 100)
          .replace(/\s/g, ' '),
      );
      await screenAtTablet(page, 'pharmacy-47-valuation');
    } finally {
      await b.close();
    }
  });

  it('a nurse sees the lot the ward’s stock proposes for a dose, gives it, and that lot is recorded', async () => {
    const pharmacist = await tokenOf(PHARMACIST);
    const nurse = await tokenOf(NURSE);
    const { myShiftPack } = await gql<{
      myShiftPack: { patients: { inpatient: { wardId: string } | null }[] };
    }>(nurse, '{ myShiftPack { patients { inpatient { wardId } } } }');
    const wardId = myShiftPack.patients.find((p) => p.inpatient)?.inpatient?.wardId ?? '';
    // An item the ward holds a usable lot of.
    const { stockLevels } = await gql<{
      stockLevels: { nodes: { usableOnHand: number; item: Item }[] };
    }>(
      pharmacist,
      'query($l: ID!) { stockLevels(locationId: $l, kind: MEDICATION, first: 100) { nodes { usableOnHand item { id kind nameFr inn unitOfIssue } } } }',
      { l: wardId },
    );
    const held = stockLevels.nodes.find((l) => l.item.kind === 'MEDICATION' && l.usableOnHand >= 2);
    if (!held) throw new Error('the nurse’s ward holds no medicine');
    const rx = await prescribeStocked(held.item, 1, 1);
    const { proposedLot } = await gql<{
      proposedLot: { lot: { id: string; lotNumber: string; expiryDate: string } } | null;
    }>(
      nurse,
      'query($p: ID!) { proposedLot(prescriptionId: $p) { lot { id lotNumber expiryDate } } }',
      {
        p: rx.prescriptionId,
      },
    );
    if (!proposedLot) throw new Error('no lot proposed from the ward’s stock');
    const [y, m, d] = proposedLot.lot.expiryDate.split('-');
    const date = `${d ?? ''}/${m ?? ''}/${y ?? ''}`;
    // In the nurse's language (French in the demo; the account may have been switched).
    const shown = [
      `Lot ${proposedLot.lot.lotNumber} (pér. ${date}) proposé`,
      `Lot ${proposedLot.lot.lotNumber} (exp. ${date}) proposed`,
    ];

    const b = await openBrowser({ locale: 'fr-FR' });
    const page = b.page;
    try {
      await signIn(page, NURSE);
      await page.goto(`${page.url().split('/app/')[0] ?? ''}/app/patients/${rx.patientId}/chart`);
      await arrive(page, `**/app/patients/${rx.patientId}/chart`);
      await visible(page, '[data-testid="section-medications"]').click();
      // The first open dose of the new prescription (one every hour from ten minutes ago).
      const row = page
        .locator(
          `[data-testid="dose"][data-prescription-id="${rx.prescriptionId}"]:has([data-testid="dose-give"]):visible`,
        )
        .first();
      await row.waitFor();
      const scheduledAt = (await row.getAttribute('data-scheduled-at')) ?? '';
      const lot = row.locator('[data-testid="dose-lot"]');
      await expect.poll(async () => shown.includes(await lot.innerText())).toBe(true);
      expect(await lot.getAttribute('data-lot-id')).toBe(proposedLot.lot.id);
      await screen(page, 'pharmacy-50-dose-proposed-lot');
      await row.locator('[data-testid="dose-give"]').click();
      const given = visible(
        page,
        `[data-testid="dose"][data-prescription-id="${rx.prescriptionId}"][data-scheduled-at="${scheduledAt}"]`,
      );
      await expect.poll(() => given.getAttribute('data-state')).toBe('GIVEN');
      await screen(page, 'pharmacy-51-dose-given');
    } finally {
      await b.close();
    }

    // The dose names the lot shown, and the lot's trace names the patient and the dose.
    const { lotTrace } = await gql<{
      lotTrace: {
        patients: {
          patientId: string;
          unitsAdministered: number;
          administrations: { id: string; prescriptionId: string }[];
        }[];
      };
    }>(
      pharmacist,
      'query($l: ID!) { lotTrace(lotId: $l) { patients { patientId unitsAdministered administrations { id prescriptionId } } } }',
      { l: proposedLot.lot.id },
    );
    const patient = lotTrace.patients.find((p) => p.patientId === rx.patientId);
    expect(
      patient?.administrations.filter((a) => a.prescriptionId === rx.prescriptionId),
    ).toHaveLength(1);
    expect(patient?.unitsAdministered).toBeGreaterThanOrEqual(1);
  });
});
