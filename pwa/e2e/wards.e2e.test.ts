import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { arrive, openBrowser, openTab, PHONE, screen, serverNow, TABLET, visible } from './browser';
import { demoHospital } from './demo';

const { base, gql, tokenOf, signIn } = demoHospital();

const RECEPTION = 'reception@caregraph.example';
const NURSE = 'nurse.a@caregraph.example';
const CARDIO = 'doctor.cardio@caregraph.example';
const MANAGER = 'manager@caregraph.example';
const WARD = 'Médecine interne';
// An outpatient of the demo data that no other browser test admits or reads as a nurse.
const OUTPATIENT = 'Traoré Ibrahim';
// A child of the demo data, an outpatient no other browser test uses: a bed is held for him.
const CHILD = 'Mbappe Ethan';
const PAEDIATRICS = 'Pédiatrie';

/** Screenshots of a screen used on a tablet: phone then tablet, and back to the tablet. */
async function screenAtTablet(page: Page, name: string) {
  await page.setViewportSize(PHONE);
  await screen(page, name);
  await page.setViewportSize(TABLET);
}

/** The board's tile of a bed. */
function tile(page: Page, bedId: string) {
  return visible(page, `[data-testid="bed-tile"][data-bed-id="${bedId}"]`);
}

/** The NEWS2 scores of a list, top to bottom, -1 when not scored (the API puts them last). */
async function scores(page: Page): Promise<number[]> {
  const values = await page
    .locator('[data-testid="inpatient"]:visible')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-score') ?? ''));
  return values.map((v) => (v === '' ? -1 : Number(v)));
}

describe('Wards', () => {
  let wardId: string;
  let patient: { id: string; displayName: string };

  beforeAll(async () => {
    const token = await tokenOf(RECEPTION);
    const wards = await gql<{ wards: { id: string; name: string }[] }>(
      token,
      '{ wards { id name } }',
    );
    const ward = wards.wards.find((w) => w.name === WARD);
    if (!ward) throw new Error(`no ward ${WARD}`);
    wardId = ward.id;
    const found = await gql<{ patients: { nodes: { id: string; displayName: string }[] } }>(
      token,
      'query($s: String) { patients(search: $s, first: 1) { nodes { id displayName } } }',
      { s: OUTPATIENT },
    );
    const first = found.patients.nodes[0];
    if (!first) throw new Error(`no patient ${OUTPATIENT}`);
    patient = first;
  });

  it('reception admits an outpatient at tablet size and the nurse’s board shows it without reloading', async () => {
    const desk = await openBrowser({ locale: 'fr-FR' });
    const nurse = await openBrowser();
    try {
      await desk.page.setViewportSize(TABLET);
      await nurse.page.setViewportSize(TABLET);
      await signIn(desk.page, RECEPTION);
      // The receptionist's way in is a tab; the nurse's, her home page.
      await openTab(desk.page, 'beds');
      await visible(desk.page, `[data-testid="ward-card"][data-ward-id="${wardId}"]`).waitFor();
      await screenAtTablet(desk.page, 'wards-01-ward-census');
      await visible(desk.page, `[data-testid="ward-card"][data-ward-id="${wardId}"]`).click();
      await arrive(desk.page, `**/app/beds/${wardId}`);
      await visible(desk.page, '[data-testid="bed-tile"]').waitFor();
      // No clinical field for reception (the API would refuse it), but who is on shift.
      expect(await desk.page.locator('[data-testid="news2"]:visible').count()).toBe(0);
      // Médecine interne's demo nurse, nurse.a, is on every shift.
      await visible(desk.page, '[data-testid="ward-nurses"]').waitFor();
      expect(await visible(desk.page, '[data-testid="ward-nurses"]').textContent()).toContain(
        'MARTIN Sophie',
      );
      await screenAtTablet(desk.page, 'wards-02-board-reception');

      await signIn(nurse.page, NURSE);
      await visible(nurse.page, 'a.cg-shortcut[href="/app/beds"]').click();
      await arrive(nurse.page, '**/app/beds');
      await visible(nurse.page, `[data-testid="ward-card"][data-ward-id="${wardId}"]`).click();
      await arrive(nurse.page, `**/app/beds/${wardId}`);
      await visible(nurse.page, '[data-testid="bed-tile"][data-status="OCCUPIED"]').waitFor();
      expect(await visible(nurse.page, '[data-testid="ward-nurse"]').innerText()).toMatch(
        /^MARTIN /,
      );
      expect(
        await nurse.page.locator('[data-testid="bed-tile"] [data-testid="news2"]:visible').count(),
      ).toBeGreaterThan(0);
      await screenAtTablet(nurse.page, 'wards-03-board-nurse');

      // A free bed, seen by both.
      const free = visible(desk.page, '[data-testid="bed-tile"][data-status="FREE"]');
      const bedId = (await free.getAttribute('data-bed-id')) ?? '';
      const label = (await free.getAttribute('data-label')) ?? '';
      expect(await tile(nurse.page, bedId).getAttribute('data-status')).toBe('FREE');
      expect(await free.locator('button').getAttribute('aria-label')).toBe(`Lit ${label}, Libre`);

      await free.click();
      const sheet = visible(desk.page, '[data-testid="bed-sheet"]');
      await sheet.waitFor();
      await screenAtTablet(desk.page, 'wards-04-sheet-free');
      await sheet.locator('[data-testid="action-admit"]').click();
      const form = visible(desk.page, '[data-testid="admit-form"]');
      await form.locator('input[name="patientSearch"]').fill(OUTPATIENT);
      await form
        .locator(`[data-testid="patient-hit"]:has-text("${patient.displayName}")`)
        .first()
        .click();
      await form.locator('[data-testid="picked-patient"]').waitFor();
      const attending = await form
        .locator('select[name="attending"] option', { hasText: 'DUPONT' })
        .first()
        .getAttribute('value');
      await form.locator('select[name="attending"]').selectOption(attending ?? '');
      await form.locator('input[name="reason"]').fill('Pneumopathie, surveillance');
      await form.locator('select[name="source"]').selectOption('EMERGENCY');
      await form.locator('input[name="expectedDays"]').fill('4');
      await screenAtTablet(desk.page, 'wards-05-admit-form');

      // Someone else takes the bed first: the server answers BED_OCCUPIED, the sheet says so.
      await desk.page.route('**/graphql', async (route) => {
        const body = route.request().postDataJSON() as { operationName?: string } | null;
        if (body?.operationName !== 'AdmitPatient') return route.continue();
        return route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({
            data: null,
            errors: [{ message: 'This bed is occupied.', extensions: { code: 'BED_OCCUPIED' } }],
          }),
        });
      });
      await form.locator('[data-testid="admit-submit"]').click();
      const refused = visible(desk.page, '[data-testid="bed-sheet"] .cg-notice-error');
      await refused.waitFor();
      expect(await refused.innerText()).toBe(
        'Ce lit vient d’être pris par quelqu’un d’autre. Le tableau est à jour : choisissez un autre lit.',
      );
      await screenAtTablet(desk.page, 'wards-06-bed-occupied');
      await desk.page.unroute('**/graphql');

      await form.locator('[data-testid="admit-submit"]').click();
      const done = visible(desk.page, '.cg-notice-success');
      await done.waitFor();
      expect(await done.innerText()).toBe(
        `${patient.displayName} : admission au lit ${label} enregistrée.`,
      );
      await expect
        .poll(() => tile(desk.page, bedId).getAttribute('data-status'), { timeout: 10_000 })
        .toBe('OCCUPIED');

      // The nurse's board was not reloaded: the subscription brought the change.
      await expect
        .poll(() => tile(nurse.page, bedId).getAttribute('data-status'), { timeout: 10_000 })
        .toBe('OCCUPIED');
      expect(
        await tile(nurse.page, bedId).locator('[data-testid="occupant-name"]').innerText(),
      ).toBe(patient.displayName);
      // The demo accounts work in French, whatever the browser's language.
      expect(await tile(nurse.page, bedId).locator('button').getAttribute('aria-label')).toMatch(
        new RegExp(
          `^Lit ${label}, Occupé, ${patient.displayName}, \\d+ ans, Masculin, admis·e aujourd’hui, Référent : DUPONT .*, NEWS2 non calculé`,
        ),
      );
      await tile(nurse.page, bedId).scrollIntoViewIfNeeded();
      await screenAtTablet(nurse.page, 'wards-07-board-live');
      await screenAtTablet(desk.page, 'wards-08-board-after-admission');

      // The nurse opens the new patient's bed: chart, transfer, discharge, cancellation.
      await tile(nurse.page, bedId).click();
      const nurseSheet = visible(nurse.page, '[data-testid="bed-sheet"]');
      await nurseSheet.locator('[data-testid="action-chart"]').waitFor();
      for (const action of ['transfer', 'discharge', 'cancelAdmission']) {
        await nurseSheet.locator(`[data-testid="action-${action}"]`).waitFor();
      }
      await screenAtTablet(nurse.page, 'wards-09-sheet-occupied');
      await nurseSheet.locator('[data-testid="action-discharge"]').click();
      await visible(nurse.page, '[data-testid="discharge-form"]').waitFor();
      // A nurse does not write discharge summaries: no summary field.
      expect(await nurse.page.locator('textarea[name="summary"]:visible').count()).toBe(0);
      await screenAtTablet(nurse.page, 'wards-10-discharge-form');
      await visible(nurse.page, '[data-testid="sheet-close"]').click();
      await nurseSheet.waitFor({ state: 'hidden' });

      // Housekeeping: a bed to clean is marked clean, and reception sees it free.
      const dirty = visible(nurse.page, '[data-testid="bed-tile"][data-status="TO_CLEAN"]');
      const dirtyId = (await dirty.getAttribute('data-bed-id')) ?? '';
      await dirty.click();
      await visible(nurse.page, '[data-testid="action-markClean"]').click();
      await expect
        .poll(() => tile(nurse.page, dirtyId).getAttribute('data-status'), { timeout: 10_000 })
        .toBe('FREE');
      await expect
        .poll(() => tile(desk.page, dirtyId).getAttribute('data-status'), { timeout: 10_000 })
        .toBe('FREE');
    } finally {
      await desk.close();
      await nurse.close();
    }
  }, 240_000);

  it('reception reserves a free bed of Pédiatrie at tablet size, then releases it', async () => {
    const token = await tokenOf(RECEPTION);
    const wards = await gql<{ wards: { id: string; name: string }[] }>(
      token,
      '{ wards { id name } }',
    );
    const paediatrics = wards.wards.find((w) => w.name === PAEDIATRICS);
    if (!paediatrics) throw new Error(`no ward ${PAEDIATRICS}`);
    const browser = await openBrowser({ locale: 'fr-FR' });
    const { page } = browser;
    try {
      await page.setViewportSize(TABLET);
      await signIn(page, RECEPTION);
      await page.goto(`${base}/app/beds/${paediatrics.id}`);
      const free = visible(page, '[data-testid="bed-tile"][data-status="FREE"]');
      await free.waitFor();
      const bedId = (await free.getAttribute('data-bed-id')) ?? '';
      const label = (await free.getAttribute('data-label')) ?? '';

      await free.click();
      const sheet = visible(page, '[data-testid="bed-sheet"]');
      await sheet.locator('[data-testid="action-reserve"]').click();
      const form = visible(page, '[data-testid="reserve-form"]');
      await form.locator('input[name="patientSearch"]').fill(CHILD);
      await form.locator('[data-testid="patient-hit"]').first().click();
      await form.locator('[data-testid="picked-patient"]').waitFor();
      const name = (await form.locator('[data-testid="picked-patient"] strong').innerText()).trim();
      // Tomorrow at 14:30, hospital time, typed on the 24-hour clock.
      const tomorrow = new Date(serverNow().getTime() + 24 * 3_600_000).toISOString().slice(0, 10);
      await form.locator('input[name="plannedDate"]').fill(tomorrow);
      await form.locator('input[name="plannedTime"]').fill('14:30');
      await form.locator('textarea[name="reservationNote"]').fill('Bilan programmé, à jeun');
      await screenAtTablet(page, 'wards-50-reserve-form');
      await form.locator('[data-testid="reserve-submit"]').click();

      const done = visible(page, '.cg-notice-success');
      await done.waitFor();
      expect(await done.innerText()).toMatch(
        new RegExp(`^Lit ${label} réservé pour ${name}, .*14:30\\.$`),
      );
      await expect
        .poll(() => tile(page, bedId).getAttribute('data-status'), { timeout: 10_000 })
        .toBe('RESERVED');
      expect(await tile(page, bedId).locator('[data-testid="reserved-for"]').innerText()).toMatch(
        new RegExp(`^Pour ${name}, .*14:30$`),
      );
      await tile(page, bedId).scrollIntoViewIfNeeded();
      await screenAtTablet(page, 'wards-51-board-reserved');

      // The reserved bed: for whom and when, admit that patient, or release the hold.
      await tile(page, bedId).click();
      await visible(page, '[data-testid="bed-sheet"][data-status="RESERVED"]').waitFor();
      // Ionic buttons show capitals: compare the words, not the rendering.
      expect((await visible(page, '[data-testid="action-admit"]').textContent())?.trim()).toBe(
        `Admettre ${name}`,
      );
      await screenAtTablet(page, 'wards-52-sheet-reserved');
      await visible(page, '[data-testid="action-admit"]').click();
      // The admission starts with the reserved patient already chosen.
      expect(
        await visible(
          page,
          '[data-testid="admit-form"] [data-testid="picked-patient"]',
        ).innerText(),
      ).toContain(name);
      await visible(page, '[data-testid="sheet-back"]').click();
      await visible(page, '[data-testid="action-cancelReservation"]').click();
      const released = visible(page, '.cg-notice-success');
      await expect
        .poll(() => released.innerText(), { timeout: 10_000 })
        .toBe(`Réservation du lit ${label} annulée.`);
      await expect
        .poll(() => tile(page, bedId).getAttribute('data-status'), { timeout: 10_000 })
        .toBe('FREE');
      await screenAtTablet(page, 'wards-53-board-released');

      // The stays of an inpatient, from the sheet of the bed.
      await visible(page, '[data-testid="bed-tile"][data-status="OCCUPIED"]').click();
      await visible(page, '[data-testid="action-stays"]').click();
      await arrive(page, /\/app\/patients\/[^/]+\/stays/);
      await visible(page, '[data-testid="patient-stays"] [data-testid="stay"]').waitFor();
      expect(await visible(page, '[data-testid="stay"]').getAttribute('data-status')).toBe(
        'ACTIVE',
      );
      await screenAtTablet(page, 'wards-54-patient-stays');
    } finally {
      await browser.close();
    }
  });

  it('a nurse opens “My patients” on a phone: her ward’s patients, sickest first, and a chart', async () => {
    const browser = await openBrowser({ locale: 'fr-FR' });
    const { page } = browser;
    try {
      await page.setViewportSize(PHONE);
      await signIn(page, NURSE);
      // The nurse's first shortcut on her home page.
      await visible(page, 'a.cg-shortcut[href="/app/my-patients"]').click();
      await arrive(page, '**/app/my-patients');
      await visible(page, '[data-testid="my-patients"] [data-testid="inpatient"]').waitFor();
      const rows = page.locator('[data-testid="inpatient"]:visible');
      expect(await rows.count()).toBeGreaterThanOrEqual(16);
      const wards = await rows.evaluateAll((els) =>
        els.map((e) => e.querySelector('.cg-inpatient-bed')?.textContent ?? ''),
      );
      expect(wards.every((w) => w.endsWith(`· ${WARD}`))).toBe(true);
      const s = await scores(page);
      expect(s).toEqual([...s].sort((a, b) => b - a));
      expect(s[0]).toBeGreaterThan(0);
      await screen(page, 'wards-20-my-patients');

      await rows.first().click();
      await arrive(page, /\/app\/patients\/[^/]+\/chart/);
      await visible(page, '[data-testid="patient-header"]').waitFor();
      await screen(page, 'wards-21-chart-from-my-patients');

      // Another ward's board: who lies where, but its clinical data is said to be withheld,
      // not shown as "not scored" or "allergies not recorded".
      await page.goto(`${base}/app/beds`);
      await visible(page, '[data-testid="ward-card"]:has-text("Cardiologie")').click();
      await visible(page, '[data-testid="bed-tile"][data-status="OCCUPIED"]').waitFor();
      const occupied = page.locator('[data-testid="bed-tile"][data-status="OCCUPIED"]:visible');
      const withheld = page.locator(
        '[data-testid="bed-tile"] [data-testid="clinical-withheld"]:visible',
      );
      expect(await withheld.count()).toBe(await occupied.count());
      expect(await withheld.first().innerText()).toBe('Hors de vos services');
      expect(await page.locator('[data-testid="bed-tile"] [data-testid="news2"]').count()).toBe(0);
      expect(
        await page.locator('[data-testid="bed-tile"] [data-testid="allergy-flag"]').count(),
      ).toBe(0);
      expect(await occupied.first().locator('button').getAttribute('aria-label')).toMatch(
        /, Données cliniques non accessibles — hors de vos services$/,
      );
      await screen(page, 'wards-22-other-ward-withheld');
    } finally {
      await browser.close();
    }
  });

  it('a cardiologist opens “My round” on a phone, sickest first, and a chart', async () => {
    const browser = await openBrowser();
    const { page } = browser;
    try {
      await page.setViewportSize(PHONE);
      await signIn(page, CARDIO);
      await visible(page, 'a.cg-shortcut[href="/app/my-round"]').click();
      await arrive(page, '**/app/my-round');
      await visible(page, '[data-testid="my-round"] [data-testid="inpatient"]').waitFor();
      const rows = page.locator('[data-testid="inpatient"]:visible');
      expect(await rows.count()).toBeGreaterThanOrEqual(14);
      const wards = await rows.evaluateAll((els) =>
        els.map((e) => e.querySelector('.cg-inpatient-bed')?.textContent ?? ''),
      );
      expect(wards.every((w) => w.endsWith('· Cardiologie'))).toBe(true);
      const s = await scores(page);
      expect(s).toEqual([...s].sort((a, b) => b - a));
      // The sickest first: the top row's risk is said in words, not only in colour.
      const top = rows.first();
      expect(await top.locator('[data-testid="news2"]').innerText()).toMatch(
        /^NEWS2 \d+ · ((high|medium|low–medium|low) risk|risque (élevé|moyen|faible à moyen|faible))$/,
      );
      await screen(page, 'wards-30-my-round');

      await top.click();
      await arrive(page, /\/app\/patients\/[^/]+\/chart/);
      await visible(page, '[data-testid="patient-header"]').waitFor();
      await screen(page, 'wards-31-chart-from-my-round');
    } finally {
      await browser.close();
    }
  });

  it('a manager adds a nurse to a ward’s shift and a ward with its room and bed, on a tablet', async () => {
    const browser = await openBrowser({ locale: 'fr-FR' });
    const { page } = browser;
    try {
      await page.setViewportSize(TABLET);
      await signIn(page, MANAGER);
      await visible(page, 'a.cg-shortcut[href="/app/nurse-assignments"]').click();
      await arrive(page, '**/app/nurse-assignments');
      await visible(page, 'select[name="ward"]').selectOption(wardId);
      // The server's clock reads 10:00: the day shift, with the ward's demo nurse on it.
      await expect.poll(() => visible(page, 'select[name="shift"]').inputValue()).toBe('DAY');
      await expect
        .poll(() => visible(page, '[data-testid="assigned-now"]').innerText(), { timeout: 10_000 })
        .toMatch(/MARTIN/);
      await visible(page, 'label.cg-ward-check:has-text("DIALLO") input').check();
      await screenAtTablet(page, 'wards-40-nurse-assignments');
      await visible(page, '[data-testid="assign-save"]').click();
      const saved = visible(page, '[data-testid="nurse-assignments"] .cg-notice-success');
      await saved.waitFor();
      expect(await saved.innerText()).toMatch(/^Médecine interne, Jour \(07:00–15:00\) : 2 /);

      // The board's header follows; a manager sees beds, not who lies in them.
      await page.goto(`${base}/app/beds/${wardId}`);
      await visible(page, '[data-testid="bed-tile"]').waitFor();
      await expect.poll(() => page.locator('[data-testid="ward-nurse"]:visible').count()).toBe(2);
      expect(await page.locator('[data-testid="occupant-name"]:visible').count()).toBe(0);
      await screenAtTablet(page, 'wards-41-board-manager');

      await page.goto(`${base}/app/ward-structure`);
      await visible(page, 'select[name="structureWard"]').waitFor();
      await visible(page, 'select[name="structureWard"]').selectOption('new');
      await visible(page, 'input[name="wardName"]').fill('Soins de suite');
      await visible(page, 'input[name="wardService"]').fill('Gériatrie');
      await visible(page, 'input[name="wardFloor"]').fill('1er étage');
      await visible(page, '[data-testid="ward-form"] ion-button[type="submit"]').click();
      await expect
        .poll(() => visible(page, '.cg-notice-success').innerText(), { timeout: 10_000 })
        .toBe('Service « Soins de suite » enregistré.');
      await visible(page, 'input[name="roomNumber"]').fill('101');
      await visible(page, '[data-testid="room-form"] ion-button[type="submit"]').click();
      await visible(page, '[data-testid="structure-room"]').waitFor();
      await visible(page, 'input[name="bedLabel-101"]').fill('101');
      await visible(page, '[data-testid="structure-room"] ion-button[type="submit"]').click();
      await expect
        .poll(() => visible(page, '.cg-notice-success').innerText(), { timeout: 10_000 })
        .toBe('Lit 101 ajouté.');
      await screenAtTablet(page, 'wards-42-ward-structure');
    } finally {
      await browser.close();
    }
  });
});
